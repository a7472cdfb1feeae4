import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

/** What a keyboard reaches: natively focusable elements and anything with a non-negative tabindex. */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), [data-is-focusable="true"]';

describe('Heat map, charts and the classification wizard (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(150);
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of ['light', 'dark', 'highContrast']) {
    it(`each heat map cell's count sits above its "inherent → residual" line (${theme})`, async () => {
      const { page, context, errors } = await harness.signedIn(LEAD);
      await page.goto(`${harness.workbench.pageUrl}?theme=${theme}`);
      const cells = page.getByRole('region', { name: 'Risk Register' }).locator('button[data-cell]');
      await cells.first().waitFor();
      const overlaps = await cells.evaluateAll((buttons) => buttons.flatMap((button) => {
        // The text's own boxes (a range's rectangle covers the glyphs' ascent and descent whatever the line height):
        // a 1.1px line height leaves the spans' boxes apart while the digits paint over the line below.
        const [count, line, level] = Array.from(button.querySelectorAll(':scope > span > span')).map((span) => {
          const range = document.createRange();
          range.selectNodeContents(span);
          return range.getBoundingClientRect();
        });
        const problems: string[] = [];
        if (count.bottom > line.top + 0.5) problems.push(`${button.getAttribute('data-cell')}: count ends at ${count.bottom}, line starts at ${line.top}`);
        if (line.bottom > level.top + 0.5) problems.push(`${button.getAttribute('data-cell')}: line ends at ${line.bottom}, level starts at ${level.top}`);
        const box = button.getBoundingClientRect();
        if (level.bottom > box.bottom) problems.push(`${button.getAttribute('data-cell')}: level spills out of its cell`);
        return problems;
      }));
      assert.equal(await cells.count(), 25);
      assert.deepEqual(overlaps, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('no chart exposes focusable parts inside role="img", and a focused donut slice shows a ring', async () => {
    const { page, context, errors } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    const scorecard = page.getByRole('region', { name: 'Data Health Scorecard' });
    await scorecard.getByText(/^Figures as of /).waitFor();
    await scorecard.locator('[data-chart-group] svg').first().waitFor();
    await page.waitForTimeout(1000);
    const inside = await page.evaluate((selector) => Array.from(document.querySelectorAll('[role="img"]')).flatMap((img) =>
      Array.from(img.querySelectorAll(selector)).map((el) => `${el.tagName.toLowerCase()} in ${img.outerHTML.slice(0, 80)}`)), FOCUSABLE);
    assert.deepEqual(inside, []);

    const slice = scorecard.locator('[data-chart-group] path[data-is-focusable="true"]').first();
    await slice.focus();
    const ring = await slice.evaluate((el) => {
      const style = getComputedStyle(el);
      return { stroke: style.stroke, width: style.strokeWidth, outline: style.outlineStyle };
    });
    assert.ok(ring.width === '3px' || ring.outline !== 'none', `focused slice: ${JSON.stringify(ring)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('closing the classification wizard returns focus to the button that opened it', async () => {
    const { page, context, errors } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    const registry = page.getByRole('region', { name: 'AI Registry' });
    const open = registry.getByRole('button', { name: /^Open details of / }).first();
    await open.waitFor();
    const title = (await open.getAttribute('aria-label'))!.replace(/^Open details of /, '');
    await open.click();
    const panel = page.getByRole('dialog', { name: title });
    const opener = panel.locator('[data-classify]');
    await opener.waitFor();
    await opener.click();
    const wizard = page.getByRole('dialog', { name: `Classify ${title}` });
    await wizard.getByRole('heading', { name: 'Your role' }).waitFor();
    await wizard.getByRole('button', { name: 'Cancel' }).click();
    await wizard.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-classify') === true, undefined, { timeout: 5000 })
      .catch(() => undefined);
    const focused = await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent ?? ''} ${document.activeElement?.getAttribute('aria-label') ?? ''}`);
    assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute('data-classify') === true), `focus went to: ${focused}`);

    // Keyboard only: Enter opens the wizard again from the focused button, Escape closes it, focus comes back.
    await page.keyboard.press('Enter');
    await wizard.getByRole('heading', { name: 'Your role' }).waitFor();
    await page.keyboard.press('Escape');
    await wizard.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-classify') === true, undefined, { timeout: 5000 });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
