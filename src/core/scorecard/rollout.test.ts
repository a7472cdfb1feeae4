import { MISSIONS } from '../reference/missions';
import { NOW, TEST_MISSIONS, withScore } from './__fixtures__/scored';
import { aggregateScorecard, findScope } from './aggregate';
import type { MissionScopeReference, RolloutCoverage, ScoredAssetInput } from './types';

function rollout(assets: readonly ScoredAssetInput[], value?: string, missions: readonly MissionScopeReference[] = TEST_MISSIONS): RolloutCoverage | undefined {
  const result = aggregateScorecard(assets, { missions, now: NOW });
  return findScope(result, value === undefined ? 'organisation' : 'region', value ?? '')?.rollout;
}

describe('rollout coverage', () => {
  it('is 0 of every reference mission with no assets', () => {
    expect(rollout([])).toEqual({ onboarded: 0, total: 5, rate: 0, notOnboarded: ['Bangladesh', 'Nepal', 'Kenya', 'Somalia', 'Peru'], unknownMissions: [] });
    expect(rollout([], 'South America')).toEqual({ onboarded: 0, total: 1, rate: 0, notOnboarded: ['Peru'], unknownMissions: [] });
  });

  const assets = [
    withScore(90, { mission: 'Bangladesh' }),
    withScore(80, { mission: 'Bangladesh' }),
    withScore(70, { mission: 'KENYA', region: undefined }),
    withScore(60, { mission: 'Atlantis', region: 'Asia and the Pacific' }),
    withScore(50, { mission: 'Atlantis', region: 'East and Horn of Africa' }),
    withScore(40, { mission: 'Lemuria', region: 'Oceans' }),
    withScore(30, { mission: 'Mu', region: undefined }),
    withScore(20, { mission: undefined, region: 'South America' }),
    withScore(10, { mission: 'Somalia', lifecycle: 'Archived' })
  ];

  it('counts organisation missions with at least one non-archived asset over the reference list, and flags unknown missions', () => {
    expect(rollout(assets)).toEqual({
      onboarded: 2,
      total: 5,
      rate: 0.4,
      notOnboarded: ['Nepal', 'Somalia', 'Peru'],
      unknownMissions: ['Atlantis', 'Lemuria', 'Mu']
    });
  });

  it('counts each region against its own missions; unknown missions under the record\'s region', () => {
    expect(rollout(assets, 'Asia and the Pacific')).toEqual({ onboarded: 1, total: 2, rate: 0.5, notOnboarded: ['Nepal'], unknownMissions: ['Atlantis'] });
    expect(rollout(assets, 'East and Horn of Africa')).toEqual({ onboarded: 1, total: 2, rate: 0.5, notOnboarded: ['Somalia'], unknownMissions: ['Atlantis'] });
    // An asset without a mission counts in its region's figures but onboards nothing.
    expect(rollout(assets, 'South America')).toEqual({ onboarded: 0, total: 1, rate: 0, notOnboarded: ['Peru'], unknownMissions: [] });
  });

  it('gives a region outside the reference list no rate, and keeps blank-region unknown missions in the blank bucket', () => {
    expect(rollout(assets, 'Oceans')).toEqual({ onboarded: 0, total: 0, notOnboarded: [], unknownMissions: ['Lemuria'] });
    expect(rollout(assets, '')).toEqual({ onboarded: 0, total: 0, notOnboarded: [], unknownMissions: ['Mu'] });
  });

  it('counts the assets of unknown missions in their region\'s figures rather than dropping them', () => {
    const result = aggregateScorecard(assets, { missions: TEST_MISSIONS, now: NOW });
    expect(findScope(result, 'region', 'Oceans')).toMatchObject({ count: 1, meanScore: 40 });
    expect(findScope(result, 'region', 'Asia and the Pacific')).toMatchObject({ count: 3, meanScore: 76.7 });
  });

  it('counts a duplicated reference mission once', () => {
    const missions = [...TEST_MISSIONS, { region: 'South America', mission: 'Bangladesh' }];
    expect(rollout([withScore(90)], undefined, missions)).toMatchObject({ onboarded: 1, total: 5 });
  });

  it('works on the real reference list', () => {
    const all = rollout([withScore(90, { mission: 'Bangladesh' })], undefined, MISSIONS);
    expect(all).toMatchObject({ onboarded: 1, total: MISSIONS.length });
    expect(all?.notOnboarded).toHaveLength(MISSIONS.length - 1);
  });
});
