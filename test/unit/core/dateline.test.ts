/**
 * A page's date (`src/text/dateline.ts`): the latest full date in the short blocks at its top, so a
 * page about a 2017 event is told from one that recalls 2017 on its way to 2018's story.
 */
import { describe, expect, it } from 'vitest';
import { datelineYear } from '../../../src/text/dateline';

describe("a page's dateline", () => {
  it('is read in the forms outlets print it', () => {
    for (const [line, year] of [
      ['2017-09-08 14:20:11 来源：东方网 作者：陈晓燕', 2017],
      ['2017年09月05日 08:45 第一财经', 2017],
      ['CNBC عربية - 08 سبتمبر 2017', 2017],
      ['Von Anna Weber | 23. August 2018, 14:02 Uhr', 2018],
      ['Publicado el 23 de agosto de 2018', 2018],
      ['By Jane Doe · Aug. 23, 2018', 2018],
      ['23.08.2018 | 10:15', 2018],
      ['8/9/2017', 2017],
    ] as const)
      expect(datelineYear(['Menu | News | Markets', line, 'Headline'])).toBe(year);
  });

  it('is the latest date at the top: a recalled 2017 does not date a 2018 page', () => {
    expect(
      datelineYear(['Timeline: 4 September 2017, the ICO ban', 'Updated 23 August 2018']),
    ).toBe(2018);
  });

  it('is not read in prose, in section numbers or far down the page, nor from a year alone', () => {
    const prose = `On 4 September 2017 the central bank banned ICOs, ${'and more '.repeat(10)}`;
    expect(datelineYear([prose])).toBeNull();
    expect(
      datelineYear(['1.1 Il divieto del 2017', '2 Verbod van 2017', '© 2017 CNBC']),
    ).toBeNull();
    expect(datelineYear([...Array<string>(15).fill('Menu'), '2017-09-08'])).toBeNull();
    expect(datelineYear(['', '  ', '2017-09-08'])).toBe(2017);
  });
});
