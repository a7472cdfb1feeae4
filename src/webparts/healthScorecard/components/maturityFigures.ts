/**
 * The maturity section's derived figures (issue 18 part 2): the trend table's rows (one per assessment date, one
 * level per area) and the CSV export (the table's rows, then the trend). Pure, so they are tested without a page.
 */
import * as strings from 'HealthScorecardWebPartStrings';
import type { MaturityView } from '../../../core/maturity';
import { toCsv } from '../../../ui/export/csv';

/** One row of the trend table: an assessment date and each area's level as of it (undefined: no level). */
export interface MaturityTrendRow {
  readonly date: string;
  readonly levels: readonly (number | undefined)[];
}

/** The trend as table rows, oldest first, levels in `areaIds` order. */
export function maturityTrendRows(view: MaturityView, areaIds: readonly string[]): MaturityTrendRow[] {
  return view.trend.map((point) => ({ date: point.date, levels: areaIds.map((id) => point.areas[id]?.level) }));
}

/** The trend as one line per area: the dates where the area had a level (a line skips the others). */
export function maturityTrendSeries(
  view: MaturityView, areaIds: readonly string[]
): { readonly area: string; readonly points: readonly { readonly date: string; readonly level: number }[] }[] {
  return areaIds.map((area) => ({
    area,
    points: view.trend.flatMap((point) => {
      const level = point.areas[area]?.level;
      return level === undefined ? [] : [{ date: point.date, level }];
    })
  }));
}

/**
 * The section's figures as CSV: a header and one row per area (title, level, target, gap, previous, change, "don't
 * know" answers, missions counted), an empty line, then the trend with its own header (date, area, level, missions
 * counted) per date and area, padded with empty cells to the table's width. Numbers stay numbers; an absent level
 * is an empty cell.
 */
export function maturityCsv(view: MaturityView, titleOf: (area: string) => string): string {
  const header = [
    strings.MaturityArea, strings.MaturityLevel, strings.MaturityTarget, strings.MaturityGap, strings.MaturityPrevious,
    strings.MaturityChange, strings.MaturityDontKnow, strings.MaturityMissionsCounted
  ];
  const rows: unknown[][] = view.areas.map((a) => [titleOf(a.area), a.level, a.target, a.gap, a.previous, a.change, a.dontKnow, a.missionsCounted]);
  rows.push([], [strings.ColumnDate, strings.MaturityArea, strings.MaturityLevel, strings.MaturityMissionsCounted]);
  for (const point of view.trend) {
    for (const a of view.areas) {
      const state = point.areas[a.area];
      rows.push([point.date, titleOf(a.area), state?.level, state?.missionsCounted ?? 0]);
    }
  }
  return toCsv(header, rows);
}
