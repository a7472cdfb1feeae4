/** The workbench works offline: Fluent's icon font comes from the installed package, not the Office CDN. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FOCAL_POINT, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

describe('workbench icon font (headless Chromium, no network beyond the workbench)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(40);
  });

  after(async () => {
    await harness?.close();
  });

  it('loads the icon font from the workbench, so icons are glyphs rather than empty boxes', async () => {
    const { page, context, errors } = await harness.signedIn(FOCAL_POINT);
    const fontRequests: string[] = [];
    page.on('requestfinished', (request) => {
      if (/fabric-icons.*\.woff/.test(request.url())) fontRequests.push(request.url());
    });
    await page.goto(harness.workbench.pageUrl);
    await page.getByRole('button', { name: 'New record' }).waitFor();
    await page.waitForFunction(() => Array.from(document.fonts).some((f) => f.family.includes('FabricMDL2Icons') && f.status === 'loaded'));
    assert.ok(fontRequests.length > 0 && fontRequests.every((url) => url.startsWith(new URL(harness.workbench.pageUrl).origin)), 'font files come from the workbench');
    const icon = page.getByRole('button', { name: 'New record' }).locator('i[data-icon-name]');
    const glyph = await icon.evaluate((el) => ({ text: el.textContent ?? '', width: el.getBoundingClientRect().width }));
    assert.ok(glyph.text.length > 0 && glyph.width > 0, 'the Add icon has a glyph');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
