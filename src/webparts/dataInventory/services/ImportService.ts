import { spfi, type SPFI } from '@pnp/sp';
import { checkRows, indexByKey, mapsExternalId, namedCustodians, peopleToResolve, planImport, withoutExampleRows } from '../../../core/import';
import type { ColumnMapping, DateOrder, ExistingRecord, ImportTable, MatchPolicy, PlannedRow, ReportRow } from '../../../core/import/types';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import { GovernanceError } from '../../../core/errors';
import { consoleErrorLog, type DataErrorLog } from '../../../data/errors/logError';
import { findByImportKeys } from '../../../data/import/findByKeys';
import { runImport } from '../../../data/import/runImport';
import { loadHealthSettings } from '../../../data/labels/healthSettings';
import { resolveSiteUsers, type DirectoryCheck } from '../../../data/people/siteUserResolver';
import { currentPerson } from '../../../data/ownership';
import { nominateNamedCustodians, storeDerivedOwnership } from '../../../data/ownership/nominateCustodians';
import { readPlanned } from '../../../data/query/readMatching';
import { toGovernanceError } from '../../../data/errors/toGovernanceError';
import { createRepositories, type Repositories } from '../../../data/repositories/createRepositories';
import { RetryUnappliedOnly, type RetryUnappliedOptions } from '../../../data/sp/retryUnapplied';
import { readSpreadsheet } from '../../../data/spreadsheet/readSpreadsheet';
import { inventoryExport, inventoryTemplate, toCsvText } from '../../../data/spreadsheet/writeSpreadsheet';
import type { InventoryFilters } from './IInventoryService';
import { inventorySearchAll } from './inventorySearch';
import { SpListSearch } from '../../../data/search/SpListSearch';
import type { IListSearch } from '../../../data/search/types';
import { inventoryClauses } from './InventoryService';
import type { IImportService, ImportRunProgress, PreparedImport, SheetNames, SpreadsheetFormat } from './IImportService';

/** Options for tests and the bench. */
export interface ImportServiceOptions {
  readonly retry?: RetryUnappliedOptions;
  readonly batchSize?: number;
  readonly backoffMs?: (round: number) => number;
  /** Where failed writes are logged (default: console, as every repository). */
  readonly log?: DataErrorLog;
  /** SharePoint Search for exports with search text (default: search through `sp`). */
  readonly search?: IListSearch;
  /** The directory, so e-mails it does not know are not sent to ensureUser (see resolveSiteUsers). */
  readonly directory?: DirectoryCheck;
}

function existingRecords(records: readonly Stored<DataAsset>[]): ExistingRecord[] {
  return records.map((r) => ({ id: r.id, etag: r.etag, values: r }));
}

/**
 * The rollout kit over the production data layer. Writes go through their own PnPjs root whose only retry is
 * `RetryUnappliedOnly` (429/503 after Retry-After), so no write is ever re-sent blindly (see runImport).
 */
export class ImportService implements IImportService {
  private readonly reads: Repositories;
  private readonly writes: Repositories;
  private readonly search: IListSearch;

  public constructor(private readonly sp: SPFI, private readonly options: ImportServiceOptions = {}) {
    this.reads = createRepositories(sp, { log: options.log });
    this.search = options.search ?? new SpListSearch(sp);
    this.writes = createRepositories(spfi(sp).using(RetryUnappliedOnly(options.retry)), { log: options.log });
  }

  public readFile(file: Blob, fileName: string): Promise<ImportTable> {
    return readSpreadsheet(file, fileName);
  }

  public async check(file: ImportTable, mapping: ColumnMapping, dateOrder: DateOrder): Promise<PreparedImport> {
    // The template's example row is neither checked nor written (nor its people looked up).
    const { table, exampleRows } = withoutExampleRows(file, mapping);
    const [people, missions] = await Promise.all([resolveSiteUsers(this.sp, peopleToResolve(table, mapping), this.options.directory), this.missions()]);
    const rows = checkRows(table, mapping, { dateOrder, missions, people });
    const byExternalId = mapsExternalId(mapping);
    const found = await this.lookup(rows.map((r) => r.values), byExternalId);
    return { rows, byExternalId, existing: indexByKey(existingRecords(found), byExternalId), exampleRows };
  }

  public async run(prepared: PreparedImport, policy: MatchPolicy, options: { signal?: AbortSignal; onProgress?: (p: ImportRunProgress) => void }): Promise<ReportRow[]> {
    const started = new Date();
    // Plan against the list as it is now: an earlier, interrupted run's rows are found and not written twice.
    const valid = prepared.rows.filter((r) => r.issues.length === 0);
    const found = await this.lookup(valid.map((r) => r.values), prepared.byExternalId);
    const plan = planImport(prepared.rows, indexByKey(existingRecords(found), prepared.byExternalId), policy);
    const [healthSettings, me] = await Promise.all([loadHealthSettings(this.reads.governanceSettings), currentPerson(this.sp)]);
    const existingById = new Map(found.map((r) => [r.id, r]));
    const report = await runImport(
      { assets: this.writes.dataAssets, byExternalId: prepared.byExternalId, existingIds: new Set(found.map((r) => r.id)), existingById, healthSettings },
      plan,
      { signal: options.signal, onProgress: options.onProgress, batchSize: this.options.batchSize, backoffMs: this.options.backoffMs }
    );
    return this.askCustodians(report, plan, existingById, me, started);
  }

  /**
   * Every record of the run that names a custodian nobody has asked yet (new records, and records an interrupted
   * run wrote without asking) gets one nomination, then its status is derived from what now exists and stored:
   * Pending only where the request is proven to exist. Each row says what happened to its nomination.
   */
  private async askCustodians(report: ReportRow[], plan: readonly PlannedRow[], existing: ReadonlyMap<number, Stored<DataAsset>>, me: PersonRef, started: Date): Promise<ReportRow[]> {
    const named = namedCustodians(report, plan, existing);
    if (named.length === 0) return report;
    const now = new Date();
    const outcomes = await nominateNamedCustodians({ writes: this.writes, reads: this.reads }, named, { requester: me, started, now, backoffMs: this.options.backoffMs });
    // Only records whose nomination this run looked after: the status of a record already answered for is the
    // decision flow's (and the leads' reconcile job's) to store.
    // The requests stand either way; a status that could not be stored is a stale cache of the rule (never Pending
    // without a request: new records are stored Unassigned), which the leads' reconcile job brings in line.
    const log = this.options.log ?? consoleErrorLog;
    const unstored = await storeDerivedOwnership(this.reads, Array.from(outcomes.keys()), now).catch((error: unknown) => {
      log('ImportService.storeDerivedOwnership', toGovernanceError(error));
      return [];
    });
    if (unstored.length > 0) log('ImportService.storeDerivedOwnership', new GovernanceError('Unknown', `The ownership status of records ${unstored.join(', ')} could not be stored.`));
    return report.map((row) => (row.id !== undefined && outcomes.has(row.id) ? { ...row, nomination: outcomes.get(row.id) } : row));
  }

  public template(format: SpreadsheetFormat, sheets: SheetNames): Promise<Blob> {
    return inventoryTemplate(format, sheets);
  }

  public async exportRecords(filters: InventoryFilters, format: SpreadsheetFormat, sheets: SheetNames): Promise<Blob> {
    if (filters.search?.trim()) {
      return inventoryExport(await inventorySearchAll({ repositories: this.reads, search: this.search, filters }, Number.MAX_SAFE_INTEGER), format, sheets);
    }
    // Every matching record, 5,000 per request; behind ID ranges when no filter narrows the list.
    const records = await readPlanned(this.reads.dataAssets, inventoryClauses(filters));
    return inventoryExport(records, format, sheets);
  }

  public reportFile(table: readonly (readonly string[])[]): Blob {
    return new Blob([toCsvText(table[0] ?? [], table.slice(1))], { type: 'text/csv;charset=utf-8' });
  }

  public recordUrl(id: number): string {
    const api = this.sp.web.toUrl();
    const site = api.slice(0, api.toLowerCase().indexOf('/_api/'));
    return `${site}/Lists/${this.reads.dataAssets.definition.title}/DispForm.aspx?ID=${id}`;
  }

  private lookup(values: readonly Partial<DataAsset>[], byExternalId: boolean): Promise<Stored<DataAsset>[]> {
    return findByImportKeys(this.reads.dataAssets, byExternalId, values);
  }

  private async missions(): Promise<{ title: string; region: string }[]> {
    const missions: { title: string; region: string }[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.reads.missions.page({ top: 500 }, continuation);
      missions.push(...page.items.map((m) => ({ title: m.title, region: m.region })));
      continuation = page.continuation;
    } while (continuation !== undefined);
    return missions;
  }
}
