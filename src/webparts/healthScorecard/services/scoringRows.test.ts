import { indexOwnership } from '../../../core/ownership';
import { ALICE, BOB, NOW, decision, request } from '../../../core/ownership/__fixtures__/builders';
import type { ScorecardAsset } from './IScorecardService';
import type { Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import { scoreRecords, toDerivedRow, withDerivedOwnership } from './scoringRows';

function row(id: number, ownershipStatus: ScorecardAsset['ownershipStatus']): ScorecardAsset {
  return { id, title: `Asset ${id}`, containsPersonalData: false, reviewCycleMonths: 12, lifecycle: 'Active', ownershipStatus, owner: BOB, custodian: ALICE } as ScorecardAsset;
}

describe('withDerivedOwnership (issue 23: the scorecard never trusts the stored status)', () => {
  const nomination = request(1, { assetId: 2, nominee: ALICE, requester: BOB });
  const index = indexOwnership([nomination], [decision(5, { request: nomination, created: '2026-02-01T09:00:00Z' })]);

  it('replaces a stored Confirmed no decision supports, and keeps rows that agree as they are', () => {
    const forged = row(1, 'Confirmed');
    const approved = row(2, 'Confirmed');
    const [first, second] = withDerivedOwnership([forged, approved], index, NOW);
    expect(first.ownershipStatus).toBe('Unassigned');
    expect(forged.ownershipStatus).toBe('Confirmed');
    expect(second).toBe(approved);
  });

  it('so the forged row loses the approval share of its ownership score', () => {
    const [forged, approved] = scoreRecords(withDerivedOwnership([row(1, 'Confirmed'), row(2, 'Confirmed')], index, NOW), NOW);
    const ownership = (r: typeof forged): number | undefined => r.score.dimensions.find((d) => d.key === 'ownership')?.value;
    expect(ownership(forged)).toBe(0.6);
    expect(ownership(approved)).toBe(1);
  });

  it('gives a read item the same row with its derived status when built in one go (the full load)', () => {
    const items = [row(1, 'Confirmed'), row(2, 'Confirmed'), row(3, 'Unassigned')].map((r) => ({ ...r, etag: '"1"', modified: '2026-03-01T00:00:00Z' }) as unknown as Stored<DataAsset>);
    const direct = items.map((item) => toDerivedRow(item, index, NOW));
    expect(direct).toEqual(withDerivedOwnership(items.map((item) => toDerivedRow(item, indexOwnership([], []), NOW)), index, NOW));
    expect(direct.map((r) => r.ownershipStatus)).toEqual(['Unassigned', 'Confirmed', 'Unassigned']);
    expect(direct[0]).not.toHaveProperty('etag');
    expect(items[0].ownershipStatus).toBe('Confirmed');
  });
});
