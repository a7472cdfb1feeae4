/**
 * Spreadsheet bombs uploaded in the workbench (headless Chromium, issue 22 section 6): the wizard answers each with
 * its own message within 2 seconds, and the page stays responsive. Files are read in a worker started from a blob URL;
 * under a content security policy that refuses blob: workers the page reads them itself. The files are generated here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { inventoryHeaders, toXlsx, XLSX_MIME } from '../../src/data/spreadsheet/writeSpreadsheet';
import { giantSharedString, sheetOfRows, workbookParts, writeZip } from '../integration/support/zipWriter';
import { FOCAL_POINT, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const REFUSAL_MS = 2000;

/** The URLs of the workers the page starts from now on. */
function watchWorkers(page: Page): string[] {
  const urls: string[] = [];
  page.on('worker', (worker) => urls.push(worker.url()));
  return urls;
}

async function workbookOfRows(count: number): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const headers = inventoryHeaders();
  const rows = Array.from({ length: count }, (_, i) => headers.map((h) => `${h} ${i}`));
  const blob = await toXlsx(headers, rows, { data: 'Data assets', choices: 'Allowed values' });
  return { name: 'inventory.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(await blob.arrayBuffer()) };
}

describe('spreadsheet bombs in the import wizard (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(20);
  });

  after(async () => {
    await harness?.close();
  });

  const bombs: { label: string; bytes: () => Uint8Array; message: RegExp }[] = [
    { label: 'a sheet of 1,000,000 rows', bytes: () => writeZip(workbookParts(sheetOfRows(1_000_000))), message: /The first sheet has more than 25,?000 rows/ },
    {
      label: 'a 200 MB shared string',
      bytes: () => {
        const { sheet, sharedStrings } = giantSharedString(200 * 1024 * 1024);
        return writeZip(workbookParts(sheet, sharedStrings));
      },
      message: /A cell holds more than 32,?767 characters/
    }
  ];

  it('still reads a workbook written by the suite, in a worker (the guard passes it in the browser too)', async () => {
    const { page, context, errors } = await harness.signedIn(FOCAL_POINT);
    const workers = watchWorkers(page);
    await page.goto(harness.workbench.pageUrl);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Import records from a spreadsheet' });
    await wizard.getByLabel('Spreadsheet to import').setInputFiles(await workbookOfRows(2000));
    await wizard.getByRole('heading', { name: 'Step 2 of 5: match the columns' }).waitFor({ timeout: 30000 });
    // Chromium may report a worker target more than once; what counts is that the file was read in one, from a blob URL.
    assert.ok(workers.length > 0, 'a worker read the file');
    for (const url of workers) assert.match(url, /^blob:http:\/\/127\.0\.0\.1:\d+\//, 'started from a blob URL of the page');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reads the workbook on the page when its security policy refuses blob: workers', async () => {
    const { page, context, errors } = await harness.signedIn(FOCAL_POINT);
    const workers = watchWorkers(page);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/.test(message.text())) violations.push(message.text());
    });
    // A policy like a tenant's that allows only same-origin workers: the blob: worker is refused.
    await page.route(harness.workbench.pageUrl, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "worker-src 'self'" } });
    });
    await page.goto(harness.workbench.pageUrl);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Import records from a spreadsheet' });
    await wizard.getByLabel('Spreadsheet to import').setInputFiles(await workbookOfRows(200));
    await wizard.getByRole('heading', { name: 'Step 2 of 5: match the columns' }).waitFor({ timeout: 30000 });
    assert.deepEqual(workers, [], 'no worker ran');
    assert.ok(violations.length > 0, 'the policy did refuse the worker');
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const bomb of bombs) {
    it(`answers ${bomb.label} with its own message within 2 seconds`, async (t) => {
      const { page, context, errors } = await harness.signedIn(FOCAL_POINT);
      const workers = watchWorkers(page);
      await page.goto(harness.workbench.pageUrl);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const wizard = page.getByRole('dialog', { name: 'Import records from a spreadsheet' });
      const file = { name: 'inventory.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(bomb.bytes()) };
      // The clock starts once the file is in the input: sending 7 MB to the browser over the DevTools protocol is the
      // test's cost, not the user's.
      await wizard.getByLabel('Spreadsheet to import').setInputFiles(file);
      const started = performance.now();
      await wizard.getByText(bomb.message).waitFor({ timeout: 30000 });
      const ms = performance.now() - started;
      t.diagnostic(`${bomb.label}: answered in ${Math.round(ms)} ms`);
      assert.ok(ms < REFUSAL_MS, `${bomb.label} was answered after ${Math.round(ms)} ms`);
      assert.equal(await page.evaluate(() => 1 + 1), 2, 'the page still answers');
      assert.ok(workers.length > 0, 'refused by the worker, off the page');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
