import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness';

describeInBrowsers('smoke', (suite) => {
  it('runs the content script on a fixture page', async () => {
    const { browser, server } = suite();
    const page = await browser.newPage();
    await page.goto(`${server.origin}/demo/cryptovest.html`);
    await page.waitFor(
      'the first annotation pass',
      () => performance.getEntriesByName('crosscheck:annotate').length > 0,
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('renders the popup', async () => {
    const { browser } = suite();
    const popup = await browser.openExtensionPage('extension/popup/index.html');
    await popup.waitFor('the popup to render', () =>
      Boolean(document.querySelector('[data-testid="popup"]')),
    );
    await popup.close();
  });
});
