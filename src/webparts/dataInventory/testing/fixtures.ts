/** Realistic records for component tests. */
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { MissionSummary } from '../services/IInventoryService';

export const PEOPLE: PersonRef[] = [
  { id: 11, title: 'Amina Diallo', email: 'amina.diallo@example.org' },
  { id: 12, title: 'Carlos Pérez', email: 'carlos.perez@example.org' },
  { id: 13, title: 'Mei Tan', email: 'mei.tan@example.org' }
];

export const MISSIONS: MissionSummary[] = [
  { title: 'Bangladesh', code: 'BGD', region: 'Asia and the Pacific' },
  { title: 'Nepal', code: 'NPL', region: 'Asia and the Pacific' },
  { title: 'Kenya', code: 'KEN', region: 'East and Horn of Africa' }
];

/** "Today" in tests, so freshness (and the score) never depends on the clock. */
export const NOW = new Date('2026-11-15T12:00:00Z');

let nextId = 1;

/** A complete, healthy record unless overridden. */
export function makeAsset(overrides: Partial<Stored<DataAsset>> = {}): Stored<DataAsset> {
  const id = overrides.id ?? nextId++;
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
    owner: PEOPLE[0],
    custodian: PEOPLE[1],
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
    modified: '2026-11-01T09:00:00Z',
    editor: PEOPLE[2],
    ...overrides
  };
}
