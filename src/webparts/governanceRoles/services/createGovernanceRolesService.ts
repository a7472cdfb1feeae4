import { SiteDirectory } from '../../../data/people/siteDirectory';
import { SiteUserSearch, type IPeopleSearch } from '../../../data/people/siteUserSearch';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import { GovernanceRolesService } from './GovernanceRolesService';
import type { IGovernanceRolesService } from './IGovernanceRolesService';

/** The service of a web part (pass `this.context`; `people`: the web part's directory, site users when absent): one PnPjs root, built in onInit. */
export function createGovernanceRolesService(context: SpfxContextLike, people?: IPeopleSearch): IGovernanceRolesService {
  const sp = createSpfxSp(context);
  return new GovernanceRolesService(sp, createRepositories(sp), people ?? new SiteUserSearch(sp), new SiteDirectory(sp));
}
