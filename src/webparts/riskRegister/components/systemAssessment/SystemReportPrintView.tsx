import * as React from 'react';
import type { OutlineItem, SystemReport } from '../../../../core/assessments/systemReport';
import { requirementRows, summaryRows, type ReportHeader, type ReportSheetLabels } from '../../../../data/assessments/systemReportExport';
import { PrintLayer } from '../../../../ui/print/PrintLayer';
import { format } from '../riskText';

const HOST_ID = 'system-report-print-view';

const reportSelectors = {
  section: { breakInside: 'avoid-page', marginBottom: 16 },
  'td, th': { whiteSpace: 'pre-wrap', verticalAlign: 'top' }
} as const;

export interface ISystemReportPrintViewProps {
  report: SystemReport;
  header: ReportHeader;
  labels: ReportSheetLabels;
  strings: ISystemAssessmentStrings;
  onClose: () => void;
}

function Outline(props: { items: readonly OutlineItem[]; level: number }): React.ReactElement {
  return (
    <>
      {props.items.map((item) => {
        const Heading = props.level === 0 ? 'h3' : 'h4';
        return (
          <div key={item.number} data-outline={item.number}>
            <Heading style={{ fontSize: props.level === 0 ? 15 : 14, margin: '10px 0 4px' }}>{item.number}. {item.heading}</Heading>
            {item.lines.length > 0 && <ul style={{ margin: '0 0 4px 20px', padding: 0 }}>{item.lines.map((line, i) => <li key={i}>{line}</li>)}</ul>}
            <Outline items={item.children} level={props.level + 1} />
          </div>
        );
      })}
    </>
  );
}

/**
 * The information-system assessment report as a printable document, the same content as the xlsx: summary, findings,
 * stakeholder requirements and the terms of reference outline. Text is shown as typed (the workbook's formula
 * apostrophe is for spreadsheets only), never as markup.
 */
export function SystemReportPrintView(props: ISystemReportPrintViewProps): React.ReactElement {
  const { report, header, labels, strings: s } = props;
  const title = format(s.ReportTitle, header.system);
  return (
    <PrintLayer hostId={HOST_ID} label={title} printText={s.Print} closeText={s.Close} onClose={props.onClose} selectors={reportSelectors} dataAttribute="system-report-print">
      <h1 style={{ fontSize: 22 }}>{title}</h1>
      <section aria-label={labels.sheets.summary}>
        <h2 style={{ fontSize: 17 }}>{labels.sheets.summary}</h2>
        <table><tbody>{summaryRows(report, header, labels).map(([item, value], i) => <tr key={i}><th scope="row">{item}</th><td>{String(value ?? '')}</td></tr>)}</tbody></table>
      </section>
      <section aria-label={labels.sheets.findings}>
        <h2 style={{ fontSize: 17 }}>{labels.sheets.findings}</h2>
        <table>
          <thead><tr>{labels.findings.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>{report.findings.map((f) => <tr key={f.questionId}><td>{f.section}</td><td>{f.question}</td><td>{f.answer}</td><td>{f.comment}</td><td>{f.evidence}</td></tr>)}</tbody>
        </table>
      </section>
      <section aria-label={labels.sheets.requirements}>
        <h2 style={{ fontSize: 17 }}>{labels.sheets.requirements}</h2>
        <table>
          <thead><tr>{labels.requirements.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>{requirementRows(report, labels).map((row, i) => <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>)}</tbody>
        </table>
      </section>
      <section aria-label={labels.sheets.outline}>
        <h2 style={{ fontSize: 17 }}>{labels.sheets.outline}</h2>
        <Outline items={report.outline} level={0} />
      </section>
    </PrintLayer>
  );
}
