/**
 * Wrapping text in marks and taking them out again, leaving the DOM as it was.
 *
 * A mark is a `<crosscheck-mark>` element: an unknown element name, so no page rule written for
 * `mark`, `span`… matches it. Rules the page writes for `*` (even `* { all: unset !important }`)
 * or for our name still would, so every mark carries its style as inline `!important`
 * declarations, which win over any stylesheet declaration: `all: unset` first (inherited
 * properties inherit from the text around it, everything else takes its initial value: display
 * inline, no margin, padding or border: no box and no reflow), then the decoration, which never
 * changes layout (an underline or a background tint). Styles are set through the CSSOM
 * (`style.cssText`), which a page's CSP `style-src` does not block, unlike a `style` attribute.
 *
 * Unmarking merges each mark's text back into exactly the text nodes it was split from (we record
 * the splits), rather than `normalize()`-ing whole parents, which would also merge text nodes the
 * page itself kept apart.
 */
import type { Verdict } from '../../src/stories/vocabulary';
import type { Piece } from './collect-blocks';

export const MARK_TAG = 'crosscheck-mark';
export type MarkStyle = 'underline' | 'tint';

interface Split {
  before: boolean;
  after: boolean;
}
const splits = new WeakMap<Element, Split>();

/** Decoration per verdict: a line style as well as a colour, so colour is never the only cue. */
const LINE: Record<Verdict, string> = {
  agrees: 'solid',
  rounds: 'dashed',
  differs: 'wavy',
  beyond: 'dotted',
};
// Mid-tone colours with some transparency: legible on white and on near-black pages alike.
const UNDERLINE: Record<Verdict, string> = {
  agrees: 'rgba(214, 130, 18, 0.9)',
  rounds: 'rgba(214, 130, 18, 0.9)',
  differs: 'rgba(220, 70, 50, 0.95)',
  beyond: 'rgba(140, 110, 230, 0.95)',
};
const TINT: Record<Verdict, string> = {
  agrees: 'rgba(250, 190, 40, 0.3)',
  rounds: 'rgba(250, 190, 40, 0.3)',
  differs: 'rgba(245, 110, 90, 0.3)',
  beyond: 'rgba(160, 130, 250, 0.3)',
};

/** `declarations` (`name:value;…`) as a `cssText` with every one `!important`. */
export function important(declarations: string): string {
  return declarations
    .split(';')
    .map((d) => `${d}!important`)
    .join(';');
}

/** (Re)applies the mark's inline style for `style` and its verdict: one `cssText`, one parse. */
export function styleMark(mark: HTMLElement, style: MarkStyle, verdict: Verdict): void {
  const tint = style === 'tint' ? `background-color:${TINT[verdict]};border-radius:2px;` : '';
  mark.style.cssText = important(
    `all:unset;display:inline;cursor:help;${tint}text-decoration:underline ${LINE[verdict]} ${UNDERLINE[verdict]} ${style === 'tint' ? 1 : 2}px;text-underline-offset:0.2em;text-decoration-skip-ink:none`,
  );
}

/** Shows or hides the focus ring (an outline: drawn outside the box, no reflow). */
export function setFocusRing(mark: HTMLElement, on: boolean): void {
  if (on) {
    mark.style.setProperty('outline', '2px solid rgba(29, 95, 209, 0.95)', 'important');
    mark.style.setProperty('outline-offset', '2px', 'important');
    mark.style.setProperty('border-radius', '2px', 'important');
  } else {
    mark.style.removeProperty('outline');
    mark.style.removeProperty('outline-offset');
  }
}

/**
 * Whether the page has defined a custom element of our mark's name. Its class would then run on
 * every mark we insert (both engines upgrade our elements with the page's definition), free to
 * change their text: such a page is left unmarked. The probe is never inserted.
 */
export function markTagTaken(doc: Document = document): boolean {
  // (A constructor of the page's that throws is reported to the page, not to us.)
  return doc.createElement(MARK_TAG).matches(':defined');
}

/** A stretch [start, end) of a text node's data. */
export interface Range {
  start: number;
  end: number;
}

/** The marks of one text node, built off the page; `insertMarks` puts them in. */
export interface NodeMarks {
  node: Text;
  /** The node's text when the marks were built: they go in only if it is unchanged. */
  data: string;
  /** One per range, in order; each holds the text of its range (the first may wait for `node`). */
  marks: HTMLElement[];
  /** Whether the first mark takes the node itself (its range starts at 0). */
  takesNode: boolean;
  /** Everything that follows the node (or the first mark) once inserted: marks and the text between. */
  rest: DocumentFragment;
  /** Where the node's own text is cut. */
  keep: number;
}

/**
 * How many ranges to build between two yields: each is a few DOM calls, which Firefox makes through
 * its content scripts' wrappers (64 made steps of 11–16 ms there on a slow machine).
 */
const BUILD_STEP = 16;

/**
 * Builds the marks for `ranges` (sorted, non-overlapping) of `node`, off the page: every piece of
 * the node is made once from one read of its text, so a node of n characters with k mentions
 * costs O(n + k), not O(n·k) as splitting it mention by mention did (each `splitText` copies the
 * rest of the node; issue #16). `style` is applied to each new mark. A generator: it yields every
 * few dozen ranges, and nothing it does touches the page.
 */
export function* buildMarks(
  node: Text,
  ranges: readonly Range[],
  style: (mark: HTMLElement, index: number) => void,
): Generator<void, NodeMarks> {
  const doc = node.ownerDocument;
  const data = node.data;
  const length = data.length;
  const marks: HTMLElement[] = [];
  const rest = doc.createDocumentFragment();
  const takesNode = ranges[0]!.start === 0;
  for (const [i, range] of ranges.entries()) {
    if (i % BUILD_STEP === BUILD_STEP - 1) yield;
    const mark = doc.createElement(MARK_TAG);
    splits.set(mark, { before: range.start > 0, after: range.end < length });
    if (i > 0 || !takesNode) {
      mark.appendChild(doc.createTextNode(data.slice(range.start, range.end)));
      rest.appendChild(mark);
    }
    style(mark, i);
    marks.push(mark);
    const next = ranges[i + 1]?.start ?? length;
    if (next > range.end) rest.appendChild(doc.createTextNode(data.slice(range.end, next)));
  }
  return {
    node,
    data,
    marks,
    takesNode,
    rest,
    keep: takesNode ? ranges[0]!.end : ranges[0]!.start,
  };
}

/**
 * Puts built marks in the page, in one write: the node keeps the text up to its first mark (or
 * becomes the first mark's text), and the rest follows it. Returns false, writing nothing, when
 * the node left the page or its text changed since the marks were built (the page's text is never
 * replaced by a stale copy).
 */
export function insertMarks(built: NodeMarks): boolean {
  const { node, data, marks, takesNode, rest, keep } = built;
  const parent = node.parentNode;
  if (!parent || node.length !== data.length || node.data !== data) return false;
  let anchor: Node = node;
  if (takesNode) {
    anchor = marks[0]!;
    parent.insertBefore(anchor, node);
    anchor.appendChild(node);
  }
  // deleteData, not `data =`: a live range (the reader's selection) in the kept text stays put.
  if (keep < data.length) node.deleteData(keep, data.length - keep);
  parent.insertBefore(rest, anchor.nextSibling);
  return true;
}

/** Wraps `piece` (a stretch of one text node) in a new, unstyled mark element and returns it. */
export function wrapPiece(piece: Piece): HTMLElement {
  const steps = buildMarks(piece.node, [piece], () => undefined);
  let step = steps.next();
  while (!step.done) step = steps.next();
  insertMarks(step.value);
  return step.value.marks[0]!;
}

function isOurMark(node: Node | null): node is HTMLElement {
  return node !== null && node.nodeType === 1 && splits.has(node as Element);
}

/** Whether the boundary between siblings `a` and `b` is one we made by splitting a text node. */
function ourBoundary(a: Node | null, b: Node | null): boolean {
  if (!a || !b) return false;
  return (isOurMark(a) && splits.get(a)!.after) || (isOurMark(b) && splits.get(b)!.before);
}

/**
 * Restores one chain: siblings that were one text node before we split it (text nodes and our
 * marks, each boundary between them one of our splits). The first text node of the chain (the
 * original node) takes back the whole text in one write, and the other pieces leave. Returns false
 * when a mark of the chain no longer holds exactly one text node (the page changed inside it).
 */
function restoreChain(chain: Node[]): boolean {
  const texts: Text[] = [];
  for (const item of chain) {
    const text = isOurMark(item) ? item.firstChild : item;
    if (!text || text.nodeType !== 3 || (isOurMark(item) && item.childNodes.length !== 1))
      return false;
    texts.push(text as Text);
  }
  const first = texts[0]!;
  const parent = chain[0]!.parentNode!;
  if (first.parentNode !== parent) parent.insertBefore(first, chain[0]!);
  const more = texts
    .slice(1)
    .map((t) => t.data)
    .join('');
  if (more.length > 0) first.appendData(more);
  for (const item of chain) if (item !== first) parent.removeChild(item);
  for (const item of chain) if (isOurMark(item)) splits.delete(item);
  return true;
}

/**
 * Takes `marks` out, merging their text back into exactly the text nodes they were split from.
 * Marks of one original node are restored together in one write (linear in the node's length,
 * however many marks it held); a mark the page changed inside is unwrapped on its own. Detached
 * marks are left alone.
 */
export function unwrapMarks(marks: Iterable<Element>): void {
  for (const mark of marks) {
    if (!mark.parentNode || !isOurMark(mark)) continue;
    let first: Node = mark;
    while (ourBoundary(first.previousSibling, first)) first = first.previousSibling!;
    const chain: Node[] = [first];
    for (let n: Node = first; ourBoundary(n, n.nextSibling); n = n.nextSibling!)
      chain.push(n.nextSibling!);
    if (!restoreChain(chain)) unwrapOne(mark);
  }
}

/**
 * Takes `mark` out, merging its text back into the text nodes it was split from. Returns false
 * (and leaves the DOM alone) when the mark is already detached.
 */
export function unwrapMark(mark: Element): boolean {
  if (!mark.parentNode) return false;
  unwrapMarks([mark]);
  return true;
}

/** One mark out, its children in its place, merged with its neighbours across our splits only. */
function unwrapOne(mark: Element): void {
  const split = splits.get(mark)!;
  splits.delete(mark);
  const { previousSibling: prev, nextSibling: next, firstChild: first, lastChild: last } = mark;
  mark.replaceWith(...Array.from(mark.childNodes));
  // Merge back only across the boundaries we split, and only text into text.
  if (split.after && last?.nodeType === 3 && next?.nodeType === 3) {
    (last as Text).appendData((next as Text).data);
    next.remove();
  }
  if (split.before && first?.nodeType === 3 && prev?.nodeType === 3) {
    (prev as Text).appendData((first as Text).data);
    first.remove();
  }
}

/** Every mark under `root`, in document order. */
export function marksIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(MARK_TAG));
}
