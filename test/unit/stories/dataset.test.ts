/**
 * The bundled story, tested like code (darkreader's config tests): it validates, every quote is in its
 * article, the facts the issue asks for are there with the sources that state them (sets written by
 * hand from reading the five articles), the differences are recorded, and the file stays tidy.
 */
import { describe, expect, it } from 'vitest';
import { parseCue } from '../../../src/stories/cue-syntax';
import type { Story } from '../../../src/stories/schema';
import { collapseWhiteSpace, validateStory } from '../../../src/stories/validate';
import { STORY_FILE, rawStory, readRepoFile } from './helpers';

const story: Story = validateStory(rawStory(), STORY_FILE, readRepoFile);
const fact = (id: string) => {
  const found = story.facts.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no fact ${id}`);
  return found;
};
const article = (sourceId: string): string => {
  const source = story.sources.find((s) => s.id === sourceId);
  if (source === undefined) throw new Error(`no source ${sourceId}`);
  return readRepoFile(source.article);
};

const A = 'cryptona';
const V = 'cryptovest';
const C = 'coincentral';
const S = 'cryptocoinspace';
const R = 'ru-translation';
const ALL = [A, V, C, S, R];

describe('the China 124-exchange story', () => {
  it('passes validation', () => {
    expect(story.id).toBe('china-crypto-exchange-block-2018');
    expect(story.sources.map((s) => s.id)).toEqual(ALL);
  });

  it('quotes every source verbatim (white space aside)', () => {
    for (const f of story.facts) {
      for (const statement of f.statements) {
        const text = collapseWhiteSpace(article(statement.source));
        expect(text, `${f.id} / ${statement.source}`).toContain(
          collapseWhiteSpace(statement.quote),
        );
      }
    }
  });

  it('describes the sources as SOURCES.md does', () => {
    const byId = new Map(story.sources.map((s) => [s.id, s]));
    expect(byId.get(A)?.headline).toBe(
      'China is Seeking to Block Access to 124 Foreign Crypto Exchanges',
    );
    expect(byId.get(V)?.headline).toBe('Chinese Authorities Block 124 Overseas Crypto Exchanges');
    expect(byId.get(C)?.headline).toBeNull();
    expect(byId.get(S)?.headline).toBe(
      'Chinese Government To Close 124 Offshore Cryptocurrency Exchanges',
    );
    expect(byId.get(R)?.headline).toBeNull();
    expect(byId.get(R)?.translatedFrom).toBe('ru');
    // The fifth outlet, identified since: CoinRussia's English page.
    expect(byId.get(R)?.outlet).toBe('CoinRussia');
    expect(byId.get(R)?.domain).toBe('coinrussia.ru');
    expect(byId.get(R)?.url).toBe(
      'https://coinrussia.ru/efirium/china-blocks-access-to-foreign-124-cryptocurrency-exchanges/',
    );
    for (const source of story.sources) {
      if (source.headline !== null)
        expect(article(source.id).startsWith(source.headline)).toBe(true);
    }
  });

  // Written by hand from reading the articles sentence by sentence.
  const expectedSources: Record<string, string[]> = {
    'exchange-count': ALL,
    'block-plan': ALL,
    'foreign-ip-criterion': [A, R],
    regulator: ALL,
    'regulator-origin': ALL,
    'report-source': ALL,
    monitoring: [A, V, C, R],
    'domestic-sites-wechat': [A, V, C, R],
    'payment-providers': [A, V, R],
    'crypto-payments-ban': [C],
    'wechat-media-ban': ALL,
    'tencent-confirmation': [A, R],
    'blocked-exchanges-named': [A, R],
    'ban-2017': [A, V, S, R],
    'exchanges-moved-abroad': [A, V, R],
    'domestic-exits': [V],
    'yuan-share': [V],
    'beijing-venue-ban': [S],
    'cac-rules': [C],
    'pboc-measures': [S, R],
    'ico-scams': [S],
    'blockchain-support': [A, R],
    'people-daily': [C],
    'fiat-protection': [A],
    // Beyond the list.
    'still-serving-china': ALL,
    'regulator-remit': [A, V, C, R],
    'regulator-membership': [S],
    'insider-sources': [V, C],
    'cleanup-measures': [V, R],
    'rectification-aim': [V],
    'wechat-ban-reason': ALL,
    'wechat-accounts-named': [C],
    'wechat-permanent-closures': [A, R],
    'lanjiner-first-report': [C],
    'wechat-audience': [C],
    'pboc-foreign-ico': [S],
    'continued-crackdown': [V, C, S, R],
    'otc-controls': [R],
    'anniversary-forecast': [S],
    'shenzhen-puyin': [S],
    'nanjing-fund': [R],
    'no-comment': [C],
    'bubble-avoided': [V],
  };

  it.each(Object.entries(expectedSources))('fact %s is stated by exactly %j', (id, sources) => {
    expect(
      fact(id)
        .statements.map((s) => s.source)
        .sort(),
    ).toEqual([...sources].sort());
  });

  it('has no fact the test does not know about', () => {
    expect(story.facts.map((f) => f.id).sort()).toEqual(Object.keys(expectedSources).sort());
  });

  it('marks single-source facts, and only those, as only-this-source or explains them', () => {
    for (const f of story.facts) {
      if (f.statements.length === 1) {
        expect(
          f.differences.some((d) => d.kind === 'single-source'),
          f.id,
        ).toBe(true);
      }
    }
  });

  const expectDifference = (id: string, kind: string, sources: string[], words: RegExp) => {
    const found = fact(id).differences.filter((d) => d.kind === kind);
    expect(found.length, `${id}: ${kind}`).toBeGreaterThan(0);
    const match = found.find((d) => sources.every((s) => d.sources.includes(s)));
    expect(match, `${id}: ${kind} naming ${sources.join(', ')}`).toBeDefined();
    expect(match?.explanation).toMatch(words);
  };

  it('records the numbers that differ: 124 vs "more than 100" vs "over 120"', () => {
    expectDifference('exchange-count', 'number', [A, C, S], /more than 100.*over 120/);
    const values = Object.fromEntries(fact('exchange-count').statements.map((s) => [s.source, s]));
    expect(values[V]?.relation).toBe('agrees');
    expect(values[A]?.relation).toBe('rounds');
    expect(values[C]?.relation).toBe('rounds');
  });

  it('records the counts that disagree inside one article', () => {
    expectDifference('exchange-count', 'count', [A, S, R], /headline/);
    expectDifference('wechat-media-ban', 'count', [C], /at least eight.*eleven/);
  });

  it("records the regulator's two names and the mistranslated third", () => {
    expectDifference(
      'regulator',
      'name',
      ALL,
      /Fintech Risk Rectification Office.*Leading Group.*elimination of FINTECH/,
    );
  });

  it("records the paper's names and the relay through the SCMP", () => {
    expectDifference(
      'report-source',
      'name',
      [A, V, C, R, S],
      /Shanghai Securities News.*Shanghai Securities Times.*South China Morning Post/,
    );
  });

  it('records block vs close, and planned vs done', () => {
    expectDifference('block-plan', 'action', [S], /close/);
    expectDifference('block-plan', 'status', [V], /done/);
  });

  it('records who confirmed: Tencent vs "the CEO and owner of WeChat Tencent"', () => {
    expectDifference(
      'tencent-confirmation',
      'attribution',
      [A, R],
      /CEO and owner of WeChat Tencent/,
    );
  });

  it('records the timing words: "on Tuesday", "two days ago", "on Thursday"', () => {
    expectDifference('wechat-media-ban', 'timing', [C, R], /On Tuesday.*two days ago/);
    expectDifference('report-source', 'timing', [A], /On Thursday/);
  });

  it('records the facts only one outlet reports', () => {
    expectDifference('domestic-exits', 'single-source', [V], /Cryptovest/);
    expectDifference('yuan-share', 'single-source', [V], /Cryptovest/);
    expectDifference('beijing-venue-ban', 'single-source', [S], /CryptoCoinSpace/);
    expectDifference('nanjing-fund', 'single-source', [R], /CoinRussia/);
    expectDifference('cac-rules', 'single-source', [C], /CoinCentral/);
    expectDifference('fiat-protection', 'single-source', [A], /Cryptona/);
  });

  it('has a dated timeline, in order, whose facts and sources are known', () => {
    const dates = story.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const wechat = story.timeline.find((e) => e.facts.includes('wechat-media-ban'));
    expect(wechat?.date).toBe('2018-08-21');
    expect(story.timeline.find((e) => e.facts.includes('ban-2017'))?.date).toBe('2017-09');
    expect(story.timeline.find((e) => e.facts.includes('cac-rules'))?.date).toBe('2018-08-07');
    expect(story.timeline.find((e) => e.facts.includes('report-source'))?.date).toBe('2018-08-23');
  });
});

describe('the story file is kept tidy', () => {
  it('is stable when re-formatted', () => {
    const content = readRepoFile(STORY_FILE);
    expect(JSON.stringify(JSON.parse(content), null, 2) + '\n').toBe(content);
  });

  it('keeps facts sorted by id and sources in article order', () => {
    const ids = story.facts.map((f) => f.id);
    expect(ids).toEqual([...ids].sort());
    const articles = story.sources.map((s) => s.article);
    expect(articles).toEqual([...articles].sort());
  });

  it('has no duplicate cue within a fact, and every cue parses', () => {
    for (const f of story.facts) {
      const texts = f.cues.map((c) => `${c.lang} ${c.text}`);
      expect(new Set(texts).size, f.id).toBe(texts.length);
      for (const cue of f.cues) expect(() => parseCue(cue.text), cue.text).not.toThrow();
    }
  });

  it('gives a reason with every verdict that is not agreement', () => {
    for (const f of story.facts) {
      for (const cue of f.cues) {
        if (cue.verdict !== undefined && cue.verdict !== 'agrees')
          expect(cue.reason, cue.text).toBeDefined();
      }
    }
  });

  it('has cues in English, Chinese and Russian, strong ones for the core facts', () => {
    const langs = new Set(story.facts.flatMap((f) => f.cues.map((c) => c.lang)));
    expect([...langs].sort()).toEqual(['en', 'ru', 'zh']);
    // Not the regulator: its name is the same office's in 2017's exchange exits and 2019's clean-ups.
    for (const id of ['exchange-count', 'block-plan', 'report-source']) {
      for (const lang of ['en', 'zh', 'ru']) {
        expect(
          fact(id).cues.some((c) => c.lang === lang && c.strength === 'strong'),
          `${id} ${lang}`,
        ).toBe(true);
      }
    }
    expect(fact('regulator').cues.every((c) => c.strength === 'weak')).toBe(true);
  });

  it('never uses a bare name or number as a cue', () => {
    for (const f of story.facts) {
      for (const cue of f.cues) {
        if (cue.lang === 'zh') continue;
        for (const phrase of expand(cue.text)) {
          expect(
            phrase.split(' ').length,
            `${f.id}: "${phrase}" (from ${cue.text})`,
          ).toBeGreaterThan(1);
        }
      }
    }
  });

  it('gives no phrase to two facts', () => {
    const owner = new Map<string, string>();
    for (const f of story.facts) {
      for (const cue of f.cues) {
        for (const phrase of expand(cue.text)) {
          const other = owner.get(phrase);
          if (other !== undefined && other !== f.id)
            expect.fail(`"${phrase}" is a cue of ${other} and ${f.id}`);
          owner.set(phrase, f.id);
        }
      }
    }
  });

  // Every fact an article states is marked on that article's own wording: the baseline of marks.
  it.each([A, V, C, S, R])('matches every fact %s states on its own wording', (sourceId) => {
    const text = fold(article(sourceId));
    const missed = story.facts
      .filter((f) => f.statements.some((s) => s.source === sourceId))
      .filter((f) => {
        const phrases = f.cues.filter((c) => c.lang === 'en').flatMap((c) => expand(c.text));
        return !phrases.some((phrase) => text.includes(` ${phrase} `));
      })
      .map((f) => f.id);
    expect(missed, `facts of ${sourceId} that no cue marks on its wording`).toEqual([]);
  });
});

/** The phrases a cue stands for (the syntax expanded). */
function expand(cue: string): string[] {
  let phrases = [''];
  for (const part of parseCue(cue)) {
    if (part.kind === 'words') {
      phrases = phrases.map((p) => `${p} ${part.text}`);
    } else {
      const alternatives = part.optional ? [...part.alternatives, ''] : part.alternatives;
      phrases = phrases.flatMap((p) => alternatives.map((a) => `${p} ${a}`));
    }
  }
  return phrases.map((p) => p.replace(/\s+/g, ' ').trim());
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  eight: '8',
  eleven: '11',
};

/**
 * A rough stand-in for the matcher's normaliser, enough for these articles: lower case, one
 * apostrophe, number words as digits, other punctuation as a word boundary.
 */
function fold(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[^\p{L}\p{N}'.]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])['.]|['.](?![\p{L}\p{N}])/gu, ' ')
    .split(/\s+/)
    .map((w) => NUMBER_WORDS[w] ?? w);
  return ` ${words.join(' ')} `;
}
