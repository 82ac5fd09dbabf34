/**
 * When the card opens and closes (WCAG 1.4.13: hoverable, dismissable, persistent):
 * - hover: opens after `showDelayMs` of the pointer resting on a mark (passing over one opens
 *   nothing); leaving starts a grace period (GRACE_MS) in which the pointer can travel into the
 *   card, which then stays while hovered;
 * - focus: a mark receiving keyboard focus opens its card; Enter or Space pins it and moves focus
 *   into it; Esc closes any card and returns focus to the mark if focus was in the card;
 * - click pins (a non-modal dialog with a close button), a tap (touch) toggles;
 * - a pinned card closes on Esc, its close button, or a click elsewhere.
 */
import { describeMark } from '../ui/mark-description';
import type { Verdict } from '../../src/stories/vocabulary';
import type { Annotator, MarkedMention } from './annotator';
import type { CardHost } from './card-host';
import type { ContentContext } from './context';
import { MARK_TAG, setFocusRing } from './mark';

export const GRACE_MS = 300;
type Mode = 'hover' | 'focus' | 'pinned';

export interface CardControllerOptions {
  ctx: ContentContext;
  annotator: Annotator;
  host: CardHost;
  showDelayMs: () => number;
  onCompare: (entry: MarkedMention) => void;
}

export class CardController {
  #state: { index: number; mode: Mode } | null = null;
  #cancelOpen: (() => void) | undefined;
  #cancelClose: (() => void) | undefined;
  #lastPointer = { type: 'mouse', mark: null as Element | null, at: 0 };
  #generation = 0;
  #returningFocus = false;
  readonly #o: CardControllerOptions;

  readonly #roots = new WeakSet<ShadowRoot>();

  constructor(options: CardControllerOptions) {
    this.#o = options;
    this.#listen(document);
  }

  /**
   * Listens in an open shadow root that holds marks. Events that stay inside a shadow tree (the
   * pointer moving from its text onto its mark, focus moving within it) never reach the
   * document's listeners: at the document both their target and related target are the host.
   */
  listenIn(root: ShadowRoot): void {
    if (this.#roots.has(root) || this.#o.ctx.disposed) return;
    this.#roots.add(root);
    this.#listen(root);
  }

  #listen(at: Document | ShadowRoot): void {
    const { ctx } = this.#o;
    const capture = { capture: true, passive: true };
    // Each event is handled once, by the listener of the tree it started in when we listen there
    // (its related target is then that tree's own), else by the document's.
    const mine = (e: Event) => {
      const root = this.#origin(e)?.getRootNode();
      return root === at || (at === document && !this.#roots.has(root as ShadowRoot));
    };
    const on = <E extends Event>(type: string, handler: (e: E) => void, options = capture) =>
      ctx.listen(at, type, (e) => void (mine(e as Event) && handler(e as E)), options);
    on('pointerover', (e: PointerEvent) => this.#over(e));
    on('pointerout', (e: PointerEvent) => this.#out(e));
    on('pointerdown', (e: PointerEvent) => this.#down(e));
    on('click', (e: MouseEvent) => this.#click(e), { capture: true, passive: false });
    on('focusin', (e: FocusEvent) => this.#focusIn(e));
    on('focusout', (e: FocusEvent) => this.#focusOut(e));
    on('keydown', (e: KeyboardEvent) => this.#key(e), { capture: true, passive: false });
  }

  /** Where an event really happened: inside an open shadow root, not its host. */
  #origin(e: Event): Node | null {
    const first = e.composedPath()[0] ?? e.target;
    return first instanceof Node ? first : null;
  }

  /** The first mark element (the focusable one) under an event target, with its mention. */
  #markAt(target: EventTarget | null): MarkedMention | undefined {
    if (!(target instanceof Element)) return undefined;
    const mark = target.closest(MARK_TAG);
    return mark ? this.#o.annotator.mentionOf(mark) : undefined;
  }

  get openIndex(): number | null {
    return this.#state?.index ?? null;
  }

  /** Opens mention `index`'s card in `mode` (a pinned card stays pinned). */
  async open(index: number, mode: Mode, focusCard = false): Promise<boolean> {
    this.#cancelOpen?.();
    this.#cancelClose?.();
    const entry = this.#o.annotator.mentions.get(index);
    if (!entry || !entry.marks[0]?.isConnected) return false;
    const state = this.#state;
    if (state?.index === index && this.#o.host.card) {
      if (mode === 'pinned' && state.mode !== 'pinned') {
        state.mode = 'pinned';
        this.#o.host.card.setPinned(true);
      }
      if (focusCard) this.#o.host.card.element()?.focus();
      return true;
    }
    this.#collapse();
    this.#state = { index, mode };
    const generation = ++this.#generation;
    const same = this.#o.annotator.ordered(entry.mention.factId);
    const wordings = new Map<
      string,
      (typeof same)[number]['mention'] & { text: string; matched: string[] }
    >();
    for (const m of same) {
      if (!wordings.has(m.text.trim()))
        wordings.set(m.text.trim(), { ...m.mention, text: m.text, matched: m.words });
    }
    const card = await this.#o.host.open({
      marks: entry.marks,
      id: `crosscheck-card-${index}`,
      storyId: entry.mention.storyId,
      factId: entry.mention.factId,
      pageWordings: [...wordings.values()].map((w) => ({
        text: w.text.trim(),
        lang: w.lang,
        verdict: w.verdict,
        ...(w.reason ? { reason: w.reason } : {}),
        words: w.matched,
      })),
      pinned: mode === 'pinned',
      onClose: () => this.close(true),
      onCompare: () => this.#o.onCompare(entry),
    });
    if (generation !== this.#generation) return false; // closed or replaced while loading
    entry.marks[0]!.setAttribute('aria-expanded', 'true');
    if (focusCard) card.element()?.focus();
    return true;
  }

  /** Closes the card; with `returnFocus`, focus goes back to the mark if it was in the card. */
  close(returnFocus = false): void {
    const state = this.#state;
    const focusInCard = this.#o.host.contains(document.activeElement);
    this.#collapse();
    this.#generation++;
    this.#o.host.close();
    if (state && returnFocus && focusInCard) {
      // Focus going back to the mark must not reopen the card it just closed.
      this.#returningFocus = true;
      try {
        this.#o.annotator.mentions.get(state.index)?.marks[0]?.focus({ preventScroll: true });
      } finally {
        this.#returningFocus = false;
      }
    }
  }

  #collapse(): void {
    this.#cancelOpen?.();
    this.#cancelClose?.();
    const state = this.#state;
    this.#state = null;
    if (state)
      this.#o.annotator.mentions.get(state.index)?.marks[0]?.setAttribute('aria-expanded', 'false');
  }

  #scheduleClose(): void {
    this.#cancelClose?.();
    this.#cancelClose = this.#o.ctx.setTimeout(() => this.close(), GRACE_MS);
  }

  #over(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    if (this.#o.host.contains(e.target)) {
      this.#cancelClose?.();
      return;
    }
    const entry = this.#markAt(this.#origin(e));
    if (!entry) return;
    if (this.#state?.index === entry.index) {
      this.#cancelClose?.();
      return;
    }
    if (this.#state?.mode === 'pinned') return; // hovering elsewhere never replaces a pinned card
    this.#cancelOpen?.();
    this.#cancelOpen = this.#o.ctx.setTimeout(
      () => void this.open(entry.index, 'hover'),
      this.#o.showDelayMs(),
    );
  }

  #out(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    const from = this.#markAt(this.#origin(e));
    const to = this.#markAt(e.relatedTarget);
    if (from && to?.index !== from.index) this.#cancelOpen?.();
    const state = this.#state;
    if (!state || state.mode !== 'hover') return;
    const leavingMark = from?.index === state.index && to?.index !== state.index;
    const leavingCard = this.#o.host.contains(e.target) && !this.#o.host.contains(e.relatedTarget);
    if (
      (leavingMark && !this.#o.host.contains(e.relatedTarget)) ||
      (leavingCard && to?.index !== state.index)
    )
      this.#scheduleClose();
  }

  #down(e: PointerEvent): void {
    const entry = this.#markAt(this.#origin(e));
    this.#lastPointer = {
      type: e.pointerType,
      mark: entry?.marks[0] ?? null,
      at: performance.now(),
    };
  }

  #click(e: MouseEvent): void {
    const entry = this.#markAt(this.#origin(e));
    if (entry) {
      if (this.#lastPointer.type === 'touch' && this.#state?.index === entry.index) this.close();
      else void this.open(entry.index, 'pinned');
      return;
    }
    const state = this.#state;
    if (!state) return;
    if (this.#o.host.contains(e.target)) {
      // A click in a hovered card (selecting its text, say) means the reader is using it: pin it.
      if (state.mode !== 'pinned') {
        state.mode = 'pinned';
        this.#o.host.card?.setPinned(true);
      }
    } else if (state.mode === 'pinned') this.close();
  }

  #focusIn(e: FocusEvent): void {
    const entry = this.#markAt(this.#origin(e));
    if (!entry || this.#origin(e) !== entry.marks[0]) return;
    setFocusRing(entry.marks[0], true);
    // Focus that comes with a pointer press is the click's business (a tap would open, then toggle shut).
    const pressed =
      this.#lastPointer.mark === this.#origin(e) && performance.now() - this.#lastPointer.at < 1000;
    if (pressed || this.#returningFocus || this.#state?.index === entry.index) return;
    if (this.#state?.mode === 'pinned') return;
    void this.open(entry.index, 'focus');
  }

  #focusOut(e: FocusEvent): void {
    const entry = this.#markAt(this.#origin(e));
    if (entry && this.#origin(e) === entry.marks[0]) setFocusRing(entry.marks[0], false);
    const state = this.#state;
    if (!state || state.mode !== 'focus') return;
    if (this.#o.host.contains(e.relatedTarget)) return;
    if (this.#markAt(e.relatedTarget)?.index === state.index) return;
    if (entry?.index === state.index || this.#o.host.contains(e.target)) this.close();
  }

  #key(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      if (!this.#state) return;
      this.close(true);
      e.stopPropagation();
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const entry = this.#markAt(this.#origin(e));
    if (!entry || this.#origin(e) !== entry.marks[0]) return;
    e.preventDefault();
    void this.open(entry.index, 'pinned', true);
  }

  /**
   * Marks' accessibility: a button that opens a card (aria-haspopup, aria-expanded), described by
   * its verdict. `aria-describedby`/`aria-controls` cannot point into the card's shadow root (ID
   * references do not cross it), so the description is the mark's own `aria-description`, and
   * Enter moves focus into the pinned card, a labelled dialog, which the screen reader announces.
   */
  static decorate(first: HTMLElement, verdict: Verdict): void {
    first.setAttribute('tabindex', '0');
    first.setAttribute('role', 'button');
    first.setAttribute('aria-haspopup', 'dialog');
    first.setAttribute('aria-expanded', 'false');
    describeMark(first, verdict);
  }

  destroy(): void {
    this.close();
  }
}
