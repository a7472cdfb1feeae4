/** Which records an import run leaves naming a custodian (issue 23, attack 6): pure, from the plan and the report. */
import type { PersonRef } from '../models/common';
import type { DataAsset } from '../models/dataAsset';
import type { PlannedRow, ReportRow, RowOutcome } from './types';

/** A record the import wrote or matched, and the custodian it names. */
export interface NamedCustodian {
  readonly assetId: number;
  readonly title: string;
  readonly custodian: PersonRef;
}

/**
 * Outcomes whose record exists and carries a known custodian after the run. `failed` rows are left out (their record
 * was not written as the file says, e.g. a conflict); `skipped` rows count with the custodian the record holds, so a
 * re-run with "skip" repairs an interrupted run as well as one with "update".
 */
const MATCHED: readonly RowOutcome[] = ['created', 'updated', 'unchanged', 'skipped'];

/**
 * The records of this run that name a custodian, with the one they name now: the file's when the row was written
 * (or already held it) and maps the Custodian column, else the record's own as read at planning (`existing`).
 */
export function namedCustodians(report: readonly ReportRow[], plan: readonly PlannedRow[], existing: ReadonlyMap<number, Partial<DataAsset>>): NamedCustodian[] {
  const named: NamedCustodian[] = [];
  report.forEach((row, index) => {
    if (row.id === undefined || MATCHED.indexOf(row.outcome) < 0) return;
    const planned = plan[index].row;
    const stored = existing.get(row.id);
    const fromFile = row.outcome !== 'skipped' && (row.outcome === 'created' || planned.mapped.indexOf('custodian') >= 0);
    const custodian = fromFile ? planned.values.custodian : stored?.custodian;
    const title = row.outcome === 'skipped' ? stored?.title ?? planned.values.title : planned.values.title;
    if (custodian !== undefined && custodian !== null) named.push({ assetId: row.id, title, custodian });
  });
  return named;
}
