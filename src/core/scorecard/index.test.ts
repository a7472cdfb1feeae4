import * as scorecard from './index';

describe('scorecard barrel', () => {
  it('exposes the public API from one import', () => {
    for (const name of ['aggregateScorecard', 'findScope', 'dimensionsByPointsLost', 'drillDown', 'maturityLevel', 'toSnapshot', 'fromSnapshot', 'snapshotTitle']) {
      expect(typeof (scorecard as Record<string, unknown>)[name]).toBe('function');
    }
    expect(scorecard.COVERAGE_KEYS).toEqual(['confirmedCustodian', 'classified', 'underLabelled', 'reviewedInCycle', 'personalData']);
    expect(scorecard.SCORECARD_PAYLOAD_VERSION).toBe(1);
  });
});
