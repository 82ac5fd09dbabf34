/**
 * One annotation pass: read the page's blocks, ask the core, mark what it found. Passes repeat as
 * the page changes; mentions already marked keep their marks and their numbers, new ones are added,
 * marks the page took away are forgotten, and a page that stops being about the story loses all.
 *
 * The whole page is re-read on each pass, not only the added subtree: relevance is a property of
 * the whole page (a newly loaded paragraph alone is never "about the story"), and `readPage`
 * answers mentions only for a relevant page.
 */
import type { Mention, PageReading, Relevance } from '../../src/read-page';
import { collectBlocks, piecesOf, type Block, type Piece } from './collect-blocks';
import { MARK_TAG, styleMark, unwrapMark, wrapPiece, type MarkStyle } from './mark';
import { runChunked } from './schedule';

export interface MarkedMention {
  index: number;
  mention: Mention;
  /** The mark elements of this mention, in document order; the first is focusable. */
  marks: HTMLElement[];
  /** The marked text, its stretches joined by " … " where another fact's mark stands between. */
  text: string;
  /** The page's words that made the match (for a cue, its whole phrase). */
  words: string[];
}

export interface AnnotatorOptions {
  /** The core's reader, in steps (`readPageInSteps`). */
  read: (blocks: readonly string[]) => Generator<unknown, PageReading>;
  /** Wraps our DOM writes so the page observer does not see them. */
  quiet: <R>(write: () => R) => R;
  markStyle: () => MarkStyle;
  /** Decorates a mention's first mark (role, tabindex, description). */
  decorate?: (first: HTMLElement, mention: Mention) => void;
  root?: () => Node;
}

/** How many mentions to wrap between two checks of the time budget. */
const WRAP_STEP = 8;
/** How many mentions to resolve to text-node pieces between two checks (no DOM write: cheaper). */
const PLAN_STEP = 256;

let passCounter = 0;

export class Annotator {
  readonly mentions = new Map<number, MarkedMention>();
  relevance: Relevance | null = null;
  #next = 0;
  readonly #options: AnnotatorOptions;

  constructor(options: AnnotatorOptions) {
    this.#options = options;
  }

  /** The mention a mark element belongs to. */
  mentionOf(mark: Element): MarkedMention | undefined {
    const index = Number(mark.getAttribute('data-crosscheck-mention'));
    return Number.isInteger(index) ? this.mentions.get(index) : undefined;
  }

  /** Runs one pass; resolves with the number of marked mentions. Throws `Aborted` if `signal` aborts. */
  async pass(signal: AbortSignal): Promise<number> {
    const id = ++passCounter;
    const startMark = `crosscheck:annotate:start:${id}`;
    performance.mark(startMark);

    this.#forgetDetached();
    const root = this.#options.root?.() ?? document.body ?? document.documentElement;
    await runChunked(this.#passSteps(root), signal);

    const endMark = `crosscheck:annotate:end:${id}`;
    performance.mark(endMark);
    performance.measure('crosscheck:annotate', startMark, endMark);
    performance.clearMarks(startMark);
    performance.clearMarks(endMark);
    return this.mentions.size;
  }

  /**
   * The pass as one chunked job: collect, read, mark. One job, so its parts share the task's time
   * budget (three jobs in a row each started a fresh budget in the same task: a 50 ms task on a
   * 5 MB page in Chromium).
   */
  *#passSteps(root: Node): Generator<unknown, void> {
    const blocks = yield* collectBlocks(root);
    // The core reads in steps (it scans a slice of the text per step), chunked like our own work;
    // its share of the pass is measured apart as 'crosscheck:read'.
    const readStart = performance.now();
    const reading = yield* this.#options.read(blocks.map((b) => b.text));
    performance.measure('crosscheck:read', { start: readStart, end: performance.now() });
    const storyChanged =
      this.relevance?.storyId != null && reading.relevance.storyId !== this.relevance.storyId;
    // A page that stops being about the story keeps no more than its passing mentions.
    const narrowed = (this.relevance?.relevant ?? false) && !reading.relevance.relevant;
    this.relevance = reading.relevance;
    if (reading.mentions.length === 0 || storyChanged || narrowed) this.clear();
    if (reading.mentions.length > 0) yield* this.#wrapAll(blocks, reading.mentions);
  }

  *#wrapAll(blocks: Block[], mentions: Mention[]): Generator<void> {
    // Resolve every mention to text-node pieces before the first DOM write (offsets are those of
    // the text as read), then wrap from the last piece to the first: splitting a text node at a
    // later offset never moves an earlier piece.
    const planned: { mention: Mention; pieces: Piece[]; stretches: number[]; words: string[] }[] =
      [];
    for (const [m, mention] of mentions.entries()) {
      if (m % PLAN_STEP === PLAN_STEP - 1) yield;
      const block = blocks[mention.block];
      if (!block) continue;
      // A mention may be cut in stretches (another fact's mark between): pieces of each, in order.
      const pieces: Piece[] = [];
      const stretches: number[] = [];
      for (let r = 0; r < mention.ranges.length; r += 2) {
        const stretch = piecesOf(block, mention.ranges[r]!, mention.ranges[r + 1]!);
        if (stretch) pieces.push(...stretch);
        stretches.push(pieces.length);
      }
      if (pieces.length === 0) continue;
      if (pieces.some((p) => p.node.parentElement?.closest(MARK_TAG))) continue; // marked before
      const words: string[] = [];
      for (let w = 0; w < mention.words.length; w += 2)
        words.push(block.text.slice(mention.words[w], mention.words[w + 1]));
      planned.push({ mention, pieces, stretches, words });
    }
    const indices = planned.map(() => this.#next++);
    for (let i = planned.length - 1; i >= 0; i--) {
      const { mention, pieces, stretches, words } = planned[i]!;
      const index = indices[i]!;
      this.#options.quiet(() => {
        const marks: HTMLElement[] = [];
        const texts = stretches.map(() => '');
        for (let p = pieces.length - 1; p >= 0; p--) {
          if (!pieces[p]!.node.parentNode) continue;
          const mark = wrapPiece(pieces[p]!);
          marks.unshift(mark);
          const s = stretches.findIndex((end) => p < end);
          texts[s] = (mark.textContent ?? '') + texts[s];
        }
        if (marks.length === 0) return;
        const style = this.#options.markStyle();
        for (const mark of marks) {
          mark.setAttribute('data-crosscheck-fact', mention.factId);
          mark.setAttribute('data-crosscheck-mention', String(index));
          mark.setAttribute('data-crosscheck-verdict', mention.verdict);
          styleMark(mark, style, mention.verdict);
        }
        this.#options.decorate?.(marks[0]!, mention);
        const text = texts.filter((t) => t !== '').join(' … ');
        this.mentions.set(index, { index, mention, marks, text, words });
      });
      if (i % WRAP_STEP === 0) yield;
    }
  }

  /** Restyles every mark (the mark-style setting changed). */
  restyle(): void {
    const style = this.#options.markStyle();
    this.#options.quiet(() => {
      for (const { mention, marks } of this.mentions.values())
        for (const mark of marks) styleMark(mark, style, mention.verdict);
    });
  }

  /** Removes every mark, restoring the text nodes they were split from. */
  clear(): void {
    this.#options.quiet(() => {
      for (const { marks } of this.mentions.values()) for (const mark of marks) unwrapMark(mark);
    });
    this.mentions.clear();
  }

  /** Mentions in page order (by their first mark's position). */
  ordered(): MarkedMention[] {
    return [...this.mentions.values()].sort((a, b) => {
      const pa = a.marks[0]!;
      const pb = b.marks[0]!;
      if (pa === pb) return 0;
      return pa.compareDocumentPosition(pb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  #forgetDetached(): void {
    for (const [index, entry] of this.mentions) {
      if (!entry.marks.some((m) => m.isConnected)) this.mentions.delete(index);
      else entry.marks = entry.marks.filter((m) => m.isConnected);
    }
  }
}
