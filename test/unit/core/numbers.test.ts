/**
 * "More than 100" counts as the 124 exchanges rounded, but never as the start of a larger number:
 * "more than 100,000 users", "超过100万", "ponad 100 tys." are other figures, on pages about anything.
 * The exchange count is a fact only this story has, so it would be marked in passing on any page.
 */
import { describe, expect, it } from 'vitest';
import { factsStated } from './helpers/facts-stated';

const found = (sentence: string): string[] => factsStated(['Crypto news', sentence]);

describe('a number over a hundred', () => {
  it('is the 124 exchanges rounded, in a sentence with exchanges', () => {
    for (const sentence of [
      'China will block more than 100 offshore crypto exchanges, the paper said.',
      '中国将屏蔽超过100家境外虚拟货币交易平台。',
      'Chiny zablokują ponad 100 zagranicznych giełd kryptowalut.',
    ])
      expect(found(sentence), sentence).toContain('exchange-count');
  });

  it('is not, when it starts a larger number: thousands, millions, 万, тысяч', () => {
    for (const sentence of [
      'The offshore crypto exchange now serves more than 100,000 users in China.',
      'The offshore crypto exchange now serves more than 100 000 users in China.',
      'The offshore crypto exchange says more than 100 million users trade in China.',
      '该境外加密货币交易所表示，平台用户已超过100万，中国用户占比不详。',
      '海外の仮想通貨取引所は約100万人の中国人ユーザーを抱える。',
      'Die Offshore-Kryptobörse hat mehr als 100.000 Nutzer in China.',
      'Zagraniczna giełda kryptowalut ma ponad 100 tys. użytkowników w Chinach.',
      'Офшорная криптобиржа обслуживает более 100 тысяч пользователей в Китае.',
      'Sàn giao dịch tiền ảo có hàng trăm nghìn người theo dõi ở Trung Quốc.',
    ])
      expect(found(sentence), sentence).not.toContain('exchange-count');
  });
});
