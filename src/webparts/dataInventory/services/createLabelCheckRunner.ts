import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import { createSpfxGraphRequester, type MsGraphClientFactoryLike } from '../../../graph/client/createSpfxGraph';
import type { ILabelCheckRunner } from '../../../ui/labels/ILabelCheckRunner';
import { LabelCheckRunner } from './LabelCheckRunner';

/**
 * The label check of a web part (pass `this.context`): SPFx's Graph client v3 (consented scopes from
 * package-solution) and a PnPjs root over this site's lists. Built once, in onInit.
 */
export function createLabelCheckRunner(context: SpfxContextLike & { readonly msGraphClientFactory: MsGraphClientFactoryLike }): ILabelCheckRunner {
  const sp = createSpfxSp(context);
  return new LabelCheckRunner(sp, createRepositories(sp), createSpfxGraphRequester(context.msGraphClientFactory));
}
