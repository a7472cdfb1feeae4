import { SiteDirectory } from '../../../data/people/siteDirectory';
import { SiteUserSearch } from '../../../data/people/siteUserSearch';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import { AIRegistryService } from './AIRegistryService';
import type { IAIRegistryService } from './IAIRegistryService';

/** The registry service of a web part (pass `this.context`): one PnPjs root per web part instance, built in onInit. */
export function createAIRegistryService(context: SpfxContextLike, leadGroup?: string): IAIRegistryService {
  const sp = createSpfxSp(context);
  return new AIRegistryService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp), { leadGroup });
}
