/** The view models in the reader's language: the story's text translated, sources' words kept. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locales';
import { stories } from '../../../src/stories/index';
import type { StoryTranslation } from '../../../src/stories/translation';
import { factCardView } from '../../../src/view/fact-card';
import { pageFactsView } from '../../../src/view/page-facts';
import type { Reading } from '../../../src/view/story-text';
import { storySummaryView } from '../../../src/view/story-summary';
import { ROOT } from './helpers/paths';

const story = stories[0]!;
const reading = (locale: Locale): Reading => ({
  locale,
  translation: JSON.parse(
    readFileSync(`${ROOT}/src/stories/${story.id}/${locale}.json`, 'utf8'),
  ) as StoryTranslation,
});
const ROUNDS = "The sources' figure is 124; this rounds it down.";

describe('the views in the reader’s language', () => {
  it('give the card in Japanese, each quote verbatim with its translation beneath', () => {
    const card = factCardView(
      story.id,
      'exchange-count',
      [{ text: 'more than 100 exchanges', lang: 'en', verdict: 'rounds', reason: ROUNDS }],
      reading('ja'),
    );
    expect(card.language).toBe('ja');
    expect(card.title).toBe('海外プラットフォームの数');
    expect(card.statement).toContain('124カ所');
    const cryptona = card.accounts.find((a) => a.source.id === 'cryptona')!;
    const original = story.facts
      .find((f) => f.id === 'exchange-count')!
      .statements.find((s) => s.source === 'cryptona')!;
    expect(cryptona.quote).toBe(original.quote);
    expect(cryptona.source.language).toBe('en');
    expect(cryptona.quoteTranslation).toEqual({
      text: '100以上の仮想通貨取引所を特定した',
      lang: 'ja',
    });
    expect(cryptona.note).toContain('見出し');
    expect(card.differences[0]?.explanation).toContain('124カ所');
    expect(card.page.lines[0]?.reason).toBe(
      '情報源の数字は124であり、これは少なめの概数にしている。',
    );
    expect(card.page.lines[0]?.lang).toBe('en');
  });

  it('give no translation of an English quote to an English reader', () => {
    const card = factCardView(story.id, 'exchange-count', [], { locale: 'en', translation: null });
    expect(card.language).toBe(story.language);
    for (const account of card.accounts) expect(account.quoteTranslation).toBeUndefined();
  });

  it('give the story summary in German: notes, values, differences, timeline, headlines', () => {
    const view = storySummaryView(story.id, reading('de'));
    expect(view.language).toBe('de');
    expect(view.title).toBe('China will 124 ausländische Kryptobörsen sperren (August 2018)');
    const cryptona = view.sources.find((s) => s.id === 'cryptona')!;
    expect(cryptona.headline).toBe(story.sources[0]!.headline);
    expect(cryptona.headlineTranslation?.lang).toBe('de');
    expect(cryptona.notes[1]).toBe('Die Überschrift nennt 124 Börsen, der Text „mehr als 100“.');
    const count = view.facts.find((f) => f.id === 'exchange-count')!;
    expect(count.cells.cryptona?.value).toBe('mehr als 100 (Überschrift: 124)');
    expect(view.timeline[0]?.label).toContain('Büro');
    expect(view.timeline[0]?.facts[0]?.title).toBe('Das Büro gibt es seit 2016');
  });

  it('give the page’s facts in Russian, with the reasons translated', () => {
    const facts = pageFactsView(
      story.id,
      [
        {
          block: 0,
          start: 0,
          end: 1,
          storyId: story.id,
          factId: 'exchange-count',
          cue: '',
          lang: 'en',
          verdict: 'rounds',
          reason: ROUNDS,
          words: [0, 1],
          ranges: [0, 1],
        },
      ],
      reading('ru'),
    );
    expect(facts[0]?.title).toBe('Сколько зарубежных площадок');
    expect(facts[0]?.reasons).toEqual([
      'В источниках — 124; здесь число округлено в меньшую сторону.',
    ]);
  });
});
