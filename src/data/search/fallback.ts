import { GovernanceError, isGovernanceError } from '../../core/errors';
import { SEARCH_UNAVAILABLE } from './SpListSearch';

/** Issue code of the refusal to scan a large list for text when search cannot serve and nothing narrows it. */
export const SEARCH_NEEDS_MISSION = 'searchNeedsMission';

/** Whether an error says search itself could not serve (so the caller may fall back), not that the list read failed. */
export function isSearchUnavailable(error: unknown): boolean {
  return isGovernanceError(error) && error.issues.some((issue) => issue.code === SEARCH_UNAVAILABLE);
}

/** The error for reads that cannot show "choose a mission first" in place (export, bulk nominate). */
export function searchNeedsMission(): GovernanceError {
  const message = 'SharePoint search cannot serve this search now: choose a mission first, then search within it.';
  return new GovernanceError('Validation', message, { issues: [{ field: 'search', code: SEARCH_NEEDS_MISSION, message }] });
}
