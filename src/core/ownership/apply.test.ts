import { listAnomalies, ownershipPatch } from './apply';
import { deriveOwnership } from './derive';
import { ALICE, BOB, CAROL, MALLORY, NOW, asset, decision, request } from './__fixtures__/builders';

describe('ownershipPatch', () => {
  const nomination = request(1, { assetId: 100, nominee: ALICE, requester: CAROL });

  it('confirms, names the approving custodian and recomputes health', () => {
    const stored = asset(100, { owner: CAROL, custodian: BOB, ownershipStatus: 'Pending', healthScore: 1, healthBand: 'At risk' });
    const derived = deriveOwnership(stored, [nomination], [decision(10, { request: nomination, created: '2026-04-01T00:00:00Z' })], NOW);
    const patch = ownershipPatch(stored, derived, NOW);
    expect(patch).toMatchObject({ ownershipStatus: 'Confirmed', custodian: ALICE });
    // Owner 0.3 + custodian 0.3 + approval 0.4 of the ownership weight 30 = 30 points, plus what else the record has.
    const unconfirmed = ownershipPatch(stored, { ...derived, status: 'Pending', custodian: undefined }, NOW);
    expect((patch?.healthScore ?? 0) - (unconfirmed?.healthScore ?? 0)).toBeCloseTo(12, 5);
  });

  it('returns nothing when the asset already matches', () => {
    const stored = asset(100, { ownershipStatus: 'Pending' });
    const derived = deriveOwnership(stored, [nomination], [], NOW);
    const first = ownershipPatch(stored, derived, NOW);
    expect(ownershipPatch({ ...stored, ...first }, derived, NOW)).toBeUndefined();
  });

  it('never applies a forged approval', () => {
    const stored = asset(100, { ownershipStatus: 'Pending' });
    const forged = decision(10, { request: nomination, author: MALLORY });
    const patch = ownershipPatch(stored, deriveOwnership(stored, [nomination], [forged], NOW), NOW);
    expect(patch?.ownershipStatus).toBeUndefined();
    expect(patch?.custodian).toBeUndefined();
  });

  it('keeps the stored custodian when nobody has approved', () => {
    const stored = asset(100, { custodian: BOB, ownershipStatus: 'Confirmed' });
    expect(ownershipPatch(stored, deriveOwnership(stored, [], [], NOW), NOW)).toMatchObject({ ownershipStatus: 'Unassigned' });
    expect(ownershipPatch(stored, deriveOwnership(stored, [], [], NOW), NOW)?.custodian).toBeUndefined();
  });
});

describe('listAnomalies', () => {
  it('lists every decision that does not count, newest first, with its reason', () => {
    const nomination = request(1, { assetId: 100, nominee: ALICE, requester: CAROL });
    const self = request(2, { assetId: 200, nominee: CAROL, requester: CAROL });
    const decisions = [
      decision(10, { request: nomination, created: '2026-01-01T00:00:00Z' }),
      decision(11, { request: nomination, author: MALLORY, created: '2026-02-01T00:00:00Z' }),
      decision(12, { request: self, created: '2026-03-01T00:00:00Z' }),
      decision(13, { request: request(99, { assetId: 300 }), created: '2026-01-15T00:00:00Z' })
    ];
    expect(listAnomalies([nomination, self], decisions).map((a) => [a.decision.id, a.reason, a.request?.id])).toEqual([
      [12, 'selfNomination', 2],
      [11, 'authorNotNominee', 1],
      [13, 'requestNotFound', undefined]
    ]);
  });
});
