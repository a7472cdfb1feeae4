/**
 * The two usage export layouts and matching a file's headers to the columns the import reads. Defender for Cloud
 * Apps' discovered-apps export: Name, Category, Risk score, Traffic, Upload, Download, Transactions, Users, IP
 * addresses, Last seen (plus Web domain when exported from the app page). The generic layout: app or domain,
 * department, users, period start and end.
 */
import { normaliseHeader } from '../import/limits';

export const USAGE_COLUMNS = [
  'app', 'domain', 'category', 'riskScore', 'users', 'transactions', 'traffic', 'upload', 'download', 'department', 'periodStart', 'periodEnd'
] as const;
export type UsageColumn = (typeof USAGE_COLUMNS)[number];

/** Per header index: the usage column it fills, or undefined when ignored. */
export type UsageMapping = readonly (UsageColumn | undefined)[];

export type UsageLayout = 'defender' | 'generic';

/** Header names each column is recognised by (compared with `normaliseHeader`: case, spaces, punctuation ignored). */
const HEADER_NAMES: Readonly<Record<UsageColumn, readonly string[]>> = {
  app: ['Name', 'App', 'App name', 'Application', 'Application name', 'Cloud app', 'App or domain', 'Tool', 'Service'],
  domain: ['Web domain', 'Web domains', 'Domain', 'Domains', 'URL', 'Host', 'Hostname', 'Destination'],
  category: ['Category', 'App category', 'Categories'],
  riskScore: ['Risk score', 'Risk', 'Score'],
  users: ['Users', 'User count', 'Unique users', 'Number of users', 'Active users'],
  transactions: ['Transactions', 'Transaction count', 'Requests', 'Events'],
  traffic: ['Traffic', 'Total traffic'],
  upload: ['Upload', 'Uploaded', 'Upload traffic'],
  download: ['Download', 'Downloaded', 'Download traffic'],
  department: ['Department', 'User group', 'Group', 'Business unit', 'Office'],
  periodStart: ['Period start', 'Start', 'Start date', 'From', 'Period from'],
  periodEnd: ['Period end', 'End', 'End date', 'To', 'Period to']
};

/** Columns only Defender's export has: two of them mean the file is a Defender export. */
const DEFENDER_MARKERS: readonly UsageColumn[] = ['riskScore', 'traffic', 'upload', 'download', 'transactions'];

/** Matches each header to a column (first header wins; a column is matched once). */
export function autoMapUsageColumns(headers: readonly string[]): UsageMapping {
  const used = new Set<UsageColumn>();
  return headers.map((header) => {
    const key = normaliseHeader(header);
    if (key === '') return undefined;
    const column = USAGE_COLUMNS.find((c) => !used.has(c) && HEADER_NAMES[c].some((name) => normaliseHeader(name) === key));
    if (column !== undefined) used.add(column);
    return column;
  });
}

/** Which layout a mapped file is in (shown to the user; both are read the same way). */
export function detectUsageLayout(mapping: UsageMapping): UsageLayout {
  return DEFENDER_MARKERS.filter((c) => mapping.indexOf(c) >= 0).length >= 2 ? 'defender' : 'generic';
}

export interface UsageMappingProblems {
  /** `app` (an app or a domain column is needed) and `users`. */
  readonly missingRequired: readonly UsageColumn[];
  readonly mappedTwice: readonly UsageColumn[];
}

export function usageMappingProblems(mapping: UsageMapping): UsageMappingProblems {
  const counts = new Map<UsageColumn, number>();
  for (const column of mapping) if (column !== undefined) counts.set(column, (counts.get(column) ?? 0) + 1);
  const missing: UsageColumn[] = [];
  if (!counts.has('app') && !counts.has('domain')) missing.push('app');
  if (!counts.has('users')) missing.push('users');
  return { missingRequired: missing, mappedTwice: Array.from(counts.entries()).filter(([, n]) => n > 1).map(([c]) => c) };
}

/** True when the file gives each row its period (else the user states the period of the whole file). */
export function mapsPeriod(mapping: UsageMapping): boolean {
  return mapping.indexOf('periodStart') >= 0 && mapping.indexOf('periodEnd') >= 0;
}
