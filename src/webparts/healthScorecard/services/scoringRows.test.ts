import { indexOwnership } from '../../../core/ownership';
import { ALICE, BOB, NOW, decision, request } from '../../../core/ownership/__fixtures__/builders';
import type { ScorecardAsset } from './IScorecardService';
import { scoreRecords, withDerivedOwnership } from './scoringRows';

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
});
