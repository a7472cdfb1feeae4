import { ALICE, BOB, NOW, asset, decision, request } from './__fixtures__/builders';
import { indexOwnership } from './derive';
import { compareOwnershipStatus, listStatusAnomalies } from './storedStatus';

describe('compareOwnershipStatus', () => {
  it('agrees when the stored column holds the derived status', () => {
    expect(compareOwnershipStatus('Confirmed', 'Confirmed')).toEqual({ derived: 'Confirmed', stored: 'Confirmed', disagrees: false });
  });

  it('flags a stored Confirmed that no decision supports (the forged status)', () => {
    expect(compareOwnershipStatus('Confirmed', 'Unassigned')).toEqual({ derived: 'Unassigned', stored: 'Confirmed', disagrees: true });
  });

  it('flags a stored Confirmed whose approval has lapsed since it was written', () => {
    expect(compareOwnershipStatus('Confirmed', 'Expired').disagrees).toBe(true);
  });

  it('reads an empty column as the list default, Unassigned', () => {
    expect(compareOwnershipStatus(undefined, 'Unassigned')).toEqual({ derived: 'Unassigned', stored: undefined, disagrees: false });
    expect(compareOwnershipStatus('', 'Unassigned').disagrees).toBe(false);
    expect(compareOwnershipStatus(null, 'Pending')).toEqual({ derived: 'Pending', stored: undefined, disagrees: true });
  });

  it('flags a value outside the choices, even against Unassigned', () => {
    expect(compareOwnershipStatus('Approved', 'Unassigned')).toEqual({ derived: 'Unassigned', stored: undefined, disagrees: true });
  });
});

describe('listStatusAnomalies', () => {
  const nomination = request(100, { assetId: 2, nominee: ALICE, requester: BOB });
  const approval = decision(200, { request: nomination, created: '2026-01-10T10:00:00Z' });
  const index = indexOwnership([nomination], [approval]);

  it('lists only the assets whose stored status disagrees with their decisions, by id, once each', () => {
    const forged = asset(3, { ownershipStatus: 'Confirmed', title: 'Forged' });
    const approved = asset(2, { ownershipStatus: 'Confirmed' });
    const untouched = asset(1);
    expect(listStatusAnomalies([forged, approved, untouched, forged], index, NOW)).toEqual([{ assetId: 3, title: 'Forged', stored: 'Confirmed', derived: 'Unassigned' }]);
  });

  it('lists an approved asset whose column was reset to Unassigned', () => {
    expect(listStatusAnomalies([asset(2)], index, NOW)).toEqual([{ assetId: 2, title: 'Asset 2', stored: 'Unassigned', derived: 'Confirmed' }]);
  });

  it('lists an approval that expired since the status was stored', () => {
    const later = new Date('2027-06-01T00:00:00Z');
    expect(listStatusAnomalies([asset(2, { ownershipStatus: 'Confirmed' })], index, later)).toEqual([{ assetId: 2, title: 'Asset 2', stored: 'Confirmed', derived: 'Expired' }]);
  });
});
