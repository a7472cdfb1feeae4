import { aggregateScorecard, assetsInScope } from '../../../core/scorecard';
import { knownRecords, makeAsset, MISSIONS, NOW, toRecords } from '../testing/fixtures';
import { groupKindFor, groupRows, recordsByGroup } from './grouping';

describe('scorecard grouping', () => {
  it("'auto' is the next level down", () => {
    expect(groupKindFor({ kind: 'organisation' }, 'auto')).toBe('region');
    expect(groupKindFor({ kind: 'region', value: 'X' }, 'auto')).toBe('mission');
    expect(groupKindFor({ kind: 'mission', value: 'X' }, 'auto')).toBe('department');
    expect(groupKindFor({ kind: 'organisation' }, 'domain')).toBe('domain');
  });

  it("under a region lists that region's reference missions, started or not", () => {
    // As the container does: aggregated over the region's own records.
    const scoped = assetsInScope(knownRecords(), 'region', 'Asia and the Pacific', MISSIONS);
    const aggregate = aggregateScorecard(scoped, { missions: MISSIONS, now: NOW, scopes: ['mission'] });
    const rows = groupRows(aggregate.scopes, { kind: 'region', value: 'Asia and the Pacific' }, 'mission', MISSIONS);
    expect(rows.map((r) => [r.value, r.count])).toEqual([['Bangladesh', 2], ['Nepal', 0]]);
  });

  it('lists every department of the scope with records', () => {
    const records = [...knownRecords(), ...toRecords([makeAsset(9, { department: 'Finance' })])];
    const aggregate = aggregateScorecard(records, { missions: MISSIONS, now: NOW, scopes: ['department'] });
    expect(groupRows(aggregate.scopes, { kind: 'organisation' }, 'department', MISSIONS).map((r) => r.value)).toEqual(['Finance', 'Protection']);
  });

  it("gives each listed group its records' ids, as the aggregation counts them: archived left out, an empty group kept", () => {
    const records = [
      ...knownRecords(),
      ...toRecords([makeAsset(21, { mission: 'Bangladesh', region: 'Asia and the Pacific', lifecycle: 'Archived' })])
    ];
    const scoped = assetsInScope(records, 'region', 'Asia and the Pacific', MISSIONS);
    const aggregate = aggregateScorecard(scoped, { missions: MISSIONS, now: NOW, scopes: ['mission'] });
    const rows = groupRows(aggregate.scopes, { kind: 'region', value: 'Asia and the Pacific' }, 'mission', MISSIONS);
    const groups = recordsByGroup(scoped, 'mission', rows, MISSIONS);
    expect(groups.map((g) => g.value)).toEqual(['Bangladesh', 'Nepal']);
    expect(groups[0].assetIds).toHaveLength(rows[0].count);
    expect(groups[0].assetIds).not.toContain(21);
    expect(groups[1].assetIds).toEqual([]);
  });
});
