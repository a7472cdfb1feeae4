import { SiteDirectory } from '../../../data/people/siteDirectory';
import { SiteUserSearch, type IPeopleSearch } from '../../../data/people/siteUserSearch';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import { AIRegistryService } from './AIRegistryService';
import type { IAIRegistryService } from './IAIRegistryService';

/** The registry service of a web part (pass `this.context`; `people`: the web part's directory, site users when absent): one PnPjs root per web part instance, built in onInit. */
export function createAIRegistryService(context: SpfxContextLike, leadGroup?: string, people?: IPeopleSearch): IAIRegistryService {
  const sp = createSpfxSp(context);
  return new AIRegistryService(createRepositories(sp), people ?? new SiteUserSearch(sp), new SiteDirectory(sp), { leadGroup });
}
