/**
 * The page's text as the core's block model: a list of strings, one per block-level element, with
 * a map from each block's offsets back to the text nodes it was joined from. A block's string is
 * the exact concatenation of its text nodes (no white-space folding here: the core folds), so an
 * offset the core returns maps to one (text node, offset) pair without guessing.
 */

/**
 * A stretch of a text node in its block: the node's data from `offset` for `length` units covers
 * [start, start + length) of the block. A node is one segment unless the block was cut inside it.
 */
export interface Segment {
  node: Text;
  start: number;
  length: number;
  /** Where the segment starts in the node's data. */
  offset: number;
  /** The node's length when read: a node of another length has changed since. */
  nodeLength: number;
}

export interface Block {
  text: string;
  segments: Segment[];
}

/** The walk's view of the page, beside its blocks. */
export interface Walk {
  blocks: Block[];
  /** The open shadow roots the walk read (web components that render articles). */
  shadowRoots: ShadowRoot[];
}

/** Elements whose text is not article text (or not visible text at all). */
export const SKIPPED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

import { editableValue } from './editable';
import { cutBlock, MAX_BLOCK_UNITS } from './split-block';

/** Tags that start and end a block; anything else (b, a, span, our marks…) is joined inline. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** How many nodes to visit between two checks of the time budget. */
const STEP_NODES = 64;

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/** Whether the walk skips `element` and everything under it. Cheap checks first. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  if (element.hasAttribute('data-crosscheck-ui')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  if (element.hasAttribute('hidden')) return true;
  if (editableValue(element.getAttribute('contenteditable'))) return true;
  // display:none (also via an ancestor's content-visibility); style is already computed after
  // load, so this costs a lookup, not a layout.
  const check = (element as { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(element)) {
    // An element without a box of its own still shows its children when it is `display:
    // contents` (every <slot>, and wrappers in modern CSS); checkVisibility() says false for it.
    return getComputedStyle(element).display !== 'contents';
  }
  return false;
}

/** Children still to visit: a sibling chain (`next`), or a list (a slot's assigned nodes). */
interface Frame {
  next: Node | null;
  list: readonly Node[] | null;
  at: number;
  /** Leaving this frame closes a block (its element is a block element). */
  closes: boolean;
}

function frame(next: Node | null, list: readonly Node[] | null, closes: boolean): Frame {
  return { next, list, at: 0, closes };
}

/**
 * What the walk visits under `element`: its open shadow root's children when it hosts one (the
 * light children show only where a slot puts them), a slot's assigned nodes (or its fallback
 * content when none is assigned), else its children. So the walk reads the page as it renders.
 */
function childrenOf(
  element: Element | DocumentFragment,
  closes: boolean,
  roots: ShadowRoot[],
): Frame {
  if (element.nodeType === 1) {
    const shadow = (element as Element).shadowRoot;
    if (shadow) {
      roots.push(shadow);
      return frame(shadow.firstChild, null, closes);
    }
    if (
      (element as Element).localName === 'slot' &&
      element.getRootNode() !== element.ownerDocument
    ) {
      const assigned = (element as HTMLSlotElement).assignedNodes?.() ?? [];
      if (assigned.length > 0) return frame(null, assigned, closes);
    }
  }
  return frame(element.firstChild, null, closes);
}

/**
 * Walks `root` in the order the page renders (document order, into open shadow roots through
 * their slots) and returns its blocks; a generator so the caller can spread the walk over several
 * tasks (it yields every few dozen nodes). Blocks with no non-space text are dropped, so the
 * indices are dense; a block too long to read in one step is cut (`cutBlock`).
 */
export function* walkPage(root: Node): Generator<void, Walk> {
  const out: Block[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let text = '';
  let segments: Segment[] = [];
  function* close(): Generator<void> {
    if (segments.length > 0 && /\S/.test(text)) yield* pushCut(out, text, segments);
    text = '';
    segments = [];
  }

  const stack: Frame[] = [];
  if (root.nodeType === 1 || root.nodeType === 11) {
    const block = root.nodeType === 1 && isBlockElement(root as Element);
    stack.push(childrenOf(root as Element, block, shadowRoots));
  } else if (root.nodeType === 9) {
    stack.push(frame(root.firstChild, null, false));
  }
  let visited = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    let node: Node | null;
    if (frame.list) node = frame.list[frame.at++] ?? null;
    else {
      node = frame.next;
      frame.next = node?.nextSibling ?? null;
    }
    if (!node) {
      stack.pop();
      if (frame.closes) yield* close();
      continue;
    }
    if (++visited % STEP_NODES === 0) yield;
    if (node.nodeType === 3) {
      const length = (node as Text).length;
      if (length > 0) {
        segments.push({
          node: node as Text,
          start: text.length,
          length,
          offset: 0,
          nodeLength: length,
        });
        text += (node as Text).data;
      }
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (isSkipped(element)) continue;
      const block = isBlockElement(element);
      if (block) yield* close();
      stack.push(childrenOf(element, block, shadowRoots));
    }
  }
  yield* close();
  return { blocks: out, shadowRoots };
}

/** `walkPage`'s blocks only. */
export function* collectBlocks(root: Node): Generator<void, Block[]> {
  return (yield* walkPage(root)).blocks;
}

/** Appends the block of `text`, cut into readable stretches when it is too long (yields per cut). */
function* pushCut(out: Block[], text: string, segments: Segment[]): Generator<void> {
  if (text.length <= MAX_BLOCK_UNITS) {
    out.push({ text, segments });
    return;
  }
  let first = 0;
  for (const [from, to] of cutBlock(text)) {
    yield;
    while (first < segments.length && segments[first]!.start + segments[first]!.length <= from)
      first++;
    const pieces: Segment[] = [];
    for (let s = first; s < segments.length && segments[s]!.start < to; s++) {
      const seg = segments[s]!;
      const a = Math.max(from, seg.start);
      const b = Math.min(to, seg.start + seg.length);
      if (b > a)
        pieces.push({
          node: seg.node,
          start: a - from,
          length: b - a,
          offset: seg.offset + (a - seg.start),
          nodeLength: seg.nodeLength,
        });
    }
    const part = text.slice(from, to);
    if (pieces.length > 0 && /\S/.test(part)) out.push({ text: part, segments: pieces });
  }
}

/** A stretch of one text node: [start, end) in the node's own data. */
export interface Piece {
  node: Text;
  start: number;
  end: number;
  /** Whether the stretch has anything but white space. */
  shows?: boolean;
}

/**
 * The text-node pieces covering [start, end) of `block`, in document order; null when the page
 * changed a node since it was read (its length no longer matches). Pieces of white space only
 * are left out unless nothing else is left (they would be marks nobody sees). Reads the block's
 * text, never a node's: a node's `data` may be a copy of megabytes (Firefox).
 */
export function piecesOf(block: Block, start: number, end: number): Piece[] | null {
  const { segments } = block;
  // Binary search: the last segment that starts at or before `start`.
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  const pieces: Piece[] = [];
  let visible = 0;
  for (let i = lo; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.start >= end) break;
    if (segment.node.length !== segment.nodeLength || !segment.node.isConnected) return null;
    const from = Math.max(start, segment.start);
    const to = Math.min(end, segment.start + segment.length);
    if (to <= from) continue;
    const shows = /\S/.test(block.text.slice(from, to));
    if (shows) visible++;
    pieces.push({
      node: segment.node,
      start: segment.offset + from - segment.start,
      end: segment.offset + to - segment.start,
      shows,
    });
  }
  if (pieces.length === 0) return null;
  return visible > 0 ? pieces.filter((p) => p.shows) : pieces;
}
