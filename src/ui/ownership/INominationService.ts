/**
 * What the Data Inventory's nomination UI needs (issue 6, item 1): nominate a custodian for one record or for the
 * records of the current filter, and show how a record's ownership was derived. Implemented over the production
 * data layer by the inventory's NominationService; by a fake in tests.
 */
import type { GovernanceErrorKind } from '../../core/errors';
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
   * Creates the nomination (rejects with Validation and core's nomination issue codes) and stores the record's
   * derived ownership; resolves with the record as now stored.
   */
  nominate(asset: Stored<DataAsset>, draft: NominationDraft): Promise<Stored<DataAsset>>;
  /** Nominates one person for each record; one result per record, in order. */
  nominateMany(assets: readonly Stored<DataAsset>[], draft: NominationDraft): Promise<NominationRow[]>;
  /** The records matching the inventory's filters (same semantics as the grid), at most `limit`. */
  matchingAssets(filters: IInventoryFilterValues, limit: number): Promise<NominationTargets>;
  /** How the record's ownership derives from its requests and decisions (who approved, when, until when). */
  ownershipOf(asset: Stored<DataAsset>): Promise<OwnershipDerivation>;
}
