/**
 * The browser's own extension API, for the content script's first stage: the few calls it makes
 * before it knows a page may be about a story, without webextension-polyfill (the polyfill and its
 * wrappers are the reader's, loaded only then). Chrome names it `chrome`, Firefox `browser`;
 * `storage.local.get` returns a promise in both (MV3).
 */

export interface NativeSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

type Listener = (
  message: unknown,
  sender: NativeSender,
  respond: (reply: unknown) => void,
) => boolean | undefined;

interface NativeApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(l: (changes: Record<string, unknown>, area: string) => void): void;
      removeListener(l: (changes: Record<string, unknown>, area: string) => void): void;
    };
  };
}

const api = (): NativeApi => {
  const scope = globalThis as { browser?: NativeApi; chrome?: NativeApi };
  return (scope.browser ?? scope.chrome) as NativeApi;
};

/** The URL of a file in the extension's package. */
export function packagedURL(path: string): string {
  return api().runtime.getURL(path);
}

/** The stored settings, unparsed (`site-switch.ts` reads what it needs); undefined on failure. */
export async function storedSettings(): Promise<unknown> {
  try {
    return (await api().storage.local.get('settings')).settings;
  } catch {
    return undefined;
  }
}

/** Calls `listener` when the stored settings change, until the returned function is called. */
export function onSettingsStored(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) listener();
  };
  api().storage.onChanged.addListener(onChanged);
  return () => api().storage.onChanged.removeListener(onChanged);
}

/**
 * Answers messages from our own extension pages and background (`answer` resolves the reply, or
 * undefined to leave the message to another listener), until the returned function is called.
 */
export function onOwnMessage(
  answer: (message: { type?: unknown }, sender: NativeSender) => Promise<unknown> | undefined,
): () => void {
  const { runtime } = api();
  const listener: Listener = (message, sender, respond) => {
    if (sender.id !== runtime.id || typeof message !== 'object' || message === null) return;
    // Pages and other content scripts cannot post here; a tab's sender is ours only as an
    // extension page opened in a tab (the popup in tests).
    if (sender.tab !== undefined && !(sender.url ?? '').startsWith(runtime.getURL(''))) return;
    const reply = answer(message as { type?: unknown }, sender);
    if (!reply) return;
    void reply.then(respond, () => respond(undefined));
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
