import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('./fake-browser')).fakeBrowser(),
}));

const { DEFAULT_SETTINGS, runsOn } = await import('../../../extension/platform/settings');
const { normaliseSite, siteSwitchPatch } = await import('../../../extension/platform/sites');

describe('the site switch', () => {
  const everywhere = { ...DEFAULT_SETTINGS, disabledSites: ['other.example'] };
  const onlyListed = {
    ...DEFAULT_SETTINGS,
    siteMode: 'only-listed' as const,
    enabledSites: ['news.example.com', 'other.example'],
  };

  it.each([
    ['everywhere', everywhere],
    ['only-listed', onlyListed],
  ])('turns a site off and on again in %s mode', (_, settings) => {
    const off = { ...settings, ...siteSwitchPatch(settings, 'news.example.com', false) };
    expect(runsOn(off, 'news.example.com')).toBe(false);
    expect(runsOn(off, 'other.example')).toBe(runsOn(settings, 'other.example'));
    const on = { ...off, ...siteSwitchPatch(off, 'news.example.com', true) };
    expect(runsOn(on, 'news.example.com')).toBe(true);
    expect(runsOn(on, 'other.example')).toBe(runsOn(settings, 'other.example'));
  });

  it('never lists a site twice', () => {
    const patch = siteSwitchPatch(
      { ...everywhere, disabledSites: ['a.example'] },
      'a.example',
      false,
    );
    expect(patch.disabledSites).toEqual(['a.example']);
  });

  it('turning on in only-listed mode also lifts an off-site entry', () => {
    const settings = { ...onlyListed, enabledSites: [], disabledSites: ['a.example'] };
    const on = { ...settings, ...siteSwitchPatch(settings, 'a.example', true) };
    expect(runsOn(on, 'a.example')).toBe(true);
  });
});

describe('normaliseSite', () => {
  it.each([
    ['news.example.com', 'news.example.com'],
    ['  News.Example.COM ', 'news.example.com'],
    ['https://news.example.com/world/article?x=1', 'news.example.com'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['http://127.0.0.1:8080/demo/', '127.0.0.1'],
  ])('reads %j as %j', (input, site) => expect(normaliseSite(input)).toBe(site));

  it.each([[''], ['   '], ['not a site'], ['http://'], ['a b.com']])('rejects %j', (input) =>
    expect(normaliseSite(input)).toBeNull(),
  );
});
