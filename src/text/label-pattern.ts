/**
 * A set of labels written as one pattern ("(related|see also|more (on|from) \p{L}+)"), found at a
 * place in a line without a regular expression. The labels that head links to other pages are
 * hundreds of alternatives in twenty languages; as a regular expression they made a story page's
 * longest task in Firefox's content script: 5–9 ms to compile on the first line, then 20–33 ms more
 * when the engine made machine code of it a line later, for each of the two patterns that held
 * them (a first read of 60–117 ms on a 1 KB page; 106 ms on CI). Spelt out, they are a few hundred
 * strings, looked up by their first character. They are spelt out at build time
 * (`build/related-labels-plugin.ts`): parsing the pattern on the page, cold, took 30–80 ms in Node
 * and made the first read step of a story page 40–100 ms in Chromium on a slow machine.
 *
 * The pattern is a regular expression of a small subset: characters, groups of alternatives
 * `(a|b)`, `?` after a character or a group, `\p{L}+` for one word of letters, `.` for any one
 * character but a line's end, `\.` for a full stop. Anything else is an error.
 */

/**
 * A label spelt out is a string: its characters, and these two, which no pattern holds, where a
 * word of letters (`\p{L}+`) or any one character but a line's end (`.`) goes.
 */
const WORD_MARK = '\uE000';
const ANY_MARK = '\uE001';

/** A set of labels spelt out, as JSON holds it (the build writes it; a page parses it). */
export interface LabelSet {
  /** The labels that start with a character, by that character (a UTF-16 unit). */
  readonly byFirst: Readonly<Record<string, readonly string[]>>;
  /** The labels that start with a word or any character. */
  readonly open: readonly string[];
}

/** Parses `pattern` and spells out its labels. */
export function labelSet(pattern: string): LabelSet {
  const parser = new Parser(pattern);
  const labels = parser.alternatives();
  if (parser.at < pattern.length)
    throw new Error(`label pattern: unexpected "${pattern[parser.at]}" at ${parser.at}`);
  const byFirst: Record<string, string[]> = {};
  const open: string[] = [];
  for (const label of labels) {
    const first = label[0];
    if (first === undefined) throw new Error('label pattern: an empty label');
    if (first === WORD_MARK || first === ANY_MARK) open.push(label);
    else (byFirst[first] ??= []).push(label);
  }
  return { byFirst, open };
}

/** Where the labels of `labels` that start at `at` in `text` end (any order, perhaps repeated). */
export function labelEnds(labels: LabelSet, text: string, at: number): number[] {
  const ends: number[] = [];
  const first = text[at];
  const bucket =
    first !== undefined && Object.hasOwn(labels.byFirst, first) ? labels.byFirst[first] : undefined;
  for (const label of bucket ?? []) endsOf(label, 0, text, at, ends);
  for (const label of labels.open) endsOf(label, 0, text, at, ends);
  return ends;
}

const LETTER = /\p{L}/uy;
const LINE_END = /[\n\r\u2028\u2029]/;

/** The length of the character at `at` (one UTF-16 unit, or two). */
const charLength = (text: string, at: number): number => (text.codePointAt(at)! > 0xffff ? 2 : 1);

/** Adds to `ends` where `label`, from its `l`th unit on, ends in `text` from `at`. */
function endsOf(label: string, l: number, text: string, at: number, ends: number[]): void {
  for (; l < label.length; l++) {
    const c = label[l];
    if (c === WORD_MARK) {
      // One word: every length of it is tried, as a regular expression backtracks.
      for (let end = at; end < text.length;) {
        LETTER.lastIndex = end;
        if (!LETTER.test(text)) return;
        end += charLength(text, end);
        endsOf(label, l + 1, text, end, ends);
      }
      return;
    }
    if (c === ANY_MARK) {
      if (at >= text.length || LINE_END.test(text[at]!)) return;
      at += charLength(text, at);
    } else if (text[at++] !== c) return;
  }
  ends.push(at);
}

class Parser {
  at = 0;
  constructor(private readonly pattern: string) {
    if (pattern.includes(WORD_MARK) || pattern.includes(ANY_MARK))
      throw new Error(
        'label pattern: holds a character of the private use area it marks words with',
      );
  }

  /** `a|b|…` up to a closing parenthesis or the end: the labels of each alternative. */
  alternatives(): string[] {
    const labels = this.sequence();
    while (this.pattern[this.at] === '|') {
      this.at++;
      labels.push(...this.sequence());
    }
    return labels;
  }

  /** Items one after another: every way of spelling them. */
  private sequence(): string[] {
    let labels = [''];
    for (let c = this.pattern[this.at]; c !== undefined && c !== '|' && c !== ')';) {
      let item = this.item();
      if (this.pattern[this.at] === '?') {
        this.at++;
        item = ['', ...item];
      }
      labels =
        item.length === 1
          ? labels.map((label) => label + item[0]!)
          : labels.flatMap((label) => item.map((rest) => label + rest));
      c = this.pattern[this.at];
    }
    return labels;
  }

  private item(): string[] {
    const p = this.pattern;
    const c = p[this.at]!;
    if (c === '(') {
      this.at++;
      const labels = this.alternatives();
      if (p[this.at] !== ')') throw new Error(`label pattern: "(" without ")" at ${this.at}`);
      this.at++;
      return labels;
    }
    for (const [written, mark] of [
      ['\\p{L}+', WORD_MARK],
      ['\\.', '.'],
      ['.', ANY_MARK],
    ] as const) {
      if (p.startsWith(written, this.at)) {
        this.at += written.length;
        return [mark];
      }
    }
    if ('\\[]{}*+^$'.includes(c))
      throw new Error(`label pattern: "${c}" at ${this.at} is not of the subset read here`);
    const length = charLength(p, this.at);
    this.at += length;
    return [p.slice(this.at - length, this.at)];
  }
}
