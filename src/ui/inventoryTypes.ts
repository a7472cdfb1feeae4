import type { DataAsset } from '../core/models/dataAsset';
import type { Stored } from '../core/models/common';
import type { OwnershipStatusCheck } from '../core/ownership/storedStatus';
import type { IAssetScore } from './healthTypes';

/** Columns the inventory grid can show (the web part's property pane picks a subset). */
export type InventoryColumnKey =
  | 'title'
  | 'mission'
  | 'department'
  | 'owner'
  | 'custodian'
  | 'declaredSensitivity'
  | 'purviewLabelName'
  | 'labelDrift'
  | 'accessFlags'
  | 'containsPersonalData'
  | 'ownershipStatus'
  | 'lastReviewed'
  | 'healthScore';

/** Every column, in grid order: the main metric (health score) right after the title, where it is never off-screen. */
export const INVENTORY_COLUMN_KEYS: readonly InventoryColumnKey[] = [
  'title',
  'healthScore',
  'mission',
  'custodian',
  'declaredSensitivity',
  'ownershipStatus',
  'lastReviewed',
  'department',
  'owner',
  'purviewLabelName',
  'labelDrift',
  'accessFlags',
  'containsPersonalData'
];

/** Shown until the user picks others with the column chooser: what fits in 1,280 px without clipping. */
export const DEFAULT_VISIBLE_COLUMNS: readonly InventoryColumnKey[] = [
  'title',
  'healthScore',
  'mission',
  'custodian',
  'declaredSensitivity',
  'ownershipStatus',
  'lastReviewed'
];

/** Fields the grid can sort on: indexed columns only (SharePoint's list view threshold). */
export type InventorySortField = 'title' | 'mission' | 'department' | 'declaredSensitivity' | 'ownershipStatus' | 'lastReviewed' | 'healthScore';

export const SORTABLE_FIELDS: readonly InventorySortField[] = ['title', 'mission', 'department', 'declaredSensitivity', 'ownershipStatus', 'lastReviewed', 'healthScore'];

export interface IInventorySort {
  readonly field: InventorySortField;
  readonly ascending: boolean;
}

/** One grid row: the stored record and its health score, computed once per load. */
export interface IInventoryRow {
  readonly asset: Stored<DataAsset>;
  /** The score computed with the derived ownership status, never the stored one. */
  readonly score: IAssetScore;
  /**
   * The ownership status derived from the record's requests and decisions beside the stored column (shown instead
   * of `asset.ownershipStatus`); undefined while it is being read.
   */
  readonly ownership?: OwnershipStatusCheck;
  /** The colour of the record's Purview label in the tenant's catalogue, when known (`#RRGGBB`). */
  readonly labelColor?: string;
}
