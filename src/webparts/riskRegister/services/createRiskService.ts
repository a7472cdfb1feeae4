import { SiteDirectory } from '../../../data/people/siteDirectory';
import { SiteUserSearch } from '../../../data/people/siteUserSearch';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IRiskService } from './IRiskService';
import { RiskService } from './RiskService';

/** The risk service of a web part (pass `this.context`): one PnPjs root per web part instance, built in onInit. */
export function createRiskService(context: SpfxContextLike): IRiskService {
  const sp = createSpfxSp(context);
  return new RiskService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp));
}
