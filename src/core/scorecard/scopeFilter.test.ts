import { aggregateScorecard, findScope } from './aggregate';
import { assetsInScope } from './scopeFilter';
import { NOW, scored, TEST_MISSIONS } from './__fixtures__/scored';

describe('assetsInScope', () => {
  it('places an asset by its reference mission, as the aggregation does', () => {
    const assets = [
      scored({ mission: 'Bangladesh', region: 'Somewhere else' }),
      scored({ mission: 'Kenya', region: 'East and Horn of Africa' }),
      scored({ mission: 'Nepal' })
    ];
    const subset = assetsInScope(assets, 'region', 'Asia and the Pacific', TEST_MISSIONS);
    const figures = findScope(aggregateScorecard(assets, { missions: TEST_MISSIONS, now: NOW }), 'region', 'Asia and the Pacific');
    expect(subset.map((a) => a.asset.id)).toEqual([assets[0].asset.id, assets[2].asset.id]);
    expect(subset.length).toBe(figures?.count);
  });

  it('keeps every asset for the organisation and none for an unknown value', () => {
    const assets = [scored(), scored({ department: 'Finance' })];
    expect(assetsInScope(assets, 'organisation', '', TEST_MISSIONS)).toHaveLength(2);
    expect(assetsInScope(assets, 'department', 'Finance', TEST_MISSIONS)).toHaveLength(1);
    expect(assetsInScope(assets, 'department', 'No such department', TEST_MISSIONS)).toHaveLength(0);
  });
});
