import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Locator, Page } from 'playwright-core';
import { LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

/** Evaluates one SPFx loc file (AMD `define([], factory)`) from the repository, as the workbench bundles it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loc files are untyped here; each test reads the keys it needs
function loc(file: string): any {
  const source = readFileSync(join(process.cwd(), file), 'utf8');
  let strings: unknown;
  runInNewContext(source, { define: (_deps: unknown, factory: () => unknown) => { strings = factory(); } });
  return strings;
}

/** English month abbreviations followed by a day or year: a date in the browser's language, not the page's. */
const ENGLISH_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d/;

const LANGUAGES = [
  { lang: 'fr-fr', culture: 'fr-FR', option: 'Français', highlyConfidential: 'Hautement confidentiel', member: 'Membre', oneRisk: / : 1 risque$/, manyRisks: / : \d+ risques$/ },
  { lang: 'es-es', culture: 'es-ES', option: 'Español', highlyConfidential: 'Altamente confidencial', member: 'Miembro', oneRisk: /: 1 riesgo$/, manyRisks: /: \d+ riesgos$/ }
] as const;

/** Stored choice values whose label differs in `lang`: none of them may show in that language. */
function englishChoices(lang: string, ...sets: string[]): string[] {
  const en = loc('src/loc/en-us.js').Choices as Record<string, Record<string, string>>;
  const other = loc(`src/loc/${lang}.js`).Choices as Record<string, Record<string, string>>;
  return sets.flatMap((set) => Object.keys(en[set]).filter((value) => other[set][value] !== value));
}

/** Fails if any of `values` is a whole cell (or line) of `text`. */
function assertNoneOf(text: string, values: readonly string[], where: string): void {
  const cells = new Set(text.split(/[\t\n]/).map((cell) => cell.trim()));
  assert.deepEqual(values.filter((value) => cells.has(value)), [], `English values in ${where}`);
}

async function webPart(page: Page, name: string, culture: string): Promise<Locator> {
  const region = page.getByRole('region', { name, exact: true });
  assert.equal(await region.getAttribute('lang'), culture, `lang of ${name}`);
  return region;
}

describe('French and Spanish in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(150);
  });
  after(async () => {
    await harness?.close();
  });

  for (const language of LANGUAGES) {
    const shared = loc(`src/loc/${language.lang}.js`);
    it(`the language switch reloads the page in ${language.option}, and every web part speaks it (${language.lang})`, async () => {
      const { page, context, errors } = await harness.signedIn(LEAD);
      await page.goto(harness.workbench.pageUrl);
      await page.getByRole('radiogroup', { name: 'Language' }).getByRole('radio', { name: language.option }).check({ force: true });
      await page.waitForURL((url) => url.searchParams.get('lang') === language.lang);
      assert.equal(await page.evaluate(() => document.documentElement.lang), language.culture);

      // Data Inventory: sensitivity labels, scores with a decimal comma, dates in the page's language.
      const inventory = await webPart(page, 'Data Inventory', language.culture);
      const grid = inventory.getByRole('grid');
      await grid.getByRole('row').nth(1).waitFor();
      await grid.getByText(language.highlyConfidential, { exact: true }).first().waitFor();
      const inventoryText = await grid.innerText();
      assertNoneOf(inventoryText, englishChoices(language.lang, 'Sensitivity', 'AssetType', 'Domain'), 'the inventory grid');
      assert.match(inventoryText, /\b\d{1,3},\d\b/, 'a score with a decimal comma');
      assert.doesNotMatch(inventoryText, /\b\d{1,3}\.\d\b/, 'no score with a decimal point');
      assert.doesNotMatch(inventoryText, ENGLISH_DATE);
      const options = await inventory.getByRole('combobox', { name: shared.Fields.declaredSensitivity }).evaluate(async (box) => {
        (box as HTMLElement).click();
        await new Promise((resolve) => setTimeout(resolve, 300));
        return Array.from(document.querySelectorAll('[role="listbox"] [role="option"]')).map((o) => o.textContent ?? '');
      });
      await page.keyboard.press('Escape');
      assert.ok(options.some((o) => o.includes(language.highlyConfidential)), `sensitivity filter options: ${options.join(' | ')}`);

      // Health Scorecard: percentages and scores in the page's culture.
      const scorecard = await webPart(page, 'Data Health Scorecard', language.culture);
      const classified = scorecard.locator('[data-tile="classified"] dd').first();
      await classified.waitFor();
      assert.match(await classified.innerText(), /^\d{1,3}(,\d)?\u00a0%$/, 'a percentage as the culture writes it');
      assert.doesNotMatch(await scorecard.innerText(), /\b\d{1,3}\.\d%/);

      // AI Registry: tiers translated, dates in the page's language.
      const registry = await webPart(page, 'AI Registry', language.culture);
      await registry.getByRole('grid').getByRole('row').nth(1).waitFor();
      const registryText = await registry.getByRole('grid').innerText();
      assert.ok(registryText.includes(loc(`src/webparts/aiRegistry/loc/${language.lang}.js`).Tiers.high), 'the high-risk tier in words');
      assertNoneOf(registryText, ['High risk', 'Prohibited', 'Unverified'], 'the AI register');
      assert.doesNotMatch(registryText, ENGLISH_DATE);

      // Ownership Approvals and Access Reviews: headings and entitlements in the page's language.
      const approvals = await webPart(page, 'Ownership Approvals', language.culture);
      await approvals.getByRole('heading', { name: loc(`src/webparts/ownershipApprovals/loc/${language.lang}.js`).ApprovalsTitle }).waitFor();
      const reviews = await webPart(page, 'Access Reviews', language.culture);
      await reviews.getByText(`, ${language.member}`).first().waitFor();
      assert.doesNotMatch(await reviews.innerText(), /, (Member|Owner)$/m);

      // Risk Register: categories, statuses and treatments translated; a cell of one risk says "1 risque"/"1 riesgo".
      const risks = await webPart(page, 'Risk Register', language.culture);
      const cells = risks.locator('button[data-cell]');
      await cells.first().waitFor();
      const counts = await cells.evaluateAll((buttons) => buttons.map((b) => Number(b.querySelector('span > span')?.textContent)));
      const one = counts.indexOf(1);
      const many = counts.findIndex((n) => n > 1);
      assert.ok(one >= 0 && many >= 0, `counts: ${counts.join(',')}`);
      await cells.nth(one).click();
      assert.match(await risks.getByRole('heading', { level: 3 }).innerText(), language.oneRisk);
      await cells.nth(many).click();
      assert.match(await risks.getByRole('heading', { level: 3 }).innerText(), language.manyRisks);
      await risks.getByRole('tab', { name: loc(`src/webparts/riskRegister/loc/${language.lang}.js`).TabRegister }).click();
      const riskGrid = risks.getByRole('grid');
      await riskGrid.getByRole('row').nth(1).waitFor();
      const riskText = await riskGrid.innerText();
      assertNoneOf(riskText, englishChoices(language.lang, 'RiskCategory', 'RiskStatus', 'RiskTreatment'), 'the risk grid');
      assert.ok(riskText.includes(shared.Choices.RiskStatus.Open), 'the status "Open" in words');

      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
