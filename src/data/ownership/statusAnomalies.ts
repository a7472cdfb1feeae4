/**
 * Finding the assets whose stored OwnershipStatus disagrees with their decisions (issue 23, attack 4) without reading
 * the whole inventory. A disagreement needs either a stored status other than Unassigned, or requests that derive
 * something other than Unassigned (an asset with no request derives Unassigned). So the assets read are:
 * - those stored Pending, Confirmed, Declined or Expired: one paged query per status on the indexed OwnershipStatus
 *   column (equality on an indexed column stays under the list view threshold on any list size), selecting only
 *   what the rule reads: title, OwnershipStatus, ReviewCycleMonths;
 * - among the assets named by requests, those not read above whose requests derive something other than
 *   Unassigned (decided from the requests and decisions alone), read by id.
 */
import type { Stored } from '../../core/models/common';
import type { DataAsset, OwnershipStatus } from '../../core/models/dataAsset';
import type { OwnershipDecision } from '../../core/models/ownershipDecision';
import type { OwnershipRequest } from '../../core/models/ownershipRequest';
import { deriveFromIndex, indexOwnership, listStatusAnomalies, type StoredStatusAnomaly } from '../../core/ownership';
import { DATA_ASSETS_LIST } from '../../core/schema';
import { eq, or } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { readNarrowed } from '../query/readMatching';
import type { Repositories } from '../repositories/createRepositories';
import { IDS_PER_QUERY } from './ownershipForAssets';

/** Every stored status that can disagree without a request behind it. */
const NOT_UNASSIGNED: readonly OwnershipStatus[] = ['Pending', 'Confirmed', 'Declined', 'Expired'];

/** The asset columns the rule reads (plus the title the leads see). */
const RULE_COLUMNS: readonly (keyof DataAsset & string)[] = ['title', 'ownershipStatus', 'reviewCycleMonths'];

/** Assets stored with `status`: a status such as Pending can hold most of a large list, so the read is planned. */
function assetsStored(repositories: Repositories, status: OwnershipStatus): Promise<Stored<DataAsset>[]> {
  return readNarrowed(repositories.dataAssets, { filter: eq(filterField(DATA_ASSETS_LIST, 'ownershipStatus'), status), select: RULE_COLUMNS });
}

async function assetsWithIds(repositories: Repositories, ids: readonly number[]): Promise<Stored<DataAsset>[]> {
  const parts: Promise<Stored<DataAsset>[]>[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const group = ids.slice(start, start + IDS_PER_QUERY);
    parts.push(repositories.dataAssets.page({ filter: or(...group.map((id) => eq('ID', id))), select: RULE_COLUMNS, top: group.length }).then((page) => page.items));
  }
  return ([] as Stored<DataAsset>[]).concat(...(await Promise.all(parts)));
}

/** The assets whose stored status disagrees with the derivation from `requests` and `decisions`, by asset id. */
export async function findStatusAnomalies(
  repositories: Repositories,
  requests: readonly Stored<OwnershipRequest>[],
  decisions: readonly Stored<OwnershipDecision>[],
  now: Date
): Promise<StoredStatusAnomaly[]> {
  const index = indexOwnership(requests, decisions);
  const stored = ([] as Stored<DataAsset>[]).concat(...(await Promise.all(NOT_UNASSIGNED.map((status) => assetsStored(repositories, status)))));
  const seen = new Set(stored.map((asset) => asset.id));
  // Whether an asset derives Unassigned depends only on its requests and decisions, not on the asset's columns, so
  // a bare id decides which of the remaining assets could disagree (and only those are read).
  const candidates = [...index.requestsByAsset.keys()].filter((id) => !seen.has(id) && deriveFromIndex(bareAsset(id), index, now).status !== 'Unassigned');
  const named = await assetsWithIds(repositories, candidates);
  return listStatusAnomalies([...stored, ...named], index, now);
}

function bareAsset(id: number): Stored<DataAsset> {
  return { id, etag: '', title: '', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' };
}
