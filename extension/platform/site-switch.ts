/**
 * Whether Crosscheck runs on a site, read from the stored settings without the settings module's
 * schema library: the content script's first stage needs only this, and only on a page that may be
 * about a story. It reads the stored value as `parseSettings` does (a field that does not validate
 * takes its default) and decides as `runsOn` does; a unit test holds the two together.
 */

const HOST = /^[a-z0-9.-]+(:\d+)?$/i;

function sites(value: unknown): string[] {
  return Array.isArray(value) &&
    value.every((s) => typeof s === 'string' && s.length <= 253 && HOST.test(s))
    ? (value as string[])
    : [];
}

/** Whether Crosscheck runs on `site` (a host name) under the stored settings `stored`. */
export function runsOnStored(stored: unknown, site: string): boolean {
  const raw = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  if (sites(raw.disabledSites).includes(site)) return false;
  return raw.siteMode !== 'only-listed' || sites(raw.enabledSites).includes(site);
}
