/**
 * Normalisation as pages need it: case, compatibility forms, quotes, dashes, white space, invisible
 * characters, numbers in words, Chinese and Russian. Offsets always point into the original text.
 */
import { describe, expect, it } from 'vitest';
import { numberWords } from '../../../src/text/number-words';
import { texts } from './helpers/find';

const EXCHANGES = '124 (offshore|overseas) (crypto|cryptocurrency)? exchanges';

describe('normalisation', () => {
  it('folds case, full-width forms, curly quotes, dashes and white space', () => {
    expect(texts([EXCHANGES], 'Some 124 OVERSEAS Crypto Exchanges.')).toEqual([
      '124 OVERSEAS Crypto Exchanges',
    ]);
    expect(texts([EXCHANGES], '１２４\u3000ｏｖｅｒｓｅａｓ exchanges')).toEqual([
      '１２４\u3000ｏｖｅｒｓｅａｓ exchanges',
    ]);
    expect(texts(["people's bank of china"], 'The People’s Bank of China said')).toEqual([
      'People’s Bank of China',
    ]);
    expect(texts(['peer to peer lending'], 'peer‑to–peer —lending')).toEqual([
      'peer‑to–peer —lending',
    ]);
    expect(texts([EXCHANGES], '124\u00a0\u00a0offshore \n\t exchanges')).toEqual([
      '124\u00a0\u00a0offshore \n\t exchanges',
    ]);
  });

  it('reads a full-width percent sign as the ASCII one: no phrase break inside a percentage', () => {
    // Japanese and Chinese papers print 5％未満; full-width punctuation otherwise breaks a CJK phrase.
    expect(texts(['5 未満'], 'その比率は5％未満に')).toEqual(['5％未満']);
    expect(texts(['5 未満'], 'その比率は5%未満に')).toEqual(['5%未満']);
    expect(texts(['5 未満'], 'その比率は5、未満に')).toEqual([]);
  });

  it('skips soft hyphens, zero-width characters and combining marks inside words', () => {
    expect(texts([EXCHANGES], '124 off\u00adshore crypto\u200bcurrency ex\u200dchanges')).toEqual([
      '124 off\u00adshore crypto\u200bcurrency ex\u200dchanges',
    ]);
    expect(texts(['cafe'], 'le cafe\u0301 noir')).toEqual(['cafe\u0301']);
  });

  it('treats punctuation as a word boundary, keeping apostrophes and decimal points', () => {
    expect(texts(['okex bitfinex and binance'], 'OKEx, Bitfinex, and Binance.')).toEqual([
      'OKEx, Bitfinex, and Binance',
    ]);
    expect(texts(['1.5 billion fund'], 'a $1.5-billion Fund')).toEqual(['1.5-billion Fund']);
    expect(texts(['1.5 billion fund'], 'a $1,5 billion fund')).toEqual([]);
  });

  it('reads Arabic digits as ASCII ones and Arabic punctuation as a boundary, skipping tatweel', () => {
    expect(texts(['124 منصة'], 'حجب ١٢٤ منصة، ۱۲۴ منـــصة؛ 124 منصةً')).toEqual([
      '١٢٤ منصة',
      '۱۲۴ منـــصة',
      '124 منصةً',
    ]);
    expect(texts(['منصة'], 'منصات')).toEqual([]);
  });

  it('reads Hindi typed with or without the nukta, with chandrabindu or anusvara, as one word', () => {
    expect(texts([['फ़ैसला', 'hi']], 'यह फैसला। वह फ़ैसला')).toEqual(['फैसला', 'फ़ैसला']);
    expect(texts([['सेवाएं', 'hi']], 'सेवाएँ बंद')).toEqual(['सेवाएँ']);
  });

  it('matches whole words only, in Latin and Cyrillic scripts', () => {
    expect(texts(['wechat crackdown'], 'WeChat crackdowns; the wechat crackdown')).toEqual([
      'wechat crackdown',
    ]);
    expect(texts([EXCHANGES], '1124 offshore exchanges, 124 offshore exchangesX')).toEqual([]);
    expect(texts([['запрет на ico', 'ru']], 'ЗАПРЕТ НА ICO; запреты на ico')).toEqual([
      'ЗАПРЕТ НА ICO',
    ]);
  });

  it('finds numbers written in words, in the cue’s language', () => {
    expect(
      texts(
        [EXCHANGES],
        'One hundred and twenty-four overseas exchanges; a hundred twenty four offshore exchanges',
      ),
    ).toEqual([
      'One hundred and twenty-four overseas exchanges',
      'a hundred twenty four offshore exchanges',
    ]);
    expect(texts(['(over|more than) 120 exchanges'], 'over 120-plus exchanges')).toEqual([]);
    expect(texts(['120 plus exchanges'], 'some 120-plus exchanges')).toEqual([
      '120-plus exchanges',
    ]);
    expect(
      texts([['124 иностранные биржи', 'ru']], 'Сто двадцать четыре иностранные биржи'),
    ).toEqual(['Сто двадцать четыре иностранные биржи']);
    expect(texts([['более 100 бирж', 'ru']], 'более ста бирж')).toEqual(['более ста бирж']);
    expect(texts([['124家交易平台', 'zh']], '共一百二十四家交易平台')).toEqual([
      '一百二十四家交易平台',
    ]);
    expect(numberWords(124, 'en')).toContain('one hundred and twenty four');
    expect(numberWords(105, 'zh')).toEqual(['一百零五']);
    expect(numberWords(12, 'zh')).toEqual(['一十二', '十二']);
    expect(numberWords(2016, 'en')).toEqual([]);
  });

  it('folds Cyrillic case and ё', () => {
    expect(texts([['заблокируют доступ', 'ru']], 'Власти ЗАБЛОКИРУЮТ ДОСТУП')).toEqual([
      'ЗАБЛОКИРУЮТ ДОСТУП',
    ]);
    expect(texts([['платежных услуг', 'ru']], 'платёжных услуг')).toEqual(['платёжных услуг']);
  });

  it('reads Turkish ı as i, so an all-caps headline reads as its words', () => {
    expect(texts([['hesabını kapattı', 'tr']], 'WECHAT HESABINI KAPATTI')).toEqual([
      'HESABINI KAPATTI',
    ]);
    expect(texts([['hesabını kapattı', 'tr']], 'hesabini kapatti')).toEqual(['hesabini kapatti']);
  });

  it('reads Polish ł and Vietnamese đ as the l and d a keyboard without them types', () => {
    expect(texts([['zamknął konta', 'pl']], 'WeChat zamknal konta, ZAMKNĄŁ KONTA')).toEqual([
      'zamknal konta',
      'ZAMKNĄŁ KONTA',
    ]);
    expect(texts([['đóng cửa', 'vi']], 'wechat dong cua, Đóng cửa')).toEqual([
      'dong cua',
      'Đóng cửa',
    ]);
  });

  it('needs no word boundaries in Chinese, ignores spaces next to it, but not punctuation', () => {
    const cue: [string, 'zh'] = ['124家(境外|海外)交易平台', 'zh'];
    expect(texts([cue], '发现124家境外交易平台仍在运营')).toEqual(['124家境外交易平台']);
    expect(texts([cue], '发现 124 家 海外 交易平台')).toEqual(['124 家 海外 交易平台']);
    expect(texts([cue], '发现124家境外，交易平台')).toEqual([]);
    expect(texts([['上海证券报', 'zh']], '据《上海证券报》报道')).toEqual(['上海证券报']);
  });

  it('keeps offsets in the original text across surrogate pairs and skipped characters', () => {
    const text = '😀😀 \u200b124\u00ad overseas exchanges 😀';
    const [m] = texts([EXCHANGES], text);
    expect(m).toBe('124\u00ad overseas exchanges');
  });
});
