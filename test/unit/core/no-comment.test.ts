/**
 * "CoinCentral got no answer from the Shanghai Securities News" is the fact `no-comment`. Other
 * outlets say it in their own words and languages: the frames read a refusal or a silence beside
 * the paper's name, or beside CoinCentral's when the paper is "the paper"; the paper's name alone
 * is still the report's source, not this fact.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';
import { factsStated } from './helpers/facts-stated';

const found = (blocks: string[]): string[] => factsStated(['Crypto news from China', ...blocks]);

const answered = [
  'CoinCentral said it tried to reach the Shanghai Securities News, which did not respond.',
  'CoinCentral zufolge blieb eine Anfrage bei den Shanghai Securities News unbeantwortet.',
  'CoinCentral ha provato a contattare lo Shanghai Securities News, ma senza ricevere alcuna risposta.',
  'Криптовалютне видання CoinCentral зазначає, що його спроби отримати коментар від Shanghai Securities News виявилися марними.',
  'CoinCentral का कहना है कि उसने शंघाई सिक्योरिटीज न्यूज से जवाब लेने की कोशिश की, लेकिन कोई जवाब नहीं मिला।',
];

describe('no answer from the paper', () => {
  it('is read beside the paper’s name, in the languages reporters wrote it', () => {
    for (const block of answered) expect(found([block]), block).toContain('no-comment');
  });

  it('is marked where the paper is named as the one asked, and the paper not as the source', () => {
    const page = [
      'China to block 124 offshore cryptocurrency exchanges',
      'Chinese regulators will block access to 124 offshore cryptocurrency exchanges that still serve mainland users, the Shanghai Securities News reported on Thursday.',
      'CoinCentral said it tried to reach the Shanghai Securities News, which did not respond.',
    ];
    const marks = readPage(page).mentions.map((m) => ({
      block: m.block,
      fact: m.factId,
      text: page[m.block]!.slice(m.start, m.end),
    }));
    expect(marks).toContainEqual({
      block: 1,
      fact: 'report-source',
      text: 'Shanghai Securities News',
    });
    expect(marks.filter((m) => m.block === 2)).toEqual([
      { block: 2, fact: 'no-comment', text: 'Shanghai Securities News, which did not respond' },
    ]);
  });

  it('is read beside CoinCentral, the outlet that asked, when the paper is only "the paper"', () => {
    for (const block of [
      'CoinCentral said its attempts to get a response from the paper were unsuccessful.',
      'CoinCentral próbował uzyskać komentarz od gazety, jednak bezskutecznie.',
    ])
      expect(found([block]), block).toContain('no-comment');
    const listed = 'CoinCentral, a US crypto news site, listed eleven closed accounts.';
    expect(found([listed])).not.toContain('no-comment');
  });

  it('is no fact without the paper, nor the paper named with no refusal', () => {
    for (const block of [
      'The exchange did not respond to requests for comment.',
      'The Shanghai Securities News reported on Thursday that 124 platforms would be blocked.',
    ])
      expect(found([block]), block).not.toContain('no-comment');
  });

  it('is not read across a question and its answer', () => {
    // "Has the Shanghai Securities News named any exchange? Answering the reporter's question, an
    // editor said it had": "chưa trả lời câu hỏi" (has not answered the question) is a phrase of
    // one sentence, not a question's last word and the first words of the next sentence.
    const asked =
      'Shanghai Securities News đã nêu tên sàn nào chưa? Trả lời câu hỏi của phóng viên, một biên tập viên nói là có.';
    const silent = 'Tờ Shanghai Securities News chưa trả lời câu hỏi của CoinCentral.';
    expect(found([asked])).not.toContain('no-comment');
    expect(found([silent])).toContain('no-comment');
  });
});
