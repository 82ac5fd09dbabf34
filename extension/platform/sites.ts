/** Turning Crosscheck on or off for one site, in whichever site mode the user chose. */
import { runsOn, type Settings } from './settings';

/**
 * The settings change that makes `runsOn(settings, site) === on`. In "only these sites" mode the
 * list of sites is what the switch edits; otherwise the list of sites where it is off.
 */
export function siteSwitchPatch(settings: Settings, site: string, on: boolean): Partial<Settings> {
  const without = (list: string[]) => list.filter((s) => s !== site);
  if (settings.siteMode === 'only-listed') {
    return on
      ? {
          enabledSites: [...without(settings.enabledSites), site],
          disabledSites: without(settings.disabledSites),
        }
      : { enabledSites: without(settings.enabledSites) };
  }
  return on
    ? { disabledSites: without(settings.disabledSites) }
    : { disabledSites: [...without(settings.disabledSites), site] };
}

/**
 * A host name typed by a user ("https://www.Example.com:8080/news" → "www.example.com"), or null.
 * Sites are host names without a port, as the content script matches them (`location.hostname`).
 */
export function normaliseSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return null;
  try {
    const host = new URL(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
    return /^[a-z0-9.-]+$/.test(host) && host.length <= 253 ? host : null;
  } catch {
    return null;
  }
}

export { runsOn };
