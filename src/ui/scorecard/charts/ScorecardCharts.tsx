/**
 * Every @fluentui/react-charting import of the scorecard lives in this module, which is only ever imported lazily
 * (see ../lazyCharts.ts): the charting package and its d3 dependencies stay out of the first-paint bundle, and
 * Jest tests mock this one module instead of loading d3 (ESM only).
 */
import * as React from 'react';
// The package's exports map only allows its root; it declares itself side-effect free, so unused charts shake out.
import { DonutChart, GroupedVerticalBarChart, HorizontalBarChart, LineChart } from '@fluentui/react-charting';
import type { IChartProps } from '@fluentui/react-charting';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { formatNumber, uiCulture } from '../../format';

/** One bar or slice. */
export interface IChartDatum {
  readonly label: string;
  readonly value: number;
  readonly color: string;
}

/** Props of the scorecard's charts. The tables beside them carry the same figures for assistive technology. */
export interface IScorecardChartProps {
  data: readonly IChartDatum[];
  /** Short description of the chart, read as its accessible name. */
  ariaLabel: string;
  /** The bar's full length (100 for scores). */
  max?: number;
  onSelect?: (label: string) => void;
}

/**
 * Fluent's charts are interactive (a bar, slice or point takes focus and shows its value, a bar or slice opens the
 * records behind it, a legend toggles its series), so each is a named group of named parts, not one `role="img"`:
 * an image's children are presentational, and focusable parts inside one are announced as nothing (axe's
 * nested-interactive).
 */
function InteractiveChartGroup(props: { ariaLabel: string; children: React.ReactNode }): React.ReactElement {
  const theme = useTheme();
  // Fluent draws a focused slice's ring in focusBorder, which vanishes on a slice of a close colour: the slice
  // itself gets an outline in the theme's body text, which contrasts with the page in every theme.
  const focusVisible = mergeStyles({
    marginTop: 16,
    selectors: { '& path[data-is-focusable]:focus': { stroke: theme.semanticColors.bodyText, strokeWidth: 3 } }
  });
  return <div role="group" aria-label={props.ariaLabel} className={focusVisible} data-chart-group="">{props.children}</div>;
}

/** Legends show their text as given: Fluent capitalises every word by default ("Needs Attention", "Data Governance"). */
const LEGEND_PROPS = { styles: { legend: { textTransform: 'none' as const } } };

/** Horizontal bars, e.g. the score of each region out of 100. */
export function ScoreBarChart(props: IScorecardChartProps): React.ReactElement {
  const max = props.max ?? 100;
  const data: IChartProps[] = props.data.map((datum) => ({
    chartTitle: datum.label,
    chartData: [
      {
        legend: datum.label,
        horizontalBarChartdata: { x: datum.value, y: max },
        color: datum.color,
        onClick: props.onSelect ? () => props.onSelect?.(datum.label) : undefined
      }
    ]
  }));
  return (
    <InteractiveChartGroup ariaLabel={props.ariaLabel}>
      <HorizontalBarChart data={data} hideRatio={props.data.map(() => false)} barHeight={12} culture={uiCulture()} />
    </InteractiveChartGroup>
  );
}

/** A donut of counts, e.g. records per band. */
export function CountDonutChart(props: IScorecardChartProps): React.ReactElement {
  const data: IChartProps = {
    chartData: props.data.map((datum) => ({
      legend: datum.label,
      data: datum.value,
      color: datum.color,
      onClick: props.onSelect ? () => props.onSelect?.(datum.label) : undefined
    }))
  };
  const total = props.data.reduce((sum, datum) => sum + datum.value, 0);
  return (
    <InteractiveChartGroup ariaLabel={props.ariaLabel}>
      <DonutChart data={data} innerRadius={55} height={220} width={260} valueInsideDonut={formatNumber(total)} culture={uiCulture()} legendProps={LEGEND_PROPS} />
    </InteractiveChartGroup>
  );
}

/** One line of a trend chart: points in date order. */
export interface ITrendSeries {
  readonly label: string;
  readonly color: string;
  readonly points: readonly { readonly date: Date; readonly value: number }[];
}

/** Props of {@link TrendLineChart}. The table beside it carries the same figures for assistive technology. */
export interface ITrendLineChartProps {
  series: readonly ITrendSeries[];
  ariaLabel: string;
  /** The value axis; 0 to 100 unless given (maturity levels: 1 to 5). */
  yMinValue?: number;
  yMaxValue?: number;
}

/** Lines over time on a 0-100 scale (or the given one), e.g. the health score and confirmed custodians per snapshot. */
export function TrendLineChart(props: ITrendLineChartProps): React.ReactElement {
  const data: IChartProps = {
    lineChartData: props.series.map((series) => ({
      legend: series.label,
      color: series.color,
      data: series.points.map((point) => ({ x: point.date, y: point.value }))
    }))
  };
  return (
    <InteractiveChartGroup ariaLabel={props.ariaLabel}>
      <LineChart data={data} height={260} yMinValue={props.yMinValue ?? 0} yMaxValue={props.yMaxValue ?? 100} culture={uiCulture()} legendProps={LEGEND_PROPS} />
    </InteractiveChartGroup>
  );
}

/** One group of a level-vs-target chart: an area's level (absent: no level) and its target, 1-5. */
export interface ILevelTargetGroup {
  readonly label: string;
  readonly level: number | undefined;
  readonly target: number;
}

/** Props of {@link LevelTargetBarChart}. The table beside it carries the same figures for assistive technology. */
export interface ILevelTargetBarChartProps {
  groups: readonly ILevelTargetGroup[];
  ariaLabel: string;
  levelLegend: string;
  targetLegend: string;
  levelColor: string;
  targetColor: string;
}

/** Two bars per group on a 0-5 scale: the level reached and the target, e.g. maturity per DMBOK area. */
export function LevelTargetBarChart(props: ILevelTargetBarChartProps): React.ReactElement {
  const data = props.groups.map((group) => ({
    name: group.label,
    series: [
      // An area without a level draws no level bar (0 is below the scale, never a level).
      { key: 'level', data: group.level ?? 0, color: props.levelColor, legend: props.levelLegend, yAxisCalloutData: group.level === undefined ? '–' : formatNumber(group.level) },
      { key: 'target', data: group.target, color: props.targetColor, legend: props.targetLegend, yAxisCalloutData: formatNumber(group.target) }
    ]
  }));
  return (
    <InteractiveChartGroup ariaLabel={props.ariaLabel}>
      {/* Five ticks keep the axis at 0-5 (with Fluent's default four it rounds up to 6, above the scale). */}
      <GroupedVerticalBarChart data={data} height={300} yMaxValue={5} yAxisTickCount={5} culture={uiCulture()} wrapXAxisLables legendProps={LEGEND_PROPS} />
    </InteractiveChartGroup>
  );
}
