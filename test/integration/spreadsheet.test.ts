/** Spreadsheet adapters (papaparse, read-excel-file, write-excel-file) with nasty files, in Node 22. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { autoMatchColumns, checkRows, isExampleRow, type RowContext } from '../../src/core/import';
import type { DataAsset } from '../../src/core/models/dataAsset';
import readXlsxFile from 'read-excel-file/universal';
import { readSpreadsheet, SpreadsheetError } from '../../src/data/spreadsheet/readSpreadsheet';
import { inventoryExport, inventoryHeaders, inventoryTemplate, toCsvText } from '../../src/data/spreadsheet/writeSpreadsheet';

const context: RowContext = { dateOrder: 'DMY', missions: [{ title: 'Chile', region: 'South America' }], people: new Map() };
const SHEETS = { data: 'Data assets', choices: 'Allowed values' };

function csv(text: string, name = 'file.csv'): Promise<ReturnType<typeof readSpreadsheet> extends Promise<infer T> ? T : never> {
  return readSpreadsheet(new Blob([text]), name);
}

async function problem(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    assert.ok(error instanceof SpreadsheetError, String(error));
    return error.code;
  }
  return 'none';
}

describe('reading CSV', () => {
  it('reads UTF-8 with a BOM, semicolons, quoted fields with line breaks and doubled quotes', async () => {
    const text = '\ufeffTitle;Mission;Description;Last reviewed\r\n"Réfugiés ""2026""";Chile;"line one\nline two; still one";2026-01-31\r\nB;Chile;;31/01/2026\r\n';
    const table = await csv(text);
    assert.deepEqual(table.headers, ['Title', 'Mission', 'Description', 'Last reviewed']);
    assert.deepEqual(table.rows[0], ['Réfugiés "2026"', 'Chile', 'line one\nline two; still one', '2026-01-31']);
    const rows = checkRows(table, autoMatchColumns(table.headers), context);
    assert.deepEqual(rows.map((r) => r.values.lastReviewed), ['2026-01-31', '2026-01-31'], 'ISO and locale dates side by side');
    assert.deepEqual(rows.map((r) => r.issues.length), [0, 0]);
  });

  it('reads comma-separated files without a BOM, and Windows-1252 files from old Excel', async () => {
    assert.deepEqual((await csv('Title,Mission\nA,Chile\n')).rows, [['A', 'Chile']]);
    const latin1 = new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]);
    assert.deepEqual((await readSpreadsheet(new Blob([latin1]), 'old.csv')).rows, [['Café']]);
  });

  it('refuses empty files, header-only files, duplicate headers, wrong formats, broken quotes and files too large', async () => {
    assert.equal(await problem(csv('')), 'empty');
    assert.equal(await problem(csv('Title;Mission\r\n')), 'empty');
    assert.equal(await problem(csv('\n\n;;\n')), 'empty');
    assert.equal(await problem(csv('Title,Mission,TITLE\nA,B,C\n')), 'duplicateHeaders');
    assert.equal(await problem(csv('Title\nA\n', 'old.xls')), 'wrongFormat');
    assert.equal(await problem(csv('not a zip at all', 'fake.xlsx')), 'wrongFormat');
    assert.equal(await problem(csv('Title\n"never closed\n')), 'unreadable');
    assert.equal(await problem(readSpreadsheet(new Blob([new Uint8Array(10 * 1024 * 1024 + 1)]), 'big.csv')), 'tooLarge');
  });

  it('reads 20,000 rows and checks them in a few seconds', async () => {
    const lines = ['Title;Mission;External ID;Last reviewed'];
    for (let i = 0; i < 20000; i++) lines.push(`Dataset ${i};Chile;X-${i};${(i % 28) + 1}/02/2026`);
    const started = Date.now();
    const table = await csv(lines.join('\n'));
    const rows = checkRows(table, autoMatchColumns(table.headers), context);
    assert.equal(rows.length, 20000);
    assert.equal(rows.filter((r) => r.issues.length > 0).length, 0);
    assert.ok(Date.now() - started < 10000, `took ${Date.now() - started} ms`);
  });
});

describe('writing and reading back', () => {
  const assets: Partial<DataAsset>[] = [
    { title: '=HYPERLINK("http://evil.example","click")', mission: 'Chile', region: 'South America', containsPersonalData: true, reviewCycleMonths: 12, lifecycle: 'Active', dataSubjects: ['Staff', 'Refugees'], lastReviewed: '2026-03-01', externalId: 'E-1', locationUrl: { url: 'https://contoso.sharepoint.com/x' } },
    { title: 'Plain, with "quotes"\nand a line break', mission: 'Chile', region: 'South America', containsPersonalData: false, reviewCycleMonths: 6, lifecycle: 'Active', externalId: '-E-2' }
  ];

  it('xlsx template has the schema display names, one example row and a sheet of allowed values', async () => {
    const blob = await inventoryTemplate('xlsx', SHEETS);
    const table = await readSpreadsheet(blob, 'template.xlsx');
    assert.equal(table.rows.length, 1, 'a template has headers and the example row');
    const mapping = autoMatchColumns(table.headers);
    assert.ok(isExampleRow(table.rows[0], mapping), 'its Title starts with the example marker');
    // Every other example cell shows a valid format: only the marker and the mission (a hint to write one's own) stand in the way.
    const cells = table.rows[0].map((c, i) => (mapping[i] === 'title' ? 'Staff contact list' : mapping[i] === 'mission' ? 'Chile' : c));
    assert.deepEqual(checkRows({ headers: table.headers, rows: [cells] }, mapping, context).map((r) => r.issues), [[]]);
    const sheets = await readXlsxFile(blob);
    assert.deepEqual(sheets.map((s) => s.sheet), ['Data assets', 'Allowed values']);
    assert.deepEqual(sheets[0].data[0], inventoryHeaders());
    const allowed = sheets[1].data;
    const column = allowed[0].indexOf('Declared sensitivity');
    assert.deepEqual(allowed.slice(1).map((r) => r[column]).filter((v) => v !== null), ['Public', 'Internal', 'Confidential', 'Highly Confidential']);
  });

  for (const format of ['xlsx', 'csv'] as const) {
    it(`${format} export escapes formulas and re-imports to the same values`, async () => {
      const blob = await inventoryExport(assets, format, SHEETS);
      const table = await readSpreadsheet(blob, `export.${format}`);
      assert.equal(table.rows[0][0], `'${assets[0].title}`, 'the formula is written as text with a leading apostrophe');
      const rows = checkRows(table, autoMatchColumns(table.headers), context);
      assert.deepEqual(rows.map((r) => r.issues), [[], []]);
      assert.equal(rows[0].values.title, assets[0].title);
      assert.equal(rows[1].values.title, assets[1].title);
      assert.equal(rows[1].values.externalId, '-E-2');
      assert.deepEqual(rows[0].values.dataSubjects, ['Staff', 'Refugees']);
      assert.equal(rows[0].values.lastReviewed, '2026-03-01');
      assert.equal(rows[0].values.containsPersonalData, true);
    });
  }

  it('CSV output starts with a BOM and quotes what needs quoting', () => {
    const text = toCsvText(['Row', 'Error'], [[2, '@cmd; "x"']]);
    assert.ok(text.startsWith('\ufeffRow,Error\r\n'));
    assert.match(text, /2,"'@cmd; ""x"""/);
  });
});
