import { SiteUserSearch, type IPeopleSearch } from '../../../data/people/siteUserSearch';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { INominationService } from '../../../ui/ownership/INominationService';
import { NominationService } from './NominationService';

/** The nomination service of the inventory web part (pass `this.context`; `people`: the web part's directory, site users when absent), built once in onInit. */
export function createNominationService(context: SpfxContextLike, people?: IPeopleSearch): INominationService {
  const sp = createSpfxSp(context);
  return new NominationService(sp, createRepositories(sp), people ?? new SiteUserSearch(sp));
}
