/** An in-memory usage monitoring service for React tests: the real core rules over rows held in memory. */
import type { DateOrder, ImportTable } from '../../../core/import/types';
import type { PersonRef } from '../../../core/models/common';
import type { UsageMapping } from '../../../core/usage/columns';
import { buildAppUsage, type TriageState, type UsageRowLike } from '../../../core/usage/findings';
import { createMatcher, registryEntry } from '../../../core/usage/match';
import { checkUsageRows, periodsOf, type UsagePeriod } from '../../../core/usage/rows';
import { summariseUsage } from '../../../core/usage/summary';
import type { IAIRegistryService, RegistryUser } from '../services/IAIRegistryService';
import type { IUsageMonitoringService, PreparedUsageImport, TriageChange, UsageOverview, UsageRunResult } from '../services/IUsageMonitoringService';

export class FakeUsageService implements IUsageMonitoringService {
  public rows: UsageRowLike[] = [];
  public readonly triage = new Map<string, TriageState>();
  public readonly tables = new Map<string, ImportTable>();

  public constructor(private readonly registry: IAIRegistryService) {}

  public async readFile(_file: Blob, fileName: string): Promise<ImportTable> {
    const table = this.tables.get(fileName);
    if (!table) throw Object.assign(new Error('wrongFormat'), { name: 'SpreadsheetError', code: 'wrongFormat' });
    return table;
  }

  public async check(fileName: string, table: ImportTable, mapping: UsageMapping, dateOrder: DateOrder, period?: UsagePeriod): Promise<PreparedUsageImport> {
    const rows = checkUsageRows(table, mapping, { dateOrder, period });
    return { fileName, rows, periods: periodsOf(rows).map((p) => ({ period: p, existingRows: this.rows.filter((r) => r.periodStart === p.start && r.periodEnd === p.end).length })) };
  }

  public async run(prepared: PreparedUsageImport): Promise<UsageRunResult> {
    const periods = periodsOf(prepared.rows);
    const outcomes = periods.map((p) => {
      const removed = this.rows.filter((r) => r.periodStart === p.start && r.periodEnd === p.end).length;
      this.rows = this.rows.filter((r) => !(r.periodStart === p.start && r.periodEnd === p.end));
      const added = prepared.rows.filter((r) => r.values?.periodStart === p.start && r.values.periodEnd === p.end).map((r) => r.values!);
      this.rows.push(...added);
      return { period: p, outcome: 'replaced' as const, written: added.length, removed };
    });
    return {
      report: prepared.rows.map((r) => (r.values ? { rowNumber: r.rowNumber, outcome: 'created' as const } : { rowNumber: r.rowNumber, outcome: 'invalid' as const, issues: r.issues })),
      periods: outcomes
    };
  }

  public async overview(): Promise<UsageOverview> {
    const systems = await this.registry.exportRows({});
    const matcher = createMatcher(systems.map((s) => registryEntry(s.system, s.verification.state === 'Verified')));
    const { periods, apps } = buildAppUsage(this.rows, matcher, this.triage);
    return { periods, apps, summary: summariseUsage(apps, periods) };
  }

  public async setTriage(app: { key: string; name: string; triage?: TriageState }, change: TriageChange): Promise<TriageState> {
    const current = this.triage.get(app.key) ?? { decision: 'Open' as const };
    const next: TriageState = {
      ...current,
      ...(change.decision !== undefined ? { decision: change.decision } : {}),
      ...(change.reason !== undefined ? { reason: change.reason || undefined } : {}),
      ...(change.assignedTo !== undefined || change.unassign ? { assignedTo: change.assignedTo } : {})
    };
    this.triage.set(app.key, next);
    return next;
  }

  public currentUser(): Promise<RegistryUser> {
    return this.registry.currentUser();
  }

  public searchPeople(text: string): Promise<PersonRef[]> {
    return this.registry.searchPeople(text);
  }
}
