import type { IsoDate, LookupRef, PersonRef } from './common';

/** Why a custodian is asked to decide: a first nomination or the periodic re-attestation (DESIGN section 6). */
export const OWNERSHIP_REQUEST_KINDS = ['Nomination', 'Re-attestation'] as const;
export type OwnershipRequestKind = (typeof OWNERSHIP_REQUEST_KINDS)[number];

/**
 * Where a request stands. Derived by the suite from the counting decision (or its absence), never typed by a user:
 * a request the nominee has not answered is Pending; Withdrawn when the requester cancels; Expired after DueDate.
 */
export const OWNERSHIP_REQUEST_STATUSES = ['Pending', 'Approved', 'Declined', 'Withdrawn', 'Expired'] as const;
export type OwnershipRequestStatus = (typeof OWNERSHIP_REQUEST_STATUSES)[number];

/** A nomination of a custodian for an asset (list OwnershipRequests). Only the nominee may decide it. */
export interface OwnershipRequest {
  /** Short label shown in queues, e.g. "Nomination: Border crossings 2025". */
  title: string;
  asset: LookupRef;
  /** The person asked to become (or stay) custodian. */
  nominee: PersonRef;
  /** Who nominated; a decision by the requester on their own nomination never counts (segregation of duties). */
  requester: PersonRef;
  dueDate?: IsoDate;
  message?: string;
  kind: OwnershipRequestKind;
  status: OwnershipRequestStatus;
}
