/** Converts and checks usage rows: every problem of every row, reported with a code the UI localises, never thrown. */
import type { FieldIssue } from '../errors';
import { unescapeFormula } from '../import/cells';
import { parseDateCell } from '../import/dates';
import type { DateOrder, ImportTable } from '../import/types';
import { fieldIssue } from '../validation/fieldRules';
import type { UsageColumn, UsageMapping } from './columns';
import { looksLikeDomain, normaliseDomain, usageAppKey } from './normalise';

/** The period a file covers when its rows do not say (Defender exports cover the portal's chosen time range). */
export interface UsagePeriod {
  readonly start: string;
  readonly end: string;
}

/** One usage row as it will be stored. */
export interface UsageRowValues {
  readonly title: string;
  readonly domain?: string;
  readonly category?: string;
  readonly users: number;
  readonly transactions?: number;
  readonly riskScore?: number;
  readonly trafficMb?: number;
  readonly department?: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly appKey: string;
}

/** A data row after checking; `rowNumber` is the file's (header is row 1). `values` is set when there is no issue. */
export interface CheckedUsageRow {
  readonly rowNumber: number;
  readonly values?: UsageRowValues;
  readonly issues: readonly FieldIssue[];
}

export interface UsageRowContext {
  readonly dateOrder: DateOrder;
  /** Applies to rows without period columns. */
  readonly period?: UsagePeriod;
}

const MAX_TEXT = 255;

/** Whole counts, with or without thousands separators ("1,234", "1 234", "1.234", "1'234"). */
export function parseCount(text: string): number | undefined {
  const value = text.trim().replace(/\u00a0/g, ' ');
  if (/^\d+$/.test(value)) return Number(value);
  if (/^\d{1,3}([,. '])\d{3}(\1\d{3})*$/.test(value)) return Number(value.replace(/[,. ']/g, ''));
  return undefined;
}

const UNITS: Readonly<Record<string, number>> = { b: 1 / 1048576, kb: 1 / 1024, mb: 1, gb: 1024, tb: 1048576 };

/** Traffic as megabytes: "1.5 GB", "532 MB", "12 KB", "0 B"; a bare number is bytes (Graph and Defender's API). */
export function parseTrafficMb(text: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*([kmgt]?i?b)?$/i.exec(text.trim());
  if (match === null) return undefined;
  const amount = Number(match[1].replace(',', '.'));
  const unit = (match[2] ?? 'b').toLowerCase().replace('ib', 'b');
  const factor = UNITS[unit];
  return factor === undefined ? undefined : Math.round(amount * factor * 100) / 100;
}

function cell(cells: readonly string[], mapping: UsageMapping, column: UsageColumn): string {
  const index = mapping.indexOf(column);
  if (index < 0) return '';
  return unescapeFormula(String(cells[index] ?? '').trim()).trim();
}

function text(raw: string, column: UsageColumn, issues: FieldIssue[]): string | undefined {
  if (raw === '') return undefined;
  if (raw.length > MAX_TEXT) {
    issues.push(fieldIssue(column, 'tooLong', `${column} is longer than ${MAX_TEXT} characters.`, { max: MAX_TEXT }));
    return undefined;
  }
  return raw;
}

function count(raw: string, column: UsageColumn, issues: FieldIssue[]): number | undefined {
  if (raw === '') return undefined;
  const n = parseCount(raw);
  if (n === undefined) issues.push(fieldIssue(column, 'invalidNumber', `${column} must be a whole number ("${raw}" is not).`, { value: raw }));
  return n;
}

function date(raw: string, column: UsageColumn, order: DateOrder, issues: FieldIssue[]): string | undefined {
  if (raw === '') return undefined;
  const iso = parseDateCell(raw, order);
  if (iso === undefined) issues.push(fieldIssue(column, 'invalidDate', `${column} must be a date ("${raw}" is not).`, { value: raw }));
  return iso;
}

function traffic(cells: readonly string[], mapping: UsageMapping, issues: FieldIssue[]): number | undefined {
  const total = cell(cells, mapping, 'traffic');
  const parts = (['upload', 'download'] as const).map((c) => ({ c, raw: cell(cells, mapping, c) })).filter((p) => p.raw !== '');
  const read = (raw: string, column: UsageColumn): number | undefined => {
    const mb = parseTrafficMb(raw);
    if (mb === undefined) issues.push(fieldIssue(column, 'invalidSize', `${column} must be a size such as "12 MB" ("${raw}" is not).`, { value: raw }));
    return mb;
  };
  if (total !== '') return read(total, 'traffic');
  if (parts.length === 0) return undefined;
  const sizes = parts.map((p) => read(p.raw, p.c));
  return sizes.some((s) => s === undefined) ? undefined : Math.round(sizes.reduce((a, b) => a! + b!, 0)! * 100) / 100;
}

/** Converts one row (see `checkUsageRows`). */
export function checkUsageRow(cells: readonly string[], rowNumber: number, mapping: UsageMapping, context: UsageRowContext): CheckedUsageRow {
  const issues: FieldIssue[] = [];
  let title = text(cell(cells, mapping, 'app'), 'app', issues);
  let domainText = cell(cells, mapping, 'domain');
  // A generic export's "app or domain" column: a domain there is the app's domain and, lacking a name, its name.
  if (title !== undefined && domainText === '' && looksLikeDomain(title)) domainText = title;
  const domain = domainText === '' ? undefined : normaliseDomain(domainText.split(/[;,\s]+/)[0]);
  if (domainText !== '' && domain === undefined) issues.push(fieldIssue('domain', 'invalidDomain', `"${domainText}" is not a web domain.`, { value: domainText }));
  if (title === undefined && domain !== undefined) title = domain;
  if (title === undefined && !issues.some((i) => i.field === 'app')) issues.push(fieldIssue('app', 'required', 'The app name (or its domain) is required.'));
  const users = count(cell(cells, mapping, 'users'), 'users', issues);
  if (users === undefined && !issues.some((i) => i.field === 'users')) issues.push(fieldIssue('users', 'required', 'Users is required.'));
  const transactions = count(cell(cells, mapping, 'transactions'), 'transactions', issues);
  const riskScore = count(cell(cells, mapping, 'riskScore'), 'riskScore', issues);
  if (riskScore !== undefined && riskScore > 10) issues.push(fieldIssue('riskScore', 'outOfRange', 'Risk score must be between 0 and 10.', { min: 0, max: 10 }));
  const trafficMb = traffic(cells, mapping, issues);
  const category = text(cell(cells, mapping, 'category'), 'category', issues);
  const department = text(cell(cells, mapping, 'department'), 'department', issues);
  const start = date(cell(cells, mapping, 'periodStart'), 'periodStart', context.dateOrder, issues) ?? (mapping.indexOf('periodStart') < 0 ? context.period?.start : undefined);
  const end = date(cell(cells, mapping, 'periodEnd'), 'periodEnd', context.dateOrder, issues) ?? (mapping.indexOf('periodEnd') < 0 ? context.period?.end : undefined);
  if ((start === undefined || end === undefined) && !issues.some((i) => i.field === 'periodStart' || i.field === 'periodEnd')) {
    issues.push(fieldIssue('periodStart', 'periodMissing', 'The period is missing: give the row a period start and end, or state the period of the file.'));
  } else if (start !== undefined && end !== undefined && end < start) {
    issues.push(fieldIssue('periodEnd', 'periodOrder', 'The period ends before it starts.', { start, end }));
  }
  if (issues.length > 0) return { rowNumber, issues };
  const values: UsageRowValues = {
    title: title!, domain, category, users: users!, transactions, riskScore: riskScore, trafficMb, department,
    periodStart: start!, periodEnd: end!, appKey: usageAppKey(title, domain)
  };
  return { rowNumber, values, issues };
}

function rowIdentity(values: UsageRowValues): string {
  return `${values.periodStart}|${values.periodEnd}|${values.appKey}|${(values.department ?? '').trim().toLowerCase()}`;
}

/**
 * Checks every non-blank data row (row numbers stay the file's). The same app, department and period twice is an
 * error on the later row: a period holds one figure per app and department.
 */
export function checkUsageRows(table: ImportTable, mapping: UsageMapping, context: UsageRowContext): CheckedUsageRow[] {
  const first = new Map<string, number>();
  const out: CheckedUsageRow[] = [];
  table.rows.forEach((cells, index) => {
    if (cells.every((c) => String(c ?? '').trim() === '')) return;
    const row = checkUsageRow(cells, index + 2, mapping, context);
    if (row.values !== undefined) {
      const key = rowIdentity(row.values);
      const seen = first.get(key);
      if (seen !== undefined) {
        out.push({ rowNumber: row.rowNumber, issues: [fieldIssue('app', 'duplicateInFile', `Row ${seen} has the same app, department and period.`, { row: seen })] });
        return;
      }
      first.set(key, row.rowNumber);
    }
    out.push(row);
  });
  return out;
}

/** The distinct periods of the valid rows, oldest first: each is replaced as a whole by the run. */
export function periodsOf(rows: readonly CheckedUsageRow[]): UsagePeriod[] {
  const seen = new Map<string, UsagePeriod>();
  for (const r of rows) if (r.values) seen.set(`${r.values.periodStart}|${r.values.periodEnd}`, { start: r.values.periodStart, end: r.values.periodEnd });
  return Array.from(seen.values()).sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}
