import type { Stored } from '../../core/models/common';
import { art30Headers, art30Row, type Art30Labels } from '../../core/privacy/art30Report';
import type { ProcessingActivity } from '../../core/privacy/model';
import { toCsv, toXlsx, type SpreadsheetFormat } from '../spreadsheet/writeSpreadsheet';

/**
 * The Art. 30 report of these records as an xlsx workbook (one sheet, header row bold and frozen) or a UTF-8 CSV
 * with a byte-order mark, through the rollout kit's writers. Cells are formula-safe (see `art30Row`).
 */
export function art30Export(activities: readonly Stored<ProcessingActivity>[], format: SpreadsheetFormat, labels: Art30Labels, sheetName: string): Promise<Blob> {
  const headers = art30Headers(labels);
  const rows = activities.map((activity) => art30Row(activity, labels));
  return format === 'xlsx' ? toXlsx(headers, rows, { data: sheetName }) : Promise.resolve(toCsv(headers, rows));
}
