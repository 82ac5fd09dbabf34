/**
 * The compiled cue table: every cue of every story with only what the page reader needs (no
 * quotes, statements or explanations), so the content script's module graph stays small.
 */
import type { Language, Story, Verdict } from '../stories/schema';

/** One cue, flattened with the story and fact it points to. */
export interface CueEntry {
  readonly story: string;
  readonly fact: string;
  /** The cue as written in the dataset (syntax included): the "cue that matched". */
  readonly text: string;
  readonly lang: Language;
  readonly strong: boolean;
  readonly verdict: Verdict;
  readonly reason?: string;
}

export interface CueTable {
  readonly cues: readonly CueEntry[];
}

/** Flattens stories into the cue table, in dataset order. */
export function cueTableFromStories(stories: readonly Story[]): CueTable {
  const cues: CueEntry[] = [];
  for (const story of stories) {
    for (const fact of story.facts) {
      for (const cue of fact.cues) {
        cues.push({
          story: story.id,
          fact: fact.id,
          text: cue.text,
          lang: cue.lang,
          strong: cue.strength === 'strong',
          verdict: cue.verdict ?? 'agrees',
          ...(cue.reason !== undefined ? { reason: cue.reason } : {}),
        });
      }
    }
  }
  return { cues };
}
