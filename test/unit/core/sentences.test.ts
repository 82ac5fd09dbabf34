/** Where a sentence ends, as the frames and the gate read it. */
import { describe, expect, it } from 'vitest';
import { FOLD, KIND, OTHER } from '../../../src/text/char-class';
import {
  APOSTROPHES,
  endsSentence,
  oneSentenceEndBetween,
  sentenceEndsBetween,
} from '../../../src/text/sentences';

describe('endsSentence', () => {
  it('is true after a sentence mark, closing quotes and spaces included', () => {
    for (const text of [
      'Weekly roundup: markets were calm.',
      'He said: “They will block access.”  ',
      'Will China block them?',
      '微信封禁了多个加密货币媒体。',
      '「取引所を遮断する」と報じた。」',
      'Zhang said the office would act…',
      'هل ستحجب الصين المنصات؟',
      'قررت الصين حجب المنصات؛',
      "Beleggers werden opgelicht met ICO's.",
      'Investors lost money on the exchange’s.',
      'Anleger verloren Geld mit ICO´s.',
    ])
      expect(endsSentence(text), text).toBe(true);
  });

  it('is false for a headline, a menu, a byline or an abbreviation', () => {
    for (const text of [
      'China moves to block 124 offshore exchanges',
      'Home | News | Markets | Opinion',
      'By A. Reporter, 24 Aug.',
      '',
    ])
      expect(endsSentence(text), text).toBe(false);
  });

  it('agrees with sentenceEndsBetween on a text that ends one', () => {
    const text = 'The office will monitor the platforms.';
    expect(endsSentence(text)).toBe(sentenceEndsBetween(text, 0, text.length));
  });
});

describe('a full stop before footnote marks', () => {
  it('ends the sentence, as a stop before a space does', () => {
    const text = 'The accounts were closed.[4] Some of the outlets moved.[12][13] Others';
    expect(sentenceEndsBetween(text, 0, text.indexOf('[4]'))).toBe(true);
    expect(sentenceEndsBetween(text, text.indexOf('[4]'), text.indexOf('[12]'))).toBe(true);
    for (const text of ['The accounts were closed.[4]', 'closed.[12][13]  ', 'closed.” [4]'])
      expect(endsSentence(text), text).toBe(true);
    for (const text of ['closed.[1234]', 'closed.[a]', 'see note [4]'])
      expect(endsSentence(text), text).toBe(false);
  });

  it('ends the sentence before superscript footnote marks too, as papers print them', () => {
    const text = '거래는 지속되었다.¹⁾ 이에 인민은행은 예고해 왔으며,²⁾ 보도하였다.³ 보도에 따르면';
    expect(sentenceEndsBetween(text, 0, text.indexOf('¹⁾'))).toBe(true);
    expect(sentenceEndsBetween(text, text.indexOf('¹⁾'), text.indexOf('³'))).toBe(true);
    for (const text of ['The accounts were closed.¹²', 'closed.⁽⁴⁾ ', 'closed.³⁾'])
      expect(endsSentence(text), text).toBe(true);
    for (const text of ['an area of 5 m²', 'closed.⁾'])
      expect(endsSentence(text), text).toBe(false);
  });

  it('is no end inside brackets the sentence goes on after', () => {
    for (const text of [
      'Los grandes (Huobi, OKCoin, Binance...) se largaron fuera.',
      'The big ones (Huobi, OKCoin etc.) moved their operations abroad.',
    ]) {
      const close = text.indexOf(')');
      expect(sentenceEndsBetween(text, 0, close), text).toBe(false);
    }
    const text = 'WeChat closed them (all of them.) Then Beijing acted.';
    expect(sentenceEndsBetween(text, 0, text.indexOf(')')), text).toBe(true);
  });

  it('is no end before other brackets, or a footnote glued to the next word', () => {
    for (const text of ['See fig.[a] below', 'version 1.[4]x of it', 'closed.[1234] next'])
      expect(sentenceEndsBetween(text, 0, text.length), text).toBe(false);
  });
});

describe('a figure after a short label', () => {
  it('is the subject of the sentence that follows: no end after it', () => {
    for (const text of [
      'The number: 124. That is how many platforms still serve users.',
      '08h47 — O número: 124. É quantas plataformas continuam.',
      'Zahl des Tages: 124. So viele Börsen bedienen China.',
    ]) {
      const stop = text.indexOf('124.') + 3;
      expect(sentenceEndsBetween(text, stop, stop + 1), text).toBe(false);
    }
  });

  it('ends a sentence after a longer clause, or a figure with no label', () => {
    for (const text of [
      'Regulators counted the platforms that remain open to users in China: 124. Beijing acts.',
      'The count rose to 124. Then the office acted.',
    ]) {
      const stop = text.indexOf('124.') + 3;
      expect(sentenceEndsBetween(text, stop, stop + 1), text).toBe(true);
    }
  });

  it('is no end after an abbreviation of a count or a name, in the languages read', () => {
    for (const text of [
      'Chiny kontrolowały ok. 90 proc. obrotu bitcoinem.',
      'Zablokowano m.in. Jinse Caijing i Deepchain.',
      'Biuro ds. Specjalnego Porządkowania Ryzyk ogłosiło plan.',
      'We wrześniu 2017 r. Chiny zakazały ICO.',
      'Od lutego br. Ludowy Bank Chin wdraża kolejne środki.',
      'W sierpniu ub.r. Pekin zamknął giełdy.',
      'Giełdy Huobi, OKCoin itd. Wyniosły się za granicę.',
      'Более 5 тыс. Платформ не было.',
      'Sàn đặt tại TP. HCM đã đóng cửa.',
    ]) {
      const stop = text.indexOf('. ');
      expect(sentenceEndsBetween(text, stop, stop + 1), text).toBe(false);
    }
    // Before a word, "ok." is the English one and ends its sentence.
    const ok = 'The office said it was ok. Then WeChat closed the accounts.';
    const stop = ok.indexOf('ok.') + 2;
    expect(sentenceEndsBetween(ok, stop, stop + 1)).toBe(true);
  });
});

describe('the apostrophes a sentence reads', () => {
  it('are those the matcher folds to one', () => {
    const folded: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (KIND[c] === OTHER && FOLD[c] === 0x27) folded.push(c);
    expect([...APOSTROPHES].sort((a, b) => a - b)).toEqual(folded);
  });
});

describe('a full stop after one letter', () => {
  it('is no end after an initial', () => {
    for (const text of ['Reported by J. Smith in Beijing.', 'The U.S. Treasury said so.']) {
      const stop = text.indexOf('. ');
      expect(sentenceEndsBetween(text, stop, stop + 1), text).toBe(false);
    }
  });

  it('ends a sentence after a one-syllable word of a script without case', () => {
    const text = '정보를 퍼뜨린 혐의라고 함. 일부 매체는 계정이 영구 폐쇄됨.';
    const stop = text.indexOf('. ');
    expect(sentenceEndsBetween(text, stop, stop + 1)).toBe(true);
  });
});

describe('an ellipsis inside a text', () => {
  it('ends a sentence before a space and a capital letter, as three full stops do', () => {
    for (const text of ['Marc a dit… Mon compte affiche', 'nghe nói vậy… Chắc là'])
      expect(sentenceEndsBetween(text, 0, text.length), text).toBe(true);
  });

  it('is a pause before a lower-case word, a bracket, or a script without case', () => {
    for (const text of [
      'the office would act… and soon',
      '(Huobi, Binance…) se largaron',
      '交易所……后来都搬走了',
      '取引所は… 海外へ',
    ])
      expect(sentenceEndsBetween(text, 0, text.length), text).toBe(false);
  });

  it('stresses the word after it, not ending, when that word is in capitals', () => {
    for (const text of ['tòa văn phòng... KHÔNG được tổ chức', 'tòa văn phòng… KHÔNG được'])
      expect(sentenceEndsBetween(text, 0, text.length), text).toBe(false);
    for (const text of ['so... Then they', 'so... A new rule', 'closed. NO events'])
      expect(sentenceEndsBetween(text, 0, text.length), text).toBe(true);
  });
});

describe('two sentences that follow each other', () => {
  const between = (text: string) => oneSentenceEndBetween(text, 0, text.length);

  it('are parted by one end, a run of marks and closing quotes counted once', () => {
    for (const text of [
      'wrote to hotels. They must not',
      'wrote to hotels?! They must not',
      'wrote to hotels..." They must not',
      '写信给酒店。不得举办',
    ])
      expect(between(text), text).toBe(true);
  });

  it('are not parted by none, nor by a sentence between them', () => {
    for (const text of [
      'wrote to hotels and they must not',
      'wrote to hotels. Sad. They must not',
      '写信给酒店。唉。不得举办',
    ])
      expect(between(text), text).toBe(false);
  });
});
