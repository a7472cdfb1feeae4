import type { SPFI } from '@pnp/sp';
import { resolveSiteUsers } from '../../../data/people/siteUserResolver';
import { SiteDirectory } from '../../../data/people/siteDirectory';
import { SiteUserSearch, type IPeopleSearch } from '../../../data/people/siteUserSearch';
import { createRepositories, type Repositories } from '../../../data/repositories/createRepositories';
import type { IDirectoryReader } from '../../../graph/directory/types';
import { AccessReviewService, type AccessReviewServiceOptions } from './AccessReviewService';

/** What may differ between hosts: the people picker's source, the service's options, repositories with a log. */
export interface AccessReviewServiceParts {
  readonly people?: IPeopleSearch;
  readonly options?: AccessReviewServiceOptions;
  readonly repositories?: Repositories;
}

/**
 * The access review service over one PnPjs root and a directory reader: the single place its collaborators are
 * assembled (the web part, the workbench page, the seed, the tests and the bench all build it here).
 */
export function accessReviewServiceOver(sp: SPFI, reader: IDirectoryReader, parts: AccessReviewServiceParts = {}): AccessReviewService {
  return new AccessReviewService(
    parts.repositories ?? createRepositories(sp),
    reader,
    (emails) => resolveSiteUsers(sp, emails),
    parts.people ?? new SiteUserSearch(sp),
    new SiteDirectory(sp),
    parts.options
  );
}
