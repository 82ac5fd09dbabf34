/**
 * What a fact's card shows: the consolidated statement, how many outlets report it, the outlets that
 * word it differently (in their own words), why they differ, and what this page says. Pure data;
 * the UI renders every string as text.
 */
import { compareVerdicts, worstVerdict } from '../judge/verdict';
import type { DifferenceKind, FactKind, Language, Relation, Verdict } from './types';
import { requireStory, sourceRefs, type SourceRef } from './sources';

/** A wording of the fact on this page (the marked text) with its verdict. */
export interface PageWording {
  text: string;
  /** The language of `text` (the matched cue's). */
  lang: Language;
  verdict: Verdict;
  reason?: string;
}

/** One outlet's account of the fact. */
export interface OutletAccount {
  source: SourceRef;
  /** The outlet's own words, verbatim (in `source.language`). */
  quote: string;
  /** The value or wording it gives ("more than 100", "close"). */
  value: string;
  relation: Relation;
  note?: string;
}

export interface FactCardView {
  storyId: string;
  storyTitle: string;
  factId: string;
  /** The language of the story's own text: titles, statement, notes, explanations, reasons. */
  language: Language;
  title: string;
  kind: FactKind;
  /** What the sources together support. */
  statement: string;
  /** `reporting` of `total` outlets state the fact; `agreeing` of them word it as the statement does. */
  agreement: { reporting: number; agreeing: number; total: number };
  /** The outlets whose account is not plain agreement, with their own words. */
  differingAccounts: OutletAccount[];
  /** Every outlet that reports the fact, in source order. */
  accounts: OutletAccount[];
  /** Outlets that do not mention the fact. */
  silent: SourceRef[];
  /** Why the outlets differ: one or two sentences each, from the dataset. */
  differences: { kind: DifferenceKind; sources: SourceRef[]; explanation: string }[];
  /** The value the agreeing outlets give ("124"), for a line like "the sources' figure is 124". */
  sourcesValue: string | null;
  /** This page's wordings, most notable first, one per distinct text and verdict. */
  page: { verdict: Verdict; lines: PageWording[] };
}

/** The card for one fact, with this page's wordings of it. Throws on an unknown story or fact. */
export function factCardView(
  storyId: string,
  factId: string,
  pageWordings: readonly PageWording[],
): FactCardView {
  const story = requireStory(storyId);
  const fact = story.facts.find((f) => f.id === factId);
  if (fact === undefined) throw new Error(`unknown fact: ${storyId}/${factId}`);
  const order = new Map(story.sources.map((s, i) => [s.id, i]));
  const statements = [...fact.statements].sort(
    (a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0),
  );
  const accounts = statements.map((s): OutletAccount => ({
    source: sourceRefs(story, [s.source])[0] as SourceRef,
    quote: s.quote,
    value: s.value,
    relation: s.relation,
    ...(s.note !== undefined ? { note: s.note } : {}),
  }));
  const reporting = new Set(statements.map((s) => s.source));
  const agreeingValues = new Map<string, number>();
  for (const s of statements) {
    if (s.relation === 'agrees')
      agreeingValues.set(s.value, (agreeingValues.get(s.value) ?? 0) + 1);
  }
  let sourcesValue: string | null = null;
  let best = 0;
  for (const [value, n] of agreeingValues) {
    if (n > best) {
      best = n;
      sourcesValue = value;
    }
  }
  const seen = new Set<string>();
  const lines: PageWording[] = [];
  for (const w of pageWordings) {
    const text = w.text.replace(/\s+/g, ' ').trim();
    const key = `${text.toLowerCase()}\u0000${w.verdict}`;
    if (text.length === 0 || seen.has(key)) continue;
    seen.add(key);
    lines.push({
      text,
      lang: w.lang,
      verdict: w.verdict,
      ...(w.reason !== undefined ? { reason: w.reason } : {}),
    });
  }
  lines.sort((a, b) => compareVerdicts(a.verdict, b.verdict));
  return {
    storyId: story.id,
    storyTitle: story.title,
    factId: fact.id,
    language: story.language,
    title: fact.title,
    kind: fact.kind,
    statement: fact.statement,
    agreement: {
      reporting: reporting.size,
      agreeing: statements.filter((s) => s.relation === 'agrees').length,
      total: story.sources.length,
    },
    differingAccounts: accounts.filter((a) => a.relation !== 'agrees'),
    accounts,
    silent: sourceRefs(
      story,
      story.sources.map((s) => s.id).filter((id) => !reporting.has(id)),
    ),
    differences: fact.differences.map((d) => ({
      kind: d.kind,
      sources: sourceRefs(story, d.sources),
      explanation: d.explanation,
    })),
    sourcesValue,
    page: { verdict: worstVerdict(lines.map((l) => l.verdict)), lines },
  };
}
