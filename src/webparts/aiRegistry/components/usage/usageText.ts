/** Localised texts of the usage tab: row issues, trends, findings and the summary as CSV rows. Pure (no React). */
import type { FieldIssue } from '../../../../core/errors';
import type { UsageColumn } from '../../../../core/usage/columns';
import type { AppUsage } from '../../../../core/usage/findings';
import type { UsageSummary } from '../../../../core/usage/summary';
import { formatDate, formatNamed, formatNumber, formatPercent } from '../../../../ui/format';

/** A column's name in the user's language (issues name the column they are about). */
export function columnName(column: string, strings: IAIUsageStrings): string {
  return (strings.ColumnNames as Record<string, string | undefined>)[column as UsageColumn] ?? column;
}

/** One row issue in the user's language; a server's reason is passed through. */
export function usageIssueText(issue: FieldIssue, strings: IAIUsageStrings): string {
  const template = (strings.Issues as Record<string, string | undefined>)[issue.code] ?? strings.Issues.server;
  return formatNamed(template, { ...issue.params, field: columnName(issue.field, strings), message: issue.message });
}

export function trendText(app: AppUsage, strings: IAIUsageStrings, locale?: string): string {
  return formatNamed(strings.Trends[app.trend], { previous: formatNumber(app.previousUsers ?? 0, locale) });
}

export function findingsText(app: AppUsage, strings: IAIUsageStrings): string {
  return app.findings.map((f) => strings.Findings[f]).join(', ');
}

export function periodText(template: string, start: string, end: string, notSet: string, locale?: string): string {
  return formatNamed(template, { start: formatDate(start, notSet, locale), end: formatDate(end, notSet, locale) });
}

export function shareText(share: number | undefined, strings: IAIUsageStrings, locale?: string): string {
  return share === undefined ? strings.NotApplicable : formatPercent(share, 0, locale);
}

/** The summary's figures as label/value pairs, in report order. */
export function summaryFigures(summary: UsageSummary, strings: IAIUsageStrings, locale?: string): [string, string][] {
  const f = strings.Figures;
  const n = (value: number): string =>formatNumber(value, locale);
  return [
    [f.toolsInUse, n(summary.toolsInUse)],
    [f.registeredShare, shareText(summary.registeredShare, strings, locale)],
    [f.unregistered, n(summary.unregistered)],
    [f.unapprovedInUse, n(summary.unapprovedInUse)],
    [f.highRiskUnverified, n(summary.highRiskUnverified)],
    [f.aiUsers, n(summary.aiUsers)],
    [f.usersOfUnregistered, n(summary.usersOfUnregistered)]
  ];
}

/**
 * The summary export: the period, the figures, the top departments, then the open findings ranked by users. Plain
 * values (numbers as numbers) so a spreadsheet can compute with them; `toCsv` makes every cell safe.
 */
export function summaryCsvRows(summary: UsageSummary, queue: readonly AppUsage[], strings: IAIUsageStrings, notSet: string): { header: string[]; rows: (string | number)[][] } {
  const f = strings.Figures;
  const rows: (string | number)[][] = [];
  if (summary.period) rows.push([periodText(strings.SummaryPeriod, summary.period.start, summary.period.end, notSet, 'en-CA'), '']);
  rows.push(
    [f.toolsInUse, summary.toolsInUse],
    [f.registeredShare, summary.registeredShare === undefined ? strings.NotApplicable : Math.round(summary.registeredShare * 1000) / 10],
    [f.unregistered, summary.unregistered],
    [f.unapprovedInUse, summary.unapprovedInUse],
    [f.highRiskUnverified, summary.highRiskUnverified],
    [f.aiUsers, summary.aiUsers],
    [f.usersOfUnregistered, summary.usersOfUnregistered],
    ['', ''],
    [strings.TopDepartments, '']
  );
  for (const d of summary.topDepartments) rows.push([d.department, d.users]);
  rows.push(['', ''], [strings.CsvFindingsTitle, '']);
  for (const app of queue) rows.push([`${app.name} (${findingsText(app, strings)})`, app.users]);
  return { header: [strings.CsvFigure, strings.CsvValue], rows };
}
