/**
 * Planning: each valid row against the records that already carry its key. Decides create / update / unchanged /
 * skip before anything is written, so the preview shows exactly what a run will do.
 */
import type { DataAsset } from '../models/dataAsset';
import { fieldIssue } from '../validation/fieldRules';
import { importKey } from './keys';
import type { CheckedRow, ExistingRecord, MatchPolicy, PlannedRow } from './types';

/** Groups existing records by import key. */
export function indexByKey(records: readonly ExistingRecord[], byExternalId: boolean): Map<string, ExistingRecord[]> {
  const map = new Map<string, ExistingRecord[]>();
  for (const record of records) {
    const key = importKey(record.values, byExternalId);
    if (key === '') continue;
    const list = map.get(key);
    if (list) list.push(record);
    else map.set(key, [record]);
  }
  return map;
}

function comparable(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : JSON.stringify([...value].map(String).sort());
  if (typeof value === 'object') {
    const v = value as { id?: number; url?: string };
    return v.id !== undefined ? `person:${v.id}` : `url:${v.url ?? ''}`;
  }
  return typeof value === 'string' ? value.trim() : value;
}

/** True when the record already holds every value the row supplies (so writing it again would change nothing). */
export function alreadyHolds(record: Partial<DataAsset>, row: CheckedRow): boolean {
  const target = record as Record<string, unknown>;
  const source = row.values as unknown as Record<string, unknown>;
  return row.mapped.every((property) => comparable(target[property]) === comparable(source[property]));
}

/**
 * The plan. Invalid rows stay invalid. A row whose key matches one record follows `policy` (update, skip, or
 * create a new record beside it); an update that would change nothing is `unchanged`, which is what makes
 * re-running a file safe. A key matching several records is ambiguous and refused under `update`.
 */
export function planImport(rows: readonly CheckedRow[], existing: ReadonlyMap<string, readonly ExistingRecord[]>, policy: MatchPolicy): PlannedRow[] {
  return rows.map((row): PlannedRow => {
    if (row.issues.length > 0) return { row, action: { kind: 'invalid' } };
    const matches = existing.get(row.key) ?? [];
    if (matches.length === 0 || policy === 'create') return { row, action: { kind: 'create' } };
    if (policy === 'skip') return { row, action: { kind: 'skip', id: matches[0].id } };
    if (matches.length > 1) {
      const ids = matches.map((m) => m.id).join(', ');
      const issue = fieldIssue('title', 'ambiguousMatch', `Several records (${ids}) have this row's key: fix them in the inventory, or give the rows external IDs.`, { ids });
      return { row: { ...row, issues: [issue] }, action: { kind: 'invalid' } };
    }
    const match = matches[0];
    return alreadyHolds(match.values, row)
      ? { row, action: { kind: 'unchanged', id: match.id } }
      : { row, action: { kind: 'update', id: match.id, etag: match.etag } };
  });
}

/** Counts of a plan by action, for the preview. */
export function planSummary(plan: readonly PlannedRow[]): Record<PlannedRow['action']['kind'], number> {
  const counts = { create: 0, update: 0, unchanged: 0, skip: 0, invalid: 0 };
  for (const entry of plan) counts[entry.action.kind]++;
  return counts;
}
