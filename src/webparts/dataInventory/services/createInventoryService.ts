import { SiteUserSearch, type IPeopleSearch } from '../../../data/people/siteUserSearch';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { SpListSearch } from '../../../data/search/SpListSearch';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IInventoryService } from './IInventoryService';
import { InventoryService } from './InventoryService';

/** The inventory service of a web part (pass `this.context`; `people`: the web part's directory, site users when absent): one PnPjs root per web part instance, built in onInit. */
export function createInventoryService(context: SpfxContextLike, people?: IPeopleSearch): IInventoryService {
  const sp = createSpfxSp(context);
  return new InventoryService(createRepositories(sp), people ?? new SiteUserSearch(sp), undefined, new SpListSearch(sp));
}
