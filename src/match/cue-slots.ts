/**
 * A cue as a sequence of slots: a literal phrase is a slot with one alternative; a group is a slot
 * with several, optional when `?` follows. The matcher finds each alternative on its own and chains
 * adjacent ones, so a cue costs the length of its text, never the product of its groups.
 *
 * The matcher reads a page's words whole, so parts glued into one word of a spaced script
 * (`exchange(s)?`, `(krypto)?börse(n)?`, `бирж(а|и|е)`) become one slot whose alternatives are the
 * whole words they spell. Parts glued to CJK stay apart: the matcher reads CJK a character at a time.
 */

export interface Slot {
  /** The phrases this slot may be (white space collapsed). */
  readonly alternatives: readonly string[];
  readonly optional: boolean;
  /** White space separates this slot from the previous one in the cue. */
  readonly spaceBefore: boolean;
  /** Spelled from parts glued into one word (their forms multiply). */
  readonly glued: boolean;
}

/**
 * A letter or digit of a script that separates words with spaces (not Han, kana or hangul), or a
 * mark of one (Devanagari vowel signs end many words).
 */
const SPACED_WORD =
  /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}\p{M}]$/u;

function gluesTo(left: Slot, right: Slot): boolean {
  return (
    !right.spaceBefore &&
    left.alternatives.some((a) => SPACED_WORD.test(a.at(-1) ?? '')) &&
    right.alternatives.some((a) => SPACED_WORD.test(a.at(0) ?? ''))
  );
}

/** One slot for a run of glued parts: every form they spell (an optional part may be left out). */
function merge(run: readonly Slot[]): Slot {
  let forms = [''];
  for (const part of run) {
    const choices = part.optional ? [...part.alternatives, ''] : part.alternatives;
    forms = forms.flatMap((form) => choices.map((choice) => form + choice));
  }
  const alternatives = [...new Set(forms.filter((form) => form !== ''))];
  return {
    alternatives,
    optional: run.every((part) => part.optional),
    spaceBefore: run[0]?.spaceBefore ?? false,
    glued: true,
  };
}

/**
 * The cue with each group nested in an alternative spelled out (`(пользовател(ей|и)|граждан)` ->
 * `(пользователей|пользователи|граждан)`): a word's forms may be written where they stand. One
 * level deep; anything else is left for the syntax check to report.
 */
export function flattenNested(cue: string): string {
  let out = '';
  let i = 0;
  while (i < cue.length) {
    const open = cue.indexOf('(', i);
    if (open < 0) break;
    // The group's end, counting nested parentheses.
    let depth = 0;
    let close = -1;
    let nested = false;
    let deeper = false;
    for (let k = open; k < cue.length; k++) {
      if (cue[k] === '(') {
        depth++;
        if (depth > 1) nested = true;
        if (depth > 2) deeper = true;
      } else if (cue[k] === ')') {
        depth--;
        if (depth === 0) {
          close = k;
          break;
        }
      }
    }
    if (close < 0 || !nested || deeper) {
      out += cue.slice(i, close < 0 ? cue.length : close + 1);
      i = close < 0 ? cue.length : close + 1;
      continue;
    }
    out += cue.slice(i, open);
    const alternatives: string[] = [];
    let from = open + 1;
    depth = 0;
    for (let k = open + 1; k <= close; k++) {
      const ch = cue[k];
      if (ch === '(') depth++;
      else if (ch === ')' && k < close) depth--;
      if ((ch === '|' && depth === 0) || k === close) {
        alternatives.push(cue.slice(from, k));
        from = k + 1;
      }
    }
    const spelled = alternatives.flatMap((alternative) => spell(alternative));
    out += `(${[...new Set(spelled)].join('|')})`;
    i = close + 1;
  }
  return out + cue.slice(i);
}

/** Every phrase one alternative spells through its own (single-level) groups. */
function spell(alternative: string): string[] {
  let forms = [''];
  let i = 0;
  while (i < alternative.length) {
    const open = alternative.indexOf('(', i);
    const close = open < 0 ? -1 : alternative.indexOf(')', open + 1);
    if (open < 0 || close < 0) {
      const rest = alternative.slice(i);
      forms = forms.map((f) => f + rest);
      break;
    }
    const literal = alternative.slice(i, open);
    const choices = alternative.slice(open + 1, close).split('|');
    const optional = alternative[close + 1] === '?';
    if (optional) choices.push('');
    forms = forms.flatMap((f) => choices.map((c) => f + literal + c));
    i = close + (optional ? 2 : 1);
  }
  return forms.map((f) => f.replace(/\s+/g, ' ').trim()).filter((f) => f !== '');
}

/** Parses a cue's syntax into slots (tolerant: the schema rejects malformed cues upstream). */
export function cueSlots(text: string): Slot[] {
  const cue = flattenNested(text);
  const parts: Slot[] = [];
  let space = false;
  let i = 0;
  const literal = (text: string): void => {
    if (/^\s/.test(text)) space = true;
    const words = text.replace(/\s+/g, ' ').trim();
    if (words.length > 0) {
      parts.push({ alternatives: [words], optional: false, spaceBefore: space, glued: false });
      space = false;
    }
    if (/\s$/.test(text)) space = true;
  };
  while (i < cue.length) {
    const open = cue.indexOf('(', i);
    const close = open < 0 ? -1 : cue.indexOf(')', open + 1);
    if (open < 0 || close < 0) {
      literal(cue.slice(i));
      break;
    }
    literal(cue.slice(i, open));
    const alternatives = cue
      .slice(open + 1, close)
      .split('|')
      .map((a) => a.replace(/\s+/g, ' ').trim())
      .filter((a) => a.length > 0);
    const optional = cue[close + 1] === '?';
    if (alternatives.length > 0) {
      parts.push({
        alternatives: [...new Set(alternatives)],
        optional,
        spaceBefore: space,
        glued: false,
      });
      space = false;
    }
    i = close + (optional ? 2 : 1);
  }
  const slots: Slot[] = [];
  for (let k = 0; k < parts.length;) {
    let end = k + 1;
    while (end < parts.length && gluesTo(parts[end - 1] as Slot, parts[end] as Slot)) end++;
    slots.push(end - k === 1 ? (parts[k] as Slot) : merge(parts.slice(k, end)));
    k = end;
  }
  return slots;
}
