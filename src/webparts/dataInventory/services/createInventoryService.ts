import { SiteUserSearch } from '../../../data/people/siteUserSearch';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IInventoryService } from './IInventoryService';
import { InventoryService } from './InventoryService';

/** The inventory service of a web part (pass `this.context`): one PnPjs root per web part instance, built in onInit. */
export function createInventoryService(context: SpfxContextLike): IInventoryService {
  const sp = createSpfxSp(context);
  return new InventoryService(createRepositories(sp), new SiteUserSearch(sp));
}
