import * as strings from 'HealthScorecardWebPartStrings';
import type { ScopeAggregate } from '../../../core/scorecard';
import { bandOf, type ScoreBand } from '../../../core/scoring';
import { format } from '../../../ui/format';
import { bandText, HEALTH_BANDS } from '../../../ui/healthTypes';
import { EXPORT_COLOURS, type ChartImageSpec, type ExportDatum } from '../../../ui/scorecard/export/chartImage';

/** A band's colour in exported images (fixed: the image has a white background whatever the theme). */
function exportBandColour(band: ScoreBand): string {
  return band === 'Healthy' ? EXPORT_COLOURS.healthy : band === 'Needs attention' ? EXPORT_COLOURS.attention : EXPORT_COLOURS.atRisk;
}

/** "Scope: Africa · Figures of 2026-12-03": what and when, under every exported chart's title. */
export function exportSubtitle(scopeName: string, day: string): string {
  return format(strings.ExportSubtitle, scopeName, day);
}

/** The score-by-group bar chart as an exported image. */
export function scoreBarsImage(title: string, subtitle: string, rows: readonly { label: string; score: number }[], shared: IGovernanceSuiteStrings): ChartImageSpec {
  return {
    kind: 'bars',
    title,
    subtitle,
    axisLabel: strings.ExportScoreAxis,
    max: 100,
    bars: rows.map((row): ExportDatum => ({ label: row.label, value: row.score, colour: exportBandColour(bandOf(row.score)) })),
    legend: HEALTH_BANDS.map((band): ExportDatum => ({ label: bandText(band, shared), value: 0, colour: exportBandColour(band) }))
  };
}

/** Records per band as an exported donut, with each band's count and share in the legend. */
export function bandDonutImage(title: string, subtitle: string, scope: ScopeAggregate, shared: IGovernanceSuiteStrings): ChartImageSpec {
  return {
    kind: 'donut',
    title,
    subtitle,
    totalText: format(strings.ExportRecordCount, scope.count),
    slices: HEALTH_BANDS.map((band): ExportDatum => ({ label: bandText(band, shared), value: scope.bands[band], colour: exportBandColour(band) }))
  };
}

/** The trend as an exported line chart: one x label per snapshot (and now), values 0-100. */
export function trendImage(
  title: string,
  subtitle: string,
  xLabels: readonly string[],
  series: readonly { label: string; values: readonly (number | undefined)[] }[]
): ChartImageSpec {
  const colours = [EXPORT_COLOURS.blue, EXPORT_COLOURS.healthy, EXPORT_COLOURS.purple];
  return {
    kind: 'lines',
    title,
    subtitle,
    axisLabel: strings.ExportTrendAxis,
    xLabels,
    series: series.map((s, i) => ({ label: s.label, values: s.values, colour: colours[i % colours.length] }))
  };
}

/** Maturity per DMBOK area as an exported image: the level (none: "–") and the target of each area, on 0-5. */
export function levelTargetImage(
  title: string,
  subtitle: string,
  groups: readonly { label: string; level: number | undefined; target: number }[]
): ChartImageSpec {
  return {
    kind: 'groupedBars',
    title,
    subtitle,
    axisLabel: strings.MaturityAxis,
    max: 5,
    series: [
      { label: strings.MaturityLevelLegend, colour: EXPORT_COLOURS.blue },
      { label: strings.MaturityTargetLegend, colour: EXPORT_COLOURS.purple }
    ],
    groups: groups.map((g) => ({ label: g.label, values: [g.level, g.target] }))
  };
}
