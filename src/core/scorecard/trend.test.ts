import { aggregateScorecard, findScope } from './aggregate';
import { compareScopes } from './trend';
import { NOW, scored, TEST_MISSIONS } from './__fixtures__/scored';

function organisation(assets: ReturnType<typeof scored>[]): NonNullable<ReturnType<typeof findScope>> {
  return findScope(aggregateScorecard(assets, { missions: TEST_MISSIONS, now: NOW }), 'organisation')!;
}

describe('compareScopes', () => {
  it('gives each figure then, now and the change', () => {
    const past = organisation([scored(), scored({ owner: undefined, custodian: undefined, ownershipStatus: 'Unassigned' })]);
    const current = organisation([scored(), scored(), scored({ mission: 'Kenya' })]);
    const figures = compareScopes(current, past);
    const byKey = new Map(figures.map((f) => [f.key, f]));
    expect(byKey.get('count')).toEqual({ key: 'count', past: 2, current: 3, change: 1, higherIsBetter: true });
    expect(byKey.get('confirmedCustodian')).toMatchObject({ past: 50, current: 100, change: 50 });
    expect(byKey.get('score')?.change).toBeGreaterThan(0);
    expect(byKey.get('rollout')).toMatchObject({ past: 20, current: 40, change: 20 });
    expect(byKey.get('underLabelled')?.higherIsBetter).toBe(false);
  });

  it('leaves the change out when the past scope was empty (no score, not zero)', () => {
    const past = organisation([]);
    const current = organisation([scored()]);
    const score = compareScopes(current, past).find((f) => f.key === 'score');
    expect(score).toEqual({ key: 'score', current: current.meanScore, higherIsBetter: true });
  });
});
