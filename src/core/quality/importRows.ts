/**
 * Rows of a file of quality measurements: read (cells to drafts), then checked once the records they name are
 * known. Every problem of every row is reported with a code the UI localises, never thrown. The rules are the
 * form's (`validateQualityMeasurement`); the file adds record references, locale dates, dimension names in any
 * case or in French and Spanish, keys repeated inside the file and measurements already recorded.
 */
import type { FieldIssue } from '../errors';
import { unescapeFormula } from '../import/cells';
import { parseDateCell } from '../import/dates';
import { EXAMPLE_ROW_MARKER } from '../import/exampleRow';
import type { DateOrder, ImportTable } from '../import/types';
import type { LookupRef } from '../models/common';
import { fieldIssue } from '../validation/fieldRules';
import type { QualityImportColumn, QualityImportMapping } from './importColumns';
import { headerKey } from './importColumns';
import { QUALITY_DIMENSIONS, type QualityDimension, type QualityDraft, type QualityMeasurement } from './model';
import { measurementFromDraft, validateQualityMeasurement } from './validation';

/** A data row as read: `rowNumber` is the file's (the header is row 1). */
export interface ParsedQualityRow {
  readonly rowNumber: number;
  /** The Record cell, trimmed: an External ID or a numeric item ID. */
  readonly record: string;
  /** The dimension in its stored English form when recognised, the date as `YYYY-MM-DD` when readable. */
  readonly draft: QualityDraft;
}

/** How a Record cell matched the inventory. */
export type RecordMatch =
  | { readonly kind: 'found'; readonly asset: LookupRef }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'ambiguous' };

/** A row after checking: `measurement` and `key` are set when it can be written (or is already recorded). */
export interface CheckedQualityRow {
  readonly rowNumber: number;
  readonly record: string;
  readonly measurement?: QualityMeasurement;
  /** The dedupe key (see `qualityKey`). */
  readonly key?: string;
  /** True when a stored measurement has the same key: the row is not written again. */
  readonly alreadyRecorded?: boolean;
  readonly issues: readonly FieldIssue[];
}

/** Dimension names accepted besides the stored English ones (the suite's French and Spanish display names). */
const DIMENSION_WORDS: Readonly<Record<QualityDimension, readonly string[]>> = {
  Completeness: ['Complétude', 'Completitud', 'Exhaustividad'],
  Uniqueness: ['Unicité', 'Unicidad'],
  Validity: ['Validité', 'Validez'],
  Timeliness: ['Actualité', 'Actualidad', 'Fraîcheur', 'Puntualidad'],
  Consistency: ['Cohérence', 'Coherencia', 'Consistencia'],
  Accuracy: ['Exactitude', 'Exactitud', 'Précision', 'Precisión']
};

/** The stored dimension a cell names (case, accents and spacing ignored); undefined when none. */
export function dimensionOf(text: string): QualityDimension | undefined {
  const key = headerKey(text);
  if (key === '') return undefined;
  return QUALITY_DIMENSIONS.find((d) => headerKey(d) === key || DIMENSION_WORDS[d].some((w) => headerKey(w) === key));
}

function cell(cells: readonly string[], mapping: QualityImportMapping, column: QualityImportColumn): string {
  const index = mapping.indexOf(column);
  if (index < 0) return '';
  return unescapeFormula(String(cells[index] ?? '').trim()).trim();
}

/**
 * Reads every non-blank data row. Rows whose Record cell starts with the template's `Example:` marker are left
 * out and their row numbers returned, so the preview can say they were ignored.
 */
export function parseQualityRows(table: ImportTable, mapping: QualityImportMapping, dateOrder: DateOrder): { rows: ParsedQualityRow[]; exampleRows: number[] } {
  const rows: ParsedQualityRow[] = [];
  const exampleRows: number[] = [];
  table.rows.forEach((cells, index) => {
    if (cells.every((c) => String(c ?? '').trim() === '')) return;
    const rowNumber = index + 2;
    const record = cell(cells, mapping, 'record');
    if (record.toLowerCase().startsWith(EXAMPLE_ROW_MARKER.toLowerCase())) {
      exampleRows.push(rowNumber);
      return;
    }
    const dimension = cell(cells, mapping, 'dimension');
    const date = cell(cells, mapping, 'measuredOn');
    const draft: QualityDraft = {
      dimension: dimensionOf(dimension) ?? dimension,
      score: cell(cells, mapping, 'score'),
      // An unreadable date stays as typed, so the form's rule reports it.
      measuredOn: date === '' ? '' : parseDateCell(date, dateOrder) ?? date,
      source: cell(cells, mapping, 'source'),
      note: cell(cells, mapping, 'note')
    };
    rows.push({ rowNumber, record, draft });
  });
  return { rows, exampleRows };
}

/** True for a Record cell that may be an item ID (it may also be an External ID made of digits). */
export function isItemId(text: string): boolean {
  return /^\d{1,9}$/.test(text) && Number(text) > 0;
}

/**
 * Matches a Record cell: an External ID (case-insensitive) first, else a numeric item ID. An External ID shared by
 * two records, or digits naming one record's External ID and another's item ID, is ambiguous: never guessed.
 */
export function matchRecord(text: string, byExternalId: ReadonlyMap<string, readonly LookupRef[]>, byItemId: ReadonlyMap<number, LookupRef>): RecordMatch {
  const external = byExternalId.get(text.trim().toLowerCase()) ?? [];
  const item = isItemId(text) ? byItemId.get(Number(text)) : undefined;
  if (external.length > 1) return { kind: 'ambiguous' };
  if (external.length === 1) return item !== undefined && item.id !== external[0].id ? { kind: 'ambiguous' } : { kind: 'found', asset: external[0] };
  return item !== undefined ? { kind: 'found', asset: item } : { kind: 'unknown' };
}

/** The part of a measurement that identifies it for "already recorded". */
export type KeyedMeasurement = Pick<QualityMeasurement, 'dimension' | 'score' | 'measuredOn' | 'source'> & { readonly asset?: { readonly id: number } };

/**
 * A measurement's dedupe key: record id, dimension, day measured, score (one decimal) and source (trimmed, case
 * ignored). A row whose key is stored already is not written, so running the same file twice writes nothing twice.
 */
export function qualityKey(m: KeyedMeasurement): string {
  const score = (Math.round(Number(m.score) * 10) / 10).toFixed(1);
  return [m.asset?.id ?? 0, m.dimension, String(m.measuredOn).slice(0, 10), score, (m.source ?? '').trim().toLowerCase()].join('|');
}

/** A record problem on the row's Record column, replacing the form's "choose a record". */
function recordIssue(row: ParsedQualityRow, match: RecordMatch): FieldIssue | undefined {
  if (row.record === '') return fieldIssue('record', 'qualityRecordMissing', 'The Record cell is empty: give the record\'s External ID or ID.');
  if (match.kind === 'unknown') return fieldIssue('record', 'qualityRecordUnknown', `No inventory record has the External ID or ID "${row.record}".`, { value: row.record });
  if (match.kind === 'ambiguous') return fieldIssue('record', 'qualityRecordAmbiguous', `"${row.record}" names more than one inventory record.`, { value: row.record });
  return undefined;
}

/**
 * Checks parsed rows once their records are matched (`match`) against the keys stored now (`storedKeys`). `today`
 * (`YYYY-MM-DD`) is the importing user's day: a later date is refused. A row repeating an earlier valid row's key is
 * an error on the later row; a row whose key is stored is `alreadyRecorded` (valid, not written).
 */
export function checkQualityRows(
  rows: readonly ParsedQualityRow[],
  match: (record: string) => RecordMatch,
  storedKeys: ReadonlySet<string>,
  today: string
): CheckedQualityRow[] {
  const first = new Map<string, number>();
  return rows.map((row): CheckedQualityRow => {
    const found = row.record === '' ? ({ kind: 'unknown' } as const) : match(row.record);
    const asset = found.kind === 'found' ? found.asset : undefined;
    const issues = validateQualityMeasurement(row.draft, asset, today).filter((i) => i.code !== 'qualityAssetMissing');
    const onRecord = recordIssue(row, found);
    if (onRecord !== undefined) issues.unshift(onRecord);
    if (issues.length > 0 || asset === undefined) return { rowNumber: row.rowNumber, record: row.record, issues };
    const measurement = measurementFromDraft(row.draft, asset);
    const key = qualityKey(measurement);
    const seen = first.get(key);
    if (seen !== undefined) {
      return { rowNumber: row.rowNumber, record: row.record, issues: [fieldIssue('record', 'duplicateInFile', `Row ${seen} holds the same measurement.`, { row: seen })] };
    }
    first.set(key, row.rowNumber);
    return { rowNumber: row.rowNumber, record: row.record, measurement, key, alreadyRecorded: storedKeys.has(key), issues: [] };
  });
}
