/**
 * The one element Crosscheck adds to a page for its UI: `<crosscheck-ui data-crosscheck-ui>` with an
 * open shadow root, appended to <html> the first time a card opens. The page's CSS cannot reach
 * inside; the host itself carries inline `!important` styles (a fixed, zero-size box on top) so
 * page rules such as `* { all: unset }` or `div { display: none }` cannot hide or move it.
 */
import type { CardRequest, OpenCard } from './card';
import { important } from './mark';

type CardModule = typeof import('./card');

const HOST_STYLE = important(
  'all:initial;display:block;position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647',
);

const styled = new WeakSet<ShadowRoot>();

export class CardHost {
  #host: HTMLElement | null = null;
  #root: ShadowRoot | null = null;
  #module: Promise<CardModule> | null = null;
  #card: OpenCard | null = null;

  /** The host element, when it exists. */
  get element(): HTMLElement | null {
    return this.#host;
  }

  /** Whether `node` (an event target at document level) is our UI. */
  contains(node: EventTarget | null): boolean {
    return (
      node !== null && this.#host !== null && node instanceof Node && this.#host.contains(node)
    );
  }

  #ensure(): ShadowRoot {
    if (this.#host?.isConnected && this.#root) return this.#root;
    const host = document.createElement('crosscheck-ui');
    host.setAttribute('data-crosscheck-ui', '');
    host.style.cssText = HOST_STYLE;
    this.#root = host.attachShadow({ mode: 'open' });
    this.#host = host;
    document.documentElement.append(host);
    return this.#root;
  }

  /** Opens a card (closing any other); resolves with it once the card chunk has loaded. */
  async open(request: Omit<CardRequest, 'root' | 'reading'>): Promise<OpenCard> {
    this.#card?.destroy();
    this.#card = null;
    this.#module ??= import('./card');
    const module = await this.#module;
    const reading = await module.cardReading(request.storyId);
    const root = this.#ensure();
    if (!styled.has(root)) {
      module.installStyles(root);
      styled.add(root);
    }
    // Another open may have finished while the chunk and the reader's language loaded.
    (this.#card as OpenCard | null)?.destroy();
    this.#card = module.openCard({ ...request, root, reading });
    return this.#card;
  }

  get card(): OpenCard | null {
    return this.#card;
  }

  close(): void {
    this.#card?.destroy();
    this.#card = null;
  }

  /** Removes the host and everything in it. */
  destroy(): void {
    this.close();
    this.#host?.remove();
    this.#host = null;
    this.#root = null;
  }
}
