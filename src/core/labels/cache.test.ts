import type { DataAsset } from '../models/dataAsset';
import { DEFAULT_SENSITIVITY_LEVELS } from '../models/dataAsset';
import { scoreAsset } from '../scoring';
import { cachedLabelDrift, labelCacheFields, readCachedLabel, scoringLabelRank } from './cache';

const taxonomy = DEFAULT_SENSITIVITY_LEVELS;
const NOW = new Date('2026-11-23T15:00:00Z');
const asset = (overrides: Partial<DataAsset>): DataAsset => ({ title: 'A', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Confirmed', lifecycle: 'Active', declaredSensitivity: 'Confidential', ...overrides });

describe('label cache fields', () => {
  it('round-trips a label, "no label" and a not-checkable reason', () => {
    const label = labelCacheFields({ kind: 'label', id: 'c-guid', name: 'Confidential / All Employees' }, NOW);
    expect(label).toEqual({ purviewLabelId: 'c-guid', purviewLabelName: 'Confidential / All Employees', labelCheckedOn: NOW.toISOString() });
    expect(readCachedLabel(label ?? {})).toMatchObject({ state: 'label', id: 'c-guid' });
    expect(readCachedLabel(labelCacheFields({ kind: 'unlabelled' }, NOW) ?? {})).toMatchObject({ state: 'unlabelled' });
    expect(readCachedLabel(labelCacheFields({ kind: 'notCheckable', reason: 'encrypted' }, NOW) ?? {})).toMatchObject({ state: 'notCheckable', reason: 'encrypted' });
    expect(readCachedLabel({})).toEqual({ state: 'neverChecked' });
  });

  it('keeps the last result on transient failures', () => {
    expect(labelCacheFields({ kind: 'notCheckable', reason: 'throttled' }, NOW)).toBeUndefined();
    expect(labelCacheFields({ kind: 'notCheckable', reason: 'failed' }, NOW)).toBeUndefined();
  });

  it('gives the drift from the cache without Graph, and feeds the health score', () => {
    const under = asset({ declaredSensitivity: 'Highly Confidential', purviewLabelId: 'g', purviewLabelName: 'General', labelCheckedOn: NOW.toISOString() });
    const context = { taxonomy, mapping: { general: 'Internal' } };
    expect(cachedLabelDrift(under, context)).toBe('underLabelled');
    expect(cachedLabelDrift(asset({}), context)).toBeUndefined();
    expect(cachedLabelDrift(asset({ declaredSensitivity: 'Public', purviewLabelId: 'unlabelled', labelCheckedOn: NOW.toISOString() }), context)).toBe('aligned');
    const score = scoreAsset(under, { now: NOW, custodianApprovalValid: true, labelRank: scoringLabelRank(under, context) });
    expect(score.dimensions.find((d) => d.key === 'sensitivity')?.missing).toContain('underLabelled');
    const blocked = asset({ purviewLabelId: 'not-checkable', purviewLabelName: 'encrypted', labelCheckedOn: NOW.toISOString() });
    expect(scoringLabelRank(blocked, context)).toBe('notCheckable');
    expect(cachedLabelDrift(blocked, context)).toBe('notCheckable');
  });
});
