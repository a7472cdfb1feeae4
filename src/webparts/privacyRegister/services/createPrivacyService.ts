import { SiteUserSearch, type IPeopleSearch } from '../../../data/people/siteUserSearch';
import { createDpiaStore } from '../../../data/privacy/dpiaStore';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { SpListSearch } from '../../../data/search/SpListSearch';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IPrivacyService } from './IPrivacyService';
import { PrivacyService } from './PrivacyService';

/** The privacy service of a web part (pass `this.context`; `people`: the web part's directory, site users when absent): one PnPjs root per web part instance. */
export function createPrivacyService(context: SpfxContextLike, people?: IPeopleSearch): IPrivacyService {
  const sp = createSpfxSp(context);
  const repositories = createRepositories(sp);
  return new PrivacyService(repositories, people ?? new SiteUserSearch(sp), new SpListSearch(sp), createDpiaStore(sp, repositories));
}
