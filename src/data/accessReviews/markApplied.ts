/**
 * Marking removals applied in the source system: AppliedOn on each item, with the ETag the lead read (a changed item
 * fails its row with Conflict, the others go on). AccessReviewItems is written by leads only: SharePoint refuses
 * anyone else (Forbidden per row).
 */
import type { AccessReviewItem } from '../../core/models/accessReview';
import type { Stored } from '../../core/models/common';
import type { Repositories } from '../repositories/createRepositories';
import type { DecisionResult } from './decide';

export async function markApplied(repositories: Repositories, items: readonly Stored<AccessReviewItem>[], appliedOn: string): Promise<DecisionResult[]> {
  const results = await repositories.accessReviewItems.updateMany(items.map((item) => ({ id: item.id, patch: { appliedOn }, etag: item.etag })), { includeComputed: true });
  return results.map((r, index) => (r.ok ? { itemId: items[index].id, ok: true } : { itemId: items[index].id, ok: false, error: r.error.message }));
}
