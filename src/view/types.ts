/** The dataset's vocabularies, re-exported as types for the view models' callers. */
import type { Difference, Fact, Language, Relation, Verdict } from '../stories/schema';

export type { Language, Relation, Verdict };
export type FactKind = Fact['kind'];
export type DifferenceKind = Difference['kind'];
