/** A breadcrumb trail is furniture: the reader reads it as empty, and nothing else as one. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/read-page';
import { isBreadcrumb } from '../../../src/text/breadcrumb';

describe('a breadcrumb trail', () => {
  it('is a short line of three or more items joined by >, › or »', () => {
    for (const line of [
      'Home > Markets > Asia',
      'heise online > News > 08/2018 > WeChat sperrt Kanäle chinesischer Krypto-Medien',
      'Accueil › Monde › Asie',
      'Inicio » Noticias » Análisis',
      '当前位置：华商网 > 财经频道 > 金融理财',
      'ITmedia NEWS > 企業・業界動向 > 中国WeChat、仮想通貨メディアの公式アカウントを相次ぎ凍結',
    ])
      expect(isBreadcrumb(line), line).toBe(true);
  });

  it('is not a sentence with a comparison, a two-item line or a long paragraph', () => {
    for (const line of [
      'Bitcoin > $6,000 again as China moves to block 124 offshore exchanges.',
      'News > China to block 124 offshore exchanges',
      'Markets>Asia>China',
      `Home > News > ${'China will block access to 124 offshore exchanges. '.repeat(5)}`,
      '',
    ])
      expect(isBreadcrumb(line), line).toBe(false);
  });

  it('gets no mark, though it repeats the headline', () => {
    const page = [
      'Home > Markets > China moves to block 124 offshore crypto exchanges',
      'China moves to block 124 offshore crypto exchanges',
      'The internet finance risk rectification office will block access to 124 offshore exchanges, the Shanghai Securities News reported.',
    ];
    const reading = readPage(page);
    expect(reading.relevance.relevant).toBe(true);
    expect(reading.mentions.filter((m) => m.block === 0)).toEqual([]);
    expect(reading.mentions.some((m) => m.block === 1)).toBe(true);
  });
});
