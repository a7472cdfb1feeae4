/**
 * The quality measurements import's door to data (issue 18 part 5): reading a file, checking its rows against the
 * inventory and the measurements stored, and writing them. The panel receives an implementation as a prop (PnPjs
 * in production and in the workbench, a fake in tests). The file is read in the browser.
 */
import type { DateOrder, ImportTable } from '../../core/import/types';
import type { QualityImportMapping } from '../../core/quality/importColumns';
import type { QualityReportRow } from '../../core/quality/importReport';
import type { CheckedQualityRow } from '../../core/quality/importRows';

/** A checked file, ready for the preview and the run. */
export interface PreparedQualityImport {
  readonly rows: readonly CheckedQualityRow[];
  /** Row numbers of template example rows (Record starting with "Example:"), ignored. */
  readonly exampleRows: readonly number[];
}

export interface QualityImportRunProgress {
  readonly total: number;
  readonly done: number;
  readonly written: number;
  readonly failed: number;
}

export interface IQualityImportService {
  /** Reads a .csv or .xlsx; rejects with a `SpreadsheetError` (code: empty, wrongFormat, tooLarge, ...). */
  readFile(file: Blob, fileName: string): Promise<ImportTable>;
  /** Converts and checks every row, matches the records named and finds the measurements already recorded. */
  check(table: ImportTable, mapping: QualityImportMapping, dateOrder: DateOrder): Promise<PreparedQualityImport>;
  /**
   * Looks the stored measurements up again (a row recorded since the check is not written), then adds the rest in
   * batches. One report row per checked row; `signal` stops between batches.
   */
  run(prepared: PreparedQualityImport, options: { signal?: AbortSignal; onProgress?: (p: QualityImportRunProgress) => void }): Promise<QualityReportRow[]>;
}
