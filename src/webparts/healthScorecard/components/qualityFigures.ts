/** CSV of the scorecard's measured data quality: the shown scope, then its groups, every dimension's figures. */
import * as strings from 'HealthScorecardWebPartStrings';
import type { ScorecardScopeType } from '../../../core/models/scorecardSnapshot';
import type { QualityScopeFigures } from '../../../core/quality/latest';
import { QUALITY_DIMENSIONS } from '../../../core/quality/model';
import { toCsv } from '../../../ui/export/csv';
import { format } from '../../../ui/format';
import { kindText } from './exportFigures';

/** A row of the export: a scope of the scorecard with its quality figures. */
export interface QualityFiguresRow {
  readonly kind: ScorecardScopeType;
  /** The scope's name ('' for the organisation or a blank value). */
  readonly value: string;
  readonly figures: QualityScopeFigures;
}

/**
 * One row per scope; per dimension its mean latest score, the records measured and the oldest latest date (ISO, so
 * spreadsheets sort it). Numbers stay numbers; an unmeasured dimension leaves its cells empty, never 0.
 */
export function qualityFiguresCsv(rows: readonly QualityFiguresRow[], shared: IGovernanceSuiteStrings): string {
  const dimensionName = (dimension: string): string => shared.Quality.Dimensions[dimension] ?? dimension;
  const header = [
    strings.CsvScopeType, strings.CsvScope, strings.QualityCsvRecords,
    ...QUALITY_DIMENSIONS.flatMap((d) => [
      format(strings.QualityCsvMean, dimensionName(d)),
      format(strings.QualityCsvMeasured, dimensionName(d)),
      format(strings.QualityCsvOldest, dimensionName(d))
    ])
  ];
  const body = rows.map((row) => [
    kindText(row.kind),
    row.kind === 'organisation' ? '' : row.value || shared.Scorecard.BlankValue,
    row.figures.assetsInScope,
    ...row.figures.dimensions.flatMap((d) => [d.meanScore, d.assetsMeasured, d.oldestMeasuredOn])
  ]);
  return toCsv(header, body);
}
