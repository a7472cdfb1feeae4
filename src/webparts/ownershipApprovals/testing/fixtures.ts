/** A small, known world for the approvals tests: Alice's queue, a forged decision and a hand-written status. */
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { OwnershipDecision } from '../../../core/models/ownershipDecision';
import type { OwnershipRequest } from '../../../core/models/ownershipRequest';

export const NOW = new Date('2026-04-15T12:00:00Z');
export const ALICE: PersonRef = { id: 11, title: 'Alice Custodian' };
export const CAROL: PersonRef = { id: 13, title: 'Carol Focal Point' };
export const MALLORY: PersonRef = { id: 14, title: 'Mallory Intruder' };
export const LEAD: PersonRef = { id: 15, title: 'Helena Lead' };

function asset(id: number, title: string, extra: Partial<Stored<DataAsset>> = {}): Stored<DataAsset> {
  return {
    id, etag: '"1"', title, mission: 'Chile', declaredSensitivity: 'Confidential', containsPersonalData: true, owner: CAROL,
    locationUrl: { url: `https://contoso.sharepoint.com/sites/data-${id}` }, reviewCycleMonths: 12, ownershipStatus: 'Pending', lifecycle: 'Active', ...extra
  };
}

function request(id: number, a: Stored<DataAsset>, extra: Partial<Stored<OwnershipRequest>> = {}): Stored<OwnershipRequest> {
  return {
    id, etag: '"1"', created: '2026-04-01T08:00:00Z', author: CAROL, title: `Nomination: ${a.title}`, asset: { id: a.id, title: a.title },
    nominee: ALICE, requester: CAROL, dueDate: '2026-04-20', kind: 'Nomination', status: 'Pending', ...extra
  };
}

function decision(id: number, r: Stored<OwnershipRequest>, author: PersonRef, created: string): Stored<OwnershipDecision> {
  return { id, etag: '"1"', created, author, title: 'Approve', request: { id: r.id, title: r.title }, asset: r.asset, decision: 'Approve' };
}

/** Fresh copies for every test (the fake service mutates them). */
export function world(): { assets: Stored<DataAsset>[]; requests: Stored<OwnershipRequest>[]; decisions: Stored<OwnershipDecision>[] } {
  const census = asset(1, 'Chile census 2025');
  const shelter = asset(2, 'Shelter registry', { containsPersonalData: false, declaredSensitivity: 'Internal' });
  const payroll = asset(3, 'Payroll extracts', { ownershipStatus: 'Confirmed', custodian: ALICE });
  const forgedTarget = asset(4, 'Border crossings', { ownershipStatus: 'Pending' });
  // Confirmed written by hand (plain REST): no nomination or decision stands behind it.
  const forgedStatus = asset(5, 'Water points survey', { ownershipStatus: 'Confirmed', custodian: MALLORY });
  const requests = [
    request(1, census, { message: 'You run the census database.' }),
    request(2, shelter, { dueDate: '2026-04-01' }),
    request(3, payroll, { created: '2025-04-20T08:00:00Z' }),
    request(4, forgedTarget, { nominee: MALLORY })
  ];
  const decisions = [
    // Alice approved the payroll extracts on 20 April 2025: due for re-attestation by 20 April 2026.
    decision(10, requests[2], ALICE, '2025-04-20T09:00:00Z'),
    // Carol, the requester, approves Mallory's nomination for him: flagged.
    decision(11, requests[3], CAROL, '2026-04-02T09:00:00Z')
  ];
  return { assets: [census, shelter, payroll, forgedTarget, forgedStatus], requests, decisions };
}
