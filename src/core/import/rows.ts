/** Converts and validates data rows: every problem of every field, reported per row, never thrown. */
import type { FieldIssue } from '../errors';
import type { DataAsset } from '../models/dataAsset';
import { DATA_ASSETS_LIST } from '../schema/lists/dataAssets';
import { fieldIssue } from '../validation/fieldRules';
import { validateRecord } from '../validation';
import { personKey, parseCell } from './cells';
import { importField, mapsExternalId } from './columns';
import { importKey, keyedByExternalId } from './keys';
import type { CheckedRow, ColumnMapping, ImportTable, MissionRef, RowContext } from './types';

/** Values every new record gets when the file leaves them out (as the form does). */
const DEFAULTS: Pick<DataAsset, 'containsPersonalData' | 'reviewCycleMonths' | 'lifecycle' | 'ownershipStatus'> = {
  containsPersonalData: false,
  reviewCycleMonths: 12,
  lifecycle: 'Active',
  ownershipStatus: 'Unassigned'
};

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c === undefined || c === null || String(c).trim() === '');
}

/** The distinct people texts of the mapped person columns, to resolve against site users in one pass. */
export function peopleToResolve(table: ImportTable, mapping: ColumnMapping): string[] {
  const columns = mapping.map((p, i) => (p !== undefined && importField(p)?.type === 'User' ? i : -1)).filter((i) => i >= 0);
  const seen = new Map<string, string>();
  for (const cells of table.rows) {
    for (const i of columns) {
      const text = (cells[i] ?? '').trim();
      if (text !== '' && !seen.has(personKey(text))) seen.set(personKey(text), text);
    }
  }
  return Array.from(seen.values());
}

/** Mission must be in the Missions list; region is filled from it, or must agree with it. */
function missionIssues(values: Partial<DataAsset>, missions: readonly MissionRef[]): FieldIssue[] {
  if (missions.length === 0) return [];
  const issues: FieldIssue[] = [];
  if (values.mission !== undefined) {
    const mission = missions.find((m) => m.title.toLowerCase() === values.mission!.toLowerCase());
    if (mission === undefined) {
      issues.push(fieldIssue('mission', 'unknownMission', `Mission "${values.mission}" is not in the Missions list.`, { value: values.mission }));
    } else {
      values.mission = mission.title;
      if (values.region === undefined) {
        values.region = mission.region;
      } else if (values.region.toLowerCase() !== mission.region.toLowerCase()) {
        issues.push(fieldIssue('region', 'regionMismatch', `Mission ${mission.title} belongs to region ${mission.region}, not ${values.region}.`, { mission: mission.title, region: mission.region }));
      } else {
        values.region = mission.region;
      }
    }
  } else if (values.region !== undefined) {
    const region = missions.find((m) => m.region.toLowerCase() === values.region!.toLowerCase());
    if (region === undefined) {
      issues.push(fieldIssue('region', 'unknownRegion', `Region "${values.region}" is not in the Missions list.`, { value: values.region }));
    } else {
      values.region = region.region;
    }
  }
  return issues;
}

/** Converts one row: cell parsing, defaults, the schema's validation, then mission/region consistency. */
export function checkRow(cells: readonly string[], rowNumber: number, mapping: ColumnMapping, context: RowContext): CheckedRow {
  const values: Partial<DataAsset> = {};
  const issues: FieldIssue[] = [];
  const mapped: string[] = [];
  mapping.forEach((property, column) => {
    const field = property === undefined ? undefined : importField(property);
    if (field === undefined) return;
    mapped.push(field.property);
    const result = parseCell(field, String(cells[column] ?? ''), context.dateOrder, context.people);
    if (result.issue !== undefined) issues.push(result.issue);
    else if (result.value !== undefined) (values as Record<string, unknown>)[field.property] = result.value;
  });
  const record = { ...DEFAULTS, ...values } as DataAsset;
  const failed = new Set(issues.map((i) => i.field));
  for (const issue of validateRecord(DATA_ASSETS_LIST, record, 'create')) {
    if (!failed.has(issue.field)) issues.push(issue);
  }
  issues.push(...missionIssues(record, context.missions));
  const byExternalId = mapsExternalId(mapping);
  const key = importKey(record, byExternalId);
  // A blank External ID keys the row by mission + title; it must not clear the ID a matched record already has.
  const written = byExternalId && !keyedByExternalId(record, byExternalId) ? mapped.filter((p) => p !== 'externalId') : mapped;
  return { rowNumber, values: record, mapped: written, issues, key };
}

/**
 * Checks every non-blank data row (blank rows are dropped, but row numbers stay those of the file) and flags a key
 * seen earlier in the file: the later row is an error naming the first, so no two rows write the same record.
 */
export function checkRows(table: ImportTable, mapping: ColumnMapping, context: RowContext): CheckedRow[] {
  const firstRowOfKey = new Map<string, number>();
  const out: CheckedRow[] = [];
  table.rows.forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    const row = checkRow(cells, index + 2, mapping, context);
    if (row.key !== '') {
      const first = firstRowOfKey.get(row.key);
      if (first !== undefined) {
        out.push({ ...row, issues: [...row.issues, fieldIssue(row.key.startsWith('id:') ? 'externalId' : 'title', 'duplicateInFile', `Row ${first} of the file has the same key: only one row may describe a record.`, { row: first })] });
        return;
      }
      firstRowOfKey.set(row.key, row.rowNumber);
    }
    out.push(row);
  });
  return out;
}
