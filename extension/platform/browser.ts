/**
 * The one import of webextension-polyfill (promise-based `browser.*` in Chrome and Firefox alike).
 * Everything else in extension/ goes through the modules of this folder.
 */
import browser from 'webextension-polyfill';
import { config } from 'zod/mini';

// Zod compiles fast parsers with `new Function` when it can; extension pages forbid eval (our CSP)
// and a page's CSP would report the attempt from a content script. Parse without it.
config({ jitless: true });

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';
