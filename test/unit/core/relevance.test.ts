/** The relevance gate's rule, decision and evidence, on the sample table. */
import { describe, expect, it } from 'vitest';
import { createReader } from '../../../src/read-page';
import { sampleTable } from './helpers/sample-table';

const read = createReader(sampleTable);

describe('the relevance gate', () => {
  it('says no, with no evidence, when no fact is mentioned', () => {
    const r = read(['Nothing to see here.']);
    expect(r.relevance).toEqual({
      relevant: false,
      storyId: null,
      reason: 'No fact of any story is mentioned.',
      evidence: [],
    });
    expect(r.mentions).toEqual([]);
  });

  it('says no to two weak facts, and marks nothing, but shows the evidence', () => {
    const r = read(['WeChat said it would monitor accounts.']);
    expect(r.relevance.relevant).toBe(false);
    expect(r.relevance.evidence).toEqual([
      {
        storyId: 'sample-story',
        facts: ['wechat-accounts', 'monitor'],
        strongCues: [],
        mentionCount: 2,
      },
    ]);
    expect(r.relevance.reason).toMatch(/^Only 2 distinct facts and 0 story-specific cues/);
    expect(r.mentions).toEqual([]);
  });

  it('says no to a strong cue with only two facts', () => {
    const r = read(['The Fintech Risk Rectification Office will monitor things.']);
    expect(r.relevance.relevant).toBe(false);
  });

  it('says yes to a strong cue with three distinct facts', () => {
    const r = read([
      'The Fintech Risk Rectification Office will block access',
      'and monitor the sites.',
    ]);
    expect(r.relevance.relevant).toBe(true);
    expect(r.relevance.storyId).toBe('sample-story');
    expect(r.relevance.evidence[0]?.strongCues).toEqual([
      '(national)? fintech risk rectification office',
    ]);
    expect(r.mentions.map((m) => m.factId)).toEqual(['regulator', 'block-access', 'monitor']);
  });

  it('says yes to five distinct weak facts, and repeats of one fact do not count', () => {
    expect(
      read(['wechat wechat wechat monitor monitor monitor block access block access']).relevance
        .relevant,
    ).toBe(false);
    const r = read([
      'WeChat, third-party payment providers, foreign IP addresses, monitor, block web access.',
    ]);
    expect(r.relevance.relevant).toBe(true);
    expect(r.relevance.reason).toMatch(
      /^5 distinct facts and 0 story-specific cues of sample-story/,
    );
  });

  it('returns each mention with its verdict and reason', () => {
    const r = read([
      'The Fintech Risk Rectification Office closed 124 exchanges, more than 100 overseas exchanges, and will monitor them.',
    ]);
    expect(r.mentions.map((m) => [m.factId, m.verdict, m.reason ?? null])).toEqual([
      ['regulator', 'agrees', null],
      [
        'closed',
        'beyond',
        'The sources say the exchanges will be blocked, not that they were closed.',
      ],
      ['exchange-count', 'rounds', "The sources' figure is 124."],
      ['monitor', 'agrees', null],
    ]);
  });
});
