import type { IsoDate, LinkValue, PersonRef } from './common';
import type { ScoreBand } from '../scoring/types';
import type { AccessFlag, LabelDrift } from '../labels/types';

export const ASSET_TYPES = [
  'Dataset',
  'Database',
  'Information system',
  'Document library',
  'Spreadsheet',
  'Report/Dashboard',
  'API'
] as const;
export type AssetType = (typeof ASSET_TYPES)[number];

/** Default declared-sensitivity taxonomy, lowest rank first (GovernanceSettings may replace it with the tenant's labels). */
export const DEFAULT_SENSITIVITY_LEVELS = ['Public', 'Internal', 'Confidential', 'Highly Confidential'] as const;

export const OWNERSHIP_STATUSES = ['Unassigned', 'Pending', 'Confirmed', 'Declined', 'Expired'] as const;
export type OwnershipStatus = (typeof OWNERSHIP_STATUSES)[number];

export const ASSET_LIFECYCLES = ['Active', 'Archived'] as const;
export type AssetLifecycle = (typeof ASSET_LIFECYCLES)[number];

/** A dataset, database, system or other information asset in the inventory (list DataAssets). */
export interface DataAsset {
  title: string;
  description?: string;
  assetType?: AssetType;
  domain?: string;
  region?: string;
  mission?: string;
  department?: string;
  /** Accountable owner. */
  owner?: PersonRef;
  /** Responsible custodian; counts only once they approve (OwnershipDecisions). */
  custodian?: PersonRef;
  locationUrl?: LinkValue;
  storageSystem?: string;
  /** A level of the sensitivity taxonomy (a string: the taxonomy is configurable). */
  declaredSensitivity?: string;
  containsPersonalData: boolean;
  personalDataCategories?: string[];
  dataSubjects?: string[];
  legalBasis?: string;
  retentionPeriod?: string;
  lastReviewed?: IsoDate;
  reviewCycleMonths: number;
  ownershipStatus: OwnershipStatus;
  purviewLabelId?: string;
  purviewLabelName?: string;
  labelCheckedOn?: IsoDate;
  /**
   * How the cached Purview label compares with the declared level (stored on every save and check so the
   * inventory filters on it); absent while the label was never checked.
   */
  labelDrift?: LabelDrift;
  /** Sharing the last label check found on the location (anyone-links, organisation links, guests), any level. */
  accessFlags?: AccessFlag[];
  /** Shared beyond its declared level: `accessFlags` found on a record declared Confidential or above (derived). */
  overshared?: boolean;
  lifecycle: AssetLifecycle;
  /** Stable external key used by bulk import to match rows to records. */
  externalId?: string;
  /**
   * Data Health Score and band as last computed by the suite (on every save and on recompute). Stored so that the
   * inventory can filter and sort by band on indexed columns; the UI always recomputes the live breakdown.
   */
  healthScore?: number;
  healthBand?: ScoreBand;
}
