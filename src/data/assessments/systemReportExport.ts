/**
 * The information-system assessment report as an xlsx workbook: Summary, Findings, Stakeholder requirements and the
 * Terms of reference outline, one sheet each, formula-safe (`toXlsxWorkbook`), the writer loaded on first use.
 */
import { outlineRows, type SystemReport } from '../../core/assessments/systemReport';
import { toXlsxWorkbook, type CellValue } from '../spreadsheet/writeSpreadsheet';

/** Sheet names and column headers, in the reader's language. */
export interface ReportSheetLabels {
  readonly sheets: { readonly summary: string; readonly findings: string; readonly requirements: string; readonly outline: string };
  /** Summary rows: system, assessor, date, template, version; then one row per section. */
  readonly summary: { readonly item: string; readonly value: string; readonly system: string; readonly assessor: string; readonly date: string; readonly template: string; readonly version: string; readonly maturity: string };
  readonly findings: readonly [section: string, question: string, answer: string, comment: string, evidence: string];
  readonly requirements: readonly [institution: string, need: string, priority: string, source: string, section: string];
  readonly outline: readonly [number: string, text: string];
  readonly priorities: Readonly<Record<string, string>>;
}

export interface ReportHeader {
  readonly system: string;
  readonly assessor: string;
  readonly date: string;
  readonly template: string;
  readonly version: number;
}

/** The summary sheet's rows (also the print view's first table). */
export function summaryRows(report: SystemReport, header: ReportHeader, labels: ReportSheetLabels): [string, CellValue][] {
  const s = labels.summary;
  return [
    [s.system, header.system], [s.assessor, header.assessor], [s.date, header.date], [s.template, header.template], [s.version, header.version],
    ...(report.maturity?.level === undefined ? [] : [[s.maturity, report.maturity.level] as [string, CellValue]]),
    ...report.sections.map((section) => [section.title, section.result] as [string, CellValue])
  ];
}

/** The requirements sheet's rows (also the print view's table): the linked section by its title in the run. */
export function requirementRows(report: SystemReport, labels: ReportSheetLabels): [string, string, string, string, string][] {
  const titleOf = (id: string | undefined): string => (id ? report.sections.find((section) => section.id === id)?.title ?? id : '');
  return report.requirements.map((r) => [r.institution, r.title, labels.priorities[r.priority] ?? r.priority, r.source ?? '', titleOf(r.section)]);
}

export function systemReportWorkbook(report: SystemReport, header: ReportHeader, labels: ReportSheetLabels): Promise<Blob> {
  return toXlsxWorkbook([
    { name: labels.sheets.summary, headers: [labels.summary.item, labels.summary.value], rows: summaryRows(report, header, labels) },
    { name: labels.sheets.findings, headers: labels.findings, rows: report.findings.map((f) => [f.section, f.question, f.answer, f.comment, f.evidence]) },
    { name: labels.sheets.requirements, headers: labels.requirements, rows: requirementRows(report, labels) },
    { name: labels.sheets.outline, headers: labels.outline, rows: outlineRows(report.outline) }
  ]);
}
