/**
 * The card chunk, loaded with `import()` the first time a card opens: Preact, Floating UI, the
 * stories and the card's styles stay out of the content script's first chunk, so a page that
 * is not about a story never loads any of it.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { PageWording } from '../../src/view/fact-card';
import type { Reading } from '../../src/view/story-text';
import { applyReaderLocale } from '../platform/locale';
import cardCss from '../ui/card.css?inline';
import { factCardModel } from '../ui/card-model';
import FactCard from '../ui/FactCard';
import { loadReading } from '../ui/story-reading';
import themeCss from '../ui/theme.css?inline';

export interface CardRequest {
  root: ShadowRoot;
  /** The mark pieces of the mention: the card is placed against all of them, never over them. */
  marks: HTMLElement[];
  id: string;
  storyId: string;
  factId: string;
  pageWordings: PageWording[];
  /** The story's text in the reader's language (`cardReading`). */
  reading: Reading;
  pinned: boolean;
  onClose: () => void;
  onCompare: () => void;
}

export interface OpenCard {
  setPinned(pinned: boolean): void;
  /** The card's element (for focus). */
  element(): HTMLElement | null;
  destroy(): void;
}

/**
 * Styles the shadow root: a constructed stylesheet (not subject to the page's CSP `style-src`),
 * or a <style> element where adopting fails (Firefox's content-script wrappers can refuse a sheet
 * constructed in the sandbox).
 */
export function installStyles(root: ShadowRoot): void {
  const css = `${themeCss}\n${cardCss}`;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.prepend(style);
}

/**
 * The reader's language, read from the settings at each opening (the reader may have changed it
 * meanwhile): its interface strings become the active ones, and the story's translation is loaded.
 */
export async function cardReading(storyId: string): Promise<Reading> {
  return loadReading(storyId, await applyReaderLocale());
}

/** The union of the marks' boxes, as Floating UI's virtual reference. */
function reference(marks: HTMLElement[]) {
  return {
    contextElement: marks[0],
    getBoundingClientRect() {
      const rects = marks.flatMap((m) => Array.from(m.getClientRects()));
      if (rects.length === 0) return marks[0]!.getBoundingClientRect();
      const left = Math.min(...rects.map((r) => r.left));
      const top = Math.min(...rects.map((r) => r.top));
      const right = Math.max(...rects.map((r) => r.right));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      return {
        x: left,
        y: top,
        left,
        top,
        right,
        bottom,
        width: right - left,
        height: bottom - top,
      };
    },
  };
}

export function openCard(request: CardRequest): OpenCard {
  const container = document.createElement('div');
  request.root.append(container);
  const model = factCardModel(
    request.storyId,
    request.factId,
    request.pageWordings,
    request.reading,
  );
  let pinned = request.pinned;
  const draw = () =>
    render(
      <FactCard
        model={model}
        id={request.id}
        pinned={pinned}
        onClose={request.onClose}
        onCompare={request.onCompare}
      />,
      container,
    );
  draw();

  const card = container.firstElementChild as HTMLElement;
  const ref = reference(request.marks);
  const place = () => {
    computePosition(ref, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            card.style.maxHeight = `${Math.max(120, Math.min(420, availableHeight))}px`;
          },
        }),
      ],
    })
      .then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      })
      .catch(() => undefined);
  };
  const stop = autoUpdate(ref, card, place);

  return {
    setPinned(next) {
      if (next === pinned) return;
      pinned = next;
      draw();
    },
    element: () => container.firstElementChild as HTMLElement | null,
    destroy() {
      stop();
      render(null, container);
      container.remove();
    },
  };
}
