/** The Art. 30 report through the rollout kit's writers: the regulator's column order, localised headers, formula-safe cells, xlsx and CSV. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import readXlsxFile from 'read-excel-file/universal';
import type { Stored } from '../../src/core/models/common';
import { ART30_COLUMNS, art30Headers, art30Row, type Art30Labels } from '../../src/core/privacy/art30Report';
import type { ProcessingActivity } from '../../src/core/privacy/model';
import { art30Export } from '../../src/data/privacy/art30Export';
import { readSpreadsheet } from '../../src/data/spreadsheet/readSpreadsheet';

/** The strings the report uses (the resource module's type is declared for the SPFx build only). */
interface ReportStrings {
  Art30Headers: Record<string, string>;
  Roles: Record<string, string>;
  LegalBases: Record<string, string>;
  Art9Conditions: Record<string, string>;
  Safeguards: Record<string, string>;
  SpecialCategories: Record<string, string>;
  RetentionUnits: Record<string, string>;
  Yes: string;
  No: string;
  ExportNoTransfer: string;
  ExportSheetName: string;
}

/** The web part's English strings, as the AMD resource module defines them. */
function englishStrings(): ReportStrings {
  let strings: ReportStrings | undefined;
  (globalThis as { define?: unknown }).define = (_deps: unknown, factory: () => ReportStrings) => { strings = factory(); };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(`${process.cwd()}/src/webparts/privacyRegister/loc/en-us.js`);
  delete (globalThis as { define?: unknown }).define;
  return strings!;
}

const strings = englishStrings();
const labels: Art30Labels = {
  headers: strings.Art30Headers,
  choices: { ...strings.Roles, ...strings.LegalBases, ...strings.Art9Conditions, ...strings.Safeguards, ...strings.SpecialCategories, ...strings.RetentionUnits },
  yes: strings.Yes, no: strings.No, noTransfer: strings.ExportNoTransfer
};

const health: Stored<ProcessingActivity> = {
  id: 7, etag: '"1"', title: 'Migration health assessments - Chad', role: 'Controller', controller: 'The Organisation, Chief of Mission',
  purposes: '=HYPERLINK("https://evil.example","click")', dataSubjectCategories: ['Refugees', 'Migrants'], personalDataCategories: ['Health data'],
  specialCategories: ['Health data'], art9Condition: 'Art. 9(2)(h) Health or social care', recipients: '+receiving states',
  internationalTransfers: true, transferDestinations: 'Resettlement states', transferSafeguard: 'Art. 46(3)(b) Administrative arrangement between public bodies',
  retentionPeriod: 5, retentionUnit: 'Years', retentionTrigger: 'after departure', securityMeasures: '@access control', legalBasis: 'Art. 6(1)(e) Public interest or official authority',
  mission: 'Chad', region: 'Central and West Africa', dpiaRequired: true, reviewDate: '2027-03-01'
};
const staff: Stored<ProcessingActivity> = {
  id: 8, etag: '"1"', title: 'Staff HR - Chad', role: 'Processor', processorControllers: 'Partner agency', processingCategories: 'Payroll', securityMeasures: 'Access control'
};

describe('Art. 30 report', () => {
  it('follows Art. 30(1)(a) to (g), then Art. 30(2), with the article in each header', () => {
    const headers = art30Headers(labels);
    assert.equal(headers.length, ART30_COLUMNS.length);
    const at = (column: string): number => ART30_COLUMNS.indexOf(column as never);
    assert.ok(at('controller') < at('purposes') && at('purposes') < at('dataSubjectCategories') && at('dataSubjectCategories') < at('recipients')
      && at('recipients') < at('transferDestinations') && at('transferDestinations') < at('retention') && at('retention') < at('securityMeasures')
      && at('securityMeasures') < at('processorControllers'));
    assert.equal(headers[at('purposes')], 'Purposes of the processing (Art. 30(1)(b))');
    assert.equal(headers[at('retention')], 'Time limits for erasure (Art. 30(1)(f))');
  });

  it('writes each record\'s values, localised choices, and escapes formula-like text', () => {
    const row = art30Row(health, labels);
    const cell = (column: string): string => row[ART30_COLUMNS.indexOf(column as never)];
    assert.equal(cell('purposes'), '\'=HYPERLINK("https://evil.example","click")');
    assert.equal(cell('recipients'), '\'+receiving states');
    assert.equal(cell('securityMeasures'), '\'@access control');
    assert.equal(cell('dataSubjectCategories'), 'Refugees; Migrants');
    assert.equal(cell('retention'), '5 Years after departure');
    assert.equal(cell('transferSafeguard'), 'Art. 46(3)(b) Administrative arrangement between public bodies');
    assert.equal(cell('role'), 'Controller (Art. 30(1))');
    assert.equal(cell('dpiaRequired'), 'Yes');
    const processor = art30Row(staff, labels);
    assert.equal(processor[ART30_COLUMNS.indexOf('transferDestinations')], 'None');
    assert.equal(processor[ART30_COLUMNS.indexOf('processorControllers')], 'Partner agency');
  });

  it('writes a CSV with a BOM that reads back with the same cells', async () => {
    const blob = await art30Export([health, staff], 'csv', labels, strings.ExportSheetName);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    assert.deepEqual(Array.from(bytes.subarray(0, 3)), [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark, so Excel reads accents');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    assert.ok(text.startsWith('\ufeffReference,Name of the processing,'));
    assert.ok(text.includes('"\'=HYPERLINK(""https://evil.example"",""click"")"'));
    const table = await readSpreadsheet(new Blob([text]), 'art30.csv');
    assert.deepEqual(table.headers, art30Headers(labels));
    assert.equal(table.rows.length, 2);
    assert.equal(table.rows[0][1], 'Migration health assessments - Chad');
  });

  it('writes an xlsx workbook whose first sheet holds the header row and the escaped cells', async () => {
    const blob = await art30Export([health, staff], 'xlsx', labels, strings.ExportSheetName);
    const sheets = await readXlsxFile(blob);
    assert.deepEqual(sheets.map((sheet) => sheet.sheet), ['Art. 30 register']);
    const rows = sheets[0].data;
    assert.deepEqual(rows[0], art30Headers(labels));
    assert.equal(rows[1][ART30_COLUMNS.indexOf('purposes')], '\'=HYPERLINK("https://evil.example","click")');
    assert.equal(rows.length, 3);
  });
});
