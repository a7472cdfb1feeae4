/**
 * The usage monitoring tab's door to data (issue 9): reading and checking an export, replacing its periods in
 * UsageObservations, the per-app view with findings and summary, and the leads' triage. Nothing here imports PnPjs.
 */
import type { DateOrder, ImportTable, ReportRow } from '../../../core/import/types';
import type { PersonRef } from '../../../core/models/common';
import type { UsageTriageDecision } from '../../../core/models/usageObservation';
import type { AppUsage, PeriodRef, TriageState } from '../../../core/usage/findings';
import type { UsageMapping } from '../../../core/usage/columns';
import type { CheckedUsageRow, UsagePeriod } from '../../../core/usage/rows';
import type { UsageSummary } from '../../../core/usage/summary';
import type { RegistryUser } from './IAIRegistryService';

/** A checked file, ready for the preview and the run. */
export interface PreparedUsageImport {
  readonly fileName: string;
  readonly rows: readonly CheckedUsageRow[];
  /** The periods the valid rows cover, with how many rows each holds now (those rows will be replaced). */
  readonly periods: readonly { readonly period: UsagePeriod; readonly existingRows: number }[];
}

export interface UsageRunProgress {
  readonly total: number;
  readonly done: number;
  readonly failed: number;
}

export interface UsageRunResult {
  readonly report: readonly ReportRow[];
  readonly periods: readonly { readonly period: UsagePeriod; readonly outcome: 'replaced' | 'failed' | 'cancelled' | 'notRun'; readonly written: number; readonly removed: number }[];
}

/** Everything the tab shows. */
export interface UsageOverview {
  readonly periods: readonly PeriodRef[];
  /** Every app observed in the latest two periods, most users in the latest period first. */
  readonly apps: readonly AppUsage[];
  readonly summary: UsageSummary;
}

/** A change to an app's triage; `unassign` clears the owner. */
export interface TriageChange {
  readonly decision?: UsageTriageDecision;
  readonly reason?: string;
  readonly assignedTo?: PersonRef;
  readonly unassign?: boolean;
}

export interface IUsageMonitoringService {
  /** Reads a .csv or .xlsx; rejects with a `SpreadsheetError` (code: empty, wrongFormat, tooLarge, ...). */
  readFile(file: Blob, fileName: string): Promise<ImportTable>;
  /** Converts and checks every row; the period applies to rows without period columns. */
  check(fileName: string, table: ImportTable, mapping: UsageMapping, dateOrder: DateOrder, period?: UsagePeriod): Promise<PreparedUsageImport>;
  /** Replaces each period of the file with its rows (all or nothing per period); `signal` stops between batches. */
  run(prepared: PreparedUsageImport, options: { signal?: AbortSignal; onProgress?: (p: UsageRunProgress) => void }): Promise<UsageRunResult>;
  /** The latest two imported periods (what the tab compares); older periods are not read. */
  overview(): Promise<UsageOverview>;
  /** Saves a lead's triage of an app (creates its triage item the first time; If-Match on its ETag after). */
  setTriage(app: { key: string; name: string; triage?: TriageState }, change: TriageChange): Promise<TriageState>;
  currentUser(): Promise<RegistryUser>;
  searchPeople(text: string): Promise<PersonRef[]>;
}
