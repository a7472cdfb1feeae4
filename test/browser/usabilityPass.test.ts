/**
 * Issue 24's last points as a user checks them, in the light and dark themes (headless Chromium): AI risk tiers as
 * badges, the import template's example row ignored, compact column matching at 390 and 1,280 px, no console error
 * for an e-mail nobody knows, and the new-record form without "Set by the suite" fields. Screenshots go to a
 * temporary folder (printed) for a person to look at; they are not kept in the repository.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { FOCAL_POINT, LEAD, startBrowserHarness, type BrowserHarness, downloadFromMenu } from './support/browserHarness';
import { describeFindings, seriousFindings } from './support/axe';

const THEMES = ['light', 'dark'] as const;
const SHOTS = mkdtempSync(join(tmpdir(), 'usability-shots-'));

/** Console errors besides uncaught ones: a failed request (such as an ensureuser 404) shows up here. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

async function shot(target: Page | Locator, name: string): Promise<void> {
  // A panel caught while it fades in looks see-through: let Fluent's opening animation (under 0.5 s) end first.
  await new Promise((resolve) => setTimeout(resolve, 700));
  await target.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
}

/** WCAG contrast ratio of two computed `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string): number => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function inventory(page: Page): Locator {
  return page.getByRole('region', { name: 'Data Inventory' });
}

async function openWizard(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
  await inventory(page).getByRole('button', { name: 'Import', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Import records from a spreadsheet' });
  await wizard.getByText('is never imported', { exact: false }).waitFor();
  await wizard.getByLabel('Spreadsheet to import').setInputFiles(file);
  await wizard.getByRole('heading', { name: 'Step 2 of 5: match the columns' }).waitFor();
  return wizard;
}

/** The column a mapping dropdown shows (its caret icon is a glyph of the icon font, left out). */
async function chosen(dropdown: Locator): Promise<string> {
  return (await dropdown.locator('.ms-Dropdown-title').innerText()).trim();
}

describe('usability pass (issue 24): badges, import template, column matching, people, new record', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(200);
    console.log(`screenshots: ${SHOTS}`);
  });

  after(async () => {
    await harness?.close();
  });

  for (const theme of [...THEMES, 'highContrast'] as const) {
    it(`AI risk tiers are badges with their name, Prohibited set apart (${theme})`, async () => {
      const { context, page, errors } = await harness.signedIn(LEAD);
      await page.goto(`${harness.workbench.pageUrl}?theme=${theme}`);
      const registry = page.getByRole('region', { name: 'AI Registry' });
      const grid = registry.getByRole('grid', { name: 'AI systems' });
      await grid.getByRole('row').nth(1).waitFor();
      const badges = grid.locator('[data-severity]');
      await badges.first().waitFor();
      const seen = await badges.evaluateAll((nodes) => nodes.map((n) => {
        const style = getComputedStyle(n);
        return { kind: n.getAttribute('data-kind'), text: n.textContent, background: style.backgroundColor, color: style.color, border: style.borderTopColor, width: style.borderTopWidth };
      }));
      const names: Record<string, string> = { prohibited: 'Prohibited', high: 'High risk', limited: 'Limited risk (transparency)', minimal: 'Minimal risk', unclassified: 'Not classified' };
      for (const badge of seen) assert.equal(badge.text, names[badge.kind ?? ''], 'the tier keeps its localised name');
      const byKind = new Map(seen.map((b) => [b.kind, b]));
      assert.ok(byKind.has('prohibited') && byKind.has('high'), `the seed shows prohibited and high-risk systems: ${Array.from(byKind.keys()).join(', ')}`);
      const prohibited = byKind.get('prohibited')!;
      const high = byKind.get('high')!;
      if (theme === 'highContrast') {
        // The theme's own two colours: the text and a border carry the tier.
        assert.ok(contrast(prohibited.color, prohibited.background) >= 7, 'high contrast keeps full contrast');
        assert.notEqual(prohibited.width, high.width, 'Prohibited has the heavier border');
      } else {
        assert.notEqual(prohibited.background, high.background, 'Prohibited does not look like High risk');
        for (const badge of byKind.values()) {
          assert.ok(contrast(badge.color, badge.background === 'rgba(0, 0, 0, 0)' ? (theme === 'dark' ? 'rgb(31, 31, 31)' : 'rgb(255, 255, 255)') : badge.background) >= 4.5, `${badge.kind} text is readable on its badge (${badge.color} on ${badge.background})`);
        }
      }
      await shot(registry, `ai-tiers-${theme}`);
      const gridFindings = await seriousFindings(grid);
      assert.deepEqual(gridFindings, [], describeFindings(`AI register, ${theme}`, gridFindings));

      // The details panel shows the same badge.
      await grid.getByRole('button', { name: /^Open details of / }).first().click();
      const panel = page.getByRole('dialog').filter({ has: page.getByTestId('details-tier') });
      await panel.getByTestId('details-tier').locator('[data-severity]').waitFor();
      await shot(page, `ai-details-tier-${theme}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  for (const theme of THEMES) {
    it(`the CSV template imported unchanged: compact column matching, its example row named as ignored, nothing written (${theme})`, async () => {
      const { context, page, errors } = await harness.signedIn(FOCAL_POINT);
      const logged = consoleErrors(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${harness.workbench.pageUrl}?theme=${theme}`);
      const download = await downloadFromMenu(inventory(page).getByRole('button', { name: 'Download template' }), 'CSV (UTF-8)');
      const template = readFileSync((await download.path())!);
      assert.match(template.toString('utf8').split('\r\n')[1], /^"?Example: /, 'the template has a marked example row');

      const wizard = await openWizard(page, { name: 'template.csv', mimeType: 'text/csv', buffer: template });
      const mapping = wizard.getByRole('table', { name: 'Which column of the file fills each field' });
      await mapping.waitFor();
      assert.equal(await mapping.getByRole('combobox').count(), 21, 'one row per field');
      const title = mapping.getByRole('combobox', { name: 'Column of the file for Title (required)' });
      assert.equal(await chosen(title), 'Title', 'the template\'s column is matched by name');
      assert.ok(await mapping.getByRole('rowheader', { name: /Title\s*Required/ }).isVisible(), 'required fields are marked in words');
      const tall = (await mapping.boundingBox())!.height;
      assert.ok(tall < 21 * 50, `the table is compact (${tall} px for 21 fields)`);
      await shot(page, `import-mapping-1280-${theme}`);
      const mappingFindings = await seriousFindings(mapping);
      assert.deepEqual(mappingFindings, [], describeFindings(`column matching, ${theme}`, mappingFindings));

      // Keyboard: arrow keys change a field's column, and never take a column another field uses.
      const description = mapping.getByRole('combobox', { name: 'Column of the file for Description' });
      await title.focus();
      await page.keyboard.press('ArrowUp');
      assert.equal(await chosen(title), '(none)');
      await wizard.getByText('No column fills these required fields: Title.').waitFor();
      await page.keyboard.press('ArrowDown');
      assert.equal(await chosen(title), 'Title');
      // Every other column is used: the arrow skips them (Fluent wraps round to "(none)") and takes none away.
      await page.keyboard.press('ArrowDown');
      assert.equal(await chosen(description), 'Description', 'no field lost its column');
      await page.keyboard.press('Alt+ArrowDown');
      const used = page.getByRole('option', { name: 'Description (used for Description)' });
      assert.equal(await used.getAttribute('aria-disabled'), 'true', 'a used column is offered disabled, naming its field');
      await page.getByRole('option', { name: 'Title', exact: true }).click();
      assert.equal(await chosen(title), 'Title');

      // Teams width: no column of the table runs past the screen.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(300);
      const overflow = await mapping.evaluate((table) => {
        const right = Math.max(...Array.from(table.querySelectorAll('[role="combobox"]')).map((c) => c.getBoundingClientRect().right));
        return { right, width: window.innerWidth, scroll: table.scrollWidth - table.clientWidth };
      });
      assert.ok(overflow.right <= overflow.width && overflow.scroll <= 1, `fits 390 px: ${JSON.stringify(overflow)}`);
      await shot(page, `import-mapping-390-${theme}`);
      await page.setViewportSize({ width: 1280, height: 900 });

      await wizard.getByRole('button', { name: 'Next' }).click();
      await wizard.getByRole('heading', { name: 'Step 3 of 5: check the rows' }).waitFor();
      await wizard.getByText('Row 2 is the template\'s example row (its Title starts with "Example:"): it is ignored.').waitFor();
      await wizard.getByText('Nothing to write: the file holds only the template\'s example row', { exact: false }).waitFor();
      assert.equal(await wizard.getByRole('table', { name: 'Problems to fix in the file' }).count(), 0, 'the example row is not a problem');
      assert.ok(await wizard.getByRole('button', { name: 'Import 0 rows' }).isDisabled());
      await shot(page, `import-example-ignored-${theme}`);
      assert.deepEqual([...errors, ...logged], []);
      await context.close();
    });
  }

  it('an e-mail nobody knows gets its row message and no console error (no ensureuser 404)', async () => {
    const { context, page, errors } = await harness.signedIn(FOCAL_POINT);
    const logged = consoleErrors(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${harness.workbench.pageUrl}?theme=dark`);
    const csv = '\ufeffTitle;Mission;Custodian\r\nUnknown custodian survey;Chile;nobody.here@governance.example.org\r\nDirectory custodian survey;Chile;marta.kowalski@governance.example.org\r\n';
    const wizard = await openWizard(page, { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('heading', { name: 'Step 3 of 5: check the rows' }).waitFor();
    const problems = wizard.getByRole('table', { name: 'Problems to fix in the file' });
    await problems.getByText('no one on this site or in the organisation\'s directory matches "nobody.here@governance.example.org"', { exact: false }).waitFor();
    assert.equal(await problems.getByRole('row').count(), 2, 'one problem: the unknown person (the directory person resolves)');
    await shot(page, 'import-unknown-person-dark');
    const ensured = requests.filter((url) => /ensureuser/i.test(url));
    assert.equal(ensured.length, 1, `only the directory person is ensured: ${ensured.join(', ')}`);
    assert.deepEqual([...errors, ...logged], []);
    await context.close();
  });

  for (const theme of THEMES) {
    it(`the new-record form lists no "Set by the suite" fields (${theme})`, async () => {
      const { context, page, errors } = await harness.signedIn(FOCAL_POINT);
      await page.goto(`${harness.workbench.pageUrl}?theme=${theme}`);
      await inventory(page).getByRole('button', { name: 'New record' }).click();
      const form = page.getByRole('dialog', { name: 'New data asset' });
      await form.getByRole('textbox', { name: 'Title' }).waitFor();
      assert.equal(await form.getByText('Set by the suite').count(), 0);
      await shot(page, `new-record-${theme}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
