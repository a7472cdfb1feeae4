import { SiteUserSearch } from '../../../data/people/siteUserSearch';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { INominationService } from '../../../ui/ownership/INominationService';
import { NominationService } from './NominationService';

/** The nomination service of the inventory web part (pass `this.context`), built once in onInit. */
export function createNominationService(context: SpfxContextLike): INominationService {
  const sp = createSpfxSp(context);
  return new NominationService(sp, createRepositories(sp), new SiteUserSearch(sp));
}
