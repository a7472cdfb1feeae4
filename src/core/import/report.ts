/** The downloadable report: one line per data row with its outcome, the record's link or the reasons. */
import type { NominationOutcome, PlannedRow, ReportRow, RowOutcome } from './types';

/** Localised words the report uses (the UI passes its strings). */
export interface ReportWords {
  readonly headers: readonly [string, string, string, string];
  readonly outcomes: Readonly<Record<RowOutcome, string>>;
  /** Said of a record, per nomination outcome: what happened to asking its custodian to confirm. */
  readonly nominations?: Readonly<Partial<Record<NominationOutcome, string>>>;
}

/** The report rows a plan implies before running (invalid, skipped and unchanged rows are final already). */
export function initialReport(plan: readonly PlannedRow[]): ReportRow[] {
  return plan.map(({ row, action }): ReportRow => {
    switch (action.kind) {
      case 'invalid':
        return { rowNumber: row.rowNumber, outcome: 'invalid', issues: row.issues };
      case 'skip':
        return { rowNumber: row.rowNumber, outcome: 'skipped', id: action.id };
      case 'unchanged':
        return { rowNumber: row.rowNumber, outcome: 'unchanged', id: action.id };
      default:
        return { rowNumber: row.rowNumber, outcome: 'notRun', id: action.kind === 'update' ? action.id : undefined };
    }
  });
}

/**
 * The report as a table (header row first), sorted by row number. `link` turns an id into the record's address;
 * `message` turns an issue into the user's language.
 */
export function reportTable(
  rows: readonly ReportRow[],
  words: ReportWords,
  link: (id: number) => string,
  message: (issue: NonNullable<ReportRow['issues']>[number]) => string
): string[][] {
  const sorted = [...rows].sort((a, b) => a.rowNumber - b.rowNumber);
  return [
    [...words.headers],
    ...sorted.map((r) => [
      String(r.rowNumber),
      words.outcomes[r.outcome],
      r.id !== undefined ? link(r.id) : '',
      [...(r.issues ?? []).map(message), ...nominationWords(r, words)].join(' ')
    ])
  ];
}

function nominationWords(row: ReportRow, words: ReportWords): string[] {
  const text = row.nomination === undefined ? undefined : words.nominations?.[row.nomination];
  return text === undefined ? [] : [text];
}

/** Counts per outcome. */
export function reportCounts(rows: readonly ReportRow[]): Record<RowOutcome, number> {
  const counts: Record<RowOutcome, number> = { created: 0, updated: 0, unchanged: 0, skipped: 0, invalid: 0, failed: 0, notRun: 0 };
  for (const r of rows) counts[r.outcome]++;
  return counts;
}

/** How many records' custodians were asked to confirm, could not be, were the importing user, or had declined. */
export function nominationCounts(rows: readonly ReportRow[]): Record<NominationOutcome, number> {
  const counts: Record<NominationOutcome, number> = { sent: 0, self: 0, declined: 0, failed: 0 };
  for (const r of rows) if (r.nomination !== undefined) counts[r.nomination]++;
  return counts;
}
