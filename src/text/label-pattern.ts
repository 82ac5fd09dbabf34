/**
 * A set of labels written as one pattern ("(related|see also|more (on|from) \p{L}+)"), found at a
 * place in a line without a regular expression. The labels that head links to other pages are
 * hundreds of alternatives in twenty languages; as a regular expression they made a story page's
 * longest task in Firefox's content script: 5–9 ms to compile on the first line, then 20–33 ms more
 * when the engine made machine code of it a line later, for each of the two patterns that held
 * them (a first read of 60–117 ms on a 1 KB page; 106 ms on CI). Spelt out, they are a few hundred
 * strings, looked up by their first character.
 *
 * The pattern is a regular expression of a small subset: characters, groups of alternatives
 * `(a|b)`, `?` after a character or a group, `\p{L}+` for one word of letters, `.` for any one
 * character but a line's end, `\.` for a full stop. Anything else is an error.
 */

/** One word of letters (`\p{L}+`). */
const WORD = 0;
/** Any one character but a line's end (`.`). */
const ANY = 1;
/** A label spelt out: runs of characters, and the places where a word or any character goes. */
type Step = string | typeof WORD | typeof ANY;

export interface LabelSet {
  /** The labels that start with a character, by that character (a UTF-16 unit). */
  readonly byFirst: ReadonlyMap<string, readonly Step[][]>;
  /** The labels that start with a word or any character. */
  readonly open: readonly Step[][];
}

/** Parses `pattern` and spells out its labels. */
export function labelSet(pattern: string): LabelSet {
  const parser = new Parser(pattern);
  const labels = parser.alternatives();
  if (parser.at < pattern.length)
    throw new Error(`label pattern: unexpected "${pattern[parser.at]}" at ${parser.at}`);
  const byFirst = new Map<string, Step[][]>();
  const open: Step[][] = [];
  for (const label of labels.map(stepsOf)) {
    const first = label[0];
    if (first === undefined) throw new Error('label pattern: an empty label');
    if (typeof first !== 'string') open.push(label);
    else {
      const bucket = byFirst.get(first[0]!);
      if (bucket) bucket.push(label);
      else byFirst.set(first[0]!, [label]);
    }
  }
  return { byFirst, open };
}

/** Where the labels of `labels` that start at `at` in `text` end (any order, perhaps repeated). */
export function labelEnds(labels: LabelSet, text: string, at: number): number[] {
  const ends: number[] = [];
  for (const label of labels.byFirst.get(text[at] ?? '') ?? []) endsOf(label, 0, text, at, ends);
  for (const label of labels.open) endsOf(label, 0, text, at, ends);
  return ends;
}

const LETTER = /\p{L}/uy;
const LINE_END = /[\n\r\u2028\u2029]/;

/** The length of the character at `at` (one UTF-16 unit, or two). */
const charLength = (text: string, at: number): number => (text.codePointAt(at)! > 0xffff ? 2 : 1);

function endsOf(label: readonly Step[], s: number, text: string, at: number, ends: number[]): void {
  if (s === label.length) {
    ends.push(at);
    return;
  }
  const step = label[s]!;
  if (typeof step === 'string') {
    if (text.startsWith(step, at)) endsOf(label, s + 1, text, at + step.length, ends);
  } else if (step === ANY) {
    if (at < text.length && !LINE_END.test(text[at]!))
      endsOf(label, s + 1, text, at + charLength(text, at), ends);
  } else {
    // One word: every length of it is tried, as a regular expression backtracks.
    for (let end = at; end < text.length;) {
      LETTER.lastIndex = end;
      if (!LETTER.test(text)) break;
      end += charLength(text, end);
      endsOf(label, s + 1, text, end, ends);
    }
  }
}

/**
 * A label spelt out as a string while the pattern is read (a string grows far faster than an array
 * of steps): a word's place and any character's are these two characters, which no pattern holds.
 */
const WORD_MARK = '\uE000';
const ANY_MARK = '\uE001';

/** A spelt-out label as steps: runs of characters, and the places where a word or any character goes. */
function stepsOf(label: string): Step[] {
  const steps: Step[] = [];
  let run = '';
  for (const c of label) {
    if (c !== WORD_MARK && c !== ANY_MARK) {
      run += c;
      continue;
    }
    if (run) steps.push(run);
    run = '';
    steps.push(c === WORD_MARK ? WORD : ANY);
  }
  if (run) steps.push(run);
  return steps;
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
