import { existsSync } from 'node:fs';

/** The browsers the e2e suite drives, and where to find them (Debian's paths by default). */
export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_PATHS: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/** True when running under CI, where a missing browser is a failure rather than a skip. */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Whether `browser` can be driven here. Outside CI a missing browser skips its tests with a loud
 * message; under CI it throws, so the run fails instead of passing on nothing.
 */
export function browserAvailable(browser: BrowserName): boolean {
  const path = BROWSER_PATHS[browser];
  if (existsSync(path)) return true;
  const message =
    `\n!!! ${browser} not found at ${path}: its browser tests cannot run.\n` +
    `!!! Install it (apt-get install -y ${browser === 'chromium' ? 'chromium' : 'firefox-esr'}) ` +
    `or set ${browser === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}.\n`;
  if (IN_CI) throw new Error(message);
  console.warn(`${message}!!! Skipping the ${browser} tests (outside CI only).\n`);
  return false;
}
