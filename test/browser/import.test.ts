/**
 * The rollout kit in the workbench (headless Chromium): download the template, import a file with bad rows, read
 * the report, fix the rows and import again without duplicates.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Download, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/universal';
import { inventoryHeaders } from '../../src/data/spreadsheet/writeSpreadsheet';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { eq } from '../../src/data/odata/filter';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { ADMIN, FOCAL_POINT, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const custodian = DEMO_USERS.find((u) => u.role === 'custodian')!;
const HEADER = 'External ID;Title;Mission;Asset type;Location;Custodian;Last reviewed';
const GOOD = [
  `RK-1;Rollout register;Chile;Database;https://contoso.sharepoint.com/sites/rk;${custodian.email};2026-01-15`,
  // Chromium runs in en-US here: a date in the user's locale order (month first) is accepted beside ISO dates.
  'RK-2;"Beneficiary list; phase ""two""";Chile;spreadsheet;;;01/15/2026',
  'RK-3;=SUM(A1:A9);Chile;;;;'
];
const BAD = ['RK-4;Bad choice;Chile;Spaceship;;;', 'RK-5;Bad link;Chile;Dataset;javascript:alert(1);;'];
const FIXED = ['RK-4;Bad choice;Chile;API;;;', 'RK-5;Bad link;Chile;Dataset;https://contoso.sharepoint.com/sites/ok;;'];

function csvFile(lines: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return { name: 'rollout.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${[HEADER, ...lines].join('\r\n')}`, 'utf8') };
}

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

async function importThroughWizard(page: Page, lines: string[], expectedToWrite: number): Promise<string> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Import records from a spreadsheet' });
  await wizard.getByLabel('Spreadsheet to import').setInputFiles(csvFile(lines));
  await wizard.getByRole('heading', { name: 'Step 2 of 5: match the columns' }).waitFor();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByRole('heading', { name: 'Step 3 of 5: check the rows' }).waitFor();
  await wizard.getByRole('button', { name: `Import ${expectedToWrite} rows` }).click();
  await wizard.getByRole('heading', { name: 'Step 5 of 5: report' }).waitFor({ timeout: 60000 });
  const download = await downloadFrom(page, () => wizard.getByRole('button', { name: 'Download the report (CSV)' }).click());
  const report = readFileSync((await download.path())!, 'utf8');
  await wizard.getByRole('button', { name: 'Close' }).first().click();
  return report;
}

describe('rollout kit in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(200);
  });

  after(async () => {
    await harness?.close();
  });

  it('downloads the xlsx template with the schema columns and the allowed values', async () => {
    const { page, context, errors } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    await page.getByRole('button', { name: 'Download template' }).click();
    const download = await downloadFrom(page, () => page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).click());
    assert.match(download.suggestedFilename(), /^data-inventory-template-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = await readXlsxFile(new Blob([readFileSync((await download.path())!)]));
    assert.deepEqual(sheets.map((s) => s.sheet), ['Data assets', 'Allowed values']);
    assert.deepEqual(sheets[0].data[0], inventoryHeaders());
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('says every row has problems, not "up to date", when a file has only bad rows', async () => {
    const { page, context, errors } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Import records from a spreadsheet' });
    await wizard.getByLabel('Spreadsheet to import').setInputFiles(csvFile(BAD));
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByText('Nothing to write: all 2 rows have problems.', { exact: false }).waitFor();
    assert.equal(await wizard.getByText(/already up to date or skipped/).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('imports a file with bad rows, reports them precisely, and a fixed file finishes without duplicates', async () => {
    const { page, context, errors } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    const assets = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN })).dataAssets;
    const before = await assets.count();

    const first = await importThroughWizard(page, [...GOOD, ...BAD], 3);
    const lines = first.replace(/^\ufeff/, '').trim().split(/\r\n/);
    assert.equal(lines[0], 'Row,Outcome,Record,Problem');
    // RK-1 names a custodian: the report says they were asked to confirm.
    assert.match(lines[1], /^2,Created,http:\/\/127\.0\.0\.1:\d+\/sites\/governance\/Lists\/DataAssets\/DispForm\.aspx\?ID=\d+,The custodian was asked to confirm\.$/);
    assert.match(lines[4], /^5,Not imported: problems in the row,,"?Asset type does not accept ""Spaceship""/);
    assert.match(lines[5], /^6,Not imported: problems in the row,,Location \(web address\): this kind of link is not allowed/);
    assert.equal(await assets.count(), before + 3);

    const formula = (await assets.page({ filter: eq('ExternalId', 'RK-3') })).items[0];
    assert.equal(formula.title, '=SUM(A1:A9)', 'a formula cell is stored as its text');
    const withCustodian = (await assets.page({ filter: eq('ExternalId', 'RK-1') })).items[0];
    assert.equal(withCustodian.custodian?.email, custodian.email);
    assert.equal(withCustodian.region, 'South America');

    const second = await importThroughWizard(page, [...GOOD, ...FIXED], 2);
    const outcomes = second.replace(/^\ufeff/, '').trim().split(/\r\n/).slice(1).map((l) => l.split(',')[1]);
    assert.deepEqual(outcomes, ['Up to date', 'Up to date', 'Up to date', 'Created', 'Created']);
    assert.equal(await assets.count(), before + 5, 'no duplicates after the second run');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
