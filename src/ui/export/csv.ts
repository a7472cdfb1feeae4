/** CSV exports of every web part: one formula-injection rule (core's), one writer (papaparse). */
import * as Papa from 'papaparse';
import { escapeFormula } from '../../core/import/cells';

/**
 * A cell as written to CSV: text that a spreadsheet would read as a formula gets a leading apostrophe, so Excel and
 * LibreOffice show it as text instead of running it (OWASP's advice). Numbers stay numbers (a negative number is
 * data, not a formula); absent values are empty.
 */
export function safeCell(value: unknown): string | number {
  if (value === undefined || value === null) {
    return '';
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : '';
  }
  return escapeFormula(String(value));
}

/** A header row and data rows as CSV text (CRLF line ends, quotes where needed), every cell made safe. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return Papa.unparse({ fields: header.map((h) => String(safeCell(h))), data: rows.map((row) => row.map(safeCell)) }, { newline: '\r\n' });
}
