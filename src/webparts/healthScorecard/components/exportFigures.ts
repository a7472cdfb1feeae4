/** CSV content of the scorecard's exports: the aggregates shown, and the records behind a figure. */
import * as strings from 'HealthScorecardWebPartStrings';
import type { ScorecardScopeType } from '../../../core/models/scorecardSnapshot';
import type { CoverageRate, ScopeAggregate } from '../../../core/scorecard';
import { SCORE_BANDS, SCORE_DIMENSIONS } from '../../../core/scoring';
import { bandText } from '../../../ui/healthTypes';
import { toCsv } from '../../../ui/export/csv';
import type { ScorecardRecord } from '../services/IScorecardService';

/** A scope kind's localised name. */
export function kindText(kind: ScorecardScopeType): string {
  const names: Record<ScorecardScopeType, string> = {
    organisation: strings.KindOrganisation,
    region: strings.KindRegion,
    mission: strings.KindMission,
    department: strings.KindDepartment,
    domain: strings.KindDomain
  };
  return names[kind];
}

function percent(rate: CoverageRate): number | undefined {
  return rate.rate === undefined ? undefined : Math.round(rate.rate * 1000) / 10;
}

/** One row per scope (the shown scope first, then its groups), every figure of DESIGN section 4. */
export function figuresCsv(scopes: readonly ScopeAggregate[], shared: IGovernanceSuiteStrings): string {
  const header = [
    strings.CsvScopeType, strings.CsvScope, strings.FigureCount, strings.FigureScore, strings.FigureMaturity,
    ...SCORE_BANDS.map((band) => bandText(band, shared)),
    strings.FigureConfirmedCustodian, strings.FigureClassified, strings.FigureUnderLabelled, strings.FigureReviewedInCycle, strings.FigurePersonalData,
    strings.CsvOnboarded, strings.CsvMissionsTotal
  ];
  const rows = scopes.map((scope) => [
    kindText(scope.kind),
    scope.kind === 'organisation' ? '' : scope.value || shared.Scorecard.BlankValue,
    scope.count,
    scope.meanScore,
    scope.maturity,
    ...SCORE_BANDS.map((band) => scope.bands[band]),
    percent(scope.coverage.confirmedCustodian),
    percent(scope.coverage.classified),
    percent(scope.coverage.underLabelled),
    percent(scope.coverage.reviewedInCycle),
    percent(scope.coverage.personalData),
    scope.rollout?.onboarded,
    scope.rollout?.total
  ]);
  return toCsv(header, rows);
}

/** The records behind a figure, worst first as listed, with each dimension's points lost. */
export function recordsCsv(records: readonly ScorecardRecord[], shared: IGovernanceSuiteStrings): string {
  const header = [
    strings.CsvId, strings.CsvTitle, strings.KindRegion, strings.KindMission, strings.KindDepartment, strings.KindDomain,
    strings.CsvOwnershipStatus, strings.FigureScore, strings.CsvBand,
    ...SCORE_DIMENSIONS.map((key) => strings.CsvPointsLost.replace('{0}', shared.Dimensions[key] ?? key))
  ];
  const rows = records.map(({ asset, score }) => {
    const total = score.dimensions.reduce((sum, d) => sum + d.weight, 0) || 1;
    return [
      asset.id, asset.title, asset.region, asset.mission, asset.department, asset.domain, asset.ownershipStatus,
      score.score, bandText(score.band, shared),
      ...SCORE_DIMENSIONS.map((key) => {
        const d = score.dimensions.find((x) => x.key === key);
        return d === undefined ? undefined : Math.round(((d.weight * (1 - d.value) * 100) / total) * 10) / 10;
      })
    ];
  });
  return toCsv(header, rows);
}
