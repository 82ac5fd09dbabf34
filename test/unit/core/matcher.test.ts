/**
 * The compiled matcher: longest-leftmost non-overlapping matches, nothing across blocks, and the
 * same result as a slow reference (every pattern tried at every position of the normalised text)
 * on thousands of random texts built from cue fragments.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/match/compile';
import { WORD_HASH } from '../../../src/match/matcher';
import { cueTableOf, type CueEntry } from '../../../src/match/cue-table';
import { expandCue } from '../../../src/match/expand-cue';
import { findMatches } from '../../../src/match/scan';
import { KIND, SKIP, WORD } from '../../../src/text/char-class';
import { foldStream } from '../../../src/text/fold-stream';
import { withNumberWords } from '../../../src/text/number-words';
import { find, texts } from './helpers/find';
import { sampleTable } from './helpers/sample-table';
import { prng } from './helpers/prng';

describe('selection', () => {
  it('keeps the longest of matches starting at the same place, and the leftmost of overlapping ones', () => {
    const cues = [
      'block access',
      'block access to 124 exchanges',
      'access to 124 exchanges',
      '124 exchanges',
    ];
    expect(find(cues, 'plans to block access to 124 exchanges now')).toEqual([
      { block: 0, text: 'block access to 124 exchanges', cue: 1 },
    ]);
    expect(find(cues, 'access to 124 exchanges; block access')).toEqual([
      { block: 0, text: 'access to 124 exchanges', cue: 2 },
      { block: 0, text: 'block access', cue: 0 },
    ]);
    expect(texts(['a b', 'b c d'], 'a b c d')).toEqual(['a b']);
  });

  it('never matches across blocks, and sorts by block then start', () => {
    const found = find(
      ['fintech risk rectification office', 'wechat crackdown'],
      [
        'the fintech risk',
        'rectification office',
        'a wechat crackdown and the Fintech Risk Rectification Office',
      ],
    );
    expect(found).toEqual([
      { block: 2, text: 'wechat crackdown', cue: 1 },
      { block: 2, text: 'Fintech Risk Rectification Office', cue: 0 },
    ]);
  });

  it('marks a phrase that two cues share once: the first cue wins', () => {
    const m = compileMatcher(
      cueTableOf([
        { story: 's', fact: 'a', text: 'same words', lang: 'en', strong: false, verdict: 'agrees' },
        {
          story: 's',
          fact: 'b',
          text: '(same|other) words',
          lang: 'en',
          strong: false,
          verdict: 'agrees',
        },
      ]),
    );
    expect(findMatches(m, ['same words']).map((x) => x.cue)).toEqual([0]);
  });
});

describe('words', () => {
  // Cues are read word by word through a 32-bit hash of each word's letters: two different words
  // with the same hash must still be told apart. The alphabet first in the cue gives a..z the
  // symbols 1..26, so a birthday search over 7-letter words finds a pair that collides.
  const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
  const hashOf = (word: string): number => {
    let h = 0;
    for (const ch of word) h = (Math.imul(h, WORD_HASH) + ch.charCodeAt(0) - 96) | 0;
    return h;
  };
  const collision = (): [string, string] => {
    const rnd = prng(7);
    const seen = new Map<number, string>();
    for (;;) {
      let word = '';
      for (let i = 0; i < 7; i++) word += ALPHABET[Math.floor(rnd() * 26)];
      const other = seen.get(hashOf(word));
      if (other !== undefined && other !== word) return [other, word];
      seen.set(hashOf(word), word);
    }
  };

  it('tells apart two words whose hashes collide', () => {
    const [a, b] = collision();
    expect(hashOf(a)).toBe(hashOf(b));
    expect(texts([`${ALPHABET} ${a}`], `${ALPHABET} ${a}`)).toEqual([`${ALPHABET} ${a}`]);
    expect(texts([`${ALPHABET} ${a}`], `${ALPHABET} ${b}`)).toEqual([]);
    // Both in the cues: two tokens, each found only as itself.
    const cues = [`${ALPHABET} ${a} ${b}`, `${b} ${a} ${ALPHABET}`];
    expect(texts(cues, `${ALPHABET} ${b} ${a}`)).toEqual([]);
    expect(texts(cues, `${b} ${a} ${ALPHABET} ${a} ${b}`)).toEqual([`${b} ${a} ${ALPHABET}`]);
  });

  it("reads a group glued to a word as the word's forms, whole words each", () => {
    expect(
      texts(['exchange(s)? closed'], 'exchange closed, exchanges closed, exchangess closed'),
    ).toEqual(['exchange closed', 'exchanges closed']);
    expect(texts([['бирж(а|и|ами)', 'ru']], 'биржа, биржи, биржами, бирж')).toEqual([
      'биржа',
      'биржи',
      'биржами',
    ]);
    expect(texts(['(krypto)?börse(n)?'], 'Börse Kryptobörsen Krypto-Börse')).toEqual([
      'Börse',
      'Kryptobörsen',
      'Börse',
    ]);
    expect(texts([['(关闭|关停)124家', 'zh']], '已关停124家平台')).toEqual(['关停124家']);
  });

  it("reads an abbreviation's full stop as the space the cue has there, and keeps one between letters", () => {
    const urzad: [string, 'pl'][] = [['urząd (ds)? cyberprzestrzeni', 'pl']];
    expect(texts(urzad, 'Urząd ds. Cyberprzestrzeni, urząd cyberprzestrzeni.')).toEqual([
      'Urząd ds. Cyberprzestrzeni',
      'urząd cyberprzestrzeni',
    ]);
    expect(texts([['über 1 mrd nutzer', 'de']], 'WeChat hat über 1 Mrd. Nutzer.')).toEqual([
      'über 1 Mrd. Nutzer',
    ]);
    // Between two letters the stop is the word's own: "ds.cyberprzestrzeni" is no "ds cyberprzestrzeni".
    expect(texts(urzad, 'urząd ds.cyberprzestrzeni')).toEqual([]);
    expect(texts(['u.s regulators'], 'U.S. regulators, U.S regulators')).toEqual([
      'U.S. regulators',
      'U.S regulators',
    ]);
  });
});

/** Every pattern at every position of the normalised text, then longest-leftmost: slow but obvious. */
function reference(cues: readonly CueEntry[], blocks: readonly string[]) {
  const patterns: { codes: number[]; cue: number }[] = [];
  const seen = new Set<string>();
  cues.forEach((cue, index) => {
    for (const phrase of expandCue(cue.text).phrases) {
      for (const variant of withNumberWords(phrase, cue.lang)) {
        const { codes } = foldStream(variant);
        const key = codes.join(',');
        if (codes.length === 0 || seen.has(key)) continue;
        seen.add(key);
        patterns.push({ codes, cue: index });
      }
    }
  });
  const out: { block: number; start: number; end: number; cue: number }[] = [];
  blocks.forEach((text, block) => {
    const { codes, offsets } = foldStream(text);
    const raw: { start: number; end: number; p: number }[] = [];
    for (let k = 0; k < codes.length; k++) {
      patterns.forEach((pat, p) => {
        const L = pat.codes.length;
        if (k + L > codes.length) return;
        for (let j = 0; j < L; j++) if (codes[k + j] !== pat.codes[j]) return;
        let end = (offsets[k + L - 1] as number) + 1;
        while (end < text.length && KIND[text.charCodeAt(end)] === SKIP) end++;
        const endsWord = KIND[pat.codes[L - 1] as number] === WORD;
        if (endsWord && end < text.length && KIND[text.charCodeAt(end)] === WORD) return;
        raw.push({ start: offsets[k] as number, end, p });
      });
    }
    raw.sort((a, b) => a.start - b.start || b.end - a.end || a.p - b.p);
    let reached = -1;
    for (const r of raw) {
      if (r.start < reached) continue;
      out.push({ block, start: r.start, end: r.end, cue: (patterns[r.p] as { cue: number }).cue });
      reached = r.end;
    }
  });
  return out;
}

describe('agreement with a slow reference', () => {
  const fragments = [
    ...new Set(
      sampleTable.cues.flatMap((c) =>
        expandCue(c.text)
          .phrases.flatMap((p) => withNumberWords(p, c.lang))
          .flatMap((p) => [p, ...p.split(' ')]),
      ),
    ),
  ];
  const noise = [
    ' ',
    '  ',
    '\u00a0',
    '\u00ad',
    '\u200b',
    '-',
    '—',
    ',',
    '.',
    "'",
    '’',
    '“',
    '，',
    '。',
    'x',
    '1',
    'ё',
    '😀',
    '\ud800',
    'Ａ',
    '１',
    '\n',
    '家',
    'е',
  ];
  it('finds the same matches on 600 random texts (thousands of matches)', () => {
    const rnd = prng(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const matcher = compileMatcher(sampleTable);
    let total = 0;
    for (let round = 0; round < 600; round++) {
      const blocks: string[] = [];
      for (let b = 0; b < 3; b++) {
        let text = '';
        const parts = 1 + Math.floor(rnd() * 12);
        for (let i = 0; i < parts; i++) {
          let piece = rnd() < 0.6 ? pick(fragments) : pick(noise);
          if (rnd() < 0.2) piece = piece.toUpperCase();
          text += piece + (rnd() < 0.7 ? ' ' : pick(noise));
        }
        blocks.push(text);
      }
      const got = findMatches(matcher, blocks);
      const want = reference(sampleTable.cues, blocks);
      total += want.length;
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        expect({ blocks, got }).toEqual({ blocks, got: want });
      }
    }
    expect(total).toBeGreaterThan(1000);
    // A correctness check, not a timed one: 600 texts through the matcher and the reference take
    // a few seconds, past Vitest's 5 s default on a loaded 2-core machine.
  }, 60_000);
});

describe('the automaton', () => {
  it('finds every child of a state with many children, wherever the search lands', () => {
    // Patterns "x y<n>" for many n: the state after "x" has that many children, looked up by
    // binary search; each must be found (a child at the search's upper bound once was not).
    const cues = Array.from({ length: 40 }, (_, n) => `xq w${n}`);
    for (let n = 0; n < 40; n++) expect(texts(cues, `xq w${n}`), `w${n}`).toEqual([`xq w${n}`]);
  });
});
