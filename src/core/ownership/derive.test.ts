import { deriveOwnership, deriveOwnershipByAsset } from './derive';
import { ALICE, BOB, CAROL, MALLORY, NOW, asset, decision, request } from './__fixtures__/builders';

const A = asset(100);

describe('deriveOwnership: status', () => {
  it('is Unassigned with nothing, whatever the stored columns say', () => {
    const stored = asset(100, { ownershipStatus: 'Confirmed', custodian: ALICE });
    expect(deriveOwnership(stored, [], [], NOW)).toEqual({ status: 'Unassigned', reattestationDue: false, flagged: [] });
  });

  it('is Pending while a nomination is open, naming the newest open request', () => {
    const older = request(1, { assetId: 100, nominee: ALICE, created: '2025-01-01T00:00:00Z' });
    const newer = request(2, { assetId: 100, nominee: BOB, created: '2025-02-01T00:00:00Z' });
    const result = deriveOwnership(A, [newer, older], [], NOW);
    expect(result.status).toBe('Pending');
    expect(result.pendingRequest?.id).toBe(2);
    expect(result.custodian).toBeUndefined();
  });

  it('ignores withdrawn, expired and self-nominated requests when deciding Pending', () => {
    const requests = [
      request(1, { assetId: 100, status: 'Withdrawn' }),
      request(2, { assetId: 100, status: 'Expired' }),
      request(3, { assetId: 100, nominee: CAROL, requester: CAROL })
    ];
    expect(deriveOwnership(A, requests, [], NOW).status).toBe('Unassigned');
  });

  it('keeps an overdue request open (being late is not an answer)', () => {
    const overdue = request(1, { assetId: 100, dueDate: '2025-01-31' });
    expect(deriveOwnership(A, [overdue], [], NOW).status).toBe('Pending');
  });

  it('is Confirmed by the nominee\'s approval, with custodian, dates and the deciding decision', () => {
    const nomination = request(1, { assetId: 100 });
    const approval = decision(10, { request: nomination, created: '2025-06-01T09:00:00Z' });
    expect(deriveOwnership(A, [nomination], [approval], NOW)).toEqual({
      status: 'Confirmed',
      custodian: ALICE,
      approvedOn: '2025-06-01T09:00:00Z',
      expiresOn: '2026-06-01',
      reattestationDue: false,
      decisionId: 10,
      pendingRequest: undefined,
      flagged: []
    });
  });

  it('is Declined by the nominee\'s decline, with no custodian', () => {
    const nomination = request(1, { assetId: 100 });
    const result = deriveOwnership(A, [nomination], [decision(10, { request: nomination, decision: 'Decline' })], NOW);
    expect(result).toMatchObject({ status: 'Declined', decisionId: 10, reattestationDue: false, flagged: [] });
    expect(result.custodian).toBeUndefined();
    expect(result.pendingRequest).toBeUndefined();
  });
});

describe('deriveOwnership: decisions that do not count', () => {
  const nomination = request(1, { assetId: 100, nominee: ALICE, requester: CAROL });

  it('ignores and flags a forged approval (author is not the nominee)', () => {
    const forged = decision(10, { request: nomination, author: MALLORY });
    expect(deriveOwnership(A, [nomination], [forged], NOW)).toMatchObject({
      status: 'Pending',
      pendingRequest: nomination,
      flagged: [{ decisionId: 10, requestId: 1, reason: 'authorNotNominee' }]
    });
  });

  it('ignores and flags the requester approving their own nomination', () => {
    const self = request(2, { assetId: 100, nominee: CAROL, requester: CAROL });
    const result = deriveOwnership(A, [self], [decision(10, { request: self })], NOW);
    expect(result.status).toBe('Unassigned');
    expect(result.flagged).toEqual([{ decisionId: 10, requestId: 2, reason: 'selfNomination' }]);
  });

  it('does not let a forged decline undo a standing approval', () => {
    const approval = decision(10, { request: nomination, created: '2025-06-01T00:00:00Z' });
    const forgedDecline = decision(11, { request: nomination, decision: 'Decline', author: CAROL, created: '2025-07-01T00:00:00Z' });
    const result = deriveOwnership(A, [nomination], [approval, forgedDecline], NOW);
    expect(result).toMatchObject({ status: 'Confirmed', custodian: ALICE, decisionId: 10 });
    expect(result.flagged).toEqual([{ decisionId: 11, requestId: 1, reason: 'authorNotNominee' }]);
  });

  it('flags a decision naming this asset but another asset\'s request, and one naming a missing request', () => {
    const elsewhere = request(2, { assetId: 200, nominee: ALICE });
    const mismatched = decision(10, { request: elsewhere, assetId: 100 });
    const orphan = decision(11, { request: request(99, { assetId: 100 }) });
    const result = deriveOwnership(A, [nomination, elsewhere], [orphan, mismatched], NOW);
    expect(result.status).toBe('Pending');
    expect(result.flagged).toEqual([
      { decisionId: 10, requestId: 2, reason: 'requestMismatch' },
      { decisionId: 11, requestId: 99, reason: 'requestNotFound' }
    ]);
  });

  it('leaves other assets\' decisions alone', () => {
    const elsewhere = request(2, { assetId: 200 });
    const result = deriveOwnership(A, [elsewhere], [decision(10, { request: elsewhere, author: MALLORY })], NOW);
    expect(result).toEqual({ status: 'Unassigned', reattestationDue: false, flagged: [] });
  });
});

describe('deriveOwnership: latest counting decision wins', () => {
  // Every approval here is from 2025, so judge it within its 12-month cycle.
  const MID_2025 = new Date('2025-06-15T12:00:00Z');
  const first = request(1, { assetId: 100, nominee: ALICE, created: '2025-01-01T00:00:00Z' });
  const second = request(2, { assetId: 100, nominee: BOB, created: '2025-05-01T00:00:00Z' });

  it('orders by Created, not by id', () => {
    const laterDecline = decision(5, { request: first, decision: 'Decline', created: '2025-04-01T00:00:00Z' });
    const earlierApproval = decision(9, { request: first, created: '2025-03-01T00:00:00Z' });
    expect(deriveOwnership(A, [first], [earlierApproval, laterDecline], MID_2025)).toMatchObject({ status: 'Declined', decisionId: 5 });
  });

  it('breaks a Created tie by the higher id', () => {
    const decline = decision(5, { request: first, decision: 'Decline', created: '2025-03-01T00:00:00Z' });
    const approval = decision(6, { request: first, created: '2025-03-01T00:00:00Z' });
    expect(deriveOwnership(A, [first], [approval, decline], MID_2025)).toMatchObject({ status: 'Confirmed', decisionId: 6 });
  });

  it('keeps Confirmed while a newer nomination is open, then follows its decision', () => {
    const approval = decision(10, { request: first, created: '2025-03-01T00:00:00Z' });
    expect(deriveOwnership(A, [first, second], [approval], MID_2025)).toMatchObject({ status: 'Confirmed', custodian: ALICE, pendingRequest: second });

    const bobApproves = decision(11, { request: second, created: '2025-05-02T00:00:00Z' });
    expect(deriveOwnership(A, [first, second], [approval, bobApproves], MID_2025)).toMatchObject({
      status: 'Confirmed',
      custodian: BOB,
      approvedOn: '2025-05-02T00:00:00Z',
      pendingRequest: undefined
    });

    const bobDeclines = decision(11, { request: second, decision: 'Decline', created: '2025-05-02T00:00:00Z' });
    expect(deriveOwnership(A, [first, second], [approval, bobDeclines], MID_2025)).toMatchObject({ status: 'Declined', decisionId: 11 });
  });

  it('goes Declined, then Pending on re-nomination, then Confirmed when the new nominee approves', () => {
    const decline = decision(10, { request: first, decision: 'Decline', comment: 'Not my data', created: '2025-02-01T00:00:00Z' });
    expect(deriveOwnership(A, [first], [decline], MID_2025).status).toBe('Declined');

    const pending = deriveOwnership(A, [first, second], [decline], MID_2025);
    expect(pending).toMatchObject({ status: 'Pending', pendingRequest: second, decisionId: 10 });
    expect(pending.custodian).toBeUndefined();

    const approval = decision(11, { request: second, created: '2025-05-03T00:00:00Z' });
    expect(deriveOwnership(A, [first, second], [decline, approval], MID_2025)).toMatchObject({ status: 'Confirmed', custodian: BOB });
  });
});

describe('deriveOwnership: expiry and re-attestation', () => {
  const nomination = request(1, { assetId: 100 });
  const approvedAt = (created: string): ReturnType<typeof decision> => decision(10, { request: nomination, created });
  const at = (created: string, now: string, cycle = 12): ReturnType<typeof deriveOwnership> =>
    deriveOwnership(asset(100, { reviewCycleMonths: cycle }), [nomination], [approvedAt(created)], new Date(now));

  it('is Confirmed through the whole UTC expiry day and Expired from the next day', () => {
    expect(at('2025-03-10T09:00:00Z', '2026-03-10T23:59:59Z')).toMatchObject({ status: 'Confirmed', expiresOn: '2026-03-10', reattestationDue: true });
    expect(at('2025-03-10T09:00:00Z', '2026-03-11T00:00:00Z')).toMatchObject({
      status: 'Expired',
      custodian: ALICE,
      approvedOn: '2025-03-10T09:00:00Z',
      expiresOn: '2026-03-10',
      reattestationDue: true
    });
  });

  it('dates the approval by its UTC day, whatever offset Created carries', () => {
    // 23:30 in New York on 10 March is 04:30 UTC on 11 March.
    expect(at('2025-03-10T23:30:00-05:00', '2026-03-11T12:00:00Z')).toMatchObject({ status: 'Confirmed', expiresOn: '2026-03-11' });
  });

  it('clamps to the month\'s last day (29 February + 12 months, 31 January + 1 month)', () => {
    expect(at('2024-02-29T10:00:00Z', '2025-02-28T12:00:00Z')).toMatchObject({ status: 'Confirmed', expiresOn: '2025-02-28' });
    expect(at('2024-02-29T10:00:00Z', '2025-03-01T00:00:00Z').status).toBe('Expired');
    expect(at('2026-01-31T10:00:00Z', '2026-02-28T12:00:00Z', 1)).toMatchObject({ status: 'Confirmed', expiresOn: '2026-02-28' });
  });

  it('uses the asset\'s review cycle, or 12 months when it is unusable', () => {
    expect(at('2025-03-10T09:00:00Z', '2025-06-01T00:00:00Z', 3)).toMatchObject({ expiresOn: '2025-06-10' });
    expect(at('2025-03-10T09:00:00Z', '2025-06-01T00:00:00Z', 0)).toMatchObject({ expiresOn: '2026-03-10' });
    expect(at('2025-03-10T09:00:00Z', '2025-06-01T00:00:00Z', Number.NaN)).toMatchObject({ expiresOn: '2026-03-10' });
  });

  it('makes re-attestation due 30 days before expiry, not 31', () => {
    expect(at('2025-03-10T09:00:00Z', '2026-02-07T23:59:59Z')).toMatchObject({ status: 'Confirmed', reattestationDue: false });
    expect(at('2025-03-10T09:00:00Z', '2026-02-08T00:00:00Z')).toMatchObject({ status: 'Confirmed', reattestationDue: true });
  });

  it('stays Expired while a re-attestation is open, and is Confirmed again once the custodian re-approves', () => {
    const reattest = request(2, { assetId: 100, kind: 'Re-attestation', created: '2026-03-20T00:00:00Z' });
    const old = approvedAt('2025-03-10T09:00:00Z');
    const now = new Date('2026-04-01T00:00:00Z');
    expect(deriveOwnership(A, [nomination, reattest], [old], now)).toMatchObject({ status: 'Expired', pendingRequest: reattest, reattestationDue: true });

    const renewed = decision(11, { request: reattest, created: '2026-03-25T08:00:00Z' });
    expect(deriveOwnership(A, [nomination, reattest], [old, renewed], now)).toMatchObject({
      status: 'Confirmed',
      expiresOn: '2027-03-25',
      reattestationDue: false,
      pendingRequest: undefined
    });
  });
});

describe('deriveOwnershipByAsset', () => {
  it('derives every asset from one index', () => {
    const nominationA = request(1, { assetId: 100 });
    const nominationB = request(2, { assetId: 200, nominee: BOB });
    const results = deriveOwnershipByAsset([A, asset(200), asset(300)], [nominationA, nominationB], [decision(10, { request: nominationA, created: '2026-01-01T00:00:00Z' })], NOW);
    expect([...results.entries()].map(([id, result]) => [id, result.status])).toEqual([
      [100, 'Confirmed'],
      [200, 'Pending'],
      [300, 'Unassigned']
    ]);
  });
});
