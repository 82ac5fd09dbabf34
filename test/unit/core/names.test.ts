/**
 * A name is read whole: the words inside it are not read on their own, and count for no language
 * when the reader decides which language a sentence is written in.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';
import { factsStated } from './helpers/facts-stated';

const factsOf = (sentence: string): string[] => factsStated([sentence]);

describe('names', () => {
  it("leave a sentence in its own language, though they are written in another's script", () => {
    // 财经, 资讯 and 链 inside the outlets' Chinese names are Chinese words; read on their own, they
    // outnumbered the Portuguese words and the sentence was read as Chinese.
    const sentence =
      'Pelo menos oito contas públicas do WeChat de mídias do setor de blockchain foram bloqueadas, entre elas 金色财经 (Jinse Finance), 火币资讯 (Huobi News), 深链财经 (Deepchain) e 币世界快讯 (CoinDaily).';
    expect(factsOf(sentence)).toContain('wechat-media-ban');
    expect(factsOf(sentence)).toContain('wechat-accounts-named');
  });

  it("keep the words inside an office's short name from being read on their own", () => {
    // 整治 (a crackdown) inside 整治办, the rectification office's short name: the office going on
    // monitoring is no statement that the crackdown continues; the office itself is still read.
    const report =
      '上证报报道，互联网金融风险专项整治工作领导小组办公室排查发现，仍有124家服务器设在境外的虚拟货币交易平台向境内居民提供交易服务，将予以封堵。';
    const factsOfSecond = (sentence: string): string[] =>
      readPage([report, sentence])
        .mentions.filter((m) => m.block === 1)
        .map((m) => m.factId);
    expect(factsOfSecond('整治办将对上述平台持续进行监测。')).not.toContain('continued-crackdown');
    expect(factsOfSecond('监管部门将持续整治虚拟货币交易。')).toContain('continued-crackdown');
    expect(factsOfSecond('互联网金融风险整治办将对上述平台持续进行监测。')).toContain('regulator');
  });

  it('name the office by its short name alone where the page names it no other way', () => {
    // Chinese reports and chats call the office 整治办 once it is introduced, or from the start.
    const regulatorMarks = (page: string[]) =>
      readPage(page)
        .mentions.filter((m) => m.factId === 'regulator')
        .map((m) => page[m.block]!.slice(m.start, m.end));
    const short =
      '【上证报】整治办排查发现124家境外虚拟货币交易平台仍向境内居民提供服务，将采取屏蔽访问等措施。';
    expect(regulatorMarks(['虚拟货币新闻', short])).toEqual(['整治办']);
    const named =
      '上证报报道，互联网金融风险专项整治工作领导小组办公室排查发现，仍有124家境外虚拟货币交易平台向境内居民提供交易服务。';
    expect(regulatorMarks(['虚拟货币新闻', named, short])).toEqual([
      '互联网金融风险专项整治工作领导小组办公室',
    ]);
  });

  it("name the office by its short name where its full name stands only in the insiders' words", () => {
    // The full name is read as the regulator too, but the insiders' mark takes its words whole.
    const page = [
      '境外124家虚拟货币交易平台将被屏蔽',
      '【上海证券报】23日报道，据接近互联网金融风险专项整治工作领导小组办公室的人士透露，目前已发现124家服务器设在境外、但仍向境内居民提供交易服务的虚拟货币交易平台。整治办将对这些平台的网站采取处置措施，屏蔽其访问。',
    ];
    const marks = readPage(page).mentions.map((m) => [
      m.factId,
      page[m.block]!.slice(m.start, m.end),
    ]);
    expect(marks).toContainEqual([
      'insider-sources',
      '接近互联网金融风险专项整治工作领导小组办公室的人士',
    ]);
    expect(marks).toContainEqual(['regulator', '整治办']);
  });
});
