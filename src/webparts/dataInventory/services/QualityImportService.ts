import { spfi, type SPFI } from '@pnp/sp';
import type { DateOrder, ImportTable } from '../../../core/import/types';
import type { QualityImportMapping } from '../../../core/quality/importColumns';
import type { QualityReportRow } from '../../../core/quality/importReport';
import { checkQualityRows, matchRecord, parseQualityRows, type CheckedQualityRow } from '../../../core/quality/importRows';
import type { DataErrorLog } from '../../../data/errors/logError';
import { findRecords, storedKeys } from '../../../data/quality/importLookups';
import { importMeasurements } from '../../../data/quality/importMeasurements';
import { dayOf } from '../../../data/quality/qualityStore';
import { createRepositories, type Repositories } from '../../../data/repositories/createRepositories';
import { RetryUnappliedOnly, type RetryUnappliedOptions } from '../../../data/sp/retryUnapplied';
import { readSpreadsheet } from '../../../data/spreadsheet/readSpreadsheet';
import type { IQualityImportService, PreparedQualityImport, QualityImportRunProgress } from '../../../ui/quality/qualityImportServiceTypes';

/** Options for tests. */
export interface QualityImportServiceOptions {
  readonly retry?: RetryUnappliedOptions;
  readonly batchSize?: number;
  readonly backoffMs?: (round: number) => number;
  readonly log?: DataErrorLog;
  /** "Today" for the no-future-date rule. */
  readonly now?: () => Date;
}

/** The asset ids of the rows that can be written (or are recorded already). */
function assetIdsOf(rows: readonly CheckedQualityRow[]): number[] {
  return Array.from(new Set(rows.flatMap((r) => (r.measurement ? [r.measurement.asset.id] : []))));
}

/**
 * The quality measurements import over the production data layer (the web part and the workbench page alike).
 * Writes go through their own PnPjs root whose only retry is `RetryUnappliedOnly`, so no add is re-sent blindly.
 */
export class QualityImportService implements IQualityImportService {
  private readonly reads: Repositories;
  private readonly writes: Repositories;

  public constructor(sp: SPFI, private readonly options: QualityImportServiceOptions = {}) {
    this.reads = createRepositories(sp, { log: options.log });
    this.writes = createRepositories(spfi(sp).using(RetryUnappliedOnly(options.retry)), { log: options.log });
  }

  public readFile(file: Blob, fileName: string): Promise<ImportTable> {
    return readSpreadsheet(file, fileName);
  }

  public async check(table: ImportTable, mapping: QualityImportMapping, dateOrder: DateOrder): Promise<PreparedQualityImport> {
    const { rows, exampleRows } = parseQualityRows(table, mapping, dateOrder);
    const records = await findRecords(this.reads.dataAssets, rows.map((r) => r.record));
    const match = (record: string): ReturnType<typeof matchRecord> => matchRecord(record, records.byExternalId, records.byItemId);
    const assetIds = Array.from(new Set([...records.byItemId.keys(), ...Array.from(records.byExternalId.values()).flat().map((r) => r.id)]));
    const keys = await storedKeys(this.reads.dataQualityMeasurements, assetIds);
    return { rows: checkQualityRows(rows, match, new Set(keys.keys()), this.today()), exampleRows };
  }

  public async run(prepared: PreparedQualityImport, options: { signal?: AbortSignal; onProgress?: (p: QualityImportRunProgress) => void }): Promise<QualityReportRow[]> {
    // Plan against the list as it is now: rows an earlier, interrupted run wrote are recorded and not sent again.
    const keys = await storedKeys(this.reads.dataQualityMeasurements, assetIdsOf(prepared.rows));
    const rows = prepared.rows.map((r) => (r.key !== undefined && keys.has(r.key) ? { ...r, alreadyRecorded: true } : r));
    return importMeasurements(
      { reads: this.reads.dataQualityMeasurements, writes: this.writes.dataQualityMeasurements },
      rows,
      { signal: options.signal, onProgress: options.onProgress, batchSize: this.options.batchSize, backoffMs: this.options.backoffMs }
    );
  }

  private today(): string {
    return dayOf(this.options.now?.() ?? new Date());
  }
}
