/**
 * Notices content that appears after the first pass (infinite scroll, "read more", a single-page
 * app swapping its article) and asks for another pass, debounced (`delayMs` after the last change,
 * at most `maxWaitMs` after the first). Our own writes never count: they run inside `quiet()`,
 * which hands earlier records to the handler and drops the ones our write produced
 * (`takeRecords()` is synchronous, so nothing of the page's can slip in between); changes inside
 * our marks or our UI host are ignored as well. So a pass can never trigger another pass.
 */
import type { ContentContext } from './context';
import { MARK_TAG } from './mark';

export interface PageObserver {
  /** Runs `write` (our own DOM change) without it being observed. */
  quiet<R>(write: () => R): R;
  disconnect(): void;
}

function isOurs(node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.localName === MARK_TAG || el.hasAttribute('data-crosscheck-ui')) return true;
  }
  return false;
}

/** Whether a record is a change of the page's text (not ours, not attributes or comments). */
function matters(record: MutationRecord): boolean {
  if (record.type === 'characterData') return !isOurs(record.target);
  if (isOurs(record.target)) return false;
  for (const node of Array.from(record.addedNodes)) {
    if (node.nodeType === 3 && /\S/.test((node as Text).data)) return true;
    if (node.nodeType === 1 && !isOurs(node) && (node.textContent ?? '').trim() !== '') return true;
  }
  for (const node of Array.from(record.removedNodes)) {
    // A page taking our marks away with its content: a pass forgets them (and re-reads what is left).
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.localName === MARK_TAG || el.querySelector(MARK_TAG)) return true;
  }
  return false;
}

export function observePage(
  ctx: ContentContext,
  onChange: () => void,
  { delayMs = 300, maxWaitMs = 1500 } = {},
): PageObserver {
  let cancelDelay: (() => void) | undefined;
  let cancelMax: (() => void) | undefined;
  const fire = () => {
    cancelDelay?.();
    cancelMax?.();
    cancelDelay = cancelMax = undefined;
    onChange();
  };
  const handle = (records: MutationRecord[]) => {
    if (!records.some(matters)) return;
    cancelDelay?.();
    cancelDelay = ctx.setTimeout(fire, delayMs);
    cancelMax ??= ctx.setTimeout(fire, maxWaitMs);
  };

  const observer = new MutationObserver(handle);
  const target = document.documentElement;
  observer.observe(target, { childList: true, subtree: true, characterData: true });
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
    disconnect() {
      observer.disconnect();
      cancelDelay?.();
      cancelMax?.();
    },
  };
}
