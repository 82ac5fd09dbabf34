/**
 * The first stage's watch on a page that was not about a story when read: the text the page adds
 * later (infinite scroll, a single-page app's next article), read only as it comes and at most a
 * few times a second, never the whole page again (unless it adds text faster than that can keep
 * up with).
 */
import { MAX_TEXT } from '../../src/anchors/context-check';
import { textUpTo } from './page-text';

/** Wait after a change before reading what was added (so a burst of changes is read once). */
const DELAY_MS = 300;
/** Past this many changed nodes in one wait, the whole page is read instead. */
const MAX_NODES = 500;

/**
 * Calls `check` with the text added under `root` since the last call, at most once per DELAY_MS
 * (null: more than MAX_TEXT units of it, not read); stops when `check` returns (or resolves to) true,
 * or the returned function is called.
 */
export function watchAddedText(
  root: Node,
  check: (text: string | null) => boolean | Promise<boolean>,
): () => void {
  let pending: Node[] = [];
  let whole = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const read = async () => {
    timer = undefined;
    const nodes = whole ? [root] : pending;
    pending = [];
    whole = false;
    let text = '';
    for (const node of nodes) {
      if (!node.isConnected) continue;
      const added = await textUpTo(node, MAX_TEXT - text.length);
      // Stopped while the walk gave the page its thread back: the answer is no longer wanted.
      if (stopped) return;
      if (added === null) {
        if (await check(null)) stop();
        return;
      }
      text += `${added}\n`;
    }
    if (text.trim() !== '' && (await check(text))) stop();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.push(record.target);
      else for (const node of Array.from(record.addedNodes)) pending.push(node);
    }
    if (pending.length > MAX_NODES) {
      pending = [];
      whole = true;
    }
    timer ??= setTimeout(() => void read(), DELAY_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  return stop;
}
