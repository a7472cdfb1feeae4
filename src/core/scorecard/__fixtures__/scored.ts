/** Builders for the scorecard tests: real scores through `scoreAsset`, or synthetic ones to hit exact means. */
import type { Stored } from '../../models/common';
import type { DataAsset } from '../../models/dataAsset';
import { bandOf, scoreAsset } from '../../scoring/scoreAsset';
import type { AssetScore, ScoreContext, ScoreDimensionKey } from '../../scoring/types';
import { DEFAULT_SCORE_WEIGHTS, SCORE_DIMENSIONS } from '../../scoring/types';
import type { MissionScopeReference, ScoredAssetInput } from '../types';

/** "Today" for every scorecard test. */
export const NOW = new Date('2026-11-23T12:00:00Z');

/** A small reference list: two regions with two missions each, one region with one mission and no assets in most tests. */
export const TEST_MISSIONS: readonly MissionScopeReference[] = [
  { region: 'Asia and the Pacific', mission: 'Bangladesh' },
  { region: 'Asia and the Pacific', mission: 'Nepal' },
  { region: 'East and Horn of Africa', mission: 'Kenya' },
  { region: 'East and Horn of Africa', mission: 'Somalia' },
  { region: 'South America', mission: 'Peru' }
];

let nextId = 1;

/** A complete asset in Bangladesh that scores 100 with an approving custodian and a matching label. */
export function makeAsset(overrides: Partial<Stored<DataAsset>> = {}): Stored<DataAsset> {
  return {
    id: nextId++,
    etag: '"1"',
    title: 'Registration records',
    description: 'Beneficiary registration',
    domain: 'Registration',
    region: 'Asia and the Pacific',
    mission: 'Bangladesh',
    department: 'Protection',
    owner: { id: 1, title: 'Owner' },
    custodian: { id: 2, title: 'Custodian' },
    locationUrl: { url: 'https://contoso.sharepoint.com/sites/bgd' },
    storageSystem: 'SharePoint Online',
    declaredSensitivity: 'Confidential',
    containsPersonalData: true,
    dataSubjects: ['Beneficiaries'],
    legalBasis: 'Consent',
    retentionPeriod: '5 years',
    lastReviewed: '2026-06-01',
    reviewCycleMonths: 12,
    ownershipStatus: 'Confirmed',
    lifecycle: 'Active',
    ...overrides
  };
}

/** An asset scored for real; the context defaults to an approved custodian and a label at the declared rank. */
export function scored(overrides: Partial<Stored<DataAsset>> = {}, context: Partial<ScoreContext> = {}): ScoredAssetInput {
  const asset = makeAsset(overrides);
  return { asset, score: scoreAsset(asset, { now: NOW, custodianApprovalValid: true, labelRank: 2, ...context }) };
}

/**
 * An asset with a synthetic score: every dimension at `value` (default 1) unless listed in `values`, and the
 * score given outright, so tests can aim at exact means such as 19.9 or 85.
 */
export function withScore(
  score: number,
  overrides: Partial<Stored<DataAsset>> = {},
  values: Partial<Record<ScoreDimensionKey, number>> = {}
): ScoredAssetInput {
  const result: AssetScore = {
    score,
    band: bandOf(score),
    dimensions: SCORE_DIMENSIONS.map((key) => {
      const value = values[key] ?? 1;
      const weight = DEFAULT_SCORE_WEIGHTS[key];
      return { key, weight, value, points: weight * value, missing: [] };
    })
  };
  return { asset: makeAsset(overrides), score: result };
}
