/** Text helpers of the Access Reviews UI (pure): codes to localised words, dates and numbers in the UI culture. */
import type { AccessRowIssueCode, AccessFileProblem } from '../../../core/accessReviews';
import type { RecommendationReason } from '../../../core/models/accessReview';
import { format, formatDate, formatNumber as formatUiNumber, formatPercent as formatUiPercent } from '../../../ui/format';

export { format };

/** A code's localised text from one of the strings' maps; an unknown code shows as itself rather than vanish. */
export function codeText(map: Readonly<Record<string, string>>, code: string): string {
  return map[code] ?? code;
}

export function reasonText(reason: RecommendationReason, strings: IAccessReviewsStrings): string {
  return codeText(strings.Reasons, reason);
}

export function rowIssueText(code: AccessRowIssueCode, strings: IAccessReviewsStrings): string {
  return codeText(strings.RowIssues, code);
}

export function fileProblemText(problem: AccessFileProblem, strings: IAccessReviewsStrings, locale?: string): string {
  return problem.code === 'missingColumns'
    ? format(strings.FileMissingColumns, problem.columns.join(', '))
    : format(strings.FileTooManyRows, formatNumber(problem.rows, locale), formatNumber(problem.limit, locale));
}

/** A calendar day (or date-time) in the UI culture. */
export function formatDay(iso: string | undefined, strings: IAccessReviewsStrings, locale?: string): string {
  return formatDate(iso, strings.NotSet, locale);
}

/** A count in the UI culture (ui/format's formatter; `locale` overrides it). */
export function formatNumber(value: number, locale?: string): string {
  return formatUiNumber(value, locale);
}

/** A whole percentage in the UI culture. */
export function formatPercent(share: number, locale?: string): string {
  return formatUiPercent(share, 0, locale);
}

/** Today as an ISO day (UTC), for date inputs and file names. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (ISO days). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86400000);
}

/** Starts an async handler from an event; the handlers catch and show their own errors, so nothing is lost here. */
export function runTask(task: Promise<unknown>): void {
  task.catch(() => undefined);
}
