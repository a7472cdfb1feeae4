/**
 * Writes the template, exports and the import report. xlsx through write-excel-file (universal entry: a Blob in the
 * browser and in Node), CSV through papaparse with a UTF-8 BOM so Excel opens accents correctly. Text that a
 * spreadsheet would run as a formula is already escaped by core's `formatCell` / `escapeFormula`.
 */
import Papa from 'papaparse';
import type { Row } from 'write-excel-file/universal';
import { escapeFormula, formatCell } from '../../core/import/cells';
import { IMPORT_FIELDS } from '../../core/import/columns';
import { EXAMPLE_RECORD } from '../../core/import/exampleRow';
import type { DataAsset } from '../../core/models/dataAsset';

export type SpreadsheetFormat = 'xlsx' | 'csv';
export type CellValue = string | number | boolean | undefined;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv;charset=utf-8';

/** The template's and the export's header row: the fields' display names, in schema order. */
export function inventoryHeaders(): string[] {
  return IMPORT_FIELDS.map((f) => f.displayName);
}

/** One record as an export row, in `inventoryHeaders` order. */
export function inventoryRow(asset: Partial<DataAsset>): CellValue[] {
  return IMPORT_FIELDS.map((f) => formatCell(f, (asset as Record<string, unknown>)[f.property]));
}

/** The second sheet: one column per choice field with its allowed values. */
function allowedValuesSheet(): CellValue[][] {
  const choiceFields = IMPORT_FIELDS.filter((f) => f.type === 'Choice' || f.type === 'MultiChoice' || f.type === 'Boolean');
  const columns = choiceFields.map((f) => (f.type === 'Boolean' ? ['Yes', 'No'] : [...(f as { choices: readonly string[] }).choices]));
  const height = Math.max(...columns.map((c) => c.length));
  const rows: CellValue[][] = [choiceFields.map((f) => f.displayName)];
  for (let i = 0; i < height; i++) rows.push(columns.map((c) => c[i]));
  return rows;
}

function toXlsxRow(cells: readonly CellValue[], bold: boolean = false): Row {
  return cells.map((value) => (value === undefined || value === '' ? null : { value, type: typeof value === 'number' ? Number : typeof value === 'boolean' ? Boolean : String, fontWeight: bold ? 'bold' : undefined })) as Row;
}

/** A workbook: the data sheet (header row bold, first row frozen) and, with `withChoices`, the allowed values. */
export async function toXlsx(headers: readonly string[], rows: readonly (readonly CellValue[])[], sheetNames: { data: string; choices?: string }): Promise<Blob> {
  const sheets = [
    { sheet: sheetNames.data, data: [toXlsxRow(headers, true), ...rows.map((r) => toXlsxRow(r))], columns: headers.map((h) => ({ width: Math.max(12, Math.min(40, h.length + 4)) })), stickyRowsCount: 1 }
  ];
  if (sheetNames.choices !== undefined) {
    const choices = allowedValuesSheet();
    sheets.push({ sheet: sheetNames.choices, data: choices.map((r, i) => toXlsxRow(r, i === 0)), columns: choices[0].map(() => ({ width: 28 })), stickyRowsCount: 1 });
  }
  // The xlsx writer is its own chunk: it loads on the first download, not with every web part.
  const { default: writeXlsxFile } = await import(/* webpackChunkName: 'xlsx-writer' */ 'write-excel-file/universal');
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Blob([blob], { type: XLSX_MIME });
}

/** One sheet of a several-sheet workbook: a bold, frozen header row and the rows under it. */
export interface WorkbookSheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

/**
 * A workbook of several sheets (a report). Text cells pass through `escapeFormula` here, so a caller cannot forget
 * it; sheet names are cut to Excel's 31 characters. The writer loads lazily, as for `toXlsx`.
 */
export async function toXlsxWorkbook(sheets: readonly WorkbookSheet[]): Promise<Blob> {
  const safe = (cells: readonly CellValue[]): CellValue[] => cells.map((c) => (typeof c === 'string' ? escapeFormula(c) : c));
  const data = sheets.map((s) => ({
    sheet: s.name.slice(0, 31),
    data: [toXlsxRow(safe(s.headers), true), ...s.rows.map((r) => toXlsxRow(safe(r)))],
    columns: s.headers.map((h) => ({ width: Math.max(14, Math.min(60, h.length + 4)) })),
    stickyRowsCount: 1
  }));
  const { default: writeXlsxFile } = await import(/* webpackChunkName: 'xlsx-writer' */ 'write-excel-file/universal');
  const blob = await writeXlsxFile(data).toBlob();
  return new Blob([blob], { type: XLSX_MIME });
}

/**
 * CSV text with a BOM (Excel reads it as UTF-8). Cells from `inventoryRow` are escaped already; headers and any
 * other text pass through `escapeFormula`, which leaves escaped text as it is.
 */
export function toCsvText(headers: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const data = [headers, ...rows].map((r) => r.map((c) => (c === undefined ? '' : typeof c === 'string' ? escapeFormula(c) : String(c))));
  return `\ufeff${Papa.unparse(data, { newline: '\r\n' })}`;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CellValue[])[]): Blob {
  return new Blob([toCsvText(headers, rows)], { type: CSV_MIME });
}

/** The template: the headers and one example row, which the import ignores (and the allowed values in the xlsx). */
export function inventoryTemplate(format: SpreadsheetFormat, sheetNames: { data: string; choices: string }): Promise<Blob> {
  const rows = [inventoryRow(EXAMPLE_RECORD)];
  return format === 'xlsx' ? toXlsx(inventoryHeaders(), rows, sheetNames) : Promise.resolve(toCsv(inventoryHeaders(), rows));
}

/** An export of records in the template's columns, so it can be edited and imported again. */
export function inventoryExport(assets: readonly Partial<DataAsset>[], format: SpreadsheetFormat, sheetNames: { data: string; choices: string }): Promise<Blob> {
  const rows = assets.map(inventoryRow);
  return format === 'xlsx' ? toXlsx(inventoryHeaders(), rows, sheetNames) : Promise.resolve(toCsv(inventoryHeaders(), rows));
}
