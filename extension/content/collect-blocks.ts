/**
 * The page's text as the core's block model: a list of strings, one per block-level element, with
 * a map from each block's offsets back to the text nodes it was joined from. A block's string is
 * the exact concatenation of its text nodes (no white-space folding here: the core folds), so an
 * offset the core returns maps to one (text node, offset) pair without guessing.
 */

/** A text node's place in its block: the node's text covers [start, start + length). */
export interface Segment {
  node: Text;
  start: number;
  length: number;
}

export interface Block {
  text: string;
  segments: Segment[];
}

/** Elements whose text is not article text (or not visible text at all). */
const SKIPPED = new Set([
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
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // display:none (also via an ancestor's content-visibility); style is already computed after
  // load, so this costs a lookup, not a layout.
  const check = (element as { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(element)) return true;
  return false;
}

/**
 * Walks `root` in document order and appends its blocks to `out`; a generator so the caller can
 * spread the walk over several tasks (it yields every few dozen nodes). Blocks with no
 * non-space text are dropped, so the indices are dense.
 */
export function* collectBlocks(root: Node, out: Block[] = []): Generator<void, Block[]> {
  let text = '';
  let segments: Segment[] = [];
  const close = () => {
    if (segments.length > 0 && /\S/.test(text)) out.push({ text, segments });
    text = '';
    segments = [];
  };

  let visited = 0;
  let node: Node | null = root;
  while (node) {
    if (++visited % STEP_NODES === 0) yield;
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        segments.push({ node: node as Text, start: text.length, length: data.length });
        text += data;
      }
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (node === root || !isSkipped(element)) {
        if (isBlockElement(element)) close();
        descend = true;
      }
    } else if (node.nodeType === 9 || node.nodeType === 11) {
      descend = true;
    }

    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Leave `node`, then every ancestor that has no next sibling, closing blocks on the way out.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && isBlockElement(node as Element)) close();
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  close();
  return out;
}

/** A stretch of one text node: [start, end) in the node's own data. */
export interface Piece {
  node: Text;
  start: number;
  end: number;
}

/**
 * The text-node pieces covering [start, end) of `block`, in document order; null when the page
 * changed a node since it was read (its length no longer matches). Pieces of white space only
 * are left out unless nothing else is left (they would be marks nobody sees).
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
  for (let i = lo; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.start >= end) break;
    if (segment.node.data.length !== segment.length || !segment.node.isConnected) return null;
    const from = Math.max(start, segment.start) - segment.start;
    const to = Math.min(end, segment.start + segment.length) - segment.start;
    if (to > from) pieces.push({ node: segment.node, start: from, end: to });
  }
  const visible = pieces.filter((p) => /\S/.test(p.node.data.slice(p.start, p.end)));
  return visible.length > 0 ? visible : pieces.length > 0 ? pieces : null;
}
