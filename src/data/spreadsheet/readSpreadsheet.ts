/**
 * Reads an uploaded .csv or .xlsx into the import's neutral table (text cells), off the page's thread where the
 * browser allows a worker, else on the page with the same code (`parseSpreadsheet`), as in Node. The file is read in
 * memory only: nothing leaves the page.
 */
import { MAX_IMPORT_BYTES, MAX_IMPORT_MEGABYTES } from '../../core/import/limits';
import type { ImportTable } from '../../core/import/types';
import { parseSpreadsheet } from './parseSpreadsheet';
import { SpreadsheetError } from './spreadsheetError';
import { tableFromAnswer } from './worker/protocol';
import { readInWorker, startSpreadsheetWorker, type StartSpreadsheetWorker } from './worker/readInWorker';

export { SpreadsheetError } from './spreadsheetError';

export interface ReadSpreadsheetOptions {
  /** Starts the reading worker; the default builds it from the bundled source. */
  readonly startWorker?: StartSpreadsheetWorker;
}

/** Reads a file into headers and rows, or rejects with a `SpreadsheetError` saying why it cannot be imported. */
export async function readSpreadsheet(file: Blob, fileName: string, options: ReadSpreadsheetOptions = {}): Promise<ImportTable> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new SpreadsheetError({ code: 'tooLarge', params: { max: MAX_IMPORT_MEGABYTES } });
  }
  if (file.size === 0) throw new SpreadsheetError({ code: 'empty' });
  const buffer = await file.arrayBuffer();
  const started = await (options.startWorker ?? startSpreadsheetWorker)().catch(() => undefined);
  if (started !== undefined) {
    const answer = await readInWorker(started, { buffer, fileName });
    if (answer !== 'unavailable') return tableFromAnswer(answer);
  }
  return parseSpreadsheet(buffer, fileName);
}
