import type { DataAsset } from '../models/dataAsset';
import { ownershipPatch } from '../ownership/apply';
import { recordScoreContext, storedHealth } from './storedHealth';
import { scoreAsset } from './scoreAsset';

const NOW = new Date('2026-11-23T15:00:00Z');
const MAPPING = { general: 'Internal', confidential: 'Confidential' };
const SETTINGS = { mapping: MAPPING };

/** A record that scores 100 when its label is aligned and nothing is overshared. */
function record(overrides: Partial<DataAsset> = {}): DataAsset {
  return {
    title: 'Case register', description: 'Cases', domain: 'Protection', owner: { id: 1, title: 'Owner' }, custodian: { id: 2, title: 'Custodian' },
    locationUrl: { url: 'https://contoso.sharepoint.com/sites/p/Shared%20Documents/cases.xlsx' }, storageSystem: 'SharePoint Online',
    declaredSensitivity: 'Confidential', containsPersonalData: false, dataSubjects: ['Staff'], retentionPeriod: '5 years',
    lastReviewed: '2026-10-01', reviewCycleMonths: 12, ownershipStatus: 'Confirmed', lifecycle: 'Active',
    purviewLabelId: 'c-guid', purviewLabelName: 'Confidential', labelCheckedOn: '2026-11-20T10:00:00Z', ...overrides
  };
}

const sensitivity = (asset: DataAsset): { value: number; missing: readonly string[] } => {
  const dimension = scoreAsset(asset, recordScoreContext(asset, NOW, SETTINGS)).dimensions.find((d) => d.key === 'sensitivity');
  return { value: dimension?.value ?? -1, missing: dimension?.missing ?? [] };
};

describe('storedHealth with the cached label check', () => {
  it('counts an aligned cached label in full, so a save no longer halves the label share', () => {
    expect(storedHealth(record(), NOW, SETTINGS)).toEqual({ healthScore: 100, healthBand: 'Healthy', labelDrift: 'aligned', overshared: false });
  });

  it('pulls an under-labelled record down and stores its drift', () => {
    const under = record({ declaredSensitivity: 'Highly Confidential', purviewLabelId: 'g-guid', purviewLabelName: 'General' });
    const stored = storedHealth(under, NOW, SETTINGS);
    expect(stored.labelDrift).toBe('underLabelled');
    expect(stored.healthScore).toBe(93.8);
    expect(sensitivity(under)).toEqual({ value: 0.75, missing: ['underLabelled'] });
  });

  it('ranks cached labels through the mapping setting: an unmapped label is not checkable (half the share)', () => {
    const general = record({ declaredSensitivity: 'Internal', purviewLabelId: 'g-guid', purviewLabelName: 'General' });
    expect(storedHealth(general, NOW, SETTINGS)).toMatchObject({ labelDrift: 'aligned', healthScore: 100 });
    expect(storedHealth(general, NOW)).toMatchObject({ labelDrift: 'notCheckable', healthScore: 96.9 });
  });

  it('leaves a never-checked record without a drift, with half the label share', () => {
    const never = record({ purviewLabelId: undefined, purviewLabelName: undefined, labelCheckedOn: undefined });
    expect(storedHealth(never, NOW, SETTINGS)).toEqual({ healthScore: 96.9, healthBand: 'Healthy', labelDrift: undefined, overshared: false });
  });

  it('takes the label share away from a record shared beyond its declared level', () => {
    const shared = record({ accessFlags: ['anonymousLink', 'guestAccess'] });
    expect(storedHealth(shared, NOW, SETTINGS)).toMatchObject({ overshared: true, labelDrift: 'aligned', healthScore: 93.8 });
    expect(sensitivity(shared)).toEqual({ value: 0.75, missing: ['overshared'] });
    // Below Confidential the same links are not oversharing.
    const internal = record({ declaredSensitivity: 'Internal', purviewLabelId: 'g-guid', purviewLabelName: 'General', accessFlags: ['organizationLink'] });
    expect(storedHealth(internal, NOW, SETTINGS)).toMatchObject({ overshared: false, healthScore: 100 });
  });

  it('an ownership decision keeps the label alignment in the stored score', () => {
    const asset = record({ ownershipStatus: 'Pending', healthScore: 88, healthBand: 'Healthy' });
    const patch = ownershipPatch(asset, { status: 'Confirmed', custodian: asset.custodian, reattestationDue: false, flagged: [] }, NOW, SETTINGS);
    expect(patch?.healthScore).toBe(100);
  });
});
