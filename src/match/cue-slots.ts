/**
 * A cue as a sequence of slots: a literal phrase is a slot with one alternative; a group is a slot
 * with several, optional when `?` follows. The matcher finds each alternative on its own and chains
 * adjacent ones, so a cue costs the length of its text, never the product of its groups.
 */

export interface Slot {
  /** The phrases this slot may be (white space collapsed). */
  readonly alternatives: readonly string[];
  readonly optional: boolean;
  /** White space separates this slot from the previous one in the cue. */
  readonly spaceBefore: boolean;
}

/** Parses a cue's syntax into slots (tolerant: the schema rejects malformed cues upstream). */
export function cueSlots(cue: string): Slot[] {
  const slots: Slot[] = [];
  let space = false;
  let i = 0;
  const literal = (text: string): void => {
    if (/^\s/.test(text)) space = true;
    const words = text.replace(/\s+/g, ' ').trim();
    if (words.length > 0) {
      slots.push({ alternatives: [words], optional: false, spaceBefore: space });
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
      slots.push({ alternatives: [...new Set(alternatives)], optional, spaceBefore: space });
      space = false;
    }
    i = close + (optional ? 2 : 1);
  }
  return slots;
}
