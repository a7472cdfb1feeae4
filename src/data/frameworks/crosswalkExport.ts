import { comparisonCells, comparisonHeaders, coverageHeaders, coverageRows, type ComparisonLabels, type ComparisonTable, type CoverageLabels } from '../../core/frameworks/comparison';
import type { FrameworkCoverage } from '../../core/frameworks/coverage';
import { toCsv, toXlsx, type SpreadsheetFormat } from '../spreadsheet/writeSpreadsheet';

/**
 * The comparison table (rows: a framework's controls; columns: the other frameworks' mapped controls, and the
 * coverage status when the table was built with a coverage) as an xlsx workbook or a UTF-8 CSV with a BOM, through
 * the rollout kit's writers. Cells are formula-safe (`comparisonCells`).
 */
export function comparisonExport(table: ComparisonTable, format: SpreadsheetFormat, labels: ComparisonLabels, sheetName: string): Promise<Blob> {
  const withStatus = table.rows.some((row) => row.status !== undefined);
  const headers = comparisonHeaders(table, labels, withStatus);
  const rows = table.rows.map((row) => comparisonCells(row, table, labels, withStatus));
  return format === 'xlsx' ? toXlsx(headers, rows, { data: sheetName.slice(0, 31) }) : Promise.resolve(toCsv(headers, rows));
}

/** A system's coverage on every framework: one row per applicable control with its status and covering evidence. */
export function coverageExport(result: readonly FrameworkCoverage[], format: SpreadsheetFormat, labels: CoverageLabels, sheetName: string): Promise<Blob> {
  const headers = coverageHeaders(labels);
  const rows = coverageRows(result, labels);
  return format === 'xlsx' ? toXlsx(headers, rows, { data: sheetName.slice(0, 31) }) : Promise.resolve(toCsv(headers, rows));
}
