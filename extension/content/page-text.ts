/**
 * The text under `root` as `textContent` reads it, but without the text of scripts, styles and
 * other raw-text elements (`RAW_TEXT`) and with the text of open shadow roots, which the reader
 * reads too; or null once it passes `max` UTF-16 units. The first stage takes such a page as
 * possibly about a story without reading it (the reader reads in steps).
 *
 * Most pages are read at once, by the browser's own code: the text between the raw-text elements
 * (`Range.toString`), and the shadow roots of custom elements, found by XPath. A script touches no
 * node but those, so the browser makes no wrapper for each of the page's nodes, which a TreeWalker
 * does (three quarters of what the walk cost on corpus pages in Chromium). A page of more than
 * `AT_ONCE_ELEMENTS` elements is walked instead, in slices: `textContent` alone held the main
 * thread 56 ms on a 10 MB page in Chromium. The walk gives the page its main thread back every few
 * milliseconds (200,000 text nodes take tens of them), takes the page as possibly about a story
 * when it changed under the walk, and reads the shadow roots of any element.
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

/** The `RAW_TEXT` elements as a selector. */
const RAW_SELECTOR = [...RAW_TEXT].join();

/**
 * Custom elements (a name with a hyphen), the hosts every web-component framework attaches shadow
 * roots to. A shadow root on a built-in element (a div, an article) is read only by the walk.
 */
const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(.), '-')]";
/** `XPathResult.ORDERED_NODE_SNAPSHOT_TYPE`: the hosts in document order. */
const SNAPSHOT = 7;

/** Past this many elements, the page is walked in slices (`page-walk.ts`) rather than read at once. */
export const AT_ONCE_ELEMENTS = 20_000;

/** Whether a text node stands in one of the `RAW_TEXT` elements. */
function isRawText(node: Node): boolean {
  const parent = node.parentNode as Element | null;
  return parent !== null && RAW_TEXT.has(parent.localName);
}

/** The text of `tree`'s own nodes, not of its raw-text elements (`Range.toString` between them). */
function treeText(tree: Element | ShadowRoot): string {
  const range = document.createRange();
  range.selectNodeContents(tree);
  let text = '';
  let raw: Element | null = null;
  for (const next of tree.querySelectorAll(RAW_SELECTOR)) {
    // Inside the one before (a script a page put in a style): already left out.
    if (raw?.contains(next)) continue;
    raw = next;
    range.setEndBefore(raw);
    text += range.toString();
    range.setStartAfter(raw);
  }
  range.setEnd(tree, tree.childNodes.length);
  return text + range.toString();
}

export async function textUpTo(root: Node, max: number): Promise<string | null> {
  if (root.nodeType === Node.TEXT_NODE) {
    const data = isRawText(root) ? '' : (root as Text).data;
    return data.length > max ? null : data;
  }
  const elements = (root as Partial<Element>).getElementsByTagName?.('*').length;
  // A comment, a doctype: nothing the reader reads (frameworks add comments all the time).
  if (elements === undefined) return '';
  if (elements > AT_ONCE_ELEMENTS)
    return (await import('./page-walk')).walkText(root, max, RAW_TEXT);
  // The trees to read: `root`'s, then each open shadow root met on the way, after the tree it
  // stands in, a line apart.
  const parts: string[] = [];
  let size = 0;
  const trees = [root as Element | ShadowRoot];
  for (let t = 0; t < trees.length; t++) {
    const tree = trees[t] as Element | ShadowRoot;
    if (t > 0) parts.push('\n');
    const text = treeText(tree);
    size += text.length;
    if (size > max) return null;
    parts.push(text);
    // The tree's custom elements (the tree itself too), or from each of a shadow root's children:
    // Chromium takes no shadow root as the context of an XPath.
    const isShadow = tree.nodeType === Node.DOCUMENT_FRAGMENT_NODE;
    for (const from of isShadow ? tree.children : [tree]) {
      const hosts = document.evaluate(CUSTOM_ELEMENTS, from, null, SNAPSHOT, null);
      for (let h = 0; h < hosts.snapshotLength; h++) {
        const inner = (hosts.snapshotItem(h) as Element).shadowRoot;
        if (inner) trees.push(inner);
      }
    }
  }
  return parts.join('');
}
