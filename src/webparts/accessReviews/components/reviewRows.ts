/** How the "My reviews" view sorts and filters the signed-in reviewer's rows (pure). */
import { mayDecide } from '../../../core/accessReviews';
import type { Recommendation } from '../../../core/models/accessReview';
import type { PersonRef } from '../../../core/models/common';
import { samePerson } from '../../../core/ownership/counting';
import { parseIsoDate, utcDayNumber } from '../../../core/validation/isoDate';
import type { MyReviewRow } from '../services/IAccessReviewService';

export type RecommendationFilter = 'all' | Recommendation;

/** Rows still waiting for this reviewer, and rows they answered (counted or not) or can no longer decide. */
export function splitRows(rows: readonly MyReviewRow[], me: PersonRef): { readonly pending: MyReviewRow[]; readonly decided: MyReviewRow[] } {
  const pending: MyReviewRow[] = [];
  const decided: MyReviewRow[] = [];
  for (const row of rows) {
    const answeredByMe = row.state.ignored.some((i) => samePerson(i.decision.author, me));
    const open = row.state.decision === undefined && !answeredByMe && row.campaign.state === 'Active' && mayDecide(me, row.state, row.item);
    (open ? pending : decided).push(row);
  }
  return { pending, decided };
}

/** Text search over principal, e-mail, resource and entitlement, and the recommendation filter. */
export function matchesFilter(row: MyReviewRow, text: string, recommendation: RecommendationFilter): boolean {
  if (recommendation !== 'all' && row.item.recommendation !== recommendation) return false;
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  const item = row.item;
  return [item.principalName, item.principalEmail ?? '', item.resourceName, item.entitlement].some((v) => v.toLowerCase().includes(needle));
}

/** Past the campaign's due date (compared by calendar day, UTC). */
export function isOverdue(row: MyReviewRow, today: Date): boolean {
  const due = parseIsoDate(row.campaign.dueDate ?? '');
  return due !== undefined && utcDayNumber(today) > utcDayNumber(due);
}
