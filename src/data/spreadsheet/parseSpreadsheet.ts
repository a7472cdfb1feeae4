/**
 * Parses an uploaded file's bytes into the import's neutral table (text cells). CSV (UTF-8, Windows-1252, or UTF-16
 * with a byte-order mark) through papaparse (quoted fields with line breaks, comma / semicolon / tab guessed), xlsx
 * through read-excel-file's universal entry once `checkXlsx` has found its zip directory and unpacked sizes sane.
 * The same code runs in the spreadsheet worker (off the page's thread), on the page when no worker can start, and
 * in Node.
 */
import Papa from 'papaparse';
import { checkTable } from '../../core/import/limits';
import type { ImportTable } from '../../core/import/types';
import { SpreadsheetError } from './spreadsheetError';
import { checkXlsx } from './xlsxGuard';

type FileKind = 'csv' | 'xlsx';

/** By extension first, then by content (an .xlsx is a zip: it starts with "PK"). Old binary .xls is refused. */
function kindOf(fileName: string, head: Uint8Array): FileKind | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'csv';
  if (name.endsWith('.xls') || name.endsWith('.xlsm') || name.endsWith('.ods')) return undefined;
  return head[0] === 0x50 && head[1] === 0x4b ? 'xlsx' : undefined;
}

/** Share of NUL bytes above which a file without a byte-order mark is taken for UTF-16 (text has none). */
const NUL_SHARE = 0.1;

/** UTF-16BE as UTF-16LE: every code unit's two bytes swapped (every runtime decodes UTF-16LE; not all know BE). */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return swapped;
}

/**
 * The file's text. A byte-order mark decides: UTF-16LE (FF FE, what Excel's "Unicode text" writes, tab-separated),
 * UTF-16BE (FE FF) or UTF-8 (EF BB BF, dropped). Without one: UTF-8, else Windows-1252 (Excel's old CSV). A file
 * without a mark but full of NUL bytes is UTF-16 whose byte order cannot be known for sure, and a UTF-16 file that
 * does not decode (an odd length, a broken surrogate pair) is damaged: both get their own message rather than
 * rows of garbled text.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) {
    const body = bytes.subarray(2);
    try {
      if (body.length % 2 !== 0) throw new Error('odd length');
      return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytes[0] === 0xff ? body : swapPairs(body));
    } catch (error) {
      throw new SpreadsheetError({ code: 'utf16Unreadable' }, error instanceof Error ? error.message : String(error));
    }
  }
  const head = bytes.subarray(0, 4096);
  if (head.filter((b) => b === 0).length > head.length * NUL_SHARE) throw new SpreadsheetError({ code: 'utf16Unreadable' });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decodeCsvBytes(bytes);
  const result = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  const broken = result.errors.find((e) => e.type === 'Quotes');
  if (broken !== undefined) {
    throw new SpreadsheetError({ code: 'unreadable', params: { row: (broken.row ?? 0) + 1 } }, broken.message);
  }
  return result.data;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

async function readXlsx(buffer: ArrayBuffer): Promise<string[][]> {
  // A zip bomb, a sheet of a million rows or a cell of 200 MB is refused here, before the reader inflates it.
  const refused = await checkXlsx(new Uint8Array(buffer));
  if (refused !== undefined) throw new SpreadsheetError(refused);
  // The xlsx reader is its own chunk: it loads when someone imports a workbook, not with every web part.
  const { readSheet } = await import(/* webpackChunkName: 'xlsx-reader' */ 'read-excel-file/universal');
  try {
    const data = await readSheet(buffer);
    return data.map((row) => row.map(cellText));
  } catch (error) {
    throw new SpreadsheetError({ code: 'wrongFormat' }, error instanceof Error ? error.message : String(error));
  }
}

/** Headers and rows of a file's bytes, or a `SpreadsheetError` saying why it cannot be imported. */
export async function parseSpreadsheet(buffer: ArrayBuffer, fileName: string): Promise<ImportTable> {
  const bytes = new Uint8Array(buffer);
  const kind = kindOf(fileName, bytes.subarray(0, 2));
  if (kind === undefined) throw new SpreadsheetError({ code: 'wrongFormat' });
  const grid = kind === 'csv' ? readCsv(bytes) : await readXlsx(buffer);
  const headers = (grid[0] ?? []).map((h) => h.trim());
  const rows = grid.slice(1).filter((r) => r.some((c) => c.trim() !== ''));
  const problem = checkTable(headers, rows.length);
  if (problem !== undefined) throw new SpreadsheetError(problem);
  return { headers, rows };
}
