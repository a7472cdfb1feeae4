import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IOwnershipApprovalsService } from './IOwnershipApprovalsService';
import { OwnershipApprovalsService } from './OwnershipApprovalsService';

/** The approvals service of a web part (pass `this.context`): one PnPjs root per web part instance, built in onInit. */
export function createOwnershipApprovalsService(context: SpfxContextLike): IOwnershipApprovalsService {
  const sp = createSpfxSp(context);
  return new OwnershipApprovalsService(sp, createRepositories(sp));
}
