/**
 * What the Data Inventory's nomination UI needs (issue 6, item 1): nominate a custodian for one record or for the
 * records of the current filter, and show how a record's ownership was derived. Implemented over the production
 * data layer by the inventory's NominationService; by a fake in tests.
 */
import type { GovernanceErrorKind } from '../../core/errors';
import type { Routing } from '../../core/governanceRoles';
import type { PersonRef, Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import type { NominationDraft, OwnershipDerivation } from '../../core/ownership';
import type { IInventoryFilterValues } from '../filterTypes';

/** One record of a bulk nomination: sent, or why not. */
export interface NominationRow {
  readonly assetId: number;
  readonly title: string;
  readonly ok: boolean;
  readonly kind?: GovernanceErrorKind;
  /** Why the record was not sent when no request was even tried: `noDecider` (nobody but you could decide it). */
  readonly code?: 'noDecider';
  /** Who the request went to (set when it was sent). */
  readonly nominee?: PersonRef;
}

/**
 * Who the governance roles (RACI, issue 19) ask to decide the ownership of one record: the Accountable for
 * "approve ownership" at the record, its mission, region, department or the organisation, else a member of the
 * Governance Leads group; never the signed-in user. `decider` is undefined when nobody else can decide.
 */
export interface NominationRoute extends Pick<Routing, 'accountable' | 'resolvedAt' | 'informed'> {
  readonly assetId: number;
  readonly decider: PersonRef | undefined;
  /** The mission, region or department the Accountable was found for (undefined at record, organisation, fallback). */
  readonly scopeName?: string;
}

/** The records a bulk nomination would reach, at most `limit`, and whether the filter matches more. */
export interface NominationTargets {
  readonly assets: Stored<DataAsset>[];
  readonly more: boolean;
}

export interface INominationService {
  /** The signed-in user (the requester of every nomination they send). */
  currentUser(): Promise<PersonRef>;
  searchPeople(text: string): Promise<PersonRef[]>;
  /**
   * Where the RACI routes each record's ownership decision, in order. The matrix is read once for all the records
   * (one request, plus one per group an Accountable names), so a dialog asks once, never per record.
   */
  routes(assets: readonly Stored<DataAsset>[]): Promise<NominationRoute[]>;
  /**
   * Creates the nomination (rejects with Validation and core's nomination issue codes) and stores the record's
   * derived ownership; resolves with the record as now stored. With `route` (from `routes`), a draft without a
   * nominee goes to the routed decider (Validation `noDecider` and nothing written when there is none), and the
   * request's message lists the route's Informed whoever is nominated.
   */
  nominate(asset: Stored<DataAsset>, draft: NominationDraft, route?: NominationRoute): Promise<Stored<DataAsset>>;
  /**
   * Nominates for each record; one result per record, in order. A draft with a nominee sends every record to that
   * person; without one, each record goes to its own routed decider (`routes`, matched by record id), and a record
   * without a decider is reported (`code: 'noDecider'`) and not sent. The draft's own problems (due date, message,
   * a chosen nominee who is you) reject with Validation before anything is written.
   */
  nominateMany(assets: readonly Stored<DataAsset>[], draft: NominationDraft, routes?: readonly NominationRoute[]): Promise<NominationRow[]>;
  /** The records matching the inventory's filters (same semantics as the grid), at most `limit`. */
  matchingAssets(filters: IInventoryFilterValues, limit: number): Promise<NominationTargets>;
  /** How the record's ownership derives from its requests and decisions (who approved, when, until when). */
  ownershipOf(asset: Stored<DataAsset>): Promise<OwnershipDerivation>;
}
