/**
 * Planning: each valid row against the records that already carry its key. Decides create / update / unchanged /
 * skip before anything is written, so the preview shows exactly what a run will do.
 */
import type { DataAsset } from '../models/dataAsset';
import type { FieldIssue } from '../errors';
import { fieldIssue } from '../validation/fieldRules';
import { recordKeys } from './keys';
import type { CheckedRow, ExistingRecord, MatchPolicy, PlannedRow } from './types';

/** Groups existing records by import key (a record with an external ID is listed under its mission + title too). */
export function indexByKey(records: readonly ExistingRecord[], byExternalId: boolean): Map<string, ExistingRecord[]> {
  const map = new Map<string, ExistingRecord[]>();
  for (const record of records) {
    for (const key of recordKeys(record.values, byExternalId)) {
      const list = map.get(key);
      if (list) list.push(record);
      else map.set(key, [record]);
    }
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

/** What a lookup proves about an update whose answer never came (a lost answer, throttling beyond the retries). */
export type UnknownUpdateFate = 'written' | 'unwritten' | 'changedSincePlanned';

/**
 * Attack 5 of issue 23: the record as it is now decides. It holds the row's values: written (by this run or by
 * someone typing the same). Its ETag is still the one read at planning: nothing happened, so the row may be sent
 * again with that ETag. Anything else means someone changed the record since planning; sending the row again,
 * with any ETag, would overwrite their change, so it is a conflict. A record not found by its key is `unwritten`:
 * the row is re-sent with the planning ETag, which SharePoint refuses (412) if the record changed or is gone.
 */
export function unknownUpdateFate(current: ExistingRecord | undefined, row: CheckedRow, plannedEtag: string): UnknownUpdateFate {
  if (current === undefined) return 'unwritten';
  if (alreadyHolds(current.values, row)) return 'written';
  return current.etag === plannedEtag ? 'unwritten' : 'changedSincePlanned';
}

/** Reference English text of the conflict issue; the UI localises it by code. */
export const CHANGED_SINCE_PLANNED_MESSAGE =
  'Someone else changed this record after the import was planned; their change was kept and this row was not written. Run the import again to plan against the new values.';

/** The issue reported on an update row refused because its record changed after planning (412 or a lookup). */
export function changedSincePlannedIssue(): FieldIssue {
  return fieldIssue('', 'changedSincePlanned', CHANGED_SINCE_PLANNED_MESSAGE);
}
