import * as Papa from 'papaparse';

/** Cells a spreadsheet would run as a formula (CSV injection): =, +, -, @, and tab / carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as written to CSV: text that a spreadsheet would read as a formula gets a leading apostrophe, so Excel and
 * LibreOffice show it as text instead of running it (OWASP's advice). Numbers stay numbers (a negative number is
 * data, not a formula).
 */
export function safeCell(value: string | number | undefined): string | number {
  if (value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : '';
  }
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A header row and data rows as CSV text (CRLF line ends, quotes where needed), every cell made safe. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return Papa.unparse({ fields: header.map((h) => String(safeCell(h))), data: rows.map((row) => row.map(safeCell)) }, { newline: '\r\n' });
}
