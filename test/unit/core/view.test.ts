/** The view models: a fact's card, the popup's story summary and this page's facts. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';
import { stories } from '../../../src/stories/index';
import { factCardView } from '../../../src/view/fact-card';
import { pageFactsView } from '../../../src/view/page-facts';
import { storySummaryView } from '../../../src/view/story-summary';
import { textToBlocks } from './helpers/html-blocks';
import { seedArticles } from './helpers/paths';

const STORY = 'china-crypto-exchange-block-2018';
const story = stories.find((s) => s.id === STORY);

describe('factCardView', () => {
  it('lists the words that made a match when they stood apart (a frame), not for a phrase', () => {
    const card = factCardView(STORY, 'exchange-count', [
      {
        text: '124 Plattformen, deren Server im Ausland stehen',
        lang: 'de',
        verdict: 'agrees',
        words: ['124', 'Plattformen', 'Ausland'],
      },
      {
        text: '124 overseas exchanges',
        lang: 'en',
        verdict: 'agrees',
        words: ['124 overseas exchanges'],
      },
    ]);
    expect(card.page.lines.map((l) => l.words)).toEqual([
      ['124', 'Plattformen', 'Ausland'],
      undefined,
    ]);
  });

  it('gives the statement, the agreement count, the differing outlets and the page’s verdicts', () => {
    const card = factCardView(STORY, 'exchange-count', [
      { text: '124  overseas exchanges', lang: 'en', verdict: 'agrees' },
      {
        text: 'more than 100 crypto exchanges',
        lang: 'en',
        verdict: 'rounds',
        reason: 'The sources say 124.',
      },
      { text: '124 overseas exchanges', lang: 'en', verdict: 'agrees' },
    ]);
    expect(card.title.length).toBeGreaterThan(0);
    expect(card.statement).toContain('124');
    expect(card.agreement).toEqual({ reporting: 5, agreeing: 2, total: 5 });
    expect(card.differingAccounts.map((a) => a.source.id)).toEqual([
      'cryptona',
      'coincentral',
      'cryptocoinspace',
    ]);
    const cryptona = card.differingAccounts[0];
    expect(cryptona?.source.outlet.length).toBeGreaterThan(0);
    expect(cryptona?.quote.length).toBeGreaterThan(0);
    expect(cryptona?.relation).toBe('rounds');
    expect(card.differences.length).toBeGreaterThan(0);
    expect(card.differences[0]?.sources[0]?.outlet.length).toBeGreaterThan(0);
    expect(card.sourcesValue).toBe('124');
    expect(card.page.verdict).toBe('rounds');
    // One line per distinct wording, the most notable first.
    expect(card.page.lines).toEqual([
      {
        text: 'more than 100 crypto exchanges',
        lang: 'en',
        verdict: 'rounds',
        reason: 'The sources say 124.',
      },
      { text: '124 overseas exchanges', lang: 'en', verdict: 'agrees' },
    ]);
  });

  it('gives the language of each text: the story’s own, each quote’s source’s, the page’s cue’s', () => {
    const card = factCardView(STORY, 'exchange-count', [
      { text: '124家境外交易所', lang: 'zh', verdict: 'agrees' },
    ]);
    expect(card.language).toBe(story?.language);
    for (const a of card.accounts)
      expect(a.source.language).toBe(story?.sources.find((s) => s.id === a.source.id)?.language);
    expect(card.page.lines[0]?.lang).toBe('zh');
  });

  it('names the outlets that are silent on a fact', () => {
    const card = factCardView(STORY, 'nanjing-fund', []);
    expect(card.agreement.reporting).toBe(1);
    expect(card.silent).toHaveLength(4);
    expect(card.page).toEqual({ verdict: 'agrees', lines: [] });
  });

  it('throws on an unknown story or fact', () => {
    expect(() => factCardView('no-such-story', 'x', [])).toThrow(/unknown story/);
    expect(() => factCardView(STORY, 'no-such-fact', [])).toThrow(/unknown fact/);
  });
});

describe('storySummaryView', () => {
  it("has every fact with each outlet's own value, the differences, the timeline and the sources", () => {
    const view = storySummaryView(STORY);
    expect(story).toBeDefined();
    if (story === undefined) return;
    expect(view.facts.map((f) => f.id)).toEqual(story.facts.map((f) => f.id));
    for (const [i, fact] of story.facts.entries()) {
      const cells = view.facts[i]?.cells ?? {};
      expect(Object.keys(cells).sort()).toEqual(fact.statements.map((st) => st.source).sort());
      for (const st of fact.statements) {
        expect(cells[st.source]).toEqual({
          relation: st.relation,
          value: st.value,
          ...(st.note !== undefined ? { note: st.note } : {}),
        });
      }
      expect(view.facts[i]?.differences).toEqual(fact.differences.map((d) => d.explanation));
    }
    expect(view.timeline).toHaveLength(story.timeline.length);
    expect(view.timeline[0]?.facts[0]?.title.length).toBeGreaterThan(0);
    expect(view.timeline[0]?.sources[0]?.outlet.length).toBeGreaterThan(0);
    expect(view.sources.map((s) => s.headline)).toEqual(story.sources.map((s) => s.headline));
    expect(view.sources.find((s) => s.id === 'ru-translation')?.translatedFrom).toBe('ru');
    expect(view.language).toBe(story.language);
  });
});

describe('pageFactsView', () => {
  it('lists each fact the page states once, with its most notable verdict and first mention', () => {
    const article = seedArticles().find((a) => a.name.startsWith('003_'));
    const reading = readPage(textToBlocks(article?.text ?? ''));
    const facts = pageFactsView(STORY, reading.mentions);
    expect(facts.length).toBe(new Set(reading.mentions.map((m) => m.factId)).size);
    for (const f of facts) {
      expect(reading.mentions[f.firstMention]?.factId).toBe(f.factId);
      expect(reading.mentions.slice(0, f.firstMention).some((m) => m.factId === f.factId)).toBe(
        false,
      );
    }
    const plan = facts.find((f) => f.factId === 'block-plan');
    expect(plan?.verdict).toBe('beyond');
    expect(plan?.reasons.length).toBe(1);
  });
});
