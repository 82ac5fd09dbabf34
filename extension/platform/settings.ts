/**
 * Crosscheck's settings: typed defaults, stored in `storage.local`, read field by field so that a
 * corrupt or unknown stored value falls back to its default instead of breaking the extension.
 */
import * as z from 'zod/mini';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { browser } from './browser';

export const MARK_STYLES = ['underline', 'tint'] as const;
export const SITE_MODES = ['everywhere', 'only-listed'] as const;

/** The defaults; the `Settings` type is derived from them so the two cannot drift apart. */
export const DEFAULT_SETTINGS = {
  /** Host names where Crosscheck is switched off. */
  disabledSites: [] as string[],
  /** `everywhere` (default: every http(s) page, silent where a page is not about a story) or `only-listed`. */
  siteMode: 'everywhere' as (typeof SITE_MODES)[number],
  /** Host names Crosscheck runs on in `only-listed` mode. */
  enabledSites: [] as string[],
  /** Hover intent delay before a card opens, in milliseconds. */
  showDelayMs: 400,
  markStyle: 'underline' as (typeof MARK_STYLES)[number],
  /** The language of the card, popup and options: `auto` follows the browser's. */
  language: 'auto' as 'auto' | Locale,
};
export type Settings = typeof DEFAULT_SETTINGS;

/** Bumped when a stored shape changes; `migrate` brings older data forward. */
export const SETTINGS_VERSION = 1;
const STORAGE_KEY = 'settings';

const host = z.string().check(z.regex(/^[a-z0-9.-]+(:\d+)?$/i), z.maxLength(253));
const FIELDS: { [K in keyof Settings]: z.ZodMiniType<Settings[K]> } = {
  disabledSites: z.array(host),
  siteMode: z.enum(SITE_MODES),
  enabledSites: z.array(host),
  showDelayMs: z.number().check(z.int(), z.minimum(0), z.maximum(3000)),
  markStyle: z.enum(MARK_STYLES),
  language: z.enum(['auto', ...LOCALES]),
};

/** Older stored shapes, brought to the current one. Version 0 is anything without a version. */
function migrate(stored: Record<string, unknown>): Record<string, unknown> {
  const version = typeof stored.version === 'number' ? stored.version : 0;
  if (version < 1) {
    // Nothing shipped before version 1; keep whatever fields still validate.
  }
  return stored;
}

/** Keeps each stored field that validates; every other field takes its default. */
export function parseSettings(stored: unknown): Settings {
  const raw =
    stored && typeof stored === 'object' ? migrate(stored as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    const parsed = FIELDS[key].safeParse(raw[key]);
    if (parsed.success) settings[key] = parsed.data;
    else if (key in raw) console.warn(`Crosscheck: ignored a stored setting "${key}"`, raw[key]);
  }
  return settings as Settings;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(STORAGE_KEY);
    return parseSettings(stored[STORAGE_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Writes the changed fields (validated first; an invalid value throws before anything is stored). */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  for (const key of Object.keys(patch) as (keyof Settings)[]) FIELDS[key].parse(next[key]);
  await browser.storage.local.set({ [STORAGE_KEY]: { ...next, version: SETTINGS_VERSION } });
  return next;
}

/** Calls `listener` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORAGE_KEY in changes)
      listener(parseSettings(changes[STORAGE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
}

/** Whether Crosscheck runs on `site` (a host name) under `settings`. */
export function runsOn(settings: Settings, site: string): boolean {
  if (settings.disabledSites.includes(site)) return false;
  return settings.siteMode === 'everywhere' || settings.enabledSites.includes(site);
}
