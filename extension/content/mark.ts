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
 * (`style.setProperty`), which a page's CSP `style-src` does not block, unlike a `style` attribute.
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

/** (Re)applies the mark's inline style for `style` and its verdict. */
export function styleMark(mark: HTMLElement, style: MarkStyle, verdict: Verdict): void {
  const s = mark.style;
  s.cssText = '';
  s.setProperty('all', 'unset', 'important');
  s.setProperty('display', 'inline', 'important');
  s.setProperty('cursor', 'help', 'important');
  if (style === 'tint') {
    s.setProperty('background-color', TINT[verdict], 'important');
    s.setProperty('border-radius', '2px', 'important');
    s.setProperty('text-decoration-line', 'underline', 'important');
    s.setProperty('text-decoration-style', LINE[verdict], 'important');
    s.setProperty('text-decoration-color', UNDERLINE[verdict], 'important');
    s.setProperty('text-decoration-thickness', '1px', 'important');
  } else {
    s.setProperty('text-decoration-line', 'underline', 'important');
    s.setProperty('text-decoration-style', LINE[verdict], 'important');
    s.setProperty('text-decoration-color', UNDERLINE[verdict], 'important');
    s.setProperty('text-decoration-thickness', '2px', 'important');
  }
  s.setProperty('text-underline-offset', '0.2em', 'important');
  s.setProperty('text-decoration-skip-ink', 'none', 'important');
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

/** Wraps `piece` (a stretch of one text node) in a new, unstyled mark element and returns it. */
export function wrapPiece(piece: Piece, doc: Document = piece.node.ownerDocument): HTMLElement {
  let node = piece.node;
  const after = piece.end < node.data.length;
  if (after) node.splitText(piece.end);
  const before = piece.start > 0;
  if (before) node = node.splitText(piece.start);
  const mark = doc.createElement(MARK_TAG);
  node.parentNode!.insertBefore(mark, node);
  mark.appendChild(node);
  splits.set(mark, { before, after });
  return mark;
}

/**
 * Takes `mark` out, merging its text back into the text nodes it was split from. Returns false
 * (and leaves the DOM alone) when the mark is already detached.
 */
export function unwrapMark(mark: Element): boolean {
  const parent = mark.parentNode;
  if (!parent) return false;
  const split = splits.get(mark) ?? { before: false, after: false };
  splits.delete(mark);
  const prev = mark.previousSibling;
  const next = mark.nextSibling;
  const children = Array.from(mark.childNodes);
  for (const child of children) parent.insertBefore(child, mark);
  const first = children[0];
  const last = children[children.length - 1];
  mark.remove();
  // Merge back only across the boundaries we split, and only text into text.
  if (split.after && last?.nodeType === 3 && next?.nodeType === 3) {
    (last as Text).appendData((next as Text).data);
    next.remove();
  }
  if (split.before && first?.nodeType === 3 && prev?.nodeType === 3) {
    (prev as Text).appendData((first as Text).data);
    first.remove();
  }
  return true;
}

/** Every mark under `root`, in document order. */
export function marksIn(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(MARK_TAG));
}
