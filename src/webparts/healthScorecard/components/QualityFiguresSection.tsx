import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { hiddenContentStyle, mergeStyles } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import type { ScorecardScopeType } from '../../../core/models/scorecardSnapshot';
import { qualityByGroups, qualityByScope, type QualityGroup, type QualityScopeFigures } from '../../../core/quality/latest';
import { downloadCsv, fileNameFor } from '../../../ui/export/download';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { format, formatDate, formatNumber } from '../../../ui/format';
import { tableStyles } from '../../../ui/scorecard/tableStyles';
import { useStableId } from '../../../ui/useStableId';
import type { IQualityFiguresSource } from '../services/IQualityFiguresSource';
import { kindText } from './exportFigures';
import { qualityFiguresCsv } from './qualityFigures';
import { useFiguresSource } from './useFiguresSource';

const screenReaderOnly = mergeStyles(hiddenContentStyle);

/** Props of {@link QualityFiguresSection}. */
export interface IQualityFiguresSectionProps {
  source: IQualityFiguresSource;
  shared: IGovernanceSuiteStrings;
  /** The ids of the scope's records the scorecard counts (archived ones left out), as the health figures resolve them. */
  assetIds: readonly number[];
  /** The shown scope (named in the export). */
  scope?: { kind: ScorecardScopeType; value?: string };
  /** The scorecard's grouping under the scope (regions of the organisation...), each with its records' ids. */
  groupKind?: ScorecardScopeType;
  groups?: readonly QualityGroup[];
  /** The day of the figures (`YYYY-MM-DD`), in the export's file name. */
  day?: string;
}

/**
 * Measured data quality in the scorecard (issue 18 part 5): per dimension, the mean of the latest score of each
 * measured record in the scope, how many of the scope's records are measured, and the oldest of those latest dates
 * (stale measurements show). Measured values of the data, kept apart from the metadata health score and never part of
 * it. Loaded after the health figures, so it never delays them; its own chunk.
 */
export function QualityFiguresSection(props: IQualityFiguresSectionProps): React.ReactElement {
  const { source, shared, assetIds, groups, groupKind } = props;
  const s = shared.Quality;
  const css = tableStyles(useTheme());
  const { state, retry } = useFiguresSource(source);
  const titleId = useStableId('scorecard-quality-title');
  const figures = React.useMemo(() => (state.status === 'ready' ? qualityByScope(state.figures, assetIds) : undefined), [state, assetIds]);
  const groupFigures = React.useMemo(
    () => (state.status === 'ready' && groups && groups.length > 0 ? qualityByGroups(state.figures, groups) : []),
    [state, groups]
  );
  const mean = (value: number | undefined): React.ReactNode =>
    value === undefined ? (
      <>
        <span aria-hidden="true">–</span>
        <span className={screenReaderOnly}>{s.NotMeasured}</span>
      </>
    ) : (
      formatNumber(value, undefined, { maximumFractionDigits: 1 })
    );
  const exportCsv = (shown: QualityScopeFigures): void => {
    const scope = props.scope ?? { kind: 'organisation' as const };
    const rows = [{ kind: scope.kind, value: scope.value ?? '', figures: shown }, ...groupFigures.map((g) => ({ kind: groupKind ?? scope.kind, value: g.value, figures: g }))];
    downloadCsv(qualityFiguresCsv(rows, shared), fileNameFor(['scorecard-quality', scope.value || 'organisation', props.day ?? ''], 'csv'));
  };

  let body: React.ReactElement;
  if (state.status === 'loading') body = <ProgressIndicator label={s.Loading} />;
  else if (state.status === 'error') body = <ErrorMessageBar kind={state.kind} strings={shared} onRetry={retry} />;
  else if (!figures || figures.dimensions.every((d) => d.assetsMeasured === 0)) body = <Text block>{s.ScorecardNone}</Text>;
  else {
    const num = `${css.td} ${css.num}`;
    body = (
      <table className={css.table} data-quality-figures="">
        <caption className={css.caption}>{s.ScorecardCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${css.th} ${css.nameColumn}`}>{s.Dimension}</th>
            <th scope="col" className={`${css.th} ${css.num}`}>{s.ScorecardMean}</th>
            <th scope="col" className={`${css.th} ${css.num}`}>{s.ScorecardMeasured}</th>
            <th scope="col" className={css.th}>{s.ScorecardOldest}</th>
          </tr>
        </thead>
        <tbody>
          {figures.dimensions.map((d) => (
            <tr key={d.dimension} data-dimension={d.dimension}>
              <th scope="row" className={css.rowHeader}>{s.Dimensions[d.dimension] ?? d.dimension}</th>
              <td className={num} data-figure="mean">{d.meanScore === undefined ? s.NotMeasured : formatNumber(d.meanScore, undefined, { maximumFractionDigits: 1 })}</td>
              <td className={num} data-figure="measured">{format(s.ScorecardMeasuredOf, formatNumber(d.assetsMeasured), formatNumber(figures.assetsInScope))}</td>
              <td className={css.td} data-figure="oldest">{d.oldestMeasuredOn ? formatDate(d.oldestMeasuredOn, d.oldestMeasuredOn) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
    const measuredGroups = groupFigures.filter((g) => g.dimensions.some((d) => d.assetsMeasured > 0));
    const shown = figures;
    body = (
      <>
        {body}
        {groupKind && measuredGroups.length > 0 && (
          <table className={css.table} data-quality-groups="" style={{ marginTop: 12 }}>
            <caption className={css.caption}>{format(strings.QualityByGroupCaption, kindText(groupKind))}</caption>
            <thead>
              <tr>
                <th scope="col" className={css.th} style={{ width: '22%' }}>{kindText(groupKind)}</th>
                {shown.dimensions.map((d) => (
                  <th key={d.dimension} scope="col" className={`${css.th} ${css.num}`}>{s.Dimensions[d.dimension] ?? d.dimension}</th>
                ))}
                <th scope="col" className={`${css.th} ${css.num}`}>{strings.QualityGroupRecords}</th>
              </tr>
            </thead>
            <tbody>
              {measuredGroups.map((g) => (
                <tr key={g.value} data-group={g.value}>
                  <th scope="row" className={css.rowHeader}>{g.value || shared.Scorecard.BlankValue}</th>
                  {g.dimensions.map((d) => (
                    <td key={d.dimension} className={`${css.td} ${css.num}`}>{mean(d.meanScore)}</td>
                  ))}
                  <td className={`${css.td} ${css.num}`}>{formatNumber(g.assetsInScope)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <DefaultButton data-noprint="" style={{ marginTop: 8 }} iconProps={{ iconName: 'Download' }} text={strings.QualityDownloadCsv} onClick={() => exportCsv(shown)} />
      </>
    );
  }
  return (
    <section aria-labelledby={titleId} style={{ marginTop: 16 }} data-quality-section="">
      <Text as="h3" variant="large" id={titleId} block>{s.ScorecardTitle}</Text>
      <Text block variant="small" data-quality-note="">{s.ScorecardNote}</Text>
      {body}
    </section>
  );
}
