/**
 * PLACEHOLDER so the web part type-checks in the UI worktree: the real factory (PnPjs over the lists, the Graph
 * directory reader) is written in the service worktree and REPLACES this file when the branches are merged.
 */
import type { IPeopleSearch } from '../../../data/people/siteUserSearch';
import type { SpfxContextLike } from '../../../data/sp/createSp';
import type { IAccessReviewService } from './IAccessReviewService';

export function createAccessReviewService(_context: SpfxContextLike, _people?: IPeopleSearch): IAccessReviewService {
  throw new Error('createAccessReviewService is not wired: merge the service branch');
}
