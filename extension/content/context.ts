/**
 * The content script's lifetime (wxt's content-script-context, in small): every listener and timer
 * is tied to one AbortSignal, so `dispose()` stops all of them at once (extension reloaded or
 * updated, a test tearing down).
 */
export class ContentContext {
  readonly #controller = new AbortController();

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get disposed(): boolean {
    return this.#controller.signal.aborted;
  }

  dispose(): void {
    this.#controller.abort();
  }

  /** `target.addEventListener` that is removed when the context dies. */
  listen<K extends keyof DocumentEventMap>(
    target: Document | Window | Element | ShadowRoot,
    type: K | string,
    handler: (event: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ): void {
    if (this.disposed) return;
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  /** `setTimeout` that never fires after the context died; returns a cancel function. */
  setTimeout(callback: () => void, ms: number): () => void {
    if (this.disposed) return () => undefined;
    const id = window.setTimeout(() => {
      if (!this.disposed) callback();
    }, ms);
    const cancel = () => window.clearTimeout(id);
    this.signal.addEventListener('abort', cancel, { once: true });
    return cancel;
  }

  /** Runs `cleanup` when the context dies (immediately if it already has). */
  onDispose(cleanup: () => void): void {
    if (this.disposed) cleanup();
    else this.signal.addEventListener('abort', cleanup, { once: true });
  }
}
