/**
 * The inventory's door to the Purview label check. The container receives an implementation as a prop (Graph and
 * the SharePoint lists in production and in the workbench, a fake in tests). Nothing here imports SPFx, PnPjs or Graph.
 */
import type { GovernanceErrorKind } from '../../core/errors';
import type { AccessFlag, LabelDrift, NotCheckableReason } from '../../core/labels/types';

/** Which records a run checks: every record of a mission, or records picked in the grid. */
export type LabelCheckScope =
  | { readonly kind: 'mission'; readonly mission: string }
  | { readonly kind: 'records'; readonly ids: readonly number[] };

/** What happened to one record. */
export type LabelCheckOutcome = 'checked' | 'notCheckable' | 'failed' | 'notReached';

/** One line of the run's report. */
export interface LabelCheckReportRow {
  readonly id: number;
  readonly title: string;
  readonly mission?: string;
  readonly declaredSensitivity?: string;
  readonly outcome: LabelCheckOutcome;
  /** The label found ("Parent / Child"), when one was read. */
  readonly labelName?: string;
  readonly drift?: LabelDrift;
  /** Why the record is not checkable, or why the check failed (throttled, failed). */
  readonly reason?: NotCheckableReason;
  /** Why the result could not be saved (e.g. Conflict: someone saved the record during the run). */
  readonly writeError?: GovernanceErrorKind;
  readonly accessFlags: readonly AccessFlag[];
}

/** Records finished (checked and saved, or failed) out of all. */
export interface LabelCheckRunProgress {
  readonly done: number;
  readonly total: number;
}

/** A finished (or cancelled) run: one row per record, in the order read. */
export interface LabelCheckRunResult {
  readonly rows: readonly LabelCheckReportRow[];
  readonly cancelled: boolean;
}

export interface ILabelCheckRunner {
  /** Whether the signed-in user may run checks (they save results on the records: edit rights on DataAssets). */
  canRun(): Promise<boolean>;
  /**
   * Checks the records of `scope` and saves each group's results before the next starts, so a cancel (`signal`)
   * keeps what was checked. One record's failure (Graph or its save, e.g. a Conflict) never stops the run.
   */
  run(scope: LabelCheckScope, options: { readonly signal?: AbortSignal; readonly onProgress?: (progress: LabelCheckRunProgress) => void }): Promise<LabelCheckRunResult>;
  /** Colours of the tenant's labels by id (`#RRGGBB`), for the swatch beside a label's name; empty when unknown. */
  labelColours(): Promise<ReadonlyMap<string, string>>;
}
