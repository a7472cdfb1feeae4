import * as React from 'react';
import { riskLevel } from '../../../core/risk';
import { formatDate, formatPlural } from '../../../ui/format';
import { PrintLayer } from '../../../ui/print/PrintLayer';
import { buildHeatMap } from '../../../ui/risk/heatMapModel';
import { HeatMapTable } from './HeatMap';
import type { RiskRow } from './registerModel';
import { summarise } from './registerModel';
import { choiceLabel } from '../../../ui/choiceLabels';
import { format, levelText } from './riskText';

const HOST_ID = 'risk-register-print-report';

export interface IRiskReportProps {
  rows: readonly RiskRow[];
  strings: IRiskRegisterStrings;
  /** The suite's strings: the display labels of categories and statuses. */
  shared: IGovernanceSuiteStrings;
  appetite: number;
  generatedAt: Date;
  onClose: () => void;
}

function RiskTable(props: { rows: readonly RiskRow[]; strings: IRiskRegisterStrings; shared: IGovernanceSuiteStrings }): React.ReactElement {
  const { rows, strings, shared } = props;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">#</th><th scope="col">{strings.ColumnTitle}</th><th scope="col">{strings.ColumnCategory}</th>
          <th scope="col">{strings.ColumnLevel}</th><th scope="col">{strings.ColumnOwner}</th><th scope="col">{strings.ColumnDueDate}</th><th scope="col">{strings.ColumnStatus}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.risk.id}>
            <td>{row.risk.id}</td>
            <td>{row.risk.title}</td>
            <td>{choiceLabel('RiskCategory', row.risk.category, shared) || strings.NotSet}</td>
            <td>{row.inherentScore} {levelText(riskLevel(row.inherentScore), strings)} → {row.currentScore} {levelText(riskLevel(row.currentScore), strings)}</td>
            <td>{row.risk.riskOwner?.title ?? strings.Unowned}</td>
            <td>{formatDate(row.risk.dueDate, strings.NotSet)}{row.overdue ? ` (${strings.Overdue})` : ''}</td>
            <td>{choiceLabel('RiskStatus', row.risk.status, shared)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A print-friendly report of the register for governance reviews: black on white whatever the theme, figures,
 * the heat map as a table, the highest risks, those above appetite and the overdue ones. Rendered in a layer over
 * the page (the suite's print layer: printing hides everything else, Escape closes it).
 */
export function RiskReport(props: IRiskReportProps): React.ReactElement {
  const { rows, strings } = props;
  const open = rows.filter((r) => r.risk.status !== 'Closed');
  const summary = summarise(rows);
  const top = open.slice().sort((a, b) => b.currentScore - a.currentScore || b.inherentScore - a.inherentScore).slice(0, 20);
  const above = open.filter((r) => r.aboveAppetite && r.acceptance.state !== 'accepted');
  const overdue = open.filter((r) => r.overdue);

  return (
    <PrintLayer hostId={HOST_ID} label={strings.ReportTitle} printText={strings.ReportPrint} closeText={strings.ReportClose} onClose={props.onClose}>
      <h1 style={{ fontSize: 22 }}>{strings.ReportTitle}</h1>
      <p>{format(strings.ReportGenerated, formatDate(props.generatedAt.toISOString(), ''))}</p>
      <p>{format(strings.AppetiteNote, props.appetite)}</p>
      <h2 style={{ fontSize: 16 }}>{strings.ReportFigures}</h2>
      <p>{formatPlural(strings.Summary, summary.total, undefined, summary.open, summary.overdue, summary.unowned, summary.aboveAppetite, summary.accepted)}</p>
      <p>{(['Critical', 'High', 'Medium', 'Low'] as const).map((level) => `${levelText(level, strings)}: ${summary.byLevel[level]}`).join(' · ')}</p>
      <h2 style={{ fontSize: 16 }}>{strings.ReportHeatMap}</h2>
      <HeatMapTable grid={buildHeatMap(rows.map((r) => r.risk))} strings={strings} />
      <h2 style={{ fontSize: 16 }}>{strings.ReportTopRisks}</h2>
      <RiskTable rows={top} strings={strings} shared={props.shared} />
      <h2 style={{ fontSize: 16 }}>{strings.ReportAboveAppetite} ({above.length})</h2>
      <RiskTable rows={above} strings={strings} shared={props.shared} />
      <h2 style={{ fontSize: 16 }}>{strings.ReportOverdue} ({overdue.length})</h2>
      <RiskTable rows={overdue} strings={strings} shared={props.shared} />
    </PrintLayer>
  );
}
