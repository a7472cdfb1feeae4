/**
 * The stored OwnershipStatus column against the status derived from requests and counting decisions (issue 23,
 * attack 4). The column is only a cache the suite's jobs write for SharePoint's filters and sort; anyone who can
 * edit the asset can also write it by plain REST, so it is never shown as the truth, and wherever it disagrees with
 * the derivation the disagreement is flagged. This is the one rule that decides "anomaly".
 */
import type { Stored } from '../models/common';
import type { DataAsset, OwnershipStatus } from '../models/dataAsset';
import { OWNERSHIP_STATUSES } from '../models/dataAsset';
import { deriveFromIndex, type OwnershipIndex } from './derive';

/** An asset's stored status beside the derived one. */
export interface OwnershipStatusCheck {
  /** What the requests and counting decisions establish: the status to show. */
  readonly derived: OwnershipStatus;
  /** The stored column as read; undefined when empty or not one of the statuses. */
  readonly stored?: OwnershipStatus;
  /** True when the stored column says something other than the derivation. */
  readonly disagrees: boolean;
}

/** An asset whose stored status disagrees with its decisions, for the governance leads' anomalies list. */
export interface StoredStatusAnomaly {
  readonly assetId: number;
  readonly title: string;
  readonly stored?: OwnershipStatus;
  readonly derived: OwnershipStatus;
}

function asStatus(value: unknown): OwnershipStatus | undefined {
  return typeof value === 'string' && (OWNERSHIP_STATUSES as readonly string[]).includes(value) ? (value as OwnershipStatus) : undefined;
}

/**
 * Compares a stored status with the derived one. An empty column means the list's default, Unassigned, so it
 * agrees with a derived Unassigned; any other value that is not the derived one (including a value outside the
 * choices) disagrees. A stored Confirmed whose approval has since lapsed (derived Expired) disagrees too: the cache
 * is stale, and the leads' recompute job brings it in line like any other disagreement.
 */
export function compareOwnershipStatus(stored: unknown, derived: OwnershipStatus): OwnershipStatusCheck {
  const known = asStatus(stored);
  const empty = stored === undefined || stored === null || stored === '';
  const disagrees = empty ? derived !== 'Unassigned' : known !== derived;
  return { derived, stored: known, disagrees };
}

/**
 * The assets among `assets` whose stored status disagrees with the derivation over `index`, by asset id. Each
 * asset needs only its id, title, OwnershipStatus and ReviewCycleMonths (the rule reads nothing else of it).
 */
export function listStatusAnomalies(assets: readonly Stored<DataAsset>[], index: OwnershipIndex, now: Date): StoredStatusAnomaly[] {
  const anomalies: StoredStatusAnomaly[] = [];
  const seen = new Set<number>();
  for (const asset of assets) {
    if (seen.has(asset.id)) continue;
    seen.add(asset.id);
    const check = compareOwnershipStatus(asset.ownershipStatus, deriveFromIndex(asset, index, now).status);
    if (check.disagrees) anomalies.push({ assetId: asset.id, title: asset.title, stored: check.stored, derived: check.derived });
  }
  return anomalies.sort((a, b) => a.assetId - b.assetId);
}
