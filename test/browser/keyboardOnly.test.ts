/**
 * Keyboard-only journeys (issue 22 part 2): after the page loads, nothing is clicked. Tab reaches the control, Enter
 * or Space uses it, Escape closes a layer, and focus lands where the next step needs it (the next card after a
 * decision, the opener after a dialog). Fluent's keyboard mode (focus rectangles drawn) must be on while tabbing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { FOCAL_POINT, LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const CUSTODIAN = DEMO_USERS.find((u) => u.role === 'custodian')!;

/** What a screen reader would announce first for the focused element: its aria-label, else its text (icon glyphs left out). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return (element?.getAttribute('aria-label') ?? element?.innerText ?? '').replace(/[\uE000-\uF8FF]/g, '').trim();
  });
}

/** Presses Tab until the focused element's name matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, name: RegExp, maxPresses: number = 400): Promise<string> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const found = await focusedName(page);
    if (name.test(found)) return found;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Fluent draws focus rectangles only in its keyboard mode, which a Tab press turns on. */
function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.closest('.ms-Fabric--isFocusVisible') !== null);
}

describe('Keyboard only (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(300);
  });

  after(async () => {
    await harness?.close();
  });

  it('a custodian approves in the Teams tab and lands on the next card\'s Approve', async () => {
    const { page, context, errors } = await harness.signedIn(CUSTODIAN.loginName);
    await page.goto(`${harness.workbench.pageUrl}?view=teams`);
    const approvals = page.getByRole('region', { name: 'Ownership Approvals' });
    await approvals.getByRole('listitem').first().waitFor();
    // A card's Approve names its record (the bulk 'Approve selected' comes first in the tab order).
    const first = (await tabTo(page, /^Approve (?!selected)/)).replace(/^Approve /, '');
    assert.ok(await focusVisible(page), 'focus is drawn');
    await page.keyboard.press('Enter');
    await approvals.getByText(`Approved: ${first}. Ownership status is now Confirmed.`).waitFor();
    await page.waitForFunction((done) => {
      const label = document.activeElement?.getAttribute('aria-label') ?? '';
      return label.startsWith('Approve ') && label !== done;
    }, `Approve ${first}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a focal point opens the Art. 30 print view from the command bar and Escape gives focus back', async () => {
    const { page, context, errors } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    const register = page.getByRole('region', { name: 'Privacy register', exact: true });
    await register.getByText(/\d+ processing activities shown/).waitFor({ timeout: 60000 });
    await tabTo(page, /^New processing activity$/);
    // A command bar is one tab stop; its commands are reached with the arrow keys.
    for (let i = 0; i < 6 && (await focusedName(page)) !== 'Print view'; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await focusedName(page), 'Print view');
    await page.keyboard.press('Enter');
    const view = page.getByRole('dialog', { name: 'Record of processing activities (GDPR Art. 30)' });
    await view.waitFor();
    assert.equal(await focusedName(page), 'Close', 'focus starts on Close');
    assert.ok(await view.getByRole('article').count() > 0, 'the register is in the view');
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
    assert.equal(await focusedName(page), 'Print view', 'focus is back on the opener');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a lead shows a scorecard chart\'s table with Enter and hides it with Space', async () => {
    const { page, context, errors } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    const scorecard = page.getByRole('region', { name: 'Data Health Scorecard' });
    await scorecard.getByText(/^Figures as of /).waitFor();
    const name = await tabTo(page, /^Show table: /);
    const caption = name.replace(/^Show table: /, '');
    assert.ok(await focusVisible(page), 'focus is drawn');
    await page.keyboard.press('Enter');
    await scorecard.getByRole('table', { name: caption, exact: true }).waitFor();
    assert.equal(await focusedName(page), `Hide table: ${caption}`);
    await page.keyboard.press('Space');
    await scorecard.getByRole('table', { name: caption, exact: true }).waitFor({ state: 'hidden' });
    assert.equal(await focusedName(page), `Show table: ${caption}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
