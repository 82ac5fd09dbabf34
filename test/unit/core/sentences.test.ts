/** Where a sentence ends, as the frames and the gate read it. */
import { describe, expect, it } from 'vitest';
import { endsSentence, sentenceEndsBetween } from '../../../src/text/sentences';

describe('endsSentence', () => {
  it('is true after a sentence mark, closing quotes and spaces included', () => {
    for (const text of [
      'Weekly roundup: markets were calm.',
      'He said: “They will block access.”  ',
      'Will China block them?',
      '微信封禁了多个加密货币媒体。',
      '「取引所を遮断する」と報じた。」',
      'Zhang said the office would act…',
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
