/** The outcome of each row of a quality measurements import, and the counts the report shows. */
import type { FieldIssue } from '../errors';
import type { CheckedQualityRow } from './importRows';

/**
 * `written`: added by this run. `alreadyRecorded`: the same measurement was stored already, not written again.
 * `invalid`: problems in the row, not sent. `failed`: sent and refused, or its fate could not be established.
 * `notRun`: not written because the run was stopped.
 */
export type QualityImportOutcome = 'written' | 'alreadyRecorded' | 'invalid' | 'failed' | 'notRun';

export const QUALITY_IMPORT_OUTCOMES: readonly QualityImportOutcome[] = ['written', 'alreadyRecorded', 'invalid', 'failed', 'notRun'];

export interface QualityReportRow {
  readonly rowNumber: number;
  readonly outcome: QualityImportOutcome;
  /** The measurement's item id (written, or found already recorded during the run). */
  readonly id?: number;
  readonly issues?: readonly FieldIssue[];
}

/** The report before anything is sent: invalid rows, rows already recorded, and the rest not written yet. */
export function initialQualityReport(rows: readonly CheckedQualityRow[]): QualityReportRow[] {
  return rows.map((r): QualityReportRow => {
    if (r.measurement === undefined) return { rowNumber: r.rowNumber, outcome: 'invalid', issues: r.issues };
    return { rowNumber: r.rowNumber, outcome: r.alreadyRecorded === true ? 'alreadyRecorded' : 'notRun' };
  });
}

/** How many rows ended with each outcome. */
export function countOutcomes(report: readonly QualityReportRow[]): Record<QualityImportOutcome, number> {
  const counts: Record<QualityImportOutcome, number> = { written: 0, alreadyRecorded: 0, invalid: 0, failed: 0, notRun: 0 };
  for (const row of report) counts[row.outcome] += 1;
  return counts;
}
