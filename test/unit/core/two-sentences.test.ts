/**
 * A fact told over two sentences in a row (`Frame.twoSentences`): chats and threads put the place
 * and the venues in one sentence and the ban in the next. Read so only as a last resort, as a
 * frame of last resort is (`Frame.lastResort`): the page must state the fact in no other way, and no
 * other finding may hold its words.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/bundled-reader';
import { createReader } from '../../../src/read-page';
import { compileMatcher } from '../../../src/match/compile';
import type { FrameEntry } from '../../../src/match/cue-table';
import { findFrames, type FrameMatch } from '../../../src/match/frames';
import { findMatches, type TermHits } from '../../../src/match/scan';
import { sampleTable } from './helpers/sample-table';

const two = {
  ...sampleTable,
  frames: sampleTable.frames.map((f) =>
    f.fact === 'venue-ban' ? { ...f, twoSentences: true as const } : f,
  ),
};

/** The facts `findFrames` reads in `text`, in one sentence or over two. */
function framesOf(text: string, twoSentences: boolean): string[] {
  const matcher = compileMatcher(two);
  const hits: TermHits = [];
  findMatches(matcher, [text], hits);
  const overTwo: FrameMatch[] = [];
  const inOne = findFrames(two, [text], hits, overTwo);
  return (twoSentences ? overTwo : inOne).map(
    (m) => `${two.frames[m.frame]!.fact}: ${text.slice(m.start, m.end)}`,
  );
}

describe('a frame read over two sentences', () => {
  it('is found only where its words stand in both sentences, and only for a frame that allows it', () => {
    expect(framesOf('Chaoyang wrote to hotels. No crypto events, they are barred.', true)).toEqual([
      'venue-ban: Chaoyang wrote to hotels. No crypto events, they are barred',
    ]);
    expect(framesOf('Chaoyang wrote to hotels. No crypto events, they are barred.', false)).toEqual(
      [],
    );
    // Not with a sentence between them.
    expect(
      framesOf('Chaoyang wrote to hotels. Sad. No crypto events, they are barred.', true),
    ).toEqual([]);
    // Stated in one sentence: the one-sentence reading's, not the pair's.
    expect(framesOf('Chaoyang barred crypto events. Hotels were told.', true)).toEqual([]);
    // WeChat's frame does not allow it.
    expect(framesOf('WeChat closed them. They were crypto media.', true)).toEqual([]);
    expect(framesOf('WeChat closed crypto media. Hotels were told.', false)).toEqual([
      'wechat-media: WeChat closed crypto media',
    ]);
  });

  it('never crosses a block', () => {
    const matcher = compileMatcher(two);
    const blocks = ['Chaoyang wrote to hotels.', 'No crypto events, they are barred.'];
    const hits: TermHits = [];
    findMatches(matcher, blocks, hits);
    const overTwo: FrameMatch[] = [];
    findFrames(two, blocks, hits, overTwo);
    expect(overTwo).toEqual([]);
  });
});

describe('the venue ban told over two sentences of a chat', () => {
  const told =
    "Ann: Beijing's Chaoyang district wrote to shopping malls, hotels and office buildings. They must not host events promoting cryptocurrency.";
  const marked = (blocks: string[]): string[] =>
    readPage(blocks).mentions.map((m) => `${m.factId}: ${blocks[m.block]!.slice(m.start, m.end)}`);

  it('is marked from the first of its words to the last', () => {
    expect(marked(['Crypto chat', told])).toEqual([
      'beijing-venue-ban: Chaoyang district wrote to shopping malls, hotels and office buildings. They must not host events promoting cryptocurrency',
    ]);
  });

  it('is left to the sentence that states it alone elsewhere on the page', () => {
    expect(
      marked([
        'Crypto chat',
        told,
        'Bob: Chaoyang told malls and hotels not to host any events promoting cryptocurrency.',
      ]),
    ).toEqual(['beijing-venue-ban: hotels not to host any events promoting cryptocurrency']);
  });
});

describe('a frame of last resort', () => {
  const frame = (concepts: string[]): FrameEntry => ({
    story: 'sample-story',
    fact: 'venue-ban',
    text: concepts.join(' + '),
    required: concepts.map((c) => [sampleTable.concepts.indexOf(c)]),
    optional: [],
    unless: [],
    within: 160,
    lastResort: true,
    strong: true,
    verdict: 'agrees',
  });
  const read = createReader({
    ...sampleTable,
    frames: [...sampleTable.frames, frame(['chaoyang', 'event']), frame(['media', 'chaoyang'])],
  });
  const marked = (text: string): string[] =>
    read([text]).mentions.map((m) => `${m.factId}: ${text.slice(m.start, m.end)}`);

  it('marks its fact where nothing else states it', () => {
    expect(marked('Chaoyang events are gone.')).toEqual(['venue-ban: Chaoyang events']);
  });

  it('gives way to a tighter frame of its fact anywhere on the page, and to any finding whose words it takes', () => {
    expect(marked('Chaoyang events are gone. Chaoyang barred crypto events.')).toEqual([
      'venue-ban: Chaoyang barred crypto events',
    ]);
    expect(marked('WeChat closed crypto media in Chaoyang.')).toEqual([
      'wechat-media: WeChat closed crypto media',
    ]);
  });

  it('stands beside a finding whose words it leaves alone, its mark in pieces around it', () => {
    const text = 'Chaoyang: WeChat closed crypto media, events too.';
    const pieces = read([text]).mentions.map((m) => {
      const parts: string[] = [];
      for (let k = 0; k < m.ranges.length; k += 2)
        parts.push(text.slice(m.ranges[k], m.ranges[k + 1]));
      return `${m.factId}: ${parts.join(' … ')}`;
    });
    expect(pieces).toEqual([
      'venue-ban: Chaoyang … events',
      'wechat-media: WeChat closed crypto media',
    ]);
  });
});
