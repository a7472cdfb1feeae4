import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { qualityByScope } from '../../../core/quality/latest';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { format, formatDate, formatNumber } from '../../../ui/format';
import { tableStyles } from '../../../ui/scorecard/tableStyles';
import { useStableId } from '../../../ui/useStableId';
import type { IQualityFiguresSource } from '../services/IQualityFiguresSource';
import { useFiguresSource } from './useFiguresSource';

/** Props of {@link QualityFiguresSection}. */
export interface IQualityFiguresSectionProps {
  source: IQualityFiguresSource;
  shared: IGovernanceSuiteStrings;
  /** The ids of the scope's records the scorecard counts (archived ones left out), as the health figures resolve them. */
  assetIds: readonly number[];
}

/**
 * Measured data quality in the scorecard (issue 18 part 5): per dimension, the mean of the latest score of each
 * measured record in the scope, how many of the scope's records are measured, and the oldest of those latest dates
 * (stale measurements show). Measured values of the data, kept apart from the metadata health score and never part of
 * it. Loaded after the health figures, so it never delays them; its own chunk.
 */
export function QualityFiguresSection(props: IQualityFiguresSectionProps): React.ReactElement {
  const { source, shared, assetIds } = props;
  const s = shared.Quality;
  const css = tableStyles(useTheme());
  const { state, retry } = useFiguresSource(source);
  const titleId = useStableId('scorecard-quality-title');
  const figures = React.useMemo(() => (state.status === 'ready' ? qualityByScope(state.figures, assetIds) : undefined), [state, assetIds]);

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
  }
  return (
    <section aria-labelledby={titleId} style={{ marginTop: 16 }} data-quality-section="">
      <Text as="h3" variant="large" id={titleId} block>{s.ScorecardTitle}</Text>
      <Text block variant="small" data-quality-note="">{s.ScorecardNote}</Text>
      {body}
    </section>
  );
}
