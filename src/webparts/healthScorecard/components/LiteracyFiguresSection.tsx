import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import type { LiteracyRegionFigures, LiteracyScopeFigures } from '../../../core/literacy/regionCoverage';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { format, formatNumber } from '../../../ui/format';
import { formatPercent, type ScorecardScope } from '../../../ui/scorecard/scorecardTypes';
import { tableStyles } from '../../../ui/scorecard/tableStyles';
import { useStableId } from '../../../ui/useStableId';
import type { ILiteracyFiguresSource } from '../services/ILiteracyFiguresSource';
import { useFiguresSource } from './useFiguresSource';

/** The rows a scope shows and its total row: the organisation's regions, a region's missions, or the one mission. */
function rowsFor(figures: LiteracyRegionFigures, scope: ScorecardScope): { rows: readonly LiteracyScopeFigures[]; total?: LiteracyScopeFigures; byMission: boolean } {
  if (scope.kind === 'region') {
    return { rows: figures.missions.filter((m) => m.region === scope.value), total: figures.regions.find((r) => r.region === scope.value), byMission: true };
  }
  if (scope.kind === 'mission') return { rows: figures.missions.filter((m) => m.mission === scope.value), byMission: true };
  return { rows: figures.regions, total: figures.total, byMission: false };
}

function nameOf(row: LiteracyScopeFigures, byMission: boolean): string {
  const name = byMission ? row.mission : row.region;
  return name ? name : strings.LiteracyOrganisationWide;
}

function Cells(props: { row: LiteracyScopeFigures; css: ReturnType<typeof tableStyles> }): React.ReactElement {
  const { row, css } = props;
  const num = `${css.td} ${css.num}`;
  return (
    <>
      <td className={num} data-figure="systems">{formatNumber(row.systems)}</td>
      <td className={num} data-figure="withCurrentMeasure">{formatNumber(row.withCurrentMeasure)}</td>
      <td className={num} data-figure="withGap">{formatNumber(row.withGap)}</td>
      <td className={num} data-figure="users">{formatNumber(row.users)}</td>
      <td className={num} data-figure="coveredUsers">{formatNumber(row.coveredUsers)}</td>
      <td className={num} data-figure="coverage">{formatPercent(row.coverage, strings.LiteracyNoUsersKnown)}</td>
    </>
  );
}

/**
 * AI literacy in the scorecard (issue 19 part 4): per region (per mission on a region's or a mission's scorecard), the
 * AI systems used there, those with a current measure, those with a gap, and their known users covered by a current
 * measure, with the scope's total. Loaded after the health figures, so it never delays them; its own chunk.
 */
export function LiteracyFiguresSection(props: { source: ILiteracyFiguresSource; shared: IGovernanceSuiteStrings; scope: ScorecardScope }): React.ReactElement {
  const { source, shared, scope } = props;
  const css = tableStyles(useTheme());
  const { state, retry } = useFiguresSource(source);
  const titleId = useStableId('scorecard-literacy-title');

  let body: React.ReactElement;
  if (state.status === 'loading') body = <ProgressIndicator label={strings.LiteracyLoading} />;
  else if (state.status === 'error') body = <ErrorMessageBar kind={state.kind} strings={shared} onRetry={retry} />;
  else if (state.figures.measures === 0) body = <Text block>{strings.LiteracyNoMeasures}</Text>;
  else {
    const { rows, total, byMission } = rowsFor(state.figures, scope);
    if (rows.length === 0) body = <Text block>{strings.LiteracyNone}</Text>;
    else {
      const totalName = scope.kind === 'region' ? format(strings.LiteracyScopeTotal, scope.value ?? '') : strings.LiteracyTotal;
      body = (
        <>
          <table className={css.table} data-literacy-figures="">
            <caption className={css.caption}>{format(strings.LiteracyCaption, byMission ? strings.LiteracyByMission : strings.LiteracyByRegion)}</caption>
            <thead>
              <tr>
                <th scope="col" className={`${css.th} ${css.nameColumn}`}>{byMission ? strings.KindMission : strings.KindRegion}</th>
                <th scope="col" className={`${css.th} ${css.num}`}>{strings.LiteracySystems}</th>
                <th scope="col" className={`${css.th} ${css.num}`}>{strings.LiteracyWithCurrent}</th>
                <th scope="col" className={`${css.th} ${css.num}`}>{strings.LiteracyWithGap}</th>
                <th scope="col" className={`${css.th} ${css.num}`}>{strings.LiteracyUsers}</th>
                <th scope="col" className={`${css.th} ${css.num}`}>{strings.LiteracyCovered}</th>
                <th scope="col" className={`${css.th} ${css.num}`}>{strings.LiteracyCoverage}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.region ?? ''}/${row.mission ?? ''}`} data-scope={nameOf(row, byMission)}>
                  <th scope="row" className={css.rowHeader}>{nameOf(row, byMission)}</th>
                  <Cells row={row} css={css} />
                </tr>
              ))}
            </tbody>
            {total && (
              <tfoot>
                <tr data-total="">
                  <th scope="row" className={css.rowHeader}><strong>{totalName}</strong></th>
                  <Cells row={total} css={css} />
                </tr>
              </tfoot>
            )}
          </table>
          <Text block variant="small">{strings.LiteracyNote}</Text>
        </>
      );
    }
  }
  return (
    <section aria-labelledby={titleId} style={{ marginTop: 16 }} data-literacy-section="">
      <Text as="h3" variant="large" id={titleId} block>{strings.LiteracyTitle}</Text>
      {body}
    </section>
  );
}
