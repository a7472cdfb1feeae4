/**
 * The template's example row: one filled-in record showing each column's format, marked by a Title starting with
 * "Example:" so the import ignores it even when the template comes back unchanged. The marker is English, like the
 * template's column headers (the schema's display names), so a file is recognised whoever's language made it.
 */
import type { DataAsset } from '../models/dataAsset';
import { importField } from './columns';
import type { ColumnMapping, ImportTable } from './types';

export const EXAMPLE_ROW_MARKER = 'Example:';

/** The example record (person columns are left empty: a made-up address would look like a real colleague). */
export const EXAMPLE_RECORD: Partial<DataAsset> = {
  title: `${EXAMPLE_ROW_MARKER} Staff contact list (this row is ignored by the import; replace or delete it)`,
  description: 'Names, phone numbers and e-mail addresses of the mission\'s staff.',
  assetType: 'Spreadsheet',
  domain: 'Human resources',
  mission: 'Your mission, as written in the Missions list',
  department: 'Human resources',
  locationUrl: { url: 'https://contoso.sharepoint.com/sites/hr/Shared%20Documents/staff-contacts.xlsx' },
  storageSystem: 'SharePoint',
  declaredSensitivity: 'Confidential',
  containsPersonalData: true,
  personalDataCategories: ['Contact details'],
  dataSubjects: ['Staff'],
  legalBasis: 'Legitimate interest',
  retentionPeriod: '2 years after the end of employment',
  lastReviewed: '2026-01-31',
  reviewCycleMonths: 12,
  lifecycle: 'Active'
};

/** True for a row whose Title (or, without a Title column, first cell) starts with the example marker. */
export function isExampleRow(cells: readonly string[], mapping: ColumnMapping): boolean {
  const titleColumn = mapping.findIndex((property) => property !== undefined && importField(property)?.property === 'title');
  const text = String(cells[titleColumn >= 0 ? titleColumn : 0] ?? '').trim();
  return text.toLowerCase().startsWith(EXAMPLE_ROW_MARKER.toLowerCase());
}

/**
 * The table with its example rows emptied (the checks drop blank rows and keep the file's row numbers), and the
 * spreadsheet row numbers of those rows (the header is row 1), so the wizard can say they were ignored.
 */
export function withoutExampleRows(table: ImportTable, mapping: ColumnMapping): { table: ImportTable; exampleRows: number[] } {
  const exampleRows: number[] = [];
  const rows = table.rows.map((cells, index) => {
    if (!isExampleRow(cells, mapping)) return cells;
    exampleRows.push(index + 2);
    return [];
  });
  return { table: exampleRows.length === 0 ? table : { headers: table.headers, rows }, exampleRows };
}
