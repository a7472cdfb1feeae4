import * as core from './index';

describe('core barrel', () => {
  it('exposes the public API from one import', () => {
    for (const name of ['validateRecord', 'isSafeHttpUrl', 'scoreAsset', 'bandOf', 'getField', 'riskScore', 'riskLevel', 'isGovernanceError', 'GovernanceError']) {
      expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
    }
    expect(core.ALL_LISTS).toHaveLength(32);
    expect(Object.keys(core.LISTS)).toHaveLength(32);
    expect(core.DEFAULT_SCORE_WEIGHTS.ownership).toBe(30);
    expect(core.MISSIONS.length).toBeGreaterThan(0);
    expect(core.AI_RISK_TIERS).toEqual(['prohibited', 'high', 'limited', 'minimal']);
  });
});
