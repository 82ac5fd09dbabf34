/**
 * A web address's words state nothing: the reader reads each as white space of its length.
 */
import { describe, expect, it } from 'vitest';
import { withoutWebAddresses } from '../../../src/text/web-address';

describe('web addresses', () => {
  it('are blanked out, with or without their scheme, and keep their length', () => {
    for (const [block, address] of [
      [
        'Bron: https://www.scmp.com/tech/article/2160909/wechat-shuts-down-crypto-news-accounts',
        'https://www.scmp.com/tech/article/2160909/wechat-shuts-down-crypto-news-accounts',
      ],
      ['Fonte: www.portaldobitcoin.com', 'www.portaldobitcoin.com'],
      ['scmp.com/business/banking-finance · 4 hours ago', 'scmp.com/business/banking-finance'],
      ['来源：https://www.8btc.com/article/265489。', 'https://www.8btc.com/article/265489'],
      ['详见8btc.com/article/1微信关闭了公众号', '8btc.com/article/1'],
      ['Beijing district bans crypto promotion events (scmp.com)', 'scmp.com'],
      ['WeChat shuts crypto news accounts (www.technode.com) 212 points', 'www.technode.com'],
    ] as const) {
      const read = withoutWebAddresses(block);
      expect(read).toHaveLength(block.length);
      expect(read).toBe(block.replace(address, ' '.repeat(address.length)));
    }
  });

  it('leave slashes that are no address alone', () => {
    for (const block of [
      'Bitcoin trades 24/7 at 6,400 USD/BTC, up 2% on 23/08/2018.',
      'The U.S./China talks and/or the 50 km/h limit',
      'WeChat closed the accounts of Jinse / Huobi News / Deepchain.',
      'Saigon (TP.HCM) and r/CryptoCurrency (self.CryptoCurrency) stay; so does (e.g.) and (i.e.).',
      // A hostile page's line of hyphenated words: read once, not again from each word's start.
      `${'abc-def-'.repeat(20_000)}/`,
    ])
      expect(withoutWebAddresses(block)).toBe(block);
  });
});
