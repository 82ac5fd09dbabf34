/** The relevance gate's rule, decision and evidence, and what it lets be marked, on the sample table. */
import { describe, expect, it } from 'vitest';
import { createReader } from '../../../src/read-page';
import { LEAD_PLACES, NEAR_BLOCKS } from '../../../src/relevance/gate';
import { sampleTable } from './helpers/sample-table';

const read = createReader(sampleTable);

const facts = (blocks: string[]): string[] => read(blocks).mentions.map((m) => m.factId);

/** Enough paragraphs of prose between two blocks to put them out of each other's reach. */
const apart = (paragraph: string): string[] => Array<string>(NEAR_BLOCKS + 1).fill(paragraph);

describe('the relevance gate', () => {
  it('says no, with no evidence, when no fact is mentioned', () => {
    const r = read(['Nothing to see here.']);
    expect(r.relevance).toEqual({
      relevant: false,
      passing: false,
      storyId: null,
      reason: 'No fact of any story is mentioned.',
      evidence: [],
    });
    expect(r.mentions).toEqual([]);
  });

  it('says no to weak facts, however many, and marks nothing, but shows the evidence', () => {
    const r = read([
      'WeChat, third-party payment providers, foreign IP addresses, monitor, block web access.',
      'Set up in 2016; the september 2017 ban.',
    ]);
    expect(r.relevance.relevant).toBe(false);
    expect(r.relevance.passing).toBe(false);
    expect(r.relevance.evidence[0]?.facts.length).toBeGreaterThanOrEqual(5);
    expect(r.relevance.evidence[0]?.strongCues).toEqual([]);
    expect(r.relevance.reason).toMatch(/^Only \d+ distinct facts and 0 story-specific cues/);
    expect(r.mentions).toEqual([]);
  });

  it('marks a story-specific finding in passing, with what its block says, and nothing else', () => {
    const r = read([
      'Weekly roundup: markets were calm.',
      '微信封禁了多个加密货币媒体，第三方支付也受影响。',
      ...apart('Another item: a paragraph of the roundup long enough to count as prose.'),
      'Elsewhere, the september 2017 ban is a year old.',
    ]);
    expect(r.relevance.relevant).toBe(false);
    expect(r.relevance.passing).toBe(true);
    expect(r.relevance.storyId).toBe('sample-story');
    expect(r.mentions.map((m) => [m.block, m.factId])).toEqual([
      [1, 'wechat-media'],
      [1, 'payment-providers'],
    ]);
  });

  it('says yes to a story-specific finding with two more facts near it', () => {
    const r = read([
      'The Fintech Risk Rectification Office will block access',
      'and monitor the sites.',
      'Unrelated paragraph.',
    ]);
    expect(r.relevance.relevant).toBe(true);
    expect(r.relevance.storyId).toBe('sample-story');
    expect(r.relevance.evidence[0]?.strongCues).toEqual([
      '(national)? fintech risk rectification office',
    ]);
    expect(
      facts(['The Fintech Risk Rectification Office will block access', 'and monitor the sites.']),
    ).toEqual(['regulator', 'block-access', 'monitor']);
  });

  it('says yes to a story-specific finding in the lead with one more fact near it', () => {
    const paragraph = 'A paragraph about something else, long enough to count as prose.';
    const lead = ['The Fintech Risk Rectification Office met.', 'They will monitor the sites.'];
    expect(read(lead).relevance.relevant).toBe(true);
    expect(facts(lead)).toEqual(['regulator', 'monitor']);
    // The same two facts further down the page (a roundup's item) are a passing mention.
    const later = [...Array<string>(LEAD_PLACES).fill(paragraph), ...lead];
    expect(read(later).relevance.relevant).toBe(false);
    expect(read(later).relevance.passing).toBe(true);
  });

  it('does not count facts far from the story-specific finding, unless the story comes back', () => {
    const paragraph = 'A paragraph about something else, long enough to count as prose.';
    const far = [
      'The Fintech Risk Rectification Office met.',
      ...apart(paragraph),
      'They will block access and monitor the sites.',
    ];
    expect(read(far).relevance.relevant).toBe(false);
    expect(facts(far)).toEqual(['regulator']);
    const again = [...far, 'The fintech risk rectification office again.'];
    expect(read(again).relevance.relevant).toBe(true);
  });

  it('does not count lines of site furniture between a headline and its lead', () => {
    const page = [
      'The Fintech Risk Rectification Office met',
      'Home | News | Markets | Opinion',
      'By A. Reporter, 24 August 2018',
      'Share: Facebook | Twitter | Telegram',
      'Newsletter',
      'They will block access and monitor the sites.',
    ];
    expect(read(page).relevance.relevant).toBe(true);
    expect(facts(page)).toEqual(['regulator', 'block-access', 'monitor']);
  });

  it('does not count the short lines of a chat or a transcript between them either', () => {
    const chat = [
      'kev: same here.',
      'tom: is it for good?',
      'mei: no idea yet.',
      'kev: they say so.',
    ];
    const between = apart('').map((_, i) => chat[i % chat.length] as string);
    const thread = [
      'mei: The Fintech Risk Rectification Office met.',
      ...between,
      'tom: They will block access and monitor the sites.',
    ];
    expect(read(thread).relevance.relevant).toBe(true);
    const paragraph = 'A paragraph about something else, long enough to count as prose.';
    expect(
      read(thread.map((line) => (between.includes(line) ? paragraph : line))).relevance.relevant,
    ).toBe(false);
  });

  it("takes a thread's facts seven long messages apart as stated together", () => {
    const message =
      '[20/08/2018, 09:06] priya: the meetup venue emailed me this morning, cancelled.';
    const thread = [
      'mei: The Fintech Risk Rectification Office met.',
      ...Array<string>(7).fill(message),
      'tom: They will block access and monitor the sites.',
    ];
    expect(read(thread).relevance.relevant).toBe(true);
  });

  it('does not count the questions of an FAQ or an interview between the answers', () => {
    const question = 'And what will the office do about the sites that are still open?';
    const faq = [
      'The Fintech Risk Rectification Office met',
      ...apart(question),
      'They will block access and monitor the sites.',
    ];
    expect(read(faq).relevance.relevant).toBe(true);
    const statement = 'And this is what the office will do about the sites that are still open.';
    expect(read(faq.map((line) => (line === question ? statement : line))).relevance.relevant).toBe(
      false,
    );
  });

  it('returns each mention with its verdict and reason', () => {
    const r = read([
      'The Fintech Risk Rectification Office closed 124 exchanges, more than 100 overseas exchanges, and will monitor them.',
    ]);
    expect(r.mentions.map((m) => [m.factId, m.verdict, m.reason ?? null])).toEqual([
      ['regulator', 'agrees', null],
      [
        'closed',
        'beyond',
        'The sources say the exchanges will be blocked, not that they were closed.',
      ],
      ['exchange-count', 'rounds', "The sources' figure is 124."],
      ['monitor', 'agrees', null],
    ]);
  });
});

describe('frames', () => {
  const about = (sentence: string): string[] => [
    sentence,
    'The Fintech Risk Rectification Office will block access and monitor the sites.',
  ];

  it('find a fact from its concepts in any order, with other words between, in one sentence', () => {
    for (const sentence of [
      'WeChat has closed the accounts of several crypto media outlets.',
      'Several crypto news outlets were shut down on WeChat this week.',
      'Crypto media? Banned from WeChat: the accounts are gone.'.replace('?', ','),
    ]) {
      const r = read(about(sentence));
      const m = r.mentions.find((x) => x.factId === 'wechat-media');
      expect(m, sentence).toBeDefined();
      expect(m?.block).toBe(0);
    }
  });

  it('mark from the first concept word to the last, and list the words that made the match', () => {
    const sentence =
      'Yesterday WeChat quietly shut down accounts run by several crypto media groups.';
    const m = read(about(sentence)).mentions.find((x) => x.factId === 'wechat-media');
    expect(sentence.slice(m?.start, m?.end)).toBe(
      'WeChat quietly shut down accounts run by several crypto media',
    );
    const words: string[] = [];
    for (let k = 0; k < (m?.words.length ?? 0); k += 2)
      words.push(sentence.slice(m?.words[k], m?.words[k + 1]));
    expect(words).toEqual(['WeChat', 'shut down', 'crypto', 'media']);
  });

  it('never reach across a sentence end or a block', () => {
    expect(
      facts(about('WeChat closed some accounts. Crypto media are worried.')).includes(
        'wechat-media',
      ),
    ).toBe(false);
    expect(
      facts(['WeChat closed some accounts', 'Crypto media are worried.', ...about('')]).includes(
        'wechat-media',
      ),
    ).toBe(false);
    // A vertical bar parts a title from its tags.
    expect(
      facts(about('WeChat closes accounts of writers | crypto | media')).includes('wechat-media'),
    ).toBe(false);
    // An abbreviation's full stop and a decimal point end nothing.
    expect(
      facts(about('WeChat (Tencent Inc. and co.) closed 1.5 crypto media accounts.')).includes(
        'wechat-media',
      ),
    ).toBe(true);
  });

  it('read words of any language the concepts list, traditional Chinese included', () => {
    for (const sentence of [
      '微信封禁了多个加密货币媒体的公众号。',
      '微信封禁了多個加密貨幣媒體的公眾號。',
    ]) {
      expect(facts(about(sentence))[0], sentence).toBe('wechat-media');
    }
  });

  it('read a sentence in one language, Chinese taking English words in stride', () => {
    // More English words than Chinese ones: the sentence is Chinese and reads them too.
    expect(facts(about('微信把 crypto media 的 accounts 都 shut down 了。'))).toContain(
      'wechat-media',
    );
    // An English sentence that gives a name in Chinese too is English: no second name.
    expect(facts(about('Jinse (金色财经), a crypto media outlet, was shut down.'))).not.toContain(
      'outlets-named',
    );
    expect(facts(about('Jinse (金色财经) and TokenClub were shut down.'))).toContain(
      'outlets-named',
    );
  });

  it('carry their verdict, and an unless-concept in the sentence turns the frame off', () => {
    const done = read(about('Regulators blocked crypto sites.')).mentions[0];
    expect([done?.factId, done?.verdict]).toEqual(['block-done', 'beyond']);
    expect(facts(about('Regulators will block crypto sites.'))).not.toContain('block-done');
  });

  it("read a local fact's frame as said of another country in a sentence that names one and not China", () => {
    expect(facts(about('Japan will block crypto sites.'))).not.toContain('block-plan');
    expect(facts(about('Like Japan, Beijing will block crypto sites.'))).toContain('block-plan');
    expect(facts(about('Regulators will block crypto sites.'))).toContain('block-plan');
    // A fact that is not local is read whatever country the sentence names.
    expect(facts(about('In Japan, payment providers closed accounts.'))).toContain(
      'payment-providers',
    );
  });

  it('can name a concept twice: two different words of it are needed', () => {
    expect(facts(about('Jinse, Deepchain and TokenClub were hit.'))).toContain('outlets-named');
    expect(facts(about('Jinse was hit, its editors say.'))).not.toContain('outlets-named');
  });

  it("mark the tightest of a fact's overlapping findings, so a longer one takes no other fact's words", () => {
    const sentence = 'They found 124 platforms, which regulators now plan to block.';
    const r = read([sentence]);
    const marks = r.mentions.map((m) => [m.factId, sentence.slice(m.start, m.end)]);
    expect(marks).toEqual([
      ['platform-count', '124 platforms'],
      ['block-plan', 'plan to block'],
    ]);
    // The tighter finding keeps the longer one's strength: the page is marked as passing.
    expect(r.relevance.passing).toBe(true);
  });

  it('let two facts of one sentence keep their own words', () => {
    const sentence =
      'WeChat closed crypto media accounts, and payment providers closed accounts too.';
    const r = read(about(sentence));
    expect(r.mentions.filter((m) => m.block === 0).map((m) => m.factId)).toEqual([
      'wechat-media',
      'payment-providers',
    ]);
    // Marks never share text.
    const ranges = r.mentions.filter((m) => m.block === 0).flatMap((m) => [...m.ranges]);
    for (let k = 2; k < ranges.length; k += 2)
      expect(ranges[k]).toBeGreaterThanOrEqual(ranges[k - 1] as number);
  });
});
