import { spfi, type SPFI } from '@pnp/sp';
import type { DateOrder, ImportTable } from '../../../core/import/types';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { UsageTriage } from '../../../core/models/usageObservation';
import { USAGE_TRIAGE_LIST } from '../../../core/schema/lists/usageTriage';
import type { UsageMapping } from '../../../core/usage/columns';
import { buildAppUsage, type TriageState } from '../../../core/usage/findings';
import { createMatcher, registryEntry, type UsageMatcher } from '../../../core/usage/match';
import { visibleRows } from '../../../core/usage/periods';
import { checkUsageRows, periodsOf, type UsagePeriod } from '../../../core/usage/rows';
import { summariseUsage } from '../../../core/usage/summary';
import { eq } from '../../../data/odata/filter';
import { filterField } from '../../../data/odata/fieldRef';
import { createRepositories, type Repositories } from '../../../data/repositories/createRepositories';
import type { IListRepository } from '../../../data/repositories/types';
import { RetryUnappliedOnly, type RetryUnappliedOptions } from '../../../data/sp/retryUnapplied';
import { readSpreadsheet } from '../../../data/spreadsheet/readSpreadsheet';
import { recentUsageRows } from '../../../data/usage/recentUsageRows';
import { replaceUsagePeriods, rowsOfPeriod } from '../../../data/usage/replaceUsagePeriods';
import type { IAIRegistryService, RegistryUser } from './IAIRegistryService';
import type { IUsageMonitoringService, PreparedUsageImport, TriageChange, UsageOverview, UsageRunProgress, UsageRunResult } from './IUsageMonitoringService';

/** Rows per page when reading the triage list (one item per triaged app). */
const PAGE = 2000;

async function readAll<T>(repository: IListRepository<T>): Promise<Stored<T>[]> {
  const out: Stored<T>[] = [];
  let continuation: string | undefined;
  do {
    const page = await repository.page({ top: PAGE }, continuation);
    out.push(...page.items);
    continuation = page.continuation;
  } while (continuation !== undefined);
  return out;
}

function triageState(item: Stored<UsageTriage>): TriageState {
  return { id: item.id, etag: item.etag, decision: item.decision, reason: item.reason, assignedTo: item.assignedTo };
}

/**
 * Usage monitoring over the production data layer: the web part in SharePoint and the workbench page against the
 * emulator. Matching always uses the registry as it is now (with verification derived from the decision items,
 * through the registry service), so registering a tool clears its finding at once.
 */
export class UsageMonitoringService implements IUsageMonitoringService {
  private readonly reads: Repositories;
  private readonly writes: Repositories;

  public constructor(sp: SPFI, private readonly registry: IAIRegistryService, options: { retry?: RetryUnappliedOptions } = {}) {
    this.reads = createRepositories(sp);
    this.writes = createRepositories(spfi(sp).using(RetryUnappliedOnly(options.retry)));
  }

  public readFile(file: Blob, fileName: string): Promise<ImportTable> {
    return readSpreadsheet(file, fileName);
  }

  public async check(fileName: string, table: ImportTable, mapping: UsageMapping, dateOrder: DateOrder, period?: UsagePeriod): Promise<PreparedUsageImport> {
    const rows = checkUsageRows(table, mapping, { dateOrder, period });
    const periods = await Promise.all(periodsOf(rows).map(async (p) => ({ period: p, existingRows: visibleRows(await rowsOfPeriod(this.reads.usageObservations, p)).length })));
    return { fileName, rows, periods };
  }

  public async run(prepared: PreparedUsageImport, options: { signal?: AbortSignal; onProgress?: (p: UsageRunProgress) => void }): Promise<UsageRunResult> {
    const matcher = await this.matcher();
    return replaceUsagePeriods(
      { reads: this.reads.usageObservations, writes: this.writes.usageObservations, matcher },
      prepared.rows,
      { source: prepared.fileName, signal: options.signal, onProgress: options.onProgress }
    );
  }

  public async overview(): Promise<UsageOverview> {
    const [rows, matcher, triage] = await Promise.all([
      // The latest period and the one before: what the tab compares. Older periods are never read.
      recentUsageRows(this.reads.usageObservations, ['title', 'domain', 'category', 'users', 'department', 'appKey']),
      this.matcher(),
      readAll(this.reads.usageTriage)
    ]);
    const byKey = new Map(triage.map((t) => [t.appKey, triageState(t)]));
    const { periods, apps } = buildAppUsage(rows, matcher, byKey);
    return { periods, apps, summary: summariseUsage(apps, periods) };
  }

  public async setTriage(app: { key: string; name: string; triage?: TriageState }, change: TriageChange): Promise<TriageState> {
    const repository = this.reads.usageTriage;
    const patch: Partial<UsageTriage> = {};
    if (change.decision !== undefined) patch.decision = change.decision;
    if (change.reason !== undefined) patch.reason = change.reason.trim() || undefined;
    if (change.assignedTo !== undefined || change.unassign === true) patch.assignedTo = change.assignedTo;
    let id = app.triage?.id;
    let etag = app.triage?.etag;
    if (id === undefined) {
      // Someone may have triaged the app since the view loaded: update their item rather than add a second one.
      const found = await repository.page({ filter: eq(filterField(USAGE_TRIAGE_LIST, 'appKey'), app.key), top: 1 });
      id = found.items[0]?.id;
      etag = found.items[0]?.etag;
    }
    if (id === undefined || etag === undefined) {
      const created = await repository.create({ title: app.name.slice(0, 255), appKey: app.key, decision: 'Open', ...patch });
      return triageState(created);
    }
    await repository.update(id, { title: app.name.slice(0, 255), ...patch }, etag);
    return triageState(await repository.getById(id));
  }

  public currentUser(): Promise<RegistryUser> {
    return this.registry.currentUser();
  }

  public searchPeople(text: string): Promise<PersonRef[]> {
    return this.registry.searchPeople(text);
  }

  private async matcher(): Promise<UsageMatcher> {
    const systems = await this.registry.exportRows({});
    return createMatcher(systems.map((row) => registryEntry(row.system, row.verification.state === 'Verified')));
  }
}

