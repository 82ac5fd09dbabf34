/**
 * A frame's tightest window in a sentence may hold a word a better mark took ("the WeChat purge is
 * the latest step in a crackdown": the closures' mark holds "purge"). Another window of the same
 * frame in that sentence (`FrameMatch.alternatives`) is marked instead, in words no mark holds.
 */
import { describe, expect, it } from 'vitest';
import { createReader } from '../../../src/read-page';
import type { FrameEntry } from '../../../src/match/cue-table';
import { sampleTable } from './helpers/sample-table';

const mediaEvents: FrameEntry = {
  story: 'sample-story',
  fact: 'media-events',
  text: 'media + event',
  required: [[sampleTable.concepts.indexOf('media')], [sampleTable.concepts.indexOf('event')]],
  optional: [],
  unless: [],
  within: 160,
  strong: false,
  verdict: 'agrees',
};
const read = createReader({ ...sampleTable, frames: [...sampleTable.frames, mediaEvents] });
const marked = (text: string): string[] =>
  read([text]).mentions.map((m) => `${m.factId}: ${text.slice(m.start, m.end)}`);

describe("a frame whose tightest window holds another mark's word", () => {
  it('is marked in another window of the sentence', () => {
    expect(marked('WeChat closed crypto media, then events for the media.')).toEqual([
      'wechat-media: WeChat closed crypto media',
      'media-events: events for the media',
    ]);
  });

  it('is marked once: the other window only stands in where the tightest cannot', () => {
    expect(marked('WeChat closed crypto media. Crypto media events for the media.')).toEqual([
      'wechat-media: WeChat closed crypto media',
      'media-events: media events',
    ]);
  });

  it('is not marked where no other window has words of its own', () => {
    expect(marked('WeChat closed crypto media events.')).toEqual([
      'wechat-media: WeChat closed crypto media',
    ]);
  });
});
