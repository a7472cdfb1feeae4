import * as labelStrings from 'LabelCheckStrings';
import { toCsv } from '../export/csv';
import type { LabelCheckReportRow } from './ILabelCheckRunner';
import { accessFlagsText } from './LabelBadges';

/** Why a report row is not "checked": the not-checkable reason, the failure, or the save's error. */
export function reportReason(row: LabelCheckReportRow, errorText: (kind: NonNullable<LabelCheckReportRow['writeError']>) => string, s: ILabelCheckStrings = labelStrings): string {
  if (row.writeError !== undefined) return s.WriteFailed.replace('{0}', errorText(row.writeError));
  return row.reason !== undefined ? s.Reasons[row.reason] ?? row.reason : '';
}

/** The run's report as CSV, one line per record (cells made formula-safe by `toCsv`). */
export function labelReportCsv(rows: readonly LabelCheckReportRow[], errorText: (kind: NonNullable<LabelCheckReportRow['writeError']>) => string, s: ILabelCheckStrings = labelStrings): string {
  const h = s.ReportHeaders;
  return toCsv(
    [h.id, h.title, h.mission, h.outcome, h.label, h.declared, h.drift, h.sharing, h.reason],
    rows.map((row) => [
      row.id, row.title, row.mission ?? '', s.Outcome[row.outcome], row.labelName ?? '', row.declaredSensitivity ?? '',
      row.drift !== undefined ? s.Drift[row.drift] : '', accessFlagsText(row.accessFlags, s), reportReason(row, errorText, s)
    ])
  );
}
