/**
 * Every message Crosscheck's parts may send each other, one declaration per direction, validated at
 * the receiving end. Pages cannot reach these channels (no `externally_connectable`, and content
 * scripts listen on `runtime.onMessage`, which only our own extension can post to); a message of the
 * wrong shape or from another sender is still dropped with a warning.
 */
import * as z from 'zod/mini';
import { LANGUAGES, VERDICTS } from '../../src/stories/vocabulary';
import { browser, type Runtime } from './browser';

const verdict = z.enum(VERDICTS);

/** What the content script knows about its page; the popup shows it without re-reading the page. */
export const pageStateSchema = z.object({
  /** Crosscheck runs on this site (the site switch and the "only these sites" mode agree). */
  enabled: z.boolean(),
  /** The page's host name, the key of the site switch. */
  site: z.string(),
  relevant: z.boolean(),
  /** Not about a story, but some of its own facts are stated in passing (and only those are marked). */
  passing: z.boolean(),
  storyId: z.nullable(z.string()),
  /** The relevance gate's explanation, for the "not about the story" state. */
  reason: z.string(),
  evidence: z.array(
    z.object({
      storyId: z.string(),
      facts: z.array(z.string()),
      strongCues: z.array(z.string()),
      mentionCount: z.number(),
    }),
  ),
  /**
   * Per fact, the mentions found but not marked: past the bound on marks per fact (`markLimit`),
   * or ones the page would not let us mark. Absent or empty when every mention is marked.
   */
  unmarked: z.optional(z.array(z.object({ factId: z.string(), count: z.number() }))),
  /** The most mentions of one fact Crosscheck marks on a page. */
  markLimit: z.optional(z.number()),
  /** The marked mentions, in page order; `index` is what `focus-mention` takes. */
  mentions: z.array(
    z.object({
      index: z.number(),
      factId: z.string(),
      text: z.string(),
      /** The language of `text` (the matched cue's). */
      lang: z.enum(LANGUAGES),
      /** The page's words that made the match (a cue's whole phrase is one). */
      words: z.array(z.string()),
      verdict,
      reason: z.optional(z.string()),
    }),
  ),
});
export type PageState = z.infer<typeof pageStateSchema>;

/** Content script -> background. */
export const contentToBackground = z.discriminatedUnion('type', [
  /** The marks on the page changed (first pass, dynamic content, site switched off): badge count. */
  z.object({ type: z.literal('marks-changed'), count: z.number(), relevant: z.boolean() }),
  /** The card's "compare all outlets" link: open the story summary (`popup/index.html#story`) in a tab. */
  z.object({ type: z.literal('open-story'), storyId: z.optional(z.string()) }),
]);
export type ContentToBackground = z.infer<typeof contentToBackground>;

/** Popup -> content script (of one tab). */
export const popupToContent = z.discriminatedUnion('type', [
  /**
   * Answered with a `PageState`. `read`: the page must be read to answer (the popup); without it a
   * page the first stage found nothing on is not read (the background, for the badge).
   */
  z.object({ type: z.literal('get-page-state'), read: z.optional(z.boolean()) }),
  /** Scrolls to mention `index`, focuses it and opens its card; answered with `{ focused }`. */
  z.object({ type: z.literal('focus-mention'), index: z.number() }),
]);
export type PopupToContent = z.infer<typeof popupToContent>;

export const focusReplySchema = z.object({ focused: z.boolean() });
export type FocusReply = z.infer<typeof focusReplySchema>;

type Replies = { 'get-page-state': PageState; 'focus-mention': FocusReply };
const replySchemas = { 'get-page-state': pageStateSchema, 'focus-mention': focusReplySchema };

/** Sends `message` to the background; failures (no listener yet, extension reloading) are ignored. */
export function sendToBackground(message: ContentToBackground): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Asks tab `tabId`'s content script; resolves null when no content script answers or the reply is malformed. */
export async function sendToContent<M extends PopupToContent>(
  tabId: number,
  message: M,
): Promise<Replies[M['type']] | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message);
    const parsed = replySchemas[message.type].safeParse(reply);
    if (!parsed.success) return null;
    return parsed.data as Replies[M['type']];
  } catch {
    return null; // no content script on this tab (a browser page, a store page, a PDF…)
  }
}

type Handler<M, R> = (message: M, sender: Runtime.MessageSender) => R | Promise<R>;

/**
 * Listens for messages of `schema` from our own extension; `accept` decides which senders qualify
 * (a tab for content scripts, no tab for extension pages). Returns the unsubscribe function.
 */
function listen<M, R>(
  schema: z.ZodMiniType<M>,
  accept: (sender: Runtime.MessageSender) => boolean,
  handle: Handler<M, R>,
): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<R> | undefined => {
    if (sender.id !== browser.runtime.id || !accept(sender)) {
      console.warn('Crosscheck: dropped a message from an unexpected sender', sender);
      return undefined;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      console.warn('Crosscheck: dropped a malformed message', raw);
      return undefined;
    }
    return Promise.resolve(handle(parsed.data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Background side: messages from content scripts (they always come from a tab). */
export function onContentMessage(handle: Handler<ContentToBackground, void>): () => void {
  return listen(contentToBackground, (sender) => sender.tab?.id !== undefined, handle);
}

/** Content script side: messages from the popup (an extension page, not a tab's content script). */
export function onPopupMessage(
  handle: <M extends PopupToContent>(
    message: M,
  ) => Replies[M['type']] | Promise<Replies[M['type']]>,
): () => void {
  return listen(
    popupToContent,
    (sender) =>
      sender.tab === undefined || (sender.url ?? '').startsWith(browser.runtime.getURL('')),
    (message) => handle(message),
  );
}
