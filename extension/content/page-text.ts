/**
 * The text under `root` as `textContent` reads it, but without the text of scripts, styles and
 * other raw-text elements (`RAW_TEXT`) and with the text of open shadow roots, which the reader
 * reads too; or null once it passes `max` UTF-16 units. The first stage takes such a page as
 * possibly about a story without reading it (the reader reads in steps): `textContent` alone
 * held the main thread 56 ms on a 10 MB page in Chromium. The walk gives the page its main thread
 * back every few milliseconds (200,000 text nodes take tens of them), and takes the page as
 * possibly about a story when it changed under the walk.
 */

/**
 * Elements whose text is code or raw data, not what the page says: scripts (a page's inline
 * scripts and JSON often hold more words than its prose), styles, and the raw text of noscript,
 * textarea and iframe. The reader skips them too (`collect-blocks.ts`), so reading past them
 * loses nothing it could mark.
 */
export const RAW_TEXT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'iframe',
]);

/** Whether a text node stands in one of the `RAW_TEXT` elements. */
function isRawText(node: Node): boolean {
  const parent = node.parentNode as Element | null;
  return parent !== null && RAW_TEXT.has(parent.localName);
}

/** The longest slice of the walk in one task (ms). */
const SLICE_MS = 8;
/** How many nodes between two looks at the clock. */
const CLOCK_EVERY = 0xff;

/** The walker's next node after the current node's subtree, or null at the end of its tree. */
function pastSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

export async function textUpTo(root: Node, max: number): Promise<string | null> {
  if (root.nodeType === Node.TEXT_NODE) {
    const data = isRawText(root) ? '' : (root as Text).data;
    return data.length > max ? null : data;
  }
  const parts: string[] = [];
  let size = 0;
  let deadline = performance.now() + SLICE_MS;
  let count = 0;
  // The trees to read: `root`'s, then each open shadow root met on the way, after the tree it
  // stands in, a line apart.
  const trees: Node[] = [root];
  for (let t = 0; t < trees.length; t++) {
    const tree = trees[t] as Node;
    if (t > 0) parts.push('\n');
    const shadow = (tree as Partial<Element>).shadowRoot;
    if (shadow) trees.push(shadow);
    const walker = document.createTreeWalker(tree, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node) {
      if ((++count & CLOCK_EVERY) === 0 && performance.now() > deadline) {
        await new Promise((resume) => setTimeout(resume, 0));
        // Taken out of the page meanwhile: the walk would go on in the removed part only.
        if (!node.isConnected) return null;
        deadline = performance.now() + SLICE_MS;
      }
      // Each DOM access costs (in Firefox, through the content script's wrappers): a text node
      // costs its data only; an element, its shadow root and name, and its subtree is passed over
      // when it is raw text.
      const data = (node as Partial<CharacterData>).data;
      if (data !== undefined) {
        size += data.length;
        if (size > max) return null;
        parts.push(data);
        node = walker.nextNode();
        continue;
      }
      const inner = (node as Element).shadowRoot;
      if (inner) trees.push(inner);
      node = RAW_TEXT.has((node as Element).localName) ? pastSubtree(walker) : walker.nextNode();
    }
  }
  return parts.join('');
}
