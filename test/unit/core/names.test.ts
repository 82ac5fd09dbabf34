/**
 * A name is read whole: the words inside it are not read on their own, and count for no language
 * when the reader decides which language a sentence is written in.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';

const factsOf = (sentence: string): string[] =>
  readPage([sentence]).relevance.evidence.flatMap((e) => e.facts);

describe('names', () => {
  it("leave a sentence in its own language, though they are written in another's script", () => {
    // 财经, 资讯 and 链 inside the outlets' Chinese names are Chinese words; read on their own, they
    // outnumbered the Portuguese words and the sentence was read as Chinese.
    const sentence =
      'Pelo menos oito contas públicas do WeChat de mídias do setor de blockchain foram bloqueadas, entre elas 金色财经 (Jinse Finance), 火币资讯 (Huobi News), 深链财经 (Deepchain) e 币世界快讯 (CoinDaily).';
    expect(factsOf(sentence)).toContain('wechat-media-ban');
    expect(factsOf(sentence)).toContain('wechat-accounts-named');
  });
});
