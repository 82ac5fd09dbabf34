/**
 * Editors are never touched (issue #16): no mark, no UI host, no observer work in a document in
 * `designMode`, in a `contenteditable` region (any value but "false", `plaintext-only` included,
 * and values the browser would not even accept, to be safe), or in text fields (the walk skips
 * `textarea` and `input` by name). Editors save what is in their DOM: a mark there would end up in
 * the user's document.
 */

/** Whether a `contenteditable` attribute value makes (or may make) its element editable. */
export function editableValue(value: string | null): boolean {
  return value !== null && value.toLowerCase() !== 'false';
}

/** Whether the whole document is an editor (`designMode`, or an editable <html> or <body>). */
export function documentEditable(doc: Document = document): boolean {
  return doc.designMode === 'on' || (doc.body?.isContentEditable ?? false);
}

/**
 * Whether `node` is inside an editable region or an editable document: its element ancestors
 * (through shadow roots to their hosts) carry `contenteditable` other than "false".
 */
export function insideEditor(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let n: Node | null = node; n;) {
    if (n.nodeType === 1 && editableValue((n as Element).getAttribute('contenteditable')))
      return true;
    n = n.nodeType === 11 ? ((n as ShadowRoot).host ?? null) : n.parentNode;
  }
  return false;
}
