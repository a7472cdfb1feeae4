import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import { drillDown } from '../../../core/scorecard';
import type { MissionScopeReference, ScopeAggregate, ScoredAssetInput } from '../../../core/scorecard';
import type { ScoreMissingCode } from '../../../core/scoring';
import { format } from '../../../ui/format';
import { formatPercent } from '../../../ui/scorecard/scorecardTypes';
import { tableStyles } from '../../../ui/scorecard/tableStyles';

/** The label figures, each the records whose score reports the code. */
const LABEL_FIGURES: readonly { readonly code: ScoreMissingCode; readonly label: () => string }[] = [
  { code: 'underLabelled', label: () => strings.LabelUnderLabelled },
  { code: 'overshared', label: () => strings.LabelOvershared },
  { code: 'labelNotCheckable', label: () => strings.LabelNotChecked }
];

/** Props of {@link LabelFiguresTable}. */
export interface ILabelFiguresTableProps {
  scope: ScopeAggregate;
  /** The scope's scored records (the figures and their drill-downs read the same records). */
  records: readonly ScoredAssetInput[];
  missions: readonly MissionScopeReference[];
  strings: IGovernanceSuiteStrings;
  onOpen: (code: ScoreMissingCode, label: string) => void;
}

/**
 * The Purview label figures of a scope, from the records' cached checks (no Graph call): under-labelled,
 * overshared, and not (yet) checkable; each count opens its records, worst score first.
 */
export function LabelFiguresTable(props: ILabelFiguresTableProps): React.ReactElement {
  const { scope, records, missions, strings: shared, onOpen } = props;
  const s = shared.Scorecard;
  const css = tableStyles(useTheme());
  const totals = React.useMemo(
    () => LABEL_FIGURES.map((f) => drillDown(records, { kind: scope.kind, value: scope.value, figure: { type: 'missing', code: f.code }, missions, limit: 0 }).total),
    [records, scope.kind, scope.value, missions]
  );
  return (
    <table className={css.table} data-label-figures="">
      <caption className={css.caption}>{strings.LabelFigures}</caption>
      <thead>
        <tr>
          <th scope="col" className={css.th}>{s.ColumnName}</th>
          <th scope="col" className={`${css.th} ${css.num}`}>{s.ColumnRecords}</th>
          <th scope="col" className={`${css.th} ${css.num}`}>{s.ColumnShare}</th>
        </tr>
      </thead>
      <tbody>
        {LABEL_FIGURES.map((figure, i) => {
          const name = figure.label();
          const count = totals[i];
          return (
            <tr key={figure.code} data-figure={figure.code}>
              <th scope="row" className={css.rowHeader}>
                {count > 0 ? <Link onClick={() => onOpen(figure.code, name)} aria-label={format(s.ShowRecords, name)}>{name}</Link> : name}
              </th>
              <td className={`${css.td} ${css.num}`}>{count}</td>
              <td className={`${css.td} ${css.num}`}>{formatPercent(scope.count > 0 ? count / scope.count : undefined, s.NotApplicable)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
