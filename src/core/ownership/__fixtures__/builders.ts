/** Builders for the ownership tests: people, assets, requests and decisions as the data layer returns them. */
import type { PersonRef, Stored } from '../../models/common';
import type { DataAsset } from '../../models/dataAsset';
import type { OwnershipDecision, OwnershipDecisionValue } from '../../models/ownershipDecision';
import type { OwnershipRequest } from '../../models/ownershipRequest';

export const ALICE: PersonRef = { id: 11, title: 'Alice Custodian', email: 'alice@contoso.org' };
export const BOB: PersonRef = { id: 12, title: 'Bob Custodian', email: 'bob@contoso.org' };
export const CAROL: PersonRef = { id: 13, title: 'Carol Focal Point', email: 'carol@contoso.org' };
export const MALLORY: PersonRef = { id: 14, title: 'Mallory', email: 'mallory@contoso.org' };

/** "Today" for the ownership tests unless a test says otherwise. */
export const NOW = new Date('2026-04-15T12:00:00Z');

export function asset(id: number, overrides: Partial<Stored<DataAsset>> = {}): Stored<DataAsset> {
  return {
    id,
    etag: '"1"',
    title: `Asset ${id}`,
    containsPersonalData: false,
    reviewCycleMonths: 12,
    ownershipStatus: 'Unassigned',
    lifecycle: 'Active',
    ...overrides
  };
}

export interface RequestSpec {
  readonly assetId: number;
  readonly nominee?: PersonRef;
  readonly requester?: PersonRef;
  /** Defaults to the requester (the focal point creates the item); `'none'` for an item without an Author. */
  readonly author?: PersonRef | 'none';
  readonly created?: string;
  readonly dueDate?: string;
  readonly status?: OwnershipRequest['status'];
  readonly kind?: OwnershipRequest['kind'];
  readonly title?: string;
}

export function request(id: number, spec: RequestSpec): Stored<OwnershipRequest> {
  const requester = spec.requester ?? CAROL;
  const author = spec.author === 'none' ? undefined : (spec.author ?? requester);
  return {
    id,
    etag: '"1"',
    created: spec.created ?? '2025-01-10T08:00:00Z',
    author,
    title: spec.title ?? `Nomination ${id}`,
    asset: { id: spec.assetId, title: `Asset ${spec.assetId}` },
    nominee: spec.nominee ?? ALICE,
    requester,
    dueDate: spec.dueDate,
    kind: spec.kind ?? 'Nomination',
    status: spec.status ?? 'Pending'
  };
}

export interface DecisionSpec {
  readonly request: Stored<OwnershipRequest>;
  readonly decision?: OwnershipDecisionValue;
  /** Defaults to the request's nominee; `'none'` for an item without an Author. */
  readonly author?: PersonRef | 'none';
  /** Defaults to 1 March 2025; `'none'` for an item without a Created date. */
  readonly created?: string;
  /** Defaults to the request's asset. */
  readonly assetId?: number;
  readonly comment?: string;
}

export function decision(id: number, spec: DecisionSpec): Stored<OwnershipDecision> {
  return {
    id,
    etag: '"1"',
    created: spec.created === 'none' ? undefined : (spec.created ?? '2025-03-01T10:00:00Z'),
    author: spec.author === 'none' ? undefined : (spec.author ?? spec.request.nominee),
    title: `Decision ${id}`,
    request: { id: spec.request.id, title: spec.request.title },
    asset: { id: spec.assetId ?? spec.request.asset.id, title: `Asset ${spec.assetId ?? spec.request.asset.id}` },
    decision: spec.decision ?? 'Approve',
    comment: spec.comment
  };
}
