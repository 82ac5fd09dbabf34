/**
 * The context's check (`context-check.ts`): one RegExp per group (`context-patterns.ts`), read as
 * the stories' check reads anchors (`check.ts`), and a `~` anchor found inside a word (a glued
 * Arabic "and", "the"…).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORDS_PATH } from '../../../build/anchors-plugin';
import { htmlText } from '../../../build/html-text';
import context from '../../../src/anchors/context.generated.json';
import first from '../../../src/anchors/first.generated.json';
import { anchorCheck } from '../../../src/anchors/check';
import {
  contextCheck,
  contextSteps,
  contextText,
  type ContextSpec,
} from '../../../src/anchors/context-check';
import { contextPatterns } from '../../../src/anchors/context-patterns';
import type { AnchorSpec, WordCounts } from '../../../src/anchors/derive';
import { normalizer } from '../../../src/anchors/normalize';
import { ROOT } from '../core/helpers/paths';

/** A spec of the shipped classes with these groups, all required. */
const spec = (...groups: string[]): ContextSpec => ({
  ...context,
  patterns: contextPatterns({ groups, word: context.word }),
  conditions: [[0, ...groups.map((_, g) => g)]],
});
const prepare = contextText(context);
/** The check of `spec`, on a page's text as the first stage prepares it. */
const checkOf = (s: ContextSpec) => {
  const check = contextCheck(s);
  return (text: string) => check(prepare(text));
};

describe('the context check', () => {
  it('finds a word anchor at a word start only, its last word cut short unless whole', () => {
    const check = checkOf(spec('crypto', '=china'));
    expect(check('Cryptocurrency news from China.')).toBe(true);
    expect(check('Cryptocurrency news from Chinatown.')).toBe(false);
    expect(check('Encrypted mail from China.')).toBe(false);
  });

  it('reads any run of separators between two words, and any or none beside CJK', () => {
    const check = checkOf(spec('virtual currenc', '中国'));
    expect(check('virtual —\n currency, 中 国')).toBe(true);
    expect(check('virtual-currency 中国')).toBe(true);
    expect(check('virtualcurrency 中国')).toBe(false);
  });

  it('finds a `~` anchor inside a word: the forms Arabic glues to "and", "with", "the"', () => {
    const check = checkOf(spec('~بيتكوين', '~صين'));
    expect(check('وبيتكوين في للصين')).toBe(true);
    expect(checkOf(spec('بيتكوين', 'صين'))('وبيتكوين في للصين')).toBe(false);
  });

  it('reads every run of separators as one space, and no other character differently', () => {
    const [, collapse] = contextSteps(context);
    const isGap = new RegExp(`^[${context.gap}]$`);
    /** The same, one character at a time. */
    const reference = (text: string) => {
      let out = '';
      for (let i = 0; i < text.length;) {
        let end = i;
        while (end < text.length && isGap.test(text[end] as string)) end++;
        out += end > i ? ' ' : text[i++];
        i = Math.max(i, end);
      }
      return out;
    };
    const pieces = [' ', '  ', '\n', '\t ', ', ', '—', ' .', 'a', 'bc', '中', 'é', ' \u3000 '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = next() % 12; k > 0; k--) text += pieces[next() % pieces.length];
      expect(collapse(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it('reads regular-expression characters in anchors as themselves', () => {
    expect(checkOf(spec('a.b'))('axb')).toBe(false);
    expect(checkOf(spec('a.b'))('a.b')).toBe(true);
  });
});

describe('the shipped context', () => {
  it('ships the rarest entry of each story first, and every entry after', () => {
    expect(first.groups).toHaveLength(context.conditions.length);
    for (const [g, group] of first.groups.entries())
      expect(group).toBe(context.groups[context.conditions[g]![1]!]);
  });

  it('ships each group as the RegExp source made of its anchors', () => {
    for (const file of [first, context]) expect(file.patterns).toEqual(contextPatterns(file));
  });

  it('has no whole-word anchor that is a common word (a concept word split at an apostrophe gave "e")', () => {
    // Counts of the reference text's words (`build/anchor-words.json`); a whole-word anchor found
    // once in a few thousand words would make the first step pass on most pages of its language.
    const { words } = JSON.parse(readFileSync(WORDS_PATH, 'utf8')) as WordCounts;
    const common = context.groups
      .flatMap((group) => group.split('|'))
      .filter((anchor) => anchor.startsWith('=') && (words[anchor.slice(1)] ?? 0) >= 50);
    expect(common).toEqual([]);
  });

  it('reads text in both steps alike, so a page is prepared once', () => {
    for (const key of ['word', 'skip', 'gap', 'space', 'pairs'] as const)
      expect(first[key]).toBe(context[key]);
  });

  it("answers as the stories' check would on the corpus copies and the blind-written pages", () => {
    // No `~` anchor in the stories' check: compare on a spec without them.
    const words = {
      ...context,
      groups: context.groups.map((g) =>
        g
          .split('|')
          .filter((a) => !a.startsWith('~'))
          .join('|'),
      ),
    } as unknown as AnchorSpec;
    const byHeads = anchorCheck(words, normalizer(words));
    const byRegExp = checkOf({ ...context, patterns: contextPatterns(words) });
    const dirs = ['test/fixtures/corpus', 'test/fixtures/fresh/about', 'test/fixtures/fresh/other'];
    let passed = 0;
    for (const dir of dirs)
      for (const name of readdirSync(join(ROOT, dir))) {
        if (!name.endsWith('.txt') && !name.endsWith('.html')) continue;
        const file = readFileSync(join(ROOT, dir, name), 'utf8');
        const text = name.endsWith('.html') ? htmlText(file) : file;
        expect(byRegExp(text), `${dir}/${name}`).toBe(byHeads.scan(text));
        if (byRegExp(text)) passed++;
      }
    expect(passed).toBeGreaterThan(100);
    // Every blind-written page, a set that grows with each round: 2-3 s on a quiet machine.
  }, 60_000);
});
