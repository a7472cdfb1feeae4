import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import type { MaturityView } from '../../../core/maturity';
import { formatDate, formatNumber } from '../../../ui/format';
import { ChartTableToggle } from '../../../ui/scorecard/ChartTableToggle';
import { LazyTrendLineChart } from '../../../ui/scorecard/lazyCharts';
import { tableStyles } from '../../../ui/scorecard/tableStyles';
import { useStableId } from '../../../ui/useStableId';
import { maturityTrendRows, maturityTrendSeries } from './maturityFigures';

/** Props of {@link MaturityTrend}. */
export interface IMaturityTrendProps {
  view: MaturityView;
  /** The areas in the template's order, with their titles in the page's language. */
  areas: readonly { readonly id: string; readonly title: string }[];
  shared: IGovernanceSuiteStrings;
}

/** One colour per area from the theme's palette (eleven DMBOK areas), in the order the areas come. */
function areaColours(theme: Theme): string[] {
  const p = theme.palette;
  return [p.themePrimary, p.greenDark, p.redDark, p.purple, p.tealDark, p.magentaDark, p.orange, p.blueDark, p.yellowDark, p.purpleDark, p.neutralSecondary];
}

const level = (n: number | undefined): string => (n === undefined ? '–' : formatNumber(n, undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

/**
 * The scope's maturity at each of its assessment dates (issue 18 part 2): one line per DMBOK area on the 1-5 scale
 * (lazy chart), with the same levels in a table on demand (a row per date, a column per area). With fewer than two
 * dates there is no trend to draw: a sentence says so.
 */
export function MaturityTrend(props: IMaturityTrendProps): React.ReactElement {
  const { view, areas, shared } = props;
  const theme = useTheme();
  const css = tableStyles(theme);
  const headingId = useStableId('scorecard-maturity-trend');
  const ids = areas.map((a) => a.id);
  const heading = <Text as="h4" variant="mediumPlus" id={headingId} block>{strings.MaturityTrendTitle}</Text>;
  if (view.trend.length < 2) {
    return (
      <div role="group" aria-labelledby={headingId} data-maturity-trend="">
        {heading}
        <Text block data-maturity-trend-single="">{strings.MaturityTrendSingle}</Text>
      </div>
    );
  }
  const colours = areaColours(theme);
  const series = maturityTrendSeries(view, ids)
    .map((s, i) => ({
      label: areas[i].title,
      color: colours[i % colours.length],
      points: s.points.map((p) => ({ date: new Date(`${p.date}T00:00:00Z`), value: p.level }))
    }))
    .filter((s) => s.points.length > 0);
  const rows = maturityTrendRows(view, ids);
  return (
    <div role="group" aria-labelledby={headingId} data-maturity-trend="">
      {heading}
      <React.Suspense fallback={<Spinner label={shared.Scorecard.ChartLoading} />}>
        <LazyTrendLineChart ariaLabel={strings.MaturityTrendChartLabel} series={series} yMinValue={1} yMaxValue={5} />
      </React.Suspense>
      <ChartTableToggle caption={strings.MaturityTrendCaption} showLabel={strings.ShowTable} hideLabel={strings.HideTable}>
        <table className={css.table} data-maturity-trend-table="">
          <caption className={css.caption}>{strings.MaturityTrendCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={css.th}>{strings.ColumnDate}</th>
              {areas.map((a) => (
                <th key={a.id} scope="col" className={`${css.th} ${css.num}`}>{a.title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.date} data-date={row.date}>
                <th scope="row" className={css.rowHeader}>{formatDate(row.date, row.date)}</th>
                {row.levels.map((l, i) => (
                  <td key={ids[i]} className={`${css.td} ${css.num}`} data-area={ids[i]}>{level(l)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ChartTableToggle>
    </div>
  );
}
