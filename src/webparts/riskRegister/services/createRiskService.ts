import { SiteDirectory } from '../../../data/people/siteDirectory';
import { SiteUserSearch, type IPeopleSearch } from '../../../data/people/siteUserSearch';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { SpListSearch } from '../../../data/search/SpListSearch';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IRiskService } from './IRiskService';
import { RiskService } from './RiskService';

/** The risk service of a web part (pass `this.context`; `people`: the web part's directory, site users when absent): one PnPjs root per web part instance, built in onInit. */
export function createRiskService(context: SpfxContextLike, people?: IPeopleSearch): IRiskService {
  const sp = createSpfxSp(context);
  return new RiskService(createRepositories(sp), people ?? new SiteUserSearch(sp), new SiteDirectory(sp), new SpListSearch(sp));
}
