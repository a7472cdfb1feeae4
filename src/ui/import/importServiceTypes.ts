/**
 * The rollout kit's door to data: reading an uploaded file, checking it against the schema, the Missions list, the
 * site's users and the existing records, running the import, and writing the template and exports. The wizard
 * receives an implementation as a prop (PnPjs in production and in the workbench). Nothing is sent anywhere but
 * the site's lists: files are read in the browser.
 */
import type { CheckedRow, ColumnMapping, DateOrder, ExistingRecord, ImportTable, MatchPolicy, ReportRow } from '../../core/import/types';
import type { IInventoryFilterValues } from '../filterTypes';

export type SpreadsheetFormat = 'xlsx' | 'csv';

/** Localised sheet names of the workbooks the kit writes. */
export interface SheetNames {
  readonly data: string;
  readonly choices: string;
}

/** A checked file, ready for the preview and the run. */
export interface PreparedImport {
  readonly rows: readonly CheckedRow[];
  /** True when the file maps the External ID column (the import key), else mission + title. */
  readonly byExternalId: boolean;
  /** Existing records by import key, as found when the file was checked (the preview's plan). */
  readonly existing: ReadonlyMap<string, readonly ExistingRecord[]>;
  /** Row numbers of the template's example rows, ignored (see core/import/exampleRow). */
  readonly exampleRows?: readonly number[];
}

export interface ImportRunProgress {
  readonly total: number;
  readonly done: number;
  readonly created: number;
  readonly updated: number;
  readonly failed: number;
}

export interface IImportService {
  /** Reads a .csv or .xlsx; rejects with a `SpreadsheetError` (code: empty, wrongFormat, tooLarge, ...). */
  readFile(file: Blob, fileName: string): Promise<ImportTable>;
  /** Converts and validates every row (people, missions, schema) and finds the records their keys match. */
  check(table: ImportTable, mapping: ColumnMapping, dateOrder: DateOrder): Promise<PreparedImport>;
  /**
   * Plans again against the records as they are now, then writes in batches. Resolves with one report row per
   * checked row; `signal` stops between batches.
   */
  run(prepared: PreparedImport, policy: MatchPolicy, options: { signal?: AbortSignal; onProgress?: (p: ImportRunProgress) => void }): Promise<ReportRow[]>;
  /** The template: headers and an example row the import ignores (xlsx: with a sheet of allowed values). */
  template(format: SpreadsheetFormat, sheets: SheetNames): Promise<Blob>;
  /** The records matching the inventory's current filters, in the template's columns. */
  exportRecords(filters: IInventoryFilterValues, format: SpreadsheetFormat, sheets: SheetNames): Promise<Blob>;
  /** The report (a table whose first row is the header) as a CSV file. */
  reportFile(table: readonly (readonly string[])[]): Blob;
  /** The address of a record's page in the list (for the report). */
  recordUrl(id: number): string;
}
