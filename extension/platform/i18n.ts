/**
 * UI strings in the reader's language, from `public/_locales/<dir>/messages.json`.
 *
 * The browser's own i18n follows the browser's language and cannot switch at run time, and the
 * reader may pick another language on the options page. So Crosscheck reads the same files itself:
 * each locale's file is a chunk of its own, loaded when first needed (the content script loads one
 * only once a page is about a story). The browser still uses the files for the manifest's name,
 * description and toolbar title.
 *
 * Each context (the popup, the options page, a page's content script, the background) has one
 * active catalog: `setLocale` loads and activates it, then `t`, `tn` and `tAround` read it
 * synchronously. Before that they return the key itself, so a string read too early shows in tests.
 */
import { localeDir, type Locale } from '../../src/i18n/locales';

export type MessageFile = Record<string, { message: string; description?: string }>;
export type MessageSource = Record<string, () => Promise<MessageFile>>;

let source: MessageSource = import.meta.glob<MessageFile>('../../public/_locales/*/messages.json', {
  import: 'default',
});

/**
 * Where the files come from. The background passes them bundled: a Chrome service worker may not
 * load code with `import()`.
 */
export function setMessageSource(files: Record<string, MessageFile>): void {
  source = Object.fromEntries(
    Object.entries(files).map(([path, file]) => [path, () => Promise.resolve(file)]),
  );
}

interface Catalog {
  locale: Locale;
  messages: MessageFile;
  plural: Intl.PluralRules;
  /**
   * Made on first use: the first number or list format in a renderer loads the browser's locale
   * data, 35–60 ms of a page's main thread in Chromium here (plural rules take 1–2 ms). A page's
   * marks need neither (their descriptions have no number), so a reader who never opens a card
   * never pays for them.
   */
  number(): Intl.NumberFormat;
  list(): Intl.ListFormat;
}

/** `make`'s value, made on the first call. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

let active: Catalog | null = null;
const catalogs = new Map<Locale, Promise<Catalog>>();

async function loadCatalog(locale: Locale): Promise<Catalog> {
  const load = source[`../../public/_locales/${localeDir(locale)}/messages.json`];
  if (load === undefined) throw new Error(`no messages for ${locale}`);
  return {
    locale,
    messages: await load(),
    plural: new Intl.PluralRules(locale),
    number: once(() => new Intl.NumberFormat(locale)),
    list: once(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })),
  };
}

/** Loads `locale`'s strings (once) and makes them the ones `t` reads. */
export async function setLocale(locale: Locale): Promise<void> {
  let catalog = catalogs.get(locale);
  if (catalog === undefined) {
    catalog = loadCatalog(locale);
    catalogs.set(locale, catalog);
    catalog.catch(() => catalogs.delete(locale));
  }
  active = await catalog;
}

/** Whether strings are loaded (`t` returns keys until then). */
export function hasLocale(): boolean {
  return active !== null;
}

/** A substitution: numbers are written as the reader's locale writes them (1,234 / 1.234 / 1 234). */
export type Substitution = string | number;

function format(message: string, substitutions: readonly Substitution[]): string {
  const values = substitutions.map((s) =>
    typeof s === 'number' ? (active?.number().format(s) ?? String(s)) : s,
  );
  // `$1`…`$9` as the browsers read them; `$$` is a dollar sign.
  return message.replace(/\$(\$|\d)/g, (_, d: string) =>
    d === '$' ? '$' : (values[Number(d) - 1] ?? ''),
  );
}

function list(substitutions?: Substitution | readonly Substitution[]): readonly Substitution[] {
  if (substitutions === undefined) return [];
  return typeof substitutions === 'object' ? substitutions : [substitutions];
}

/** The message `key` with `$1`, `$2`… substituted. An unknown key returns the key. */
export function t(key: string, substitutions?: Substitution | readonly Substitution[]): string {
  const message = active?.messages[key]?.message;
  return message === undefined ? key : format(message, list(substitutions));
}

/**
 * A message that depends on a count: `key_one`, `key_few`, `key_many` or `key_other`, as the
 * locale's plural rules choose for `count` (`key_other` when the file has no form of its own).
 * `$1` is the count unless other substitutions are given.
 */
export function tn(
  key: string,
  count: number,
  substitutions: Substitution | readonly Substitution[] = [count],
): string {
  const category = active?.plural.select(count) ?? 'other';
  const chosen = active?.messages[`${key}_${category}`] ? `${key}_${category}` : `${key}_other`;
  return t(chosen, substitutions);
}

/**
 * A message with one text substitution, split around it: the caller renders the substituted text as
 * its own element (its own `lang`, say) between the two parts.
 */
export function tAround(key: string): [before: string, after: string] {
  const marker = '\ue000'; // a private-use character: never in a message
  const message = t(key, marker);
  const at = message.indexOf(marker);
  return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at + marker.length)];
}

/** "A, B and C" as the reader's language writes a list. */
export function formatList(items: readonly string[]): string {
  return active ? active.list().format(items) : items.join(', ');
}

/** The language of the strings shown (`en`, `zh-CN`…), for `lang` attributes and dates. */
export function uiLanguage(): Locale {
  return active?.locale ?? 'en';
}
