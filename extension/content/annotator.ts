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
import { piecesOf, walkPage, type Block, type Piece } from './collect-blocks';
import { documentEditable, insideEditor } from './editable';
import {
  buildMarks,
  insertMarks,
  MARK_TAG,
  markTagTaken,
  styleMark,
  unwrapMarks,
  type MarkStyle,
  type NodeMarks,
} from './mark';
import { runChunked, yieldToPage } from './schedule';
import { setPhase } from './task-timing';

export interface MarkedMention {
  index: number;
  mention: Mention;
  /** The mark elements of this mention, in document order; the first is focusable. */
  marks: HTMLElement[];
  /** The marked text, its stretches joined by " … " where another fact's mark stands between. */
  text: string;
  /** The page's words that made the match (for a cue, its whole phrase). */
  words: string[];
  /** When it was marked (`performance.now()`): a page that takes it away at once is fighting us. */
  markedAt: number;
}

export interface AnnotatorOptions {
  /** The core's reader, in steps (`readPageInSteps`). */
  read: (blocks: readonly string[]) => Generator<unknown, PageReading>;
  /** Wraps our DOM writes so the page observer does not see them. */
  quiet: <R>(write: () => R) => R;
  markStyle: () => MarkStyle;
  /** Decorates a mention's first mark (role, tabindex, description). */
  decorate?: (first: HTMLElement, mention: Mention) => void;
  /** Told of each open shadow root the pass read (to observe it and listen in it). */
  onShadowRoot?: (root: ShadowRoot) => void;
  root?: () => Node;
}

/**
 * The bound on work (issue #16): at most this many mentions of one fact are marked; the others
 * are counted (`unmarked`) and the popup says "and N more". A reader gains nothing from the
 * 19,000th underline of a fact, and with it a pass on any page writes at most a few thousand
 * marks (the story's facts times this), whatever the page's size.
 */
export const MARKS_PER_FACT = 200;
/**
 * A page (or its framework) that reverts every change to its DOM would make mark, revert, mark…
 * forever. A mention the page takes away before our next task (its observer undoing our write)
 * counts REVERT against it; one taken away within CHURN_MS of our marking it (a slower revert, on
 * a timer or a frame, or a re-render) counts 1. At MAX_FIGHTS it is left unmarked: after 3
 * reverts, or 16 quick removals. A framework that re-renders the article on its own schedule a
 * few times (10 renders 400 ms apart in the suite) still gets its marks back.
 */
const REVERT = 6;
const CHURN_MS = 2000;
const MAX_FIGHTS = 16;

/** How many mentions to resolve to text-node pieces between two checks (no DOM write: cheap). */
const PLAN_STEP = 256;

let passCounter = 0;

interface Planned {
  mention: Mention;
  index: number;
  pieces: Piece[];
  /** Where each stretch of the mention ends in `pieces` (another fact's mark may stand between). */
  stretches: number[];
  words: string[];
  /** The mark of each piece, once built; null where its node could not be marked. */
  marks: (HTMLElement | null)[];
  text: string;
}

/** The pieces to mark in one text node, in order, with the planned mention each belongs to. */
interface NodePlan {
  node: Text;
  ranges: { start: number; end: number; planned: Planned; piece: number }[];
  built?: NodeMarks;
}

/** What a pass has ready to put in the page. */
interface Prepared {
  planned: Planned[];
  nodes: NodePlan[];
  reading: PageReading;
}

/**
 * The time budget of a task that puts built marks in the page. Larger than the building's: on a
 * big page every frame that follows a DOM change costs the browser a relayout of the page
 * (112 ms after adding one element to a 5 MB article in Chromium here), so the fewer tasks carry
 * our writes, the fewer such frames. Still well under the 50 ms of a long task.
 */
const INSERT_BUDGET_MS = 25;

export class Annotator {
  readonly mentions = new Map<number, MarkedMention>();
  relevance: Relevance | null = null;
  /** Per fact, how many of its mentions on the page are not marked (the bound, or unmarkable). */
  unmarked = new Map<string, number>();
  /** Goes up whenever mentions are marked or forgotten: a pass that leaves it found nothing new. */
  revision = 0;
  #next = 0;
  readonly #fights = new Map<string, number>();
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
    const prepared = await runChunked(this.#passSteps(root), signal);
    if (prepared) {
      if (prepared.nodes.length > 0) {
        await yieldToPage();
        setPhase('insert');
        const fresh = await runChunked(this.#insertSteps(prepared), signal, INSERT_BUDGET_MS);
        // The page's mutation observers ran at the end of the task that wrote: see what they undid.
        await yieldToPage();
        this.#forgetReverted(fresh);
      }
      this.#countUnmarked(prepared.reading);
    }

    const endMark = `crosscheck:annotate:end:${id}`;
    performance.mark(endMark);
    performance.measure('crosscheck:annotate', startMark, endMark);
    performance.clearMarks(startMark);
    performance.clearMarks(endMark);
    return this.mentions.size;
  }

  /**
   * The pass up to its first write, as one chunked job: collect, read, plan, build the marks off
   * the page. One job, so its parts share the task's time budget (three jobs in a row each started
   * a fresh budget in the same task: a 50 ms task on a 5 MB page in Chromium). Null when there is
   * nothing to mark.
   */
  *#passSteps(root: Node): Generator<unknown, Prepared | null> {
    const doc = root?.ownerDocument ?? document;
    if (!root || documentEditable(doc) || markTagTaken(doc)) {
      // The whole document is an editor, or the page claims our marks' name: nothing of ours
      // belongs in it.
      this.clear();
      this.relevance = null;
      return null;
    }
    setPhase('walk');
    const { blocks, shadowRoots } = yield* walkPage(root);
    for (const shadow of shadowRoots) this.#options.onShadowRoot?.(shadow);
    // The core reads in steps (it scans a slice of the text per step), chunked like our own work;
    // its share of the pass is measured apart as 'crosscheck:read'.
    setPhase('read');
    const readStart = performance.now();
    const reading = yield* this.#options.read(blocks.map((b) => b.text));
    performance.measure('crosscheck:read', { start: readStart, end: performance.now() });
    const storyChanged =
      this.relevance?.storyId != null && reading.relevance.storyId !== this.relevance.storyId;
    // A page that stops being about the story keeps no more than its passing mentions.
    const narrowed = (this.relevance?.relevant ?? false) && !reading.relevance.relevant;
    this.relevance = reading.relevance;
    if (reading.mentions.length === 0 || storyChanged || narrowed) this.clear();
    setPhase('plan');
    const planned = yield* this.#plan(blocks, reading.mentions);
    setPhase('build');
    const nodes = planned.length > 0 ? yield* this.#build(planned) : [];
    return { planned, nodes, reading };
  }

  /**
   * Resolves mentions to text-node pieces before any DOM write (offsets are those of the text as
   * read), up to MARKS_PER_FACT marked mentions per fact; skips mentions already marked and those
   * the page keeps taking away.
   */
  *#plan(blocks: Block[], mentions: Mention[]): Generator<void, Planned[]> {
    const perFact = this.#markedPerFact();
    const planned: Planned[] = [];
    for (const [m, mention] of mentions.entries()) {
      if (m % PLAN_STEP === PLAN_STEP - 1) yield;
      if ((perFact.get(mention.factId) ?? 0) >= MARKS_PER_FACT) continue;
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
      const text = block.text.slice(mention.start, mention.end);
      if ((this.#fights.get(mention.factId + text) ?? 0) >= MAX_FIGHTS) continue;
      perFact.set(mention.factId, (perFact.get(mention.factId) ?? 0) + 1);
      const words: string[] = [];
      for (let w = 0; w < mention.words.length; w += 2)
        words.push(block.text.slice(mention.words[w], mention.words[w + 1]));
      planned.push({
        mention,
        index: -1,
        pieces,
        stretches,
        words,
        marks: pieces.map(() => null),
        text,
      });
    }
    return planned;
  }

  /**
   * Builds the marks of the planned mentions off the page, text node by text node (in steps):
   * each node's marks are made from one read of its text, to be put in with one write, so a node
   * with thousands of mentions costs one pass over its text and one relayout.
   */
  *#build(planned: Planned[]): Generator<void, NodePlan[]> {
    for (const p of planned) p.index = this.#next++;
    const byNode = new Map<Text, NodePlan>();
    for (const p of planned) {
      for (const [i, piece] of p.pieces.entries()) {
        let plan = byNode.get(piece.node);
        if (!plan) byNode.set(piece.node, (plan = { node: piece.node, ranges: [] }));
        plan.ranges.push({ start: piece.start, end: piece.end, planned: p, piece: i });
      }
    }
    const style = this.#options.markStyle();
    const nodes: NodePlan[] = [];
    for (const plan of byNode.values()) {
      const { node, ranges } = plan;
      ranges.sort((a, b) => a.start - b.start);
      if (!node.isConnected || insideEditor(node)) continue;
      plan.built = yield* buildMarks(node, ranges, (mark, i) => {
        const { planned: p, piece } = ranges[i]!;
        mark.setAttribute('data-crosscheck-fact', p.mention.factId);
        mark.setAttribute('data-crosscheck-mention', String(p.index));
        mark.setAttribute('data-crosscheck-verdict', p.mention.verdict);
        styleMark(mark, style, p.mention.verdict);
        if (piece === 0) this.#options.decorate?.(mark, p.mention);
      });
      nodes.push(plan);
      yield;
    }
    return nodes;
  }

  /**
   * Puts the built marks in, node by node. A node inside an editor (the page made it editable
   * while we worked) or changed since it was read is left alone. Then records the mentions.
   */
  *#insertSteps({ planned, nodes }: Prepared): Generator<void, MarkedMention[]> {
    for (const { node, ranges, built } of nodes) {
      if (!built || !node.isConnected || insideEditor(node)) continue;
      if (this.#options.quiet(() => insertMarks(built))) {
        for (const [i, r] of ranges.entries()) r.planned.marks[r.piece] = built.marks[i]!;
      }
      yield;
    }
    const now = performance.now();
    const fresh: MarkedMention[] = [];
    for (const [n, p] of planned.entries()) {
      if (n % PLAN_STEP === PLAN_STEP - 1) yield;
      const marks = p.marks.filter((m): m is HTMLElement => m !== null && m.isConnected);
      if (marks.length === 0) continue;
      // Its first piece's node could not be marked: the first mark that is there takes the role.
      if (marks[0] !== p.marks[0])
        this.#options.quiet(() => this.#options.decorate?.(marks[0]!, p.mention));
      this.revision++;
      const entry: MarkedMention = {
        index: p.index,
        mention: p.mention,
        marks,
        text: markedText(p),
        words: p.words,
        markedAt: now,
      };
      this.mentions.set(p.index, entry);
      fresh.push(entry);
    }
    return fresh;
  }

  /** Forgets the fresh mentions the page took away at once, and counts that against them. */
  #forgetReverted(fresh: MarkedMention[]): void {
    for (const entry of fresh) {
      if (entry.marks.some((m) => m.isConnected) || !this.mentions.has(entry.index)) continue;
      this.mentions.delete(entry.index);
      this.revision++;
      this.#fight(entry, REVERT);
    }
  }

  #fight({ mention, text }: MarkedMention, weight: number): void {
    const key = mention.factId + text;
    this.#fights.set(key, (this.#fights.get(key) ?? 0) + weight);
  }

  #markedPerFact(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { mention } of this.mentions.values())
      counts.set(mention.factId, (counts.get(mention.factId) ?? 0) + 1);
    return counts;
  }

  /** Per fact: its mentions the reading found (and those it only counted), less those marked. */
  #countUnmarked({ mentions, more }: PageReading): void {
    const found = new Map<string, number>(Object.entries(more));
    for (const m of mentions) found.set(m.factId, (found.get(m.factId) ?? 0) + 1);
    const marked = this.#markedPerFact();
    this.unmarked = new Map();
    for (const [fact, count] of found) {
      const more = count - (marked.get(fact) ?? 0);
      if (more > 0) this.unmarked.set(fact, more);
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
    if (this.mentions.size > 0) {
      const marks = [...this.mentions.values()].flatMap((m) => m.marks);
      this.#options.quiet(() => unwrapMarks(marks));
      this.revision++;
    }
    this.mentions.clear();
    this.unmarked = new Map();
  }

  /**
   * Removes the marks inside `region` (the page made it editable), restoring its text exactly;
   * marks elsewhere stay. Marks split from the same text node go together.
   */
  clearWithin(region: Node): void {
    const marks = [...this.mentions.values()]
      .flatMap((m) => m.marks)
      .filter((k) => region.contains(k));
    if (marks.length === 0) return;
    this.#options.quiet(() => unwrapMarks(marks));
    this.#forgetDetached(false);
  }

  /**
   * Mentions in page order (by their first mark's position), of one fact or all. The map holds
   * them in about that order already (numbered in reading order), which the sort's merge runs
   * take in a few comparisons each. Marks in different trees (a shadow root and the document)
   * have no document order between them: their numbers decide.
   */
  ordered(factId?: string): MarkedMention[] {
    const entries = [...this.mentions.values()].filter(
      (m) => factId === undefined || m.mention.factId === factId,
    );
    return entries.sort((a, b) => {
      const pa = a.marks[0]!;
      const pb = b.marks[0]!;
      if (pa === pb) return 0;
      const position = pa.compareDocumentPosition(pb);
      if (position & Node.DOCUMENT_POSITION_DISCONNECTED) return a.index - b.index;
      return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  /**
   * Forgets the marks the page took away (with its content, or by re-rendering it). With
   * `fights`, a mention taken away soon after we marked it counts against it (see MAX_FIGHTS).
   */
  #forgetDetached(fights = true): void {
    const now = performance.now();
    for (const [index, entry] of this.mentions) {
      if (!entry.marks.some((m) => m.isConnected)) {
        this.mentions.delete(index);
        this.revision++;
        if (fights && now - entry.markedAt < CHURN_MS) this.#fight(entry, 1);
      } else entry.marks = entry.marks.filter((m) => m.isConnected);
    }
  }
}

/** A mention's marked text: each stretch's marks, the stretches joined by " … ". */
function markedText({ marks, stretches }: Planned): string {
  const texts: string[] = [];
  let from = 0;
  for (const end of stretches) {
    const text = marks
      .slice(from, end)
      .map((m) => (m?.isConnected ? (m.textContent ?? '') : ''))
      .join('');
    if (text !== '') texts.push(text);
    from = end;
  }
  return texts.join(' … ');
}
