import * as React from 'react';
import * as strings from 'HealthScorecardWebPartStrings';
import { drillDown } from '../../../core/scorecard';
import type { MissionScopeReference, ScopeAggregate, ScoredAssetInput } from '../../../core/scorecard';
import type { ScoreMissingCode } from '../../../core/scoring';
import { CountShareTable, type ICountShareRow } from '../../../ui/scorecard/FigureTables';

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
  const totals = React.useMemo(
    () => LABEL_FIGURES.map((f) => drillDown(records, { kind: scope.kind, value: scope.value, figure: { type: 'missing', code: f.code }, missions, limit: 0 }).total),
    [records, scope.kind, scope.value, missions]
  );
  const rows = LABEL_FIGURES.map((figure, i): ICountShareRow => {
    const name = figure.label();
    return { key: figure.code, name, count: totals[i], onOpen: () => onOpen(figure.code, name) };
  });
  return <CountShareTable caption={strings.LabelFigures} rows={rows} total={scope.count} strings={shared} />;
}
