import { SCORECARD_SNAPSHOTS_LIST } from '../schema/lists/scorecardSnapshots';
import { validateRecord } from '../validation';
import { NOW, scored, TEST_MISSIONS, withScore } from './__fixtures__/scored';
import { aggregateScorecard, findScope } from './aggregate';
import { fromSnapshot, SCORECARD_PAYLOAD_VERSION, snapshotTitle, toSnapshot } from './snapshot';
import type { ScorecardAggregate } from './types';

const TAKEN_ON = '2026-11-01';

function sample(): ScorecardAggregate {
  return aggregateScorecard(
    [
      scored({ mission: 'Bangladesh' }),
      scored({ mission: 'Kenya', ownershipStatus: 'Pending' }, { labelRank: 1 }),
      withScore(40, { mission: 'Atlantis', region: 'Oceans', department: undefined })
    ],
    { missions: TEST_MISSIONS, now: NOW }
  );
}

describe('toSnapshot', () => {
  const aggregate = sample();
  const rows = toSnapshot(aggregate, TAKEN_ON);

  it('makes one list item per scope, valid against the ScorecardSnapshots schema', () => {
    expect(rows).toHaveLength(aggregate.scopes.length);
    for (const row of rows) {
      expect(validateRecord(SCORECARD_SNAPSHOTS_LIST, row, 'create')).toEqual([]);
    }
  });

  it('fills the headline columns from the scope', () => {
    const org = rows.find((row) => row.scopeType === 'organisation');
    const orgScope = findScope(aggregate, 'organisation');
    expect(org).toMatchObject({
      title: 'organisation 2026-11-01',
      takenOn: TAKEN_ON,
      assetCount: 3,
      meanScore: orgScope?.meanScore,
      confirmedCustodianPct: 66.7,
      reviewedInCyclePct: 100,
      maturityLevel: orgScope?.maturity
    });
    expect(org !== undefined && 'scopeValue' in org).toBe(false);
    expect(rows.find((row) => row.scopeType === 'mission' && row.scopeValue === 'Kenya')).toMatchObject({ title: 'mission:Kenya 2026-11-01', confirmedCustodianPct: 0 });
  });

  it('leaves score, maturity and percentages out for an empty scope', () => {
    const peru = rows.find((row) => row.scopeValue === 'Peru');
    expect(peru).toEqual({ title: 'mission:Peru 2026-11-01', scopeType: 'mission', scopeValue: 'Peru', takenOn: TAKEN_ON, assetCount: 0, payload: peru?.payload });
  });

  it('keeps titles within the column and refuses a takenOn that is not a date', () => {
    expect(snapshotTitle('department', 'x'.repeat(400), TAKEN_ON)).toHaveLength(255);
    expect(() => toSnapshot(aggregate, '01/11/2026')).toThrow(RangeError);
  });
});

describe('fromSnapshot', () => {
  const aggregate = sample();

  it('round-trips every scope, empty ones included', () => {
    for (const [i, row] of toSnapshot(aggregate, TAKEN_ON).entries()) {
      expect(fromSnapshot(row.payload)).toEqual({ ok: true, payload: { version: SCORECARD_PAYLOAD_VERSION, computedAt: NOW.toISOString(), scope: aggregate.scopes[i] } });
    }
  });

  it('drops unknown properties and accepts null for absent figures', () => {
    const scope = { ...findScope(aggregate, 'mission', 'Peru'), meanScore: null, extra: 'ignored' };
    const result = fromSnapshot(JSON.stringify({ version: 1, computedAt: 'x', scope, more: true }));
    expect(result).toEqual({ ok: true, payload: { version: 1, computedAt: 'x', scope: findScope(aggregate, 'mission', 'Peru') } });
  });

  const valid = JSON.parse(toSnapshot(aggregate, TAKEN_ON)[0].payload as string) as { scope: Record<string, unknown> } & Record<string, unknown>;
  const broken = (change: (payload: typeof valid) => void): string => {
    const copy = JSON.parse(JSON.stringify(valid)) as typeof valid;
    change(copy);
    return JSON.stringify(copy);
  };

  it.each([
    ['missing', undefined, 'payload: missing'],
    ['blank', '  ', 'payload: missing'],
    ['not JSON', '{"version":', 'payload: not valid JSON'],
    ['an array', '[]', 'payload: expected an object'],
    ['another version', broken((p) => (p.version = 2)), 'payload.version: unsupported version 2'],
    ['no version', broken((p) => delete p.version), 'payload.version: unsupported version undefined'],
    ['no scope', broken((p) => ((p as Record<string, unknown>).scope = undefined)), 'payload.scope: expected an object'],
    ['an unknown kind', broken((p) => (p.scope.kind = 'planet')), 'payload.scope.kind: expected one of'],
    ['a negative count', broken((p) => (p.scope.count = -1)), 'payload.scope.count: expected an integer'],
    ['bands not adding up', broken((p) => (p.scope.count = 4)), 'payload.scope.bands: band counts add up to 3, not the count 4'],
    ['a score above 100', broken((p) => (p.scope.meanScore = 101)), 'payload.scope.meanScore: expected a number from 0 to 100'],
    ['a score without assets', broken((p) => Object.assign(p.scope, { count: 0, bands: { Healthy: 0, 'Needs attention': 0, 'At risk': 0 } })), 'exactly when it has assets'],
    ['a fractional maturity', broken((p) => (p.scope.maturity = 2.5)), 'payload.scope.maturity: expected an integer from 1 to 5'],
    ['dimensions out of order', broken((p) => (p.scope.dimensions as unknown[]).reverse()), 'payload.scope.dimensions[0].key: expected "ownership"'],
    ['a missing coverage', broken((p) => delete (p.scope.coverage as Record<string, unknown>).classified), 'payload.scope.coverage.classified: expected an object'],
    ['numerator above denominator', broken((p) => ((p.scope.coverage as Record<string, { numerator: number }>).classified.numerator = 9)), 'payload.scope.coverage.classified: numerator above denominator'],
    ['a rollout name not a string', broken((p) => ((p.scope.rollout as { notOnboarded: unknown[] }).notOnboarded[0] = 7)), 'payload.scope.rollout.notOnboarded[0]: expected a string']
  ])('reports %s as an error result, without throwing', (_, json, message) => {
    const result = fromSnapshot(json);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.error).toContain(message);
  });
});
