/** The first stage's reading of the site switch agrees with the settings module's, whatever is stored. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runsOnStored } from '../../../extension/platform/site-switch';

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('./fake-browser');
  return { default: fakeBrowser() };
});
const { parseSettings, runsOn } = await import('../../../extension/platform/settings');

const stored: unknown[] = [
  undefined,
  null,
  'junk',
  {},
  { disabledSites: ['example.com'] },
  { disabledSites: ['example.com', 'bad host!'] },
  { disabledSites: 'example.com' },
  { siteMode: 'only-listed' },
  { siteMode: 'only-listed', enabledSites: ['example.com'] },
  { siteMode: 'only-listed', enabledSites: ['example.com', 42] },
  { siteMode: 'nonsense', enabledSites: [] },
  { siteMode: 'everywhere', disabledSites: ['other.org'], enabledSites: ['example.com'] },
  { version: 1, siteMode: 'only-listed', enabledSites: ['example.com:8080'] },
  { disabledSites: ['x'.repeat(254)] },
];

describe('runsOnStored', () => {
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));
  for (const value of stored) {
    for (const site of ['example.com', 'other.org', 'example.com:8080']) {
      it(`${JSON.stringify(value)} on ${site}`, () => {
        expect(runsOnStored(value, site)).toBe(runsOn(parseSettings(value), site));
      });
    }
  }
});
