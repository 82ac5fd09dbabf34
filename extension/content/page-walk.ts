/**
 * The text of a page too large to read at once (`page-text.ts`), walked node by node: the same
 * text, or null once it passes `max` UTF-16 units. The walk gives the page its main thread back
 * every few milliseconds (200,000 text nodes take tens of them), takes the page as possibly about
 * a story (null) when it changed under the walk, and reads the open shadow roots of any element.
 * Loaded only for such a page. It takes the elements to pass over (`RAW_TEXT`) from its caller:
 * importing them would make the two chunks share a module, which the bundler turns into a third
 * file every page loads.
 */

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

export async function walkText(
  root: Node,
  max: number,
  rawText: ReadonlySet<string>,
): Promise<string | null> {
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
      node = rawText.has((node as Element).localName) ? pastSubtree(walker) : walker.nextNode();
    }
  }
  return parts.join('');
}
