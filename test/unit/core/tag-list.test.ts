/** A page's list of tags is furniture: the reader reads it as empty, and nothing else as one. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/read-page';
import { isTagList } from '../../../src/text/tag-list';

describe('a list of tags', () => {
  it("is a labelled line or a line of hashtags, in the reader's languages", () => {
    for (const line of [
      'Tags: China, Regulation, Exchanges, Shanghai Securities News',
      'Tags : Chine, WeChat, Tencent',
      'Schlagwörter: China, Börsen',
      'Теги: Китай, биржи',
      '标签：微信　公众号　监管',
      'タグ：#中国　#WeChat　#テンセント',
      '#중국 #거래소 #규제 #상하이증권보',
      '#Chine #Régulation #Pékin',
    ])
      expect(isTagList(line), line).toBe(true);
  });

  it('is not a sentence, a forum post numbered with #, or a line with one hashtag', () => {
    for (const line of [
      'China tags 124 offshore exchanges for blocking.',
      '#1 望京码农：只是朝阳区吧？海淀、东城能办吗？',
      '#China plans to block 124 offshore exchanges, the paper says.',
      'Tagesschau: China will 124 Börsen sperren',
    ])
      expect(isTagList(line), line).toBe(false);
  });

  it("gets no mark, though it names the story's things", () => {
    const page = [
      'China moves to block 124 offshore crypto exchanges',
      'The internet finance risk rectification office will block access to 124 offshore exchanges, the Shanghai Securities News reported.',
      'Tags: China, Regulation, Exchanges, Shanghai Securities News',
    ];
    const reading = readPage(page);
    expect(reading.relevance.relevant).toBe(true);
    expect(reading.mentions.filter((m) => m.block === 2)).toEqual([]);
    expect(reading.mentions.some((m) => m.factId === 'report-source' && m.block === 1)).toBe(true);
  });
});
