/** Answers the popup: what this page shows (`get-page-state`) and "show me mention n" (`focus-mention`). */
import { onPopupMessage, type PageState } from '../platform/messages';
import { MARKS_PER_FACT, type Annotator } from './annotator';
import type { ContentContext } from './context';

export interface PageStateOptions {
  ctx: ContentContext;
  annotator: Annotator;
  enabled: () => boolean;
  /** Scrolls to mention `index`, focuses it and opens its card. */
  focusMention: (index: number) => Promise<boolean>;
  /**
   * Resolves once no pass is running (or after a while): a pass yields between slices, so the
   * popup asking right after the site was switched on would otherwise read a page not marked yet.
   */
  settled?: () => Promise<unknown> | null;
}

export function pageState(annotator: Annotator, enabled: boolean): PageState {
  const relevance = annotator.relevance;
  return {
    enabled,
    site: location.hostname,
    relevant: enabled && (relevance?.relevant ?? false),
    passing: enabled && (relevance?.passing ?? false),
    storyId: enabled ? (relevance?.storyId ?? null) : null,
    reason: relevance?.reason ?? '',
    evidence: enabled ? (relevance?.evidence ?? []) : [],
    unmarked: enabled ? [...annotator.unmarked].map(([factId, count]) => ({ factId, count })) : [],
    markLimit: MARKS_PER_FACT,
    mentions: enabled
      ? annotator.ordered().map((m) => ({
          index: m.index,
          factId: m.mention.factId,
          text: m.text,
          lang: m.mention.lang,
          words: m.words,
          verdict: m.mention.verdict,
          ...(m.mention.reason !== undefined ? { reason: m.mention.reason } : {}),
        }))
      : [],
  };
}

export function answerPopup({
  ctx,
  annotator,
  enabled,
  focusMention,
  settled,
}: PageStateOptions): void {
  const stop = onPopupMessage(async (message) => {
    switch (message.type) {
      case 'get-page-state':
        await settled?.();
        return pageState(annotator, enabled()) as never;
      case 'focus-mention':
        return { focused: await focusMention(message.index) } as never;
    }
  });
  ctx.onDispose(stop);
}
