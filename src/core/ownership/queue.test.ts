import { custodianQueue } from './queue';
import { ALICE, BOB, CAROL, NOW, asset, decision, request } from './__fixtures__/builders';

const assets = [
  asset(1, { title: 'Zeta survey' }),
  asset(2, { title: 'Alpha census' }),
  asset(3, { title: 'Beta registry' }),
  asset(4, { title: 'Overdue list' }),
  asset(5, { title: 'Expired approval' }),
  asset(6, { title: 'Expiring approval' }),
  asset(8, { title: 'Fresh approval' }),
  asset(9, { title: 'Bob\'s nomination' }),
  asset(10, { title: 'Withdrawn nomination' }),
  asset(11, { title: 'Self nomination' }),
  asset(12, { title: 'Declined nomination' })
];

const requests = [
  request(1, { assetId: 1, dueDate: '2026-05-01' }),
  request(2, { assetId: 2, dueDate: '2026-05-01' }),
  request(3, { assetId: 3 }),
  request(4, { assetId: 4, dueDate: '2026-04-01' }),
  request(5, { assetId: 5 }),
  request(6, { assetId: 6 }),
  request(7, { assetId: 6, kind: 'Re-attestation', created: '2026-04-01T00:00:00Z', dueDate: '2026-04-25' }),
  request(8, { assetId: 8 }),
  request(9, { assetId: 9, nominee: BOB }),
  request(10, { assetId: 10, status: 'Withdrawn' }),
  request(11, { assetId: 11, requester: ALICE }),
  request(12, { assetId: 12 }),
  request(13, { assetId: 99, dueDate: '' })
];
const byId = (id: number): (typeof requests)[number] => requests.find((r) => r.id === id) ?? requests[0];

const decisions = [
  decision(50, { request: byId(5), created: '2025-01-10T09:00:00Z' }),
  decision(51, { request: byId(6), created: '2025-04-25T09:00:00Z' }),
  decision(52, { request: byId(8), created: '2026-01-05T09:00:00Z' }),
  // Alice tries to approve the nomination addressed to Bob.
  decision(53, { request: byId(9), author: ALICE, created: '2026-03-01T09:00:00Z' }),
  decision(54, { request: byId(12), decision: 'Decline', comment: 'Not mine', created: '2026-02-01T09:00:00Z' })
];

describe('custodianQueue', () => {
  const queue = custodianQueue(ALICE, requests, decisions, assets, NOW);

  it('lists open nominations addressed to the custodian by due date (none last), then title', () => {
    expect(queue.pending.map((item) => item.request.id)).toEqual([4, 2, 1, 13, 3]);
    expect(queue.pending.map((item) => item.title)).toEqual(['Overdue list', 'Alpha census', 'Zeta survey', 'Asset 99', 'Beta registry']);
    expect(queue.pending.map((item) => item.overdue)).toEqual([true, false, false, false, false]);
  });

  it('lists a nomination for an asset it was not given, without the essentials', () => {
    const orphan = queue.pending.find((item) => item.request.id === 13);
    expect(orphan?.asset).toBeUndefined();
    expect(queue.pending.find((item) => item.request.id === 1)?.asset?.title).toBe('Zeta survey');
  });

  it('leaves out decided, withdrawn, self-nominated and other people\'s nominations', () => {
    const ids = queue.pending.map((item) => item.request.id);
    for (const id of [5, 8, 9, 10, 11, 12]) {
      expect(ids).not.toContain(id);
    }
  });

  it('lists expired and expiring approvals by expiry date, with the open re-attestation request once', () => {
    expect(queue.reattestations).toEqual([
      { asset: assets[4], title: 'Expired approval', approvedOn: '2025-01-10T09:00:00Z', expiresOn: '2026-01-10', expired: true, request: undefined },
      { asset: assets[5], title: 'Expiring approval', approvedOn: '2025-04-25T09:00:00Z', expiresOn: '2026-04-25', expired: false, request: byId(7) }
    ]);
    expect(queue.pending.map((item) => item.request.id)).not.toContain(7);
  });

  it('lists every decision the custodian authored, newest first, saying which did not count', () => {
    expect(queue.past.map((item) => [item.decision.id, item.counts, item.reason])).toEqual([
      [53, false, 'authorNotNominee'],
      [54, true, undefined],
      [52, true, undefined],
      [51, true, undefined],
      [50, true, undefined]
    ]);
    expect(queue.past[0]).toMatchObject({ title: 'Bob\'s nomination', decidedOn: '2026-03-01T09:00:00Z', request: byId(9) });
  });

  it('counts each section', () => {
    expect(queue.counts).toEqual({ pending: 5, reattestations: 2, past: 5 });
  });

  it('gives another custodian only their own items; the forged decision did not decide Bob\'s nomination', () => {
    const bob = custodianQueue(BOB, requests, decisions, assets, NOW);
    expect(bob.pending.map((item) => item.request.id)).toEqual([9]);
    expect(bob.counts).toEqual({ pending: 1, reattestations: 0, past: 0 });
  });

  it('drops a re-attestation once the custodian re-approves, and moves the decision to past', () => {
    const renewed = decision(55, { request: byId(7), created: '2026-04-10T09:00:00Z' });
    const after = custodianQueue(ALICE, requests, [...decisions, renewed], assets, NOW);
    expect(after.reattestations.map((item) => item.asset.id)).toEqual([5]);
    expect(after.past[0].decision.id).toBe(55);
    expect(after.counts).toEqual({ pending: 5, reattestations: 1, past: 6 });
  });

  it('drops a lapsed approval once someone else has become custodian', () => {
    const handover = request(20, { assetId: 5, nominee: BOB, requester: CAROL, created: '2026-03-01T00:00:00Z' });
    const bobApproves = decision(56, { request: handover, created: '2026-03-02T00:00:00Z' });
    const after = custodianQueue(ALICE, [...requests, handover], [...decisions, bobApproves], assets, NOW);
    expect(after.reattestations.map((item) => item.asset.id)).toEqual([6]);
  });

  it('is empty for someone with nothing waiting', () => {
    expect(custodianQueue(CAROL, requests, decisions, assets, NOW)).toEqual({
      pending: [],
      reattestations: [],
      past: [],
      counts: { pending: 0, reattestations: 0, past: 0 }
    });
  });
});
