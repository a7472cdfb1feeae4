import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import type { GovernanceErrorKind } from '../../../core/errors';
import { compareScopes } from '../../../core/scorecard';
import type { ScopeAggregate, TrendFigure, TrendFigureKey } from '../../../core/scorecard';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { format, formatDate, formatNumber, formatScore } from '../../../ui/format';
import { ChartFrame } from '../../../ui/scorecard/ChartFrame';
import { ChartTableToggle } from '../../../ui/scorecard/ChartTableToggle';
import { fileNameFor } from '../../../ui/export/download';
import { LazyTrendLineChart } from '../../../ui/scorecard/lazyCharts';
import { tableStyles } from '../../../ui/scorecard/tableStyles';
import { useStableId } from '../../../ui/useStableId';
import type { IScorecardService, ScorecardSnapshotPoint } from '../services/IScorecardService';
import { exportSubtitle, trendImage } from './chartImages';

/** Props of {@link TrendSection}. */
export interface ITrendSectionProps {
  service: IScorecardService;
  /** The shown scope's current figures. */
  current: ScopeAggregate;
  shared: IGovernanceSuiteStrings;
  /** Changes when a snapshot was just taken, to read the snapshots again. */
  version: number;
}

type TrendState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly kind: GovernanceErrorKind }
  | { readonly status: 'ready'; readonly points: readonly ScorecardSnapshotPoint[] };

const FIGURE_LABELS: Record<TrendFigureKey, string> = {
  score: strings.FigureScore,
  count: strings.FigureCount,
  confirmedCustodian: strings.FigureConfirmedCustodian,
  classified: strings.FigureClassified,
  underLabelled: strings.FigureUnderLabelled,
  reviewedInCycle: strings.FigureReviewedInCycle,
  maturity: strings.FigureMaturity,
  rollout: strings.FigureRollout
};

function changeText(figure: TrendFigure): string {
  if (figure.change === undefined) {
    return '–';
  }
  if (figure.change === 0) {
    return strings.ChangeNone;
  }
  const signed = formatNumber(figure.change, undefined, { signDisplay: 'exceptZero', maximumFractionDigits: 1 });
  return format(figure.change > 0 === figure.higherIsBetter ? strings.ChangeBetter : strings.ChangeWorse, signed);
}

function pct(rate: number | undefined): number | undefined {
  return rate === undefined ? undefined : Math.round(rate * 1000) / 10;
}

/**
 * The scope's trend: the health score and confirmed custodians per stored snapshot up to now (lazy line chart,
 * with the same figures in a table on demand), and every figure now against any chosen past snapshot.
 */
export function TrendSection(props: ITrendSectionProps): React.ReactElement {
  const { service, current, shared, version } = props;
  const theme = useTheme();
  const css = tableStyles(theme);
  const headingId = useStableId('scorecard-trend');
  const [state, setState] = React.useState<TrendState>({ status: 'loading' });
  const [chosenId, setChosenId] = React.useState<number | undefined>();
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    service.snapshots(current.kind, current.value).then(
      (points) => live && setState({ status: 'ready', points }),
      (error: unknown) => live && setState({ status: 'error', kind: errorKindOf(error) })
    );
    return () => {
      live = false;
    };
  }, [service, current.kind, current.value, version, attempt]);

  let body: React.ReactElement;
  if (state.status === 'loading') {
    body = <Spinner label={strings.TrendLoading} />;
  } else if (state.status === 'error') {
    body = <ErrorMessageBar kind={state.kind} strings={shared} onRetry={() => setAttempt((n) => n + 1)} />;
  } else if (state.points.length === 0) {
    body = <Text block>{strings.TrendEmpty}</Text>;
  } else {
    const points = state.points;
    const chosen = points.find((p) => p.id === chosenId) ?? points[0];
    const dateOf = (iso: string): string => formatDate(iso, iso);
    const today = new Date().toISOString().slice(0, 10);
    const rows = [...points.map((p) => ({ key: String(p.id), label: dateOf(p.takenOn), date: new Date(`${p.takenOn}T00:00:00Z`), scope: p.scope })),
      { key: 'now', label: strings.Now, date: new Date(), scope: current }];
    const series = [
      { label: strings.FigureScore, color: theme.palette.themePrimary, points: rows.filter((r) => r.scope.meanScore !== undefined).map((r) => ({ date: r.date, value: r.scope.meanScore ?? 0 })) },
      {
        label: strings.FigureConfirmedCustodian,
        color: theme.palette.greenDark,
        points: rows.filter((r) => r.scope.coverage.confirmedCustodian.rate !== undefined).map((r) => ({ date: r.date, value: pct(r.scope.coverage.confirmedCustodian.rate) ?? 0 }))
      }
    ];
    const figures = compareScopes(current, chosen.scope);
    const compareCaption = format(strings.CompareCaption, dateOf(chosen.takenOn));
    body = (
      <>
        <ChartFrame
          saveLabel={strings.SavePng}
          saveAriaLabel={`${strings.SavePng}: ${strings.TrendChartLabel}`}
          fileName={fileNameFor(['scorecard-trend', current.value || 'organisation', today], 'png')}
          failedText={strings.PngFailed}
          image={() =>
            trendImage(strings.TrendTitle, exportSubtitle(current.value || shared.Scorecard.ScopeOrganisation, today), rows.map((r) => r.label), [
              { label: strings.FigureScore, values: rows.map((r) => r.scope.meanScore) },
              { label: strings.FigureConfirmedCustodian, values: rows.map((r) => pct(r.scope.coverage.confirmedCustodian.rate)) }
            ])
          }
        >
          <React.Suspense fallback={<Spinner label={shared.Scorecard.ChartLoading} />}>
            <LazyTrendLineChart ariaLabel={strings.TrendChartLabel} series={series} />
          </React.Suspense>
        </ChartFrame>
        <ChartTableToggle caption={strings.TrendTableCaption} showLabel={strings.ShowTable} hideLabel={strings.HideTable}>
          <table className={css.table}>
            <caption className={css.caption}>{strings.TrendTableCaption}</caption>
            <thead>
              <tr>
                <th scope="col" className={css.th}>{strings.ColumnDate}</th>
                <th scope="col" className={`${css.th} ${css.num}`}>{strings.FigureScore}</th>
                <th scope="col" className={`${css.th} ${css.num}`}>{strings.FigureCount}</th>
                <th scope="col" className={`${css.th} ${css.num}`}>{strings.FigureConfirmedCustodian}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className={css.rowHeader}>{row.label}</th>
                  <td className={`${css.td} ${css.num}`}>{row.scope.meanScore === undefined ? shared.Scorecard.NoScore : formatScore(row.scope.meanScore)}</td>
                  <td className={`${css.td} ${css.num}`}>{formatNumber(row.scope.count)}</td>
                  <td className={`${css.td} ${css.num}`}>{row.scope.coverage.confirmedCustodian.rate === undefined ? shared.Scorecard.NoScore : formatScore(pct(row.scope.coverage.confirmedCustodian.rate) ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ChartTableToggle>
        <Dropdown
          label={strings.CompareWith}
          selectedKey={chosen.id}
          options={points.map((p) => ({ key: p.id, text: dateOf(p.takenOn) }))}
          onChange={(_, option) => option && setChosenId(Number(option.key))}
          styles={{ root: { maxWidth: 280 } }}
        />
        <table className={css.table}>
          <caption className={css.caption}>{compareCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={css.th}>{strings.ColumnFigure}</th>
              <th scope="col" className={`${css.th} ${css.num}`}>{format(strings.ColumnThen, dateOf(chosen.takenOn))}</th>
              <th scope="col" className={`${css.th} ${css.num}`}>{strings.Now}</th>
              <th scope="col" className={`${css.th} ${css.num}`}>{strings.ColumnChange}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => (
              <tr key={figure.key} data-figure={figure.key}>
                <th scope="row" className={css.rowHeader}>{FIGURE_LABELS[figure.key]}</th>
                <td className={`${css.td} ${css.num}`}>{figure.past === undefined ? shared.Scorecard.NoScore : formatNumber(figure.past, undefined, { maximumFractionDigits: 1 })}</td>
                <td className={`${css.td} ${css.num}`}>{figure.current === undefined ? shared.Scorecard.NoScore : formatNumber(figure.current, undefined, { maximumFractionDigits: 1 })}</td>
                <td className={`${css.td} ${css.num}`}>{changeText(figure)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }

  return (
    <section aria-labelledby={headingId} style={{ marginTop: 24 }}>
      <Text as="h3" variant="large" id={headingId} block>{strings.TrendTitle}</Text>
      {body}
    </section>
  );
}
