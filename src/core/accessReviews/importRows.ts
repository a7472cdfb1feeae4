/**
 * Access held outside Microsoft 365 (One Identity Manager, on-premises AD, any system) arrives as a file read by the
 * rollout kit's reader (`ImportTable`). This checks its rows: required columns, principal types, dates, duplicates and
 * (when the directory was consulted) unknown principals, each problem reported per row so the lead can fix the file.
 */
import { MAX_IMPORT_ROWS, normaliseHeader } from '../import/limits';
import type { ImportTable } from '../import/types';
import type { PrincipalType } from '../models/accessReview';
import { parseIsoDate } from '../validation/isoDate';

/** Columns of an access file, with the header spellings accepted for each (compared by `normaliseHeader`). */
export const ACCESS_FILE_COLUMNS = {
  principal: ['principal', 'account', 'user', 'email', 'upn', 'identity', 'centralaccount'],
  principalType: ['principaltype', 'type', 'accounttype'],
  resource: ['resource', 'system', 'targetsystem', 'application', 'target', 'group'],
  entitlement: ['entitlement', 'permission', 'role', 'right', 'accessright'],
  lastSignIn: ['lastsignin', 'lastlogon', 'lastlogin', 'lastlogontimestamp'],
  department: ['department'],
  region: ['region']
} as const;
export type AccessFileColumn = keyof typeof ACCESS_FILE_COLUMNS;

/** A valid row of an access file. */
export interface ImportedAccessRow {
  /** 1-based data row number in the file (the header is row 0), for reports. */
  readonly row: number;
  readonly principal: string;
  readonly principalType: PrincipalType;
  readonly resource: string;
  readonly entitlement: string;
  readonly lastSignIn?: string;
  readonly department?: string;
  readonly region?: string;
}

export const ACCESS_ROW_ISSUES = ['missingPrincipal', 'missingResource', 'emptyEntitlement', 'badPrincipalType', 'badDate', 'duplicate', 'unknownPrincipal'] as const;
export type AccessRowIssueCode = (typeof ACCESS_ROW_ISSUES)[number];

export interface AccessRowIssue {
  readonly row: number;
  readonly code: AccessRowIssueCode;
  /** The offending value, for the report. */
  readonly value?: string;
}

export type AccessFileProblem = { readonly code: 'missingColumns'; readonly columns: readonly AccessFileColumn[] } | { readonly code: 'tooManyRows'; readonly rows: number; readonly limit: number };

export interface CheckedAccessFile {
  readonly problem?: AccessFileProblem;
  readonly rows: readonly ImportedAccessRow[];
  readonly issues: readonly AccessRowIssue[];
}

const TYPE_WORDS: Readonly<Record<string, PrincipalType>> = {
  user: 'User', member: 'User', employee: 'User', guest: 'Guest', external: 'Guest',
  serviceprincipal: 'Service principal', service: 'Service principal', application: 'Service principal', group: 'Group'
};

function columnIndexes(headers: readonly string[]): Partial<Record<AccessFileColumn, number>> {
  const found: Partial<Record<AccessFileColumn, number>> = {};
  headers.forEach((header, index) => {
    const name = normaliseHeader(header);
    for (const [column, spellings] of Object.entries(ACCESS_FILE_COLUMNS) as [AccessFileColumn, readonly string[]][]) {
      if (found[column] === undefined && spellings.includes(name)) found[column] = index;
    }
  });
  return found;
}

/**
 * Checks every row; `isKnown` (optional) says whether a principal exists in the directory. A file with more than
 * `MAX_IMPORT_ROWS` rows or without the required columns is refused whole, before any row is looked at.
 */
export function checkAccessFile(table: ImportTable, isKnown?: (principal: string) => boolean): CheckedAccessFile {
  if (table.rows.length > MAX_IMPORT_ROWS) return { problem: { code: 'tooManyRows', rows: table.rows.length, limit: MAX_IMPORT_ROWS }, rows: [], issues: [] };
  const at = columnIndexes(table.headers);
  const missing = (['principal', 'resource', 'entitlement'] as const).filter((c) => at[c] === undefined);
  if (missing.length > 0) return { problem: { code: 'missingColumns', columns: missing }, rows: [], issues: [] };
  const cell = (cells: readonly string[], column: AccessFileColumn): string => {
    const index = at[column];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const rows: ImportedAccessRow[] = [];
  const issues: AccessRowIssue[] = [];
  const seen = new Set<string>();
  table.rows.forEach((cells, index) => {
    const row = index + 1;
    if (cells.every((c) => (c ?? '').trim() === '')) return;
    const principal = cell(cells, 'principal');
    const resource = cell(cells, 'resource');
    const entitlement = cell(cells, 'entitlement');
    const typeText = cell(cells, 'principalType');
    const signIn = cell(cells, 'lastSignIn');
    const before = issues.length;
    if (!principal) issues.push({ row, code: 'missingPrincipal' });
    if (!resource) issues.push({ row, code: 'missingResource' });
    if (!entitlement) issues.push({ row, code: 'emptyEntitlement' });
    const principalType = typeText ? TYPE_WORDS[normaliseHeader(typeText)] : 'User';
    if (principalType === undefined) issues.push({ row, code: 'badPrincipalType', value: typeText });
    if (signIn && parseIsoDate(signIn) === undefined) issues.push({ row, code: 'badDate', value: signIn });
    if (issues.length > before) return;
    const key = `${principal}|${resource}|${entitlement}`.toLowerCase();
    if (seen.has(key)) {
      issues.push({ row, code: 'duplicate', value: `${principal} / ${resource} / ${entitlement}` });
      return;
    }
    seen.add(key);
    if (isKnown && principalType !== 'Service principal' && !isKnown(principal)) {
      issues.push({ row, code: 'unknownPrincipal', value: principal });
      return;
    }
    rows.push({
      row,
      principal,
      principalType: principalType as PrincipalType,
      resource,
      entitlement,
      lastSignIn: signIn || undefined,
      department: cell(cells, 'department') || undefined,
      region: cell(cells, 'region') || undefined
    });
  });
  return { rows, issues };
}
