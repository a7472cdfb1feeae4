/** Limits the import states to users (UI message and README say the same numbers). */

/** Largest file accepted, in megabytes. */
export const MAX_IMPORT_MEGABYTES = 10;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MEGABYTES * 1024 * 1024;
/** Most data rows accepted in one file (20,000 must work: a large mission's inventory; tested at this size). */
export const MAX_IMPORT_ROWS = 25000;

/** Why a file cannot be imported at all (each has a localised message). */
export type TableProblemCode =
  | 'empty'
  | 'noHeaders'
  | 'duplicateHeaders'
  | 'tooManyRows'
  | 'tooLarge'
  | 'wrongFormat'
  | 'unreadable'
  | 'utf16Unreadable'
  // A hostile or damaged .xlsx, refused before it is unpacked (zipDirectory.ts, xmlScan.ts).
  | 'workbookTooLarge'
  | 'sheetTooManyRows'
  | 'cellTooLarge'
  | 'zipMalformed';

export interface TableProblem {
  readonly code: TableProblemCode;
  /** Placeholders: the duplicated headers, the row count, the limit. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Header text compared as users see it: trimmed, case and spacing ignored. */
export function normaliseHeader(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_\-().]+/g, '');
}

/** Checks a table's shape before any row is looked at; undefined when it can be mapped. */
export function checkTable(headers: readonly string[], rowCount: number): TableProblem | undefined {
  if (headers.every((h) => h.trim() === '')) {
    return { code: rowCount === 0 ? 'empty' : 'noHeaders' };
  }
  if (rowCount === 0) {
    return { code: 'empty' };
  }
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const header of headers) {
    const key = normaliseHeader(header);
    if (key === '') continue;
    if (seen.has(key) && duplicates.indexOf(header.trim()) < 0) duplicates.push(header.trim());
    seen.add(key);
  }
  if (duplicates.length > 0) {
    return { code: 'duplicateHeaders', params: { headers: duplicates.join(', ') } };
  }
  if (rowCount > MAX_IMPORT_ROWS) {
    return { code: 'tooManyRows', params: { rows: rowCount, max: MAX_IMPORT_ROWS } };
  }
  return undefined;
}
