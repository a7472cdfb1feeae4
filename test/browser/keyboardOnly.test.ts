/**
 * Keyboard-only journeys (issue 22 part 2): after the page loads, nothing is clicked. Tab reaches the control, Enter
 * or Space uses it, Escape closes a layer, and focus lands where the next step needs it (the next card after a
 * decision, the opener after a dialog). Fluent's keyboard mode (focus rectangles drawn) must be on while tabbing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { eq } from '../../src/data/odata/filter';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { ADMIN, FOCAL_POINT, LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const CUSTODIAN = DEMO_USERS.find((u) => u.role === 'custodian')!;
/** The seeded access reviewer (see workbench/seed/seedAccessReviews.ts). */
const REVIEWER = DEMO_USERS.find((u) => u.role === 'reviewer')!;

/**
 * What a screen reader would announce first for the focused element: its aria-label, else its label (a field), else
 * its text (icon glyphs left out).
 */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const label = (element as HTMLInputElement | null)?.labels?.[0]?.innerText;
    return (element?.getAttribute('aria-label') ?? label ?? element?.innerText ?? '').replace(/[\uE000-\uF8FF]/g, '').trim();
  });
}

/** Waits for the focus to land on the element with that name (Fluent gives it back to a layer's opener a tick after closing). */
async function focusLandsOn(page: Page, name: string, timeoutMs: number = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let found = await focusedName(page);
  while (found !== name && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    found = await focusedName(page);
  }
  assert.equal(found, name, `focus lands on "${name}"`);
}

/** Whether this element has the focus. */
function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
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

/** Whether the focused element is inside the open dialog (or panel) with that accessible name. */
function focusInside(page: Page, dialogName: string): Promise<boolean> {
  return page.evaluate((name) => {
    const layer = [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')].find((d) => {
      const labelledBy = d.getAttribute('aria-labelledby');
      const label = d.getAttribute('aria-label') ?? (labelledBy ? document.getElementById(labelledBy)?.textContent : undefined);
      return label?.trim() === name;
    });
    return layer !== undefined && layer.contains(document.activeElement);
  }, dialogName);
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

  it('a lead opens "New risk" with Enter, Escape gives focus back, then fills and saves a risk with the keyboard', async () => {
    const { page, context, errors } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    const section = page.getByRole('region', { name: 'Risk register', exact: true });
    await section.getByText(/\d+ risks: \d+ open/).waitFor({ timeout: 60000 });
    await tabTo(page, /^New risk$/, 1000);
    assert.ok(await focusVisible(page), 'focus is drawn');

    // Opened and closed without a change: focus goes back to the command.
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'New risk' });
    // (Fluent's panel element itself has no box: its contents are what shows.)
    await panel.getByRole('textbox', { name: 'Title' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') !== null);
    assert.ok(await focusInside(page, 'New risk'), 'focus moves into the panel');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await focusLandsOn(page, 'New risk');

    // Again, this time typed in: a title, likelihood and impact 4 with the arrow keys, Save reached with Tab.
    await page.keyboard.press('Enter');
    await panel.getByRole('textbox', { name: 'Title' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') !== null);
    await tabTo(page, /^Title$/, 10);
    assert.ok(await focusVisible(page), 'focus is drawn in the panel');
    const title = `Keyboard-only risk ${Date.now()}`;
    await page.keyboard.type(title);
    const likelihood = panel.getByRole('combobox', { name: 'Likelihood (1-5)' });
    for (let i = 0; i < 6 && !(await isFocused(likelihood)); i++) await page.keyboard.press('Tab');
    assert.ok(await isFocused(likelihood), 'Tab reaches the likelihood');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    assert.ok(await isFocused(panel.getByRole('combobox', { name: 'Impact (1-5)' })), 'the impact is next');
    await page.keyboard.press('ArrowDown');
    await panel.getByTestId('score-preview').getByText(/Inherent 16 \(Critical\)/).waitFor();
    await tabTo(page, /^Save$/, 40);
    assert.ok(await focusInside(page, 'New risk'), 'Tab stays in the panel');
    await page.keyboard.press('Enter');
    await section.getByText('Risk saved.').waitFor();
    await panel.waitFor({ state: 'detached' });
    await focusLandsOn(page, 'New risk');

    const repositories = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const saved = (await repositories.risks.page({ top: 5, orderBy: [{ field: 'id', ascending: false }] })).items.find((r) => r.title === title);
    assert.equal(saved?.likelihood, 4);
    assert.equal(saved?.impact, 4);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a reviewer removes an access in the Teams tab with the keyboard: focus lands on the next card, the decision is stored', async () => {
    const { page, context, errors } = await harness.signedIn(REVIEWER.loginName);
    await page.goto(`${harness.workbench.pageUrl}?view=teams`);
    const reviews = page.getByRole('region', { name: 'Access Reviews' });
    await reviews.getByTestId('review-row').first().waitFor({ timeout: 60000 });
    const name = await tabTo(page, /^Remove: /);
    const label = name.replace(/^Remove: /, '');
    assert.ok(await focusVisible(page), 'focus is drawn');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Decision: Remove' });
    // The justification has the focus: typing is all it takes, Tab reaches Confirm.
    const justification = dialog.getByRole('textbox', { name: /Justification/ });
    await justification.waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    assert.ok(await isFocused(justification), 'the justification has the focus');
    const why = `Left the regional team (keyboard ${Date.now()}).`;
    await page.keyboard.type(why);
    await page.keyboard.press('Tab');
    assert.equal(await focusedName(page), 'Confirm');
    assert.ok(await focusVisible(page), 'focus is drawn in the dialog');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await reviews.getByRole('button', { name: `Remove: ${label}` }).waitFor({ state: 'detached' });
    // Focus lands on the card now in the decided one's place, ready for the next decision.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'review-row');
    assert.ok(await focusVisible(page), 'the focused card is drawn');

    const repositories = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const decisions = (await repositories.accessReviewDecisions.page({ filter: eq('Decision', 'Remove'), top: 500 })).items;
    const mine = decisions.filter((d) => d.author?.email === REVIEWER.email && d.justification === why);
    assert.equal(mine.length, 1, 'one Remove decision, authored by the reviewer');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a lead opens "Add Accountable" in the RACI matrix: the dialog traps Tab, Escape gives focus back', async () => {
    const { page, context, errors } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    const section = page.getByRole('region', { name: 'Governance roles', exact: true });
    await section.getByText('RACI matrix: Organisation').waitFor({ timeout: 60000 });
    const opener = await tabTo(page, /^Add Accountable for /, 1500);
    assert.ok(await focusVisible(page), 'focus is drawn');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: opener });
    // (Fluent's dialog element itself has no box: its contents are what shows.)
    await dialog.getByRole('button', { name: 'Cancel' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') !== null);
    assert.ok(await focusInside(page, opener), 'focus moves into the dialog');
    // Tab and Shift+Tab cycle through the dialog's controls and never leave it.
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      assert.ok(await focusInside(page, opener), `Tab ${i + 1} stays in the dialog`);
      seen.push(await focusedName(page));
    }
    // From the last control (Cancel) Tab goes back to the first.
    assert.equal(seen.filter((name) => name === 'Cancel').length, 2, `Tab cycles: ${seen.join(' → ')}`);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      assert.ok(await focusInside(page, opener), `Shift+Tab ${i + 1} stays in the dialog`);
    }
    assert.ok(await focusVisible(page), 'focus is drawn in the dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await focusLandsOn(page, opener);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
