/** CSV export of the register and of findings, safe against formula injection when opened in a spreadsheet. */
import * as Papa from 'papaparse';

/**
 * A cell as text, neutralised when a spreadsheet would read it as a formula: text starting with = + - @ (or a tab
 * or carriage return, which some programs strip first) gets a leading apostrophe (OWASP's CSV injection advice).
 */
export function safeCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV text with a header row; every cell passes through `safeCell`. CRLF line ends, as spreadsheets expect. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return Papa.unparse({ fields: header.map(safeCell), data: rows.map((row) => row.map(safeCell)) }, { newline: '\r\n' });
}

/** Offers text as a file download (UTF-8 with a byte order mark so Excel reads accents right). */
export function downloadText(fileName: string, text: string, mimeType: string = 'text/csv;charset=utf-8'): void {
  const blob = new Blob(['\ufeff', text], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
