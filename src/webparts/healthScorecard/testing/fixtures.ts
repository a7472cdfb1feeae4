/** A small, known dataset for the scorecard's component tests. */
import type { Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { MissionScopeReference } from '../../../core/scorecard';
import { recordScoreContext, scoreAsset } from '../../../core/scoring';
import type { ScorecardRecord } from '../services/IScorecardService';

/** "Today" in tests, so freshness (and every score) never depends on the clock. */
export const NOW = new Date('2026-11-15T12:00:00Z');

export const MISSIONS: MissionScopeReference[] = [
  { mission: 'Bangladesh', region: 'Asia and the Pacific' },
  { mission: 'Nepal', region: 'Asia and the Pacific' },
  { mission: 'Kenya', region: 'East and Horn of Africa' }
];

/** A complete, healthy record (score 96.9) unless overridden. */
export function makeAsset(id: number, overrides: Partial<Stored<DataAsset>> = {}): Stored<DataAsset> {
  const person = { id: 11, title: 'Amina Diallo', email: 'amina.diallo@example.org' };
  return {
    id,
    etag: '"1"',
    title: `Asset ${id}`,
    description: 'Beneficiary registration records.',
    assetType: 'Dataset',
    domain: 'Displacement tracking',
    region: 'Asia and the Pacific',
    mission: 'Bangladesh',
    department: 'Protection',
    owner: person,
    custodian: { ...person, id: 12, title: 'Carlos Pérez' },
    locationUrl: { url: 'https://contoso.sharepoint.com/sites/bgd/data' },
    storageSystem: 'SharePoint Online',
    declaredSensitivity: 'Confidential',
    containsPersonalData: false,
    dataSubjects: ['Migrants'],
    retentionPeriod: '5 years',
    lastReviewed: '2026-06-01',
    reviewCycleMonths: 12,
    ownershipStatus: 'Confirmed',
    lifecycle: 'Active',
    ...overrides
  };
}

/** Scores records as the production service does. */
export function toRecords(assets: readonly Stored<DataAsset>[]): ScorecardRecord[] {
  return assets.map((asset) => ({
    asset,
    score: scoreAsset(asset, recordScoreContext(asset, NOW))
  }));
}

/**
 * Three records: two healthy (96.9) in Bangladesh and Kenya, one without owner, custodian or review (51.9) in
 * Bangladesh. Organisation: mean 81.9, 2 of 3 confirmed custodians, 2 of 3 missions onboarded.
 */
export function knownRecords(): ScorecardRecord[] {
  return toRecords([
    makeAsset(1, { title: 'Dhaka shelter survey' }),
    makeAsset(2, { title: 'Nairobi payroll', mission: 'Kenya', region: 'East and Horn of Africa' }),
    makeAsset(3, { title: 'Unowned registry', owner: undefined, custodian: undefined, ownershipStatus: 'Unassigned', lastReviewed: undefined })
  ]);
}
