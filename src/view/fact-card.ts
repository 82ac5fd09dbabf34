/**
 * What a fact's card shows: the consolidated statement, how many outlets report it, the outlets that
 * word it differently (in their own words), why they differ, and what this page says. Pure data;
 * the UI renders every string as text.
 */
import { compareVerdicts, worstVerdict } from '../judge/verdict';
import type { DifferenceKind, FactKind, Language, Relation, TextLanguage, Verdict } from './types';
import { requireStory, sourceRefs, type SourceRef } from './sources';
import { storyText, type Reading, type Translated } from './story-text';

/** A wording of the fact on this page (the marked text) with its verdict. */
export interface PageWording {
  text: string;
  /** The language of `text` (the matched cue's). */
  lang: Language;
  verdict: Verdict;
  /** Why the verdict is not `agrees`, in the story's text language (the card's `language`). */
  reason?: string;
  /**
   * The page's words that made the match, when it was made of several (a frame's concepts, found
   * apart in a sentence): the card shows them, so the reader sees why the passage was marked.
   */
  words?: string[];
}

/** One outlet's account of the fact. */
export interface OutletAccount {
  source: SourceRef;
  /** The outlet's own words, verbatim (in `source.language`). */
  quote: string;
  /** Their translation, when the reader's language is another. */
  quoteTranslation?: Translated;
  /** The value or wording it gives ("more than 100", "close"). */
  value: string;
  relation: Relation;
  note?: string;
}

export interface FactCardView {
  storyId: string;
  storyTitle: string;
  factId: string;
  /** The language of the story's own text as shown: titles, statement, notes, explanations, reasons. */
  language: TextLanguage;
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

/**
 * The card for one fact, with this page's wordings of it, in the reader's language (`reading`; the
 * original without). Throws on an unknown story or fact.
 */
export function factCardView(
  storyId: string,
  factId: string,
  pageWordings: readonly PageWording[],
  reading?: Reading,
): FactCardView {
  const story = requireStory(storyId);
  const text = storyText(story, reading);
  const fact = story.facts.find((f) => f.id === factId);
  if (fact === undefined) throw new Error(`unknown fact: ${storyId}/${factId}`);
  const order = new Map(story.sources.map((s, i) => [s.id, i]));
  const statements = [...fact.statements].sort(
    (a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0),
  );
  const accounts = statements.map((s): OutletAccount => {
    const quoteTranslation = text.quote(fact, s);
    const note = text.note(fact, s);
    return {
      source: sourceRefs(story, [s.source])[0] as SourceRef,
      quote: s.quote,
      ...(quoteTranslation !== undefined ? { quoteTranslation } : {}),
      value: text.value(fact, s),
      relation: s.relation,
      ...(note !== undefined ? { note } : {}),
    };
  });
  const reporting = new Set(statements.map((s) => s.source));
  const agreeingValues = new Map<string, number>();
  for (const s of statements) {
    if (s.relation === 'agrees') {
      const value = text.value(fact, s);
      agreeingValues.set(value, (agreeingValues.get(value) ?? 0) + 1);
    }
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
    const words = w.text.replace(/\s+/g, ' ').trim();
    const key = `${words.toLowerCase()}\u0000${w.verdict}`;
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    lines.push({
      text: words,
      lang: w.lang,
      verdict: w.verdict,
      ...(w.reason !== undefined ? { reason: text.reason(w.reason) } : {}),
      ...(w.words !== undefined && w.words.length > 1 ? { words: w.words } : {}),
    });
  }
  lines.sort((a, b) => compareVerdicts(a.verdict, b.verdict));
  return {
    storyId: story.id,
    storyTitle: text.title,
    factId: fact.id,
    language: text.language,
    title: text.factTitle(fact),
    kind: fact.kind,
    statement: text.statement(fact),
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
    differences: fact.differences.map((d, i) => ({
      kind: d.kind,
      sources: sourceRefs(story, d.sources),
      explanation: text.difference(fact, i),
    })),
    sourcesValue,
    page: { verdict: worstVerdict(lines.map((l) => l.verdict)), lines },
  };
}
