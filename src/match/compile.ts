/**
 * Compiles a cue table into one matcher for all cues of all stories, in two levels:
 * - segments: every distinct phrase a cue's slot may be (numbers also spelled out in words),
 *   normalised by the page's own rules (`foldStream`); the matcher finds them word by word;
 * - chains: each cue is a sequence of slots; the scanner chains a slot's segment to the previous
 *   slot's when they are adjacent in the page (one separator apart, or glued in CJK).
 * Memory and compile time grow with the cues' text, not with the product of their groups.
 */
import { CJK, FOLD, KIND, WORD } from '../text/char-class.ts';
import { BOUNDARY_CODE, BREAK_CODE, SPACE_CODE, foldStream } from '../text/fold-stream.ts';
import { withNumberWords } from '../text/number-words.ts';
import type { Language } from '../stories/schema.ts';
import type { CueTable } from './cue-table.ts';
import { cueSlots } from './cue-slots.ts';
import {
  MAX_PATTERN_SYMBOLS,
  PREPARED_END,
  assembleMatcher,
  type Matcher,
  type PreparedMatcher,
} from './matcher.ts';

export { MAX_PATTERN_SYMBOLS, type Matcher, type PreparedMatcher };

/**
 * What the matcher finds, in the order of its match numbers: the cues, then the concept words
 * (a match's `cue` at or past `table.cues.length` is term `cue - table.cues.length`).
 */
export function phrasesOf(table: CueTable): { text: string; lang: Language | null }[] {
  return [
    ...table.cues,
    ...table.terms.map(({ text, lang }) => {
      if (text === undefined) throw new Error('a term without its text cannot be compiled');
      return { text, lang };
    }),
  ];
}

/** Compiles the matcher (tests and `createReader`; the extension ships it prepared at build). */
export function compileMatcher(table: CueTable): Matcher {
  return assembleMatcher(table, prepareMatcher(table));
}

/** A segment's tokens as strings: a word's folded letters, or one CJK character or kept mark. */
function tokenKeys(codes: readonly number[]): string[] {
  const keys: string[] = [];
  let word = '';
  for (const code of codes) {
    if (KIND[code] === WORD) {
      word += String.fromCharCode(code);
      continue;
    }
    if (word !== '') keys.push(word);
    word = '';
    if (code !== BOUNDARY_CODE && code !== SPACE_CODE) keys.push(`\0${String.fromCharCode(code)}`);
  }
  if (word !== '') keys.push(word);
  return keys;
}

/**
 * The order to write segments in so that the page's assembly finds them sorted, as the automaton
 * build needs, without sorting: the page numbers tokens as they first appear, so a walk of the
 * segments' trie that visits each node's children in the order of those numbers (known ones first,
 * smallest first; a new token then gets the next number) writes them sorted.
 */
function orderForAssembly(segmentCodes: readonly (readonly number[])[]): number[] {
  interface Node {
    readonly children: Map<string, Node>;
    segment: number;
  }
  const root: Node = { children: new Map(), segment: -1 };
  const keysOf = segmentCodes.map(tokenKeys);
  keysOf.forEach((keys, g) => {
    let node = root;
    for (const key of keys) {
      let child = node.children.get(key);
      if (child === undefined) {
        child = { children: new Map(), segment: -1 };
        node.children.set(key, child);
      }
      node = child;
    }
    node.segment = g;
  });
  const numbers = new Map<string, number>();
  const numbered: string[] = []; // keys in the order they got their numbers
  const order: number[] = [];
  // Entering a node numbers the token leading to it: the first segment written below it starts
  // with that path, so the page meets the path's tokens first.
  const visit = (node: Node, key: string): void => {
    if (!numbers.has(key)) {
      numbers.set(key, numbers.size + 1);
      numbered.push(key);
    }
    if (node.segment >= 0) order.push(node.segment);
    const pending = new Map(node.children);
    // Children numbered already, smallest first; numbers given meanwhile are all larger.
    const known = [...pending.keys()]
      .filter((key) => numbers.has(key))
      .sort((a, b) => (numbers.get(a) as number) - (numbers.get(b) as number));
    let cursor = numbered.length;
    for (const key of known) {
      pending.delete(key);
      visit(node.children.get(key) as Node, key);
    }
    // Then the others: the first to get a number meanwhile, else the first new one by key.
    const fresh = [...pending.keys()].sort();
    let next = 0;
    while (pending.size > 0) {
      while (cursor < numbered.length && !pending.has(numbered[cursor] as string)) cursor++;
      let key: string;
      if (cursor < numbered.length) key = numbered[cursor++] as string;
      else {
        while (!pending.has(fresh[next] as string)) next++;
        key = fresh[next] as string;
      }
      pending.delete(key);
      visit(node.children.get(key) as Node, key);
    }
  };
  numbers.set('', 0); // the root's
  visit(root, '');
  return order;
}

/** The string work of compiling, as JSON (linear in the size of the cue table). */
export function prepareMatcher(table: CueTable): PreparedMatcher {
  // Symbols of the folded letters, CJK characters and kept marks the segments use (0: none).
  const alphabet = new Map<number, number>();
  const segments = new Map<string, number>();
  const segmentCodes: number[][] = [];
  const uses: number[][] = [];
  const slotCue: number[] = [];
  const slotCanStart: number[] = [];
  const slotCanEnd: number[] = [];
  const nextStart: number[] = [];
  const nextSlot: number[] = [];
  const nextSpace: number[] = [];
  const diagnostics: string[] = [];

  const segment = (codes: number[]): number => {
    for (const code of codes) {
      if (code !== BOUNDARY_CODE && code !== SPACE_CODE && !alphabet.has(code))
        alphabet.set(code, alphabet.size + 1);
    }
    // Words are whole tokens, so a boundary tells "a b" from "ab"; a space adds nothing to it.
    const key = String.fromCharCode(...codes.filter((code) => code !== SPACE_CODE));
    let g = segments.get(key);
    if (g === undefined) {
      g = segmentCodes.length;
      segments.set(key, g);
      segmentCodes.push(codes);
      uses.push([]);
    }
    return g;
  };

  phrasesOf(table).forEach((cue, cueIndex) => {
    const slots = cueSlots(cue.text);
    const first = slotCue.length;
    // A separator is needed between two slots when the cue has white space there, unless CJK
    // stands on either side (the page's spaces next to CJK do not count).
    const edges: { firstCjk: boolean; lastCjk: boolean; firstWord: boolean; lastWord: boolean }[] =
      [];
    slots.forEach((slot, j) => {
      const id = first + j;
      let firstCjk = false;
      let lastCjk = false;
      let firstWord = false;
      let lastWord = false;
      for (const alternative of slot.alternatives) {
        const variants = cue.lang === null ? [alternative] : withNumberWords(alternative, cue.lang);
        for (const variant of variants) {
          const { codes } = foldStream(variant);
          if (codes.length === 0 || codes.includes(BREAK_CODE)) continue;
          if (codes.length > MAX_PATTERN_SYMBOLS) {
            diagnostics.push(`cue "${cue.text}": phrase too long, dropped: ${variant}`);
            continue;
          }
          const lead = codes[0] === BOUNDARY_CODE ? (codes[1] as number) : (codes[0] as number);
          const tail = KIND[codes[codes.length - 1] as number];
          if (KIND[lead] === CJK) firstCjk = true;
          if (tail === CJK) lastCjk = true;
          if (KIND[lead] === WORD) firstWord = true;
          if (tail === WORD) lastWord = true;
          (uses[segment(codes)] as number[]).push(id);
        }
      }
      edges.push({ firstCjk, lastCjk, firstWord, lastWord });
      slotCue.push(cueIndex);
    });
    slots.forEach((_, j) => {
      let canStart = 1;
      for (let k = 0; k < j; k++) if (!slots[k]?.optional) canStart = 0;
      let canEnd = 1;
      for (let k = j + 1; k < slots.length; k++) if (!slots[k]?.optional) canEnd = 0;
      slotCanStart.push(canStart);
      slotCanEnd.push(canEnd);
      nextStart.push(nextSlot.length);
      let space = false;
      for (let k = j + 1; k < slots.length; k++) {
        const slot = slots[k];
        if (slot === undefined) break;
        if (slot.spaceBefore) space = true;
        const cjk = edges[j]?.lastCjk === true || edges[k]?.firstCjk === true;
        // The page's words are whole tokens: a group glued to a word would need one split.
        if (!space && edges[j]?.lastWord === true && edges[k]?.firstWord === true) {
          throw new Error(
            `cue "${cue.text}": a group is glued to a word; put a space between them, or list whole words as alternatives`,
          );
        }
        nextSlot.push(first + k);
        nextSpace.push(space && !cjk ? 1 : 0);
        if (!slot.optional) break;
      }
    });
  });
  nextStart.push(nextSlot.length);

  if (alphabet.size + 1 > 0xffff) throw new Error('too many distinct characters in cues');
  const order = orderForAssembly(segmentCodes);
  // A segment's slots in three runs: those it fills as a whole cue (a cue may start and end there),
  // those where a cue may start, then the rest; the scan reads the first two runs as it finds it.
  const distinctUses = order.map((g) => {
    const slots = [...new Set(uses[g])];
    const rank = (j: number): number => (slotCanStart[j] !== 1 ? 2 : slotCanEnd[j] === 1 ? 0 : 1);
    return [0, 1, 2].flatMap((r) => slots.filter((j) => rank(j) === r));
  });
  // Symbol per folded code as a typed array: 64 Ki Map lookups would cost milliseconds.
  const symbolOf = new Uint16Array(0x10000);
  for (const [code, sym] of alphabet) symbolOf[code] = sym;
  const classRuns: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const kind = KIND[c] as number;
    const value = (kind === WORD ? 0 : kind << 16) | (symbolOf[FOLD[c] as number] as number);
    if (classRuns.length > 0 && classRuns[classRuns.length - 1] === value) {
      classRuns[classRuns.length - 2] = (classRuns[classRuns.length - 2] as number) + 1;
    } else classRuns.push(1, value);
  }
  // The page reads segments back through `classes`, words being runs of letters: exact when every
  // character written is its own fold (boundaries always fall where a run of letters starts).
  let segmentText = '';
  for (const g of order) {
    for (const code of segmentCodes[g] as number[]) {
      if (code === BOUNDARY_CODE) continue;
      if (code !== SPACE_CODE && FOLD[code] !== code)
        throw new Error(`segment character U+${code.toString(16)} is not its own fold`);
      segmentText += String.fromCharCode(code);
    }
    segmentText += PREPARED_END;
  }
  const cueSlotCount = phrasesOf(table).map(() => 0);
  for (const c of slotCue) cueSlotCount[c] = (cueSlotCount[c] as number) + 1;
  // The page takes a slot's next slots to be the following ones of its cue: check it holds.
  for (let j = 0; j < slotCue.length; j++) {
    for (let k = nextStart[j] as number; k < (nextStart[j + 1] as number); k++) {
      if (nextSlot[k] !== j + 1 + k - (nextStart[j] as number))
        throw new Error('next slots out of order');
    }
  }
  return {
    classRuns,
    segments: segmentText,
    useCount: distinctUses.map((u) => u.length),
    useSlot: distinctUses.flat(),
    cueSlotCount,
    slotCanStart,
    slotCanEnd,
    nextCount: nextStart.slice(1).map((end, j) => end - (nextStart[j] as number)),
    nextSpace,
    diagnostics,
  };
}
