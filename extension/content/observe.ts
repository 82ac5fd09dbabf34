/**
 * Notices content that appears after the first pass (infinite scroll, "read more", a single-page
 * app swapping its article) and asks for another pass, debounced (`delayMs` after the last change,
 * at most `maxWaitMs` after the first). Our own writes never count: they run inside `quiet()`,
 * which hands earlier records to the handler and drops the ones our write produced
 * (`takeRecords()` is synchronous, so nothing of the page's can slip in between); changes inside
 * our marks or our UI host are ignored as well. So a pass can never trigger another pass.
 *
 * It observes the document node itself (so a `document.open()` that replaces <html> is seen) and
 * every open shadow root a pass read (`observeRoot`). Changes inside editors are none of our
 * business (no pass for a user's typing); a region that becomes editable is reported at once
 * (`onEditable`), so its marks go before the user types into them (issue #16).
 */
import type { ContentContext } from './context';
import { editableValue, insideEditor } from './editable';
import { MARK_TAG } from './mark';
import { timed } from './task-timing';

export interface PageObserver {
  /** Runs `write` (our own DOM change) without it being observed. */
  quiet<R>(write: () => R): R;
  /** Observes an open shadow root as well (once per root). */
  observeRoot(root: ShadowRoot): void;
  /**
   * Waits 2^level times longer before asking for a pass (capped at MAX_BACKOFF). The caller
   * raises the level while passes find nothing new, so a page that changes forever (a clock, a
   * ticker) is re-read less and less often; 0 goes back to the usual delays.
   */
  backOff(level: number): void;
  disconnect(): void;
}

export interface ObserverCallbacks {
  /** The page's text changed: a pass is due (debounced). */
  onChange: () => void;
  /** `element` became editable (it may hold marks). */
  onEditable?: (element: Element) => void;
  /** The document's root element was replaced (`document.open()`, `document.write()` after load). */
  onReplaced?: () => void;
}

const OURS = `${MARK_TAG},[data-crosscheck-ui]`;

function isOurs(node: Node): boolean {
  return Boolean((node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(OURS));
}

/** Whether an added element may render text of its own: it has some, or may be a web component. */
function mayHaveText(el: Element): boolean {
  if (isOurs(el)) return false;
  if (el.shadowRoot || el.localName.includes('-')) return true;
  return (el.textContent ?? '').trim() !== '';
}

/** Whether a record is a change of the page's text (not ours, not in an editor, not attributes or comments). */
function matters(record: MutationRecord): boolean {
  if (record.type === 'attributes') return false;
  if (record.type === 'characterData')
    return !isOurs(record.target) && !insideEditor(record.target);
  if (isOurs(record.target) || insideEditor(record.target)) return false;
  for (const node of Array.from(record.addedNodes)) {
    if (node.nodeType === 3 && /\S/.test((node as Text).data)) return true;
    if (node.nodeType === 1 && mayHaveText(node as Element)) return true;
  }
  // A page taking our marks away with its content: a pass forgets them (and re-reads what is left).
  return Array.from(record.removedNodes).some(
    (node) =>
      node.nodeType === 1 &&
      ((node as Element).matches(MARK_TAG) || (node as Element).querySelector(MARK_TAG)),
  );
}

/** The longest back-off: a page that keeps changing is still re-read every half minute. */
const MAX_BACKOFF = 5;

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['contenteditable'],
};

export function observePage(
  ctx: ContentContext,
  callbacks: ObserverCallbacks | (() => void),
  { delayMs = 300, maxWaitMs = 1500 } = {},
): PageObserver {
  const { onChange, onEditable, onReplaced } =
    typeof callbacks === 'function' ? { onChange: callbacks } : callbacks;
  let cancelDelay: (() => void) | undefined;
  let cancelMax: (() => void) | undefined;
  let factor = 1;
  const fire = () => {
    cancelDelay?.();
    cancelMax?.();
    cancelDelay = cancelMax = undefined;
    onChange();
  };
  const schedule = () => {
    cancelDelay?.();
    cancelDelay = ctx.setTimeout(fire, delayMs * factor);
    cancelMax ??= ctx.setTimeout(fire, maxWaitMs * factor);
  };
  const handle = (records: MutationRecord[]) => {
    let changed = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        const el = record.target as Element;
        if (editableValue(el.getAttribute('contenteditable'))) onEditable?.(el);
        else changed = true; // no longer editable: its text may be the article's
      } else if (record.target.nodeType === 9) {
        if (Array.from(record.addedNodes).some((n) => n.nodeType === 1)) onReplaced?.();
        changed = true;
      } else if (!changed && matters(record)) changed = true;
    }
    if (changed) schedule();
  };

  const observer = new MutationObserver((records) => timed('observe', () => handle(records)));
  observer.observe(document, OPTIONS);
  const roots = new WeakSet<ShadowRoot>();
  ctx.onDispose(() => observer.disconnect());

  return {
    quiet(write) {
      const pending = observer.takeRecords();
      if (pending.length > 0) handle(pending);
      try {
        return write();
      } finally {
        observer.takeRecords();
      }
    },
    observeRoot(root) {
      if (roots.has(root) || ctx.disposed) return;
      roots.add(root);
      observer.observe(root, OPTIONS);
    },
    backOff(level) {
      const next = 2 ** Math.min(Math.max(level, 0), MAX_BACKOFF);
      if (next === factor) return;
      factor = next;
      // Changes made while the pass ran armed the timers with the old factor: arm them anew.
      if (cancelMax) {
        cancelMax();
        cancelMax = undefined;
        schedule();
      }
    },
    disconnect() {
      observer.disconnect();
      cancelDelay?.();
      cancelMax?.();
    },
  };
}
