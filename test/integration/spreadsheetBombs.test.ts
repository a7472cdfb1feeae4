/**
 * Hostile .xlsx files through the suite's own reader on Node 22 (issue 22, section 6): each is generated here,
 * must be refused within 2 seconds with its own code, and a legitimate 25,000-row file must still be read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_IMPORT_ROWS } from '../../src/core/import/limits';
import { readSpreadsheet, SpreadsheetError } from '../../src/data/spreadsheet/readSpreadsheet';
import { checkXlsx } from '../../src/data/spreadsheet/xlsxGuard';
import { inventoryHeaders, toXlsx } from '../../src/data/spreadsheet/writeSpreadsheet';
import { giantSharedString, sheetOfRows, workbookParts, writeZip } from './support/zipWriter';

/** Refusals must come well before a user gives up on a frozen page. */
const REFUSAL_MS = 2000;

/** Reads `bytes` as an upload and returns the refusal's code and how long it took. */
async function refusal(bytes: Uint8Array): Promise<{ code: string; ms: number }> {
  const started = performance.now();
  try {
    await readSpreadsheet(new Blob([bytes]), 'inventory.xlsx');
  } catch (error) {
    assert.ok(error instanceof SpreadsheetError, String(error));
    return { code: error.code, ms: performance.now() - started };
  }
  assert.fail('the file was read');
}

function assertRefused(result: { code: string; ms: number }, code: string): void {
  assert.equal(result.code, code);
  assert.ok(result.ms < REFUSAL_MS, `${code} took ${Math.round(result.ms)} ms`);
}

describe('spreadsheet bombs', () => {
  it('refuses a sheet of 1,000,000 rows (under 10 MB packed) as too many rows, within 2 seconds', async () => {
    const bytes = writeZip(workbookParts(sheetOfRows(1_000_000)));
    assert.ok(bytes.length < 10 * 1024 * 1024, `the bomb is ${bytes.length} bytes`);
    assertRefused(await refusal(bytes), 'sheetTooManyRows');
  });

  it('counts rows exactly: 25,001 rows (header + 25,000) pass the guard, 25,002 do not', async () => {
    assert.equal(await checkXlsx(writeZip(workbookParts(sheetOfRows(MAX_IMPORT_ROWS + 1)))), undefined);
    assert.equal((await checkXlsx(writeZip(workbookParts(sheetOfRows(MAX_IMPORT_ROWS + 2)))))?.code, 'sheetTooManyRows');
  });

  it('holds to the row limit the sheet the reader reads (the first in the workbook), not a longer sheet after it', async () => {
    const small = sheetOfRows(10);
    const long = sheetOfRows(MAX_IMPORT_ROWS + 100);
    assert.equal(await checkXlsx(writeZip(workbookParts(small, undefined, { sheet: long, secondFirst: false }))), undefined);
    assert.equal((await checkXlsx(writeZip(workbookParts(small, undefined, { sheet: long, secondFirst: true }))))?.code, 'sheetTooManyRows');
  });

  it('refuses a 200 MB shared string as a cell too large, within 2 seconds', async () => {
    const { sheet, sharedStrings } = giantSharedString(200 * 1024 * 1024);
    const bytes = writeZip(workbookParts(sheet, sharedStrings));
    assertRefused(await refusal(bytes), 'cellTooLarge');
  });

  it('refuses a cell of 40,000 characters that fits every size limit', async () => {
    const { sheet, sharedStrings } = giantSharedString(40_000 * 6);
    assert.equal((await checkXlsx(writeZip(workbookParts(sheet, sharedStrings))))?.code, 'cellTooLarge');
    const fits = giantSharedString(32_767);
    assert.equal(await checkXlsx(writeZip(workbookParts(fits.sheet, fits.sharedStrings))), undefined);
  });

  it('refuses a central directory that declares a small sheet over a large one, within 2 seconds', async () => {
    const parts = workbookParts(sheetOfRows(1_000_000)).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, declaredSize: 4096 } : p));
    assertRefused(await refusal(writeZip(parts)), 'zipMalformed');
    const larger = workbookParts(sheetOfRows(10)).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, declaredSize: p.data.length + 1000 } : p));
    assertRefused(await refusal(writeZip(larger)), 'zipMalformed');
  });

  it('refuses a sheet whose declared unpacked size is beyond the limits without inflating it', async () => {
    const parts = workbookParts(sheetOfRows(10)).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, declaredSize: 900 * 1024 * 1024 } : p));
    assertRefused(await refusal(writeZip(parts)), 'workbookTooLarge');
  });

  it('refuses ZIP64 markers (sizes or entry count) as too large', async () => {
    const sized = workbookParts(sheetOfRows(10)).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, declaredSize: 0xffffffff } : p));
    assertRefused(await refusal(writeZip(sized)), 'workbookTooLarge');
    assertRefused(await refusal(writeZip(workbookParts(sheetOfRows(10)), { zip64Count: true })), 'workbookTooLarge');
  });

  it('refuses a truncated zip as damaged and a text file renamed .xlsx as a wrong format', async () => {
    const whole = writeZip(workbookParts(sheetOfRows(10)));
    assertRefused(await refusal(whole.subarray(0, whole.length - 30)), 'zipMalformed');
    assertRefused(await refusal(new Uint8Array(Buffer.from('Title,Mission\nA,Chile\n'))), 'wrongFormat');
  });

  it('still reads a legitimate 25,000-row, 21-column workbook written by the suite', async () => {
    const headers = inventoryHeaders();
    assert.equal(headers.length, 21);
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => headers.map((_h, j) => `Registre des réfugiés ${i}-${j}`));
    const blob = await toXlsx(headers, rows, { data: 'Data assets', choices: 'Allowed values' });
    const started = performance.now();
    assert.equal(await checkXlsx(new Uint8Array(await blob.arrayBuffer())), undefined);
    const guardMs = performance.now() - started;
    const reading = performance.now();
    const table = await readSpreadsheet(blob, 'inventory.xlsx');
    const readMs = performance.now() - reading;
    assert.equal(table.rows.length, MAX_IMPORT_ROWS);
    assert.deepEqual(table.rows[MAX_IMPORT_ROWS - 1].slice(0, 2), [`Registre des réfugiés ${MAX_IMPORT_ROWS - 1}-0`, `Registre des réfugiés ${MAX_IMPORT_ROWS - 1}-1`]);
    // Compared with the read itself (which runs the guard again) rather than a fixed time: a busy machine slows both.
    assert.ok(guardMs < readMs, `the guard took ${Math.round(guardMs)} ms on a legitimate file, the whole read ${Math.round(readMs)} ms`);
  });
});
