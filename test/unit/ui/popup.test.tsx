// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('../platform/fake-browser')).fakeBrowser(),
}));

const { storyById, stories } = await import('../../../src/stories');
const { default: Popup } = await import('../../../extension/popup/Popup');
const { pageFacts } = await import('../../../extension/popup/view');
const { storySummaryView } = await import('../../../src/view/story-summary');
const { setLocale } = await import('../../../extension/platform/i18n');
type PageState = import('../../../extension/platform/messages').PageState;

await setLocale('en');

const story = stories[0]!;
const summary = storySummaryView(story.id);
const title = (id: string) => storyById(story.id)?.facts.find((f) => f.id === id)?.title ?? id;

const relevantState: PageState = {
  enabled: true,
  site: 'news.example.com',
  relevant: true,
  passing: false,
  storyId: story.id,
  reason: 'The page mentions 6 facts of the story.',
  evidence: [],
  mentions: [
    {
      index: 0,
      factId: 'exchange-count',
      text: '124 overseas exchanges',
      lang: 'en',
      words: ['124 overseas exchanges'],
      verdict: 'agrees',
    },
    {
      index: 1,
      factId: 'regulator',
      text: 'Fintech Risk Rectification Office',
      lang: 'en',
      words: ['Fintech Risk Rectification Office'],
      verdict: 'agrees',
    },
    {
      index: 2,
      factId: 'exchange-count',
      text: 'more than 100 exchanges',
      lang: 'en',
      words: ['more than 100 exchanges'],
      verdict: 'rounds',
      reason: 'The sources say 124.',
    },
    {
      index: 3,
      factId: 'report-source',
      text: 'Shanghai Securities Times',
      lang: 'en',
      words: ['Shanghai Securities Times'],
      verdict: 'differs',
    },
  ],
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(state: PageState | null, extra: Partial<Parameters<typeof Popup>[0]> = {}) {
  const onFocus = vi.fn();
  const onToggle = vi.fn();
  render(
    <Popup
      phase={state ? { kind: 'read', state } : { kind: 'unsupported' }}
      enabled={state ? state.enabled : null}
      story={summary}
      facts={state ? pageFacts(story.id, state.mentions, undefined, state.unmarked) : []}
      factTitle={title}
      onFocus={onFocus}
      onToggle={onToggle}
      {...extra}
    />,
    root,
  );
  return { onFocus, onToggle };
}

describe('pageFacts', () => {
  it('gives one entry per fact, with its most notable verdict and its first mention', () => {
    const facts = pageFacts(story.id, relevantState.mentions);
    expect(facts.map((f) => [f.factId, f.verdict, f.index, f.mentionCount])).toEqual([
      ['exchange-count', 'rounds', 0, 2],
      ['regulator', 'agrees', 1, 1],
      ['report-source', 'differs', 3, 1],
    ]);
    expect(facts[0]).toMatchObject({
      text: '124 overseas exchanges',
      reasons: ['The sources say 124.'],
    });
  });
});

describe('languages', () => {
  it('marks each text with its language: the story’s own, the page’s words, the headlines', () => {
    const first = relevantState.mentions[0]!;
    show({
      ...relevantState,
      mentions: [
        { ...first, text: '124家境外交易所', lang: 'zh' },
        ...relevantState.mentions.slice(1),
      ],
    });
    const item = root.querySelector('[data-testid="page-facts"] > li')!;
    expect(item.querySelector('q')?.getAttribute('lang')).toBe('zh');
    expect(item.querySelector('strong')?.getAttribute('lang')).toBe(story.language);
    expect(root.querySelector('.cc-story-title')?.getAttribute('lang')).toBe(story.language);
    expect(root.querySelector('.cc-story-summary')?.getAttribute('lang')).toBe(story.language);
    const headlines = [...root.querySelectorAll('[data-testid="source-list"] q')];
    expect(headlines.map((q) => q.getAttribute('lang'))).toEqual(
      story.sources.filter((s) => s.headline !== null).map((s) => s.language),
    );
    const labels = [...root.querySelectorAll('.cc-timeline-label')];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.getAttribute('lang')).toBe(story.language);
  });
});

describe('the popup on a page about the story', () => {
  it('says "and N more" for a fact stated more often than Crosscheck marks, and why', () => {
    show({
      ...relevantState,
      unmarked: [{ factId: 'exchange-count', count: 1234 }],
      markLimit: 200,
    });
    const items = [...root.querySelectorAll('[data-testid="page-facts"] > li')];
    expect(items[0]!.querySelector('[data-testid="unmarked-count"]')?.textContent).toContain(
      'and 1234 more, not marked',
    );
    expect(items[1]!.querySelector('[data-testid="unmarked-count"]')).toBeNull();
    expect(root.querySelector('[data-testid="mark-limit"]')?.textContent).toContain(
      'at most 200 passages per fact',
    );
  });

  it('says nothing of a bound when every mention is marked', () => {
    show({ ...relevantState, unmarked: [], markLimit: 200 });
    expect(root.querySelector('[data-testid="mark-limit"]')).toBeNull();
    expect(root.querySelector('[data-testid="unmarked-count"]')).toBeNull();
  });

  it("lists the page's facts with their verdicts, and each button focuses its mention", () => {
    const { onFocus } = show(relevantState);
    const items = [...root.querySelectorAll('[data-testid="page-facts"] > li')];
    expect(items.map((li) => li.getAttribute('data-verdict'))).toEqual([
      'rounds',
      'agrees',
      'differs',
    ]);
    expect(items[0]!.textContent).toContain('How many offshore platforms');
    expect(items[0]!.querySelector('[data-testid="verdict"]')?.textContent).toContain('Rounded');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="focus-mention"]')];
    expect(buttons[0]!.getAttribute('aria-label')).toBe(
      'Show on page: How many offshore platforms',
    );
    buttons[2]!.click();
    expect(onFocus).toHaveBeenCalledWith(3);
  });

  it('has a labelled site switch that is a real checkbox', () => {
    const { onToggle } = show(relevantState);
    const input = root.querySelector<HTMLInputElement>('[data-testid="site-switch"]')!;
    expect(input.type).toBe('checkbox');
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.checked).toBe(true);
    expect(input.closest('label')?.textContent).toContain('Crosscheck on news.example.com');
    input.click();
    expect(onToggle).toHaveBeenCalledWith(false);
  });

  it('says so when the site is switched off', () => {
    show({ ...relevantState, enabled: false, relevant: false, mentions: [] });
    expect(root.querySelector('[data-testid="disabled"]')?.textContent).toContain(
      'Crosscheck is off on news.example.com',
    );
    expect(root.querySelector<HTMLInputElement>('[data-testid="site-switch"]')?.checked).toBe(
      false,
    );
  });
});

describe('the popup on a page not about the story', () => {
  it('says so, says why, and still shows the story summary', () => {
    show({
      ...relevantState,
      relevant: false,
      storyId: null,
      reason: 'Only 2 facts of the story are mentioned.',
      evidence: [
        {
          storyId: story.id,
          facts: ['ban-2017', 'wechat-media-ban'],
          strongCues: [],
          mentionCount: 2,
        },
      ],
      mentions: [],
    });
    const status = root.querySelector('[data-testid="not-relevant"]')!.textContent!;
    expect(status).toContain('This page is not about the story');
    expect(status).toContain('It mentions 2 facts of the story, none in words specific');
    expect(status).toContain('once it states 3 facts of the story close together');
    const seen = root.querySelector('[data-testid="evidence-facts"]')!;
    expect(seen.textContent).toBe(
      'Facts mentioned: “The September 2017 ban” and “WeChat closes crypto media accounts”.',
    );
    expect(seen.querySelector('[lang]')?.getAttribute('lang')).toBe(story.language);
    expect(root.querySelector('[data-testid="page-facts"]')).toBeNull();
    expect(root.querySelector('[data-testid="story-summary"]')).not.toBeNull();
  });

  it('explains a page with no fact at all', () => {
    show({ ...relevantState, relevant: false, storyId: null, evidence: [], mentions: [] });
    expect(root.querySelector('[data-testid="not-relevant"]')!.textContent).toContain(
      "It mentions none of the story's facts.",
    );
  });

  it('says when Crosscheck cannot run on the page, without a switch', () => {
    show(null);
    expect(root.querySelector('[data-testid="unsupported"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="site-switch"]')).toBeNull();
  });
});

describe('the story summary', () => {
  it('draws the matrix as a table screen readers can read', () => {
    show(relevantState);
    const table = root.querySelector('[data-testid="source-matrix"] table')!;
    expect(table.querySelector('caption')?.textContent).toBeTruthy();
    const cols = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent);
    expect(cols.slice(1)).toEqual(story.sources.map((s) => s.outlet.replace(/\s*\(.*\)$/, '')));
    expect(table.querySelectorAll('th[scope="row"]')).toHaveLength(story.facts.length);
    // Every cell says in words what its shape shows.
    const row = table.querySelector('tr[data-fact="report-source"]')!;
    const cells = [...row.querySelectorAll('td')];
    expect(cells.map((td) => td.getAttribute('data-relation'))).toEqual(
      story.sources.map(
        (s) =>
          story.facts
            .find((f) => f.id === 'report-source')!
            .statements.find((st) => st.source === s.id)?.relation ?? 'none',
      ),
    );
    for (const td of cells)
      expect(td.querySelector('.cc-visually-hidden')?.textContent).toBeTruthy();
    // Disputed facts come first.
    expect(table.querySelector('tbody')?.getAttribute('data-group')).toBe('matrixGroupDisputed');
    expect(row.closest('tbody')?.getAttribute('data-group')).toBe('matrixGroupDisputed');
  });

  it('lists the timeline in date order and every outlet with its notes', () => {
    show(relevantState);
    const dates = [...root.querySelectorAll('[data-testid="timeline"] time')].map((t) =>
      t.getAttribute('datetime'),
    );
    expect(dates).toEqual([...dates].sort());
    expect(dates).toHaveLength(story.timeline.length);
    const sources = root.querySelectorAll('[data-testid="source-list"] > li');
    expect(sources).toHaveLength(story.sources.length);
    const translated = story.sources.find((s) => s.translatedFrom)!;
    expect(root.querySelector(`[data-source="${translated.id}"]`)?.textContent).toContain(
      'machine translation from Russian',
    );
  });

  it('uses one heading outline: h1, then sections', () => {
    show(relevantState);
    const headings = [...root.querySelectorAll('h1, h2, h3')].map((h) => h.tagName);
    expect(headings[0]).toBe('H1');
    expect(headings.filter((h) => h === 'H1')).toHaveLength(1);
    expect(headings).toContain('H2');
  });
});
