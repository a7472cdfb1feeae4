/**
 * Recording decisions: one AccessReviewDecisions item per row, authored by the signed-in user (SharePoint sets the
 * Author: the decider is never a field). Rows the user may not decide are refused with a reason instead of written;
 * whether a written decision counts stays the rule's (`deriveItemReview`), read back from the Author.
 */
import { mayDecide } from '../../core/accessReviews';
import { isPrincipal } from '../../core/decisions';
import { GovernanceError } from '../../core/errors';
import type { AccessReviewDecision, AccessReviewDecisionValue } from '../../core/models/accessReview';
import type { PersonRef } from '../../core/models/common';
import type { Repositories } from '../repositories/createRepositories';
import { MAX_BATCH_SIZE } from '../repositories/batch';
import type { ReviewRow } from './myReviews';

/** Per row: written, or why not (`selfReview`, `notYourItem`, `campaignNotActive`, or the write's error message). */
export interface DecisionResult {
  readonly itemId: number;
  readonly ok: boolean;
  readonly error?: string;
}

function refusal(me: PersonRef, row: ReviewRow): string | undefined {
  if (row.campaign.state !== 'Active') return 'campaignNotActive';
  if (isPrincipal(me, row.item.principalEmail)) return 'selfReview';
  return mayDecide(me, row.state, row.item) ? undefined : 'notYourItem';
}

export async function recordDecisions(
  repositories: Repositories,
  me: PersonRef,
  rows: readonly ReviewRow[],
  decision: AccessReviewDecisionValue,
  justification: string | undefined,
  onProgress?: (done: number, total: number) => void
): Promise<DecisionResult[]> {
  const text = justification?.trim() || undefined;
  const needing = rows.filter((r) => r.campaign.justificationRequired && decision !== "Don't know");
  if (needing.length > 0 && !text) {
    const message = `A justification is required for "${needing[0].campaign.title}": say why the access should be ${decision === 'Keep' ? 'kept' : 'removed'}.`;
    throw new GovernanceError('Validation', message, { issues: [{ field: 'justification', code: 'required', message }] });
  }
  const results: DecisionResult[] = rows.map((row) => {
    const reason = refusal(me, row);
    return reason ? { itemId: row.item.id, ok: false, error: reason } : { itemId: row.item.id, ok: true };
  });
  const toWrite = rows.filter((_, index) => results[index].ok);
  const values: AccessReviewDecision[] = toWrite.map(({ item, campaign }) => ({
    title: `${item.principalName} / ${item.resourceName}`.slice(0, 255),
    item: { id: item.id },
    campaign: { id: campaign.id },
    decision,
    justification: text
  }));
  const outcome = new Map<number, string | undefined>();
  for (let start = 0; start < values.length; start += MAX_BATCH_SIZE) {
    const written = await repositories.accessReviewDecisions.createMany(values.slice(start, start + MAX_BATCH_SIZE));
    written.forEach((r, i) => outcome.set(toWrite[start + i].item.id, r.ok ? undefined : r.error.message));
    onProgress?.(Math.min(start + MAX_BATCH_SIZE, values.length), values.length);
  }
  return results.map((r) => (r.ok && outcome.get(r.itemId) !== undefined ? { itemId: r.itemId, ok: false, error: outcome.get(r.itemId) } : r));
}
