/**
 * Expands a cue's syntax (`124 (offshore|overseas) (crypto|cryptocurrency)? exchanges`) into every
 * plain phrase it stands for. The matcher never does this (it chains slots, see `cue-slots.ts`, so
 * a cue costs its length, not the product of its groups); tests use it as the obvious reference.
 */
import { flattenNested } from './cue-slots';

/** More variants than this from one cue is a dataset mistake; the rest are dropped (and reported). */
export const MAX_VARIANTS_PER_CUE = 4096;

/** The plain phrases a cue stands for, white space collapsed; `truncated` when capped. */
export function expandCue(written: string): { phrases: string[]; truncated: boolean } {
  const cue = flattenNested(written);
  let phrases = [''];
  let truncated = false;
  let i = 0;
  while (i < cue.length) {
    const open = cue.indexOf('(', i);
    const literal = open < 0 ? cue.slice(i) : cue.slice(i, open);
    if (literal.length > 0) phrases = phrases.map((p) => p + literal);
    if (open < 0) break;
    const close = cue.indexOf(')', open + 1);
    // An unclosed group is taken literally rather than thrown on: the schema rejects it anyway.
    if (close < 0) {
      phrases = phrases.map((p) => p + cue.slice(open));
      break;
    }
    const alternatives = cue.slice(open + 1, close).split('|');
    const optional = cue[close + 1] === '?';
    if (optional) alternatives.push('');
    const next: string[] = [];
    outer: for (const p of phrases) {
      for (const a of alternatives) {
        if (next.length >= MAX_VARIANTS_PER_CUE) {
          truncated = true;
          break outer;
        }
        next.push(p + a);
      }
    }
    phrases = next;
    i = close + (optional ? 2 : 1);
  }
  const clean = phrases.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
  return { phrases: [...new Set(clean)], truncated };
}
