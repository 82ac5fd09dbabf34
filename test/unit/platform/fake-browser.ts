/**
 * A stand-in for webextension-polyfill in unit tests: `vi.mock('webextension-polyfill', () =>
 * ({ default: fakeBrowser() }))`. Events record their listeners so a test can fire them; i18n
 * answers from the English messages.json, with `$1`… substitutions, like the browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

export interface FakeEvent {
  listeners: Listener[];
  addListener: (l: Listener) => void;
  removeListener: (l: Listener) => void;
  /** Calls every listener with `args`; returns what they returned. */
  fire: (...args: unknown[]) => unknown[];
}

export function fakeEvent(): FakeEvent {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (l) => void listeners.push(l),
    removeListener: (l) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
    fire: (...args) => listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args)),
  };
}

const messages = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

export function englishMessage(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  const message = messages[key]?.message;
  if (message === undefined) return '';
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export const EXTENSION_ID = 'crosscheck-test-id';

export function fakeBrowser() {
  let stored: Record<string, unknown> = {};
  const storageChanged = fakeEvent();
  return {
    runtime: {
      id: EXTENSION_ID,
      getURL: (path: string) => `chrome-extension://${EXTENSION_ID}/${path}`,
      onMessage: fakeEvent(),
      sendMessage: vi.fn(async () => undefined),
    },
    i18n: {
      getMessage: englishMessage,
      /** The browser's interface language; a test may replace it. */
      getUILanguage: vi.fn(() => 'en'),
    },
    tabs: {
      query: vi.fn(async () => [] as unknown[]),
      get: vi.fn(async () => ({})),
      create: vi.fn(async () => ({})),
      sendMessage: vi.fn(async (): Promise<unknown> => undefined),
      onUpdated: fakeEvent(),
      onRemoved: fakeEvent(),
    },
    action: {
      setBadgeText: vi.fn(async () => undefined),
      getBadgeText: vi.fn(async () => ''),
      setTitle: vi.fn(async () => undefined),
    },
    storage: {
      local: {
        get: vi.fn(async (key: string) => ({ [key]: stored[key] })),
        set: vi.fn(async (items: Record<string, unknown>) => {
          const changes = Object.fromEntries(
            Object.entries(items).map(([k, v]) => [k, { oldValue: stored[k], newValue: v }]),
          );
          stored = { ...stored, ...items };
          storageChanged.fire(changes, 'local');
        }),
        /** Test helper: replaces the stored data without events. */
        reset: (data: Record<string, unknown>) => void (stored = data),
      },
      onChanged: storageChanged,
    },
  };
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;
