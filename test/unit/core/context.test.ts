/**
 * A story's context (`Story.context`): a page about the story names its place and its subject
 * somewhere (China, Beijing, WeChat…; crypto, blockchain…), whatever strand it tells. Without them
 * the same sentences state no fact of it; with them anywhere on the page, in site furniture aside,
 * they do.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';

const STRANDS = [
  'Regulators will block access to 124 offshore exchanges, the central bank said on Wednesday.',
  'The messaging app closed dozens of media accounts that wrote about the sector.',
  'The district ordered shopping malls and hotels not to host events that promote tokens.',
];

const facts = (blocks: readonly string[]) =>
  new Set(readPage(blocks).mentions.map((m) => m.factId));

describe('a story’s context', () => {
  it('is what the findings of a page stand on: without China named, nothing is marked', () => {
    expect(facts(STRANDS).size).toBe(0);
  });

  it('may be anywhere on the page, in any of its languages', () => {
    expect(facts(['Chinese regulators act again', ...STRANDS]).size).toBeGreaterThanOrEqual(2);
    expect(facts([...STRANDS, 'Reportaje desde Pekín.']).size).toBeGreaterThanOrEqual(2);
    expect(facts(['中国监管出手', ...STRANDS]).size).toBeGreaterThanOrEqual(2);
  });

  it('needs the subject too: China named without crypto is another story', () => {
    const withoutCrypto = STRANDS.map((s) => s.replace('tokens', 'products'));
    expect(facts(['China’s regulators act again', ...withoutCrypto]).size).toBe(0);
  });

  it('is not named by a word inside a longer one: Persian "بلاک چین" is blockchain, not China', () => {
    const venues = 'هتل‌ها و مراکز خرید نباید میزبان همایش‌های تبلیغ ارز دیجیتال و بلاک چین باشند.';
    expect(facts([venues]).size).toBe(0);
    expect(facts([venues, 'گزارش از پکن، چین.'])).toEqual(new Set(['beijing-venue-ban']));
  });

  it('is not read in site furniture: a tag list names everything', () => {
    expect(facts(['Tags: China, Politics, Asia', ...STRANDS]).size).toBe(0);
  });
});

describe('a fact’s context', () => {
  // A Chaoyang page: what the district is after, in words that would say why WeChat closed the
  // accounts ("spreading ICO information") if the page were about WeChat.
  const chaoyang = [
    "Beijing's Chaoyang district bars crypto events",
    "Beijing's Chaoyang district has told shopping malls, hotels and office buildings not to host events that promote cryptocurrencies, according to a notice dated 17 August.",
    'Blockchain technology itself is still supported, the notice said.',
    'What the district is after are the outlets promoting ICOs and speculation.',
  ];

  it('keeps a fact of one strand off a page that never names that strand', () => {
    expect(facts(chaoyang)).toEqual(new Set(['beijing-venue-ban', 'blockchain-support']));
  });

  it('lets it be read where the page names the strand, anywhere', () => {
    const withWeChat = [
      ...chaoyang,
      'Earlier this week WeChat closed several crypto news accounts.',
    ];
    expect(facts(withWeChat).has('wechat-ban-reason')).toBe(true);
  });

  it("keeps the report's source off a page that never tells the report", () => {
    // The South China Morning Post relayed the report of the 124 platforms; credited under a page
    // on the WeChat closures, it is that page's source, not the report's.
    const wechat = [
      'WeChat closes crypto media accounts in China',
      'WeChat permanently closed the public accounts of at least eight crypto news outlets on Tuesday.',
      'Source: CoinDesk, South China Morning Post',
    ];
    expect(facts(wechat).has('report-source')).toBe(false);
    const withReport = [
      ...wechat,
      'Separately, regulators plan to block access to 124 offshore exchanges.',
    ];
    expect(facts(withReport).has('report-source')).toBe(true);
  });
});
