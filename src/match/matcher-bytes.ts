/**
 * The assembled matcher as bytes: its typed arrays one after another, so the page gets the matcher
 * as views on one buffer instead of assembling it (parsing 1.8 MB of prepared JSON, hashing every
 * word, building the automaton: 50–60 ms cold, the largest part of a story page's first marks).
 * The build writes the file from the same prepared form the Node reader assembles, and a unit test
 * checks that reading the bytes back gives that matcher, array for array.
 *
 * Layout (little-endian, as every browser's typed arrays are; a check word says so): a header of
 * Uint32s (check word, format version, array count, then each array's element count, then each
 * array's kind in the file), then each array in `FIELDS` order, every one starting at a multiple of
 * 4 bytes. The word table, an eighth full, ships as its size then its filled slots (slot, hash,
 * token), 12 bytes each instead of 64 per word. Each other array ships in the fewest bytes of the
 * ways below it fits, and the reader widens it back: a 32-bit array whose values all fit in 16
 * bits, in 16; an array of offsets that only grow, by at most 255 a step, as its steps in 8 bits
 * (`d8`); an array of long runs of one value (the character tables), as its runs (`runs`). A page
 * reads the extension's files at about 30 MB/s on a 2-core machine (a demo page's first marks
 * waited 80–135 ms for the file's 4.5 MB): the last two took it to 3.1 MB.
 */
import type { Automaton } from './automaton.ts';
import type { CueTable } from './cue-table.ts';
import type { Matcher } from './matcher.ts';
import { runToEnd } from '../steps.ts';

type ArrayKind = 'i32' | 'u32' | 'u16' | 'u8';
/**
 * How an array is stored: as its kind; a 32-bit one in 16 bits (`u16m1`: each value plus 1); as the
 * steps between its values in 8 bits (`d8`: the first value's step is from 0); or as its runs of
 * one value (`runs`: run length, value, run length, value…, 32 bits each).
 */
type FileKind = ArrayKind | 'u16m1' | 'd8' | 'runs';
/** File kinds by their number in the header. */
const FILE_KINDS: readonly FileKind[] = ['i32', 'u32', 'u16', 'u8', 'u16m1', 'd8', 'runs'];

type Field = readonly [string, ArrayKind];

/** The matcher's arrays (and the automaton's, prefixed `automaton.`) in file order. */
const FIELDS: readonly Field[] = [
  ['automaton.rootNext', 'i32'],
  ['automaton.firstChild', 'i32'],
  ['automaton.childCount', 'i32'],
  ['automaton.token', 'i32'],
  ['automaton.fail', 'i32'],
  ['automaton.report', 'i32'],
  ['automaton.patternAt', 'i32'],
  ['classes', 'u32'],
  ['wordStart', 'i32'],
  ['charToken', 'i32'],
  ['useStart', 'i32'],
  ['useWholeEnd', 'i32'],
  ['useStartsEnd', 'i32'],
  ['useSlot', 'i32'],
  ['slotSegmentStart', 'i32'],
  ['slotSegment', 'i32'],
  ['slotCue', 'i32'],
  ['nextStart', 'i32'],
  ['nextSlot', 'i32'],
  // The word table's filled slots, then the 16- and 8-bit arrays (alignment stays 4 with padding).
  ['wordSlots', 'i32'],
  ['wordSymbols', 'u16'],
  ['segmentLength', 'u16'],
  ['segmentHasMark', 'u8'],
  ['slotCanEnd', 'u8'],
  ['nextSpace', 'u8'],
];

const CHECK = 0x43434d42; // "CCMB", read back as written only on a little-endian machine
const VERSION = 3;
const HEADER_WORDS = 3;
const HEADER_LENGTH = HEADER_WORDS + 2 * FIELDS.length;

/** Bytes an element takes in the file (the header counts a `runs` array's 32-bit words). */
const BYTES: Record<FileKind, number> = { i32: 4, u32: 4, u16: 2, u8: 1, u16m1: 2, d8: 1, runs: 4 };
/** The longest array a `runs` entry may spell out: a file that says more is not one we wrote. */
const MAX_RUNS_LENGTH = 1 << 24;

type Typed = Int32Array | Uint32Array | Uint16Array | Uint8Array;

function view(kind: FileKind, buffer: ArrayBuffer, offset: number, length: number): Typed {
  switch (kind) {
    case 'i32':
      return new Int32Array(buffer, offset, length);
    case 'u32':
      return new Uint32Array(buffer, offset, length);
    case 'u16':
    case 'u16m1':
      return new Uint16Array(buffer, offset, length);
    case 'u8':
    case 'd8':
      return new Uint8Array(buffer, offset, length);
    case 'runs':
      return new Uint32Array(buffer, offset, length);
  }
}

/** Whether an array of `kind` may be stored in 16 bits (a 32-bit one). */
const narrowable = (kind: ArrayKind): boolean => BYTES[kind] === 4;

/** Whether an array only grows, from 0, by at most 255 a step (so it may ship as `d8`). */
function smallSteps(array: Typed): boolean {
  let last = 0;
  for (const value of array) {
    if (value < last || value - last > 0xff) return false;
    last = value;
  }
  return true;
}

/** How many runs of one value an array has. */
function runCount(array: Typed): number {
  let runs = 0;
  for (let i = 0; i < array.length; i++) if (i === 0 || array[i] !== array[i - 1]) runs++;
  return runs;
}

/** The way to store an array in the fewest bytes (the first of equals in this order). */
function fileKindOf(kind: ArrayKind, array: Typed): FileKind {
  const ways: [FileKind, number][] = [[kind, BYTES[kind] * array.length]];
  if (narrowable(kind)) {
    let min = 0;
    let max = 0;
    for (const value of array) {
      if (value < min) min = value;
      if (value > max) max = value;
    }
    if (min >= 0 && max <= 0xffff) ways.push(['u16', 2 * array.length]);
    else if (min >= -1 && max < 0xffff) ways.push(['u16m1', 2 * array.length]);
  }
  if (kind !== 'u8' && smallSteps(array)) ways.push(['d8', array.length]);
  if (array.length > 0) ways.push(['runs', 8 * runCount(array)]);
  return ways.reduce((best, way) => (way[1] < best[1] ? way : best))[0];
}

/** An array as the file stores it (`fileKindOf`). */
function narrowed(fileKind: FileKind, array: Typed): Typed {
  switch (fileKind) {
    case 'u16':
      return Uint16Array.from(array);
    case 'u16m1':
      return Uint16Array.from(array, (value) => value + 1);
    case 'd8':
      return Uint8Array.from(array, (value, i) => value - (i === 0 ? 0 : (array[i - 1] as number)));
    case 'runs': {
      const runs: number[] = [];
      for (let i = 0; i < array.length; i++) {
        if (i > 0 && array[i] === array[i - 1]) runs[runs.length - 2]!++;
        else runs.push(1, (array[i] as number) >>> 0);
      }
      return Uint32Array.from(runs);
    }
    default:
      return array;
  }
}

/** An array of `kind` and `length` elements. */
function arrayOf(kind: ArrayKind, length: number): Typed {
  switch (kind) {
    case 'i32':
      return new Int32Array(length);
    case 'u32':
      return new Uint32Array(length);
    case 'u16':
      return new Uint16Array(length);
    case 'u8':
      return new Uint8Array(length);
  }
}

/** The length of the array a `runs` entry spells out (throws past `MAX_RUNS_LENGTH`). */
function runsLength(stored: Typed): number {
  let length = 0;
  for (let i = 0; i < stored.length; i += 2) length += stored[i] as number;
  if (stored.length % 2 !== 0 || length > MAX_RUNS_LENGTH)
    throw new Error('matcher file: not this build’s format');
  return length;
}

/** An array as the matcher holds it, from the file's (a copy when the file stores it otherwise). */
function widened(kind: ArrayKind, fileKind: FileKind, stored: Typed): Typed {
  if (fileKind === kind) return stored;
  if (fileKind === 'runs') {
    const wide = arrayOf(kind, runsLength(stored));
    for (let i = 0, at = 0; i < stored.length; i += 2) {
      const end = at + (stored[i] as number);
      wide.fill(stored[i + 1] as number, at, end);
      at = end;
    }
    return wide;
  }
  const wide = arrayOf(kind, stored.length);
  if (fileKind === 'u16m1') for (let i = 0; i < stored.length; i++) wide[i] = stored[i]! - 1;
  else if (fileKind === 'd8')
    for (let i = 0, value = 0; i < stored.length; i++) wide[i] = value += stored[i] as number;
  else wide.set(stored);
  return wide;
}

const padded = (bytes: number): number => (bytes + 3) & ~3;

/** The word table's filled slots as (slot, hash, token) triples. */
function wordSlots(matcher: Matcher): Int32Array {
  const { wordHashes, wordTokens } = matcher;
  const slots: number[] = [wordHashes.length];
  for (let p = 0; p < wordHashes.length; p++)
    if (wordHashes[p] !== 0) slots.push(p, wordHashes[p] as number, wordTokens[p] as number);
  return Int32Array.from(slots);
}

function arraysOf(matcher: Matcher): Typed[] {
  const automaton = matcher.automaton as unknown as Record<string, Typed>;
  const own = matcher as unknown as Record<string, Typed>;
  return FIELDS.map(([name]) => {
    if (name === 'wordSlots') return wordSlots(matcher);
    return name.startsWith('automaton.')
      ? (automaton[name.slice('automaton.'.length)] as Typed)
      : (own[name] as Typed);
  });
}

/** The matcher's arrays as one file (the build writes it; `matcherFromBytes` reads it). */
export function matcherToBytes(matcher: Matcher): Uint8Array {
  const held = arraysOf(matcher);
  const kinds = held.map((a, i) => fileKindOf((FIELDS[i] as Field)[1], a));
  const arrays = held.map((a, i) => narrowed(kinds[i] as FileKind, a));
  const size = arrays.reduce((sum, a) => sum + padded(a.byteLength), HEADER_LENGTH * 4);
  const bytes = new Uint8Array(size);
  const words = new Uint32Array(bytes.buffer, 0, HEADER_LENGTH);
  words.set([CHECK, VERSION, arrays.length]);
  let at = HEADER_LENGTH * 4;
  arrays.forEach((a, i) => {
    words[HEADER_WORDS + i] = a.length;
    words[HEADER_WORDS + FIELDS.length + i] = FILE_KINDS.indexOf(kinds[i] as FileKind);
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += padded(a.byteLength);
  });
  return bytes;
}

interface Header {
  /** Each array's element count. */
  readonly lengths: Uint32Array;
  /** How the file stores each array. */
  readonly kinds: readonly FileKind[];
}

/** The header's element counts and kinds, one an array; throws on a file of another format. */
function headerOf(buffer: ArrayBuffer): Header {
  const words = new Uint32Array(buffer, 0, Math.min(HEADER_LENGTH, buffer.byteLength >> 2));
  if (
    words.length < HEADER_LENGTH ||
    words[0] !== CHECK ||
    words[1] !== VERSION ||
    words[2] !== FIELDS.length
  )
    throw new Error('matcher file: not this build’s format');
  const kinds = Array.from(words.subarray(HEADER_WORDS + FIELDS.length), (k, i) => {
    const kind = FILE_KINDS[k];
    const own = (FIELDS[i] as Field)[1];
    // A field is stored as its own kind, (a 32-bit one) in 16 bits, as its steps or as its runs.
    const other =
      (narrowable(own) && (kind === 'u16' || kind === 'u16m1')) ||
      (own !== 'u8' && kind === 'd8') ||
      kind === 'runs';
    if (kind === undefined || (kind !== own && !other))
      throw new Error('matcher file: not this build’s format');
    return kind;
  });
  return { lengths: words.slice(HEADER_WORDS, HEADER_WORDS + FIELDS.length), kinds };
}

/** Where each array starts in the file, from the header; the last entry is the file's length. */
function offsetsOf({ lengths, kinds }: Header): number[] {
  const offsets = [HEADER_LENGTH * 4];
  kinds.forEach((kind, i) =>
    offsets.push((offsets[i] as number) + padded((lengths[i] as number) * BYTES[kind])),
  );
  return offsets;
}

/** The whole file's length in bytes, read from its header (throws on a file of another format). */
export function matcherFileLength(head: ArrayBuffer): number {
  return offsetsOf(headerOf(head))[FIELDS.length] as number;
}

/** Word slots (triples) filled between two steps of `matcherFromBytesInSteps`. */
const SLOTS_A_STEP = 4096;

/**
 * The matcher a file holds, as views on its buffer (no copy but the word table's). Throws on a file
 * of another format or cut short: the reader then marks nothing, rather than marking wrongly.
 */
export function matcherFromBytes(table: CueTable, buffer: ArrayBuffer): Matcher {
  return runToEnd(matcherFromBytesInSteps(table, buffer));
}

/**
 * `matcherFromBytes` in small steps, for a page's main thread: the word table (two 2 MB arrays,
 * filled at 44,000 scattered slots) is most of the work, and on a slow machine its fresh memory
 * alone took 25–60 ms; it is filled a few thousand slots a step.
 */
export function* matcherFromBytesInSteps(
  table: CueTable,
  buffer: ArrayBuffer,
): Generator<void, Matcher> {
  const header = headerOf(buffer);
  const offsets = offsetsOf(header);
  if ((offsets[FIELDS.length] as number) > buffer.byteLength)
    throw new Error('matcher file: cut short');
  const arrays: Record<string, Typed> = {};
  for (const [i, [name, kind]] of FIELDS.entries()) {
    const fileKind = header.kinds[i] as FileKind;
    const stored = view(fileKind, buffer, offsets[i] as number, header.lengths[i] as number);
    arrays[name] = widened(kind, fileKind, stored);
    if (fileKind !== kind) yield;
  }
  const slots = arrays.wordSlots as Int32Array;
  const wordHashes = new Int32Array(slots[0] as number);
  const wordTokens = new Int32Array(slots[0] as number);
  for (let k = 1; k < slots.length; k += 3) {
    if (k % (3 * SLOTS_A_STEP) === 1) yield;
    wordHashes[slots[k] as number] = slots[k + 1] as number;
    wordTokens[slots[k] as number] = slots[k + 2] as number;
  }
  const automaton = {} as Record<string, Typed>;
  const own = {} as Record<string, Typed>;
  for (const [name] of FIELDS) {
    if (name.startsWith('automaton.'))
      automaton[name.slice('automaton.'.length)] = arrays[name] as Typed;
    else if (name !== 'wordSlots') own[name] = arrays[name] as Typed;
  }
  return {
    ...(own as unknown as Omit<Matcher, 'table' | 'automaton' | 'wordHashes' | 'wordTokens'>),
    table,
    automaton: automaton as unknown as Automaton,
    wordHashes,
    wordTokens,
    diagnostics: [],
  };
}
