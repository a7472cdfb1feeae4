import { type IPeopleSearch } from '../../../data/people/siteUserSearch';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import { createSpfxGraphRequester, type MsGraphClientFactoryLike } from '../../../graph/client/createSpfxGraph';
import { lazyRequester } from '../../../graph/client/lazyRequester';
import type { GraphRequester } from '../../../graph/client/types';
import { GraphDirectoryReader } from '../../../graph/directory/GraphDirectoryReader';
import type { IDirectoryReader } from '../../../graph/directory/types';
import { type AccessReviewServiceOptions } from './AccessReviewService';
import type { IAccessReviewService } from './IAccessReviewService';
import { accessReviewServiceOver } from './accessReviewServiceOver';

/** The part of a web part's context the service needs (pass `this.context`). */
export type AccessReviewContextLike = SpfxContextLike & { readonly msGraphClientFactory: MsGraphClientFactoryLike };

/**
 * The access review service of a web part, built once in onInit: one PnPjs root over this site's lists, SPFx's Graph
 * client v3 (built on first use) for the directory, site users resolved by e-mail with SharePoint's ensureUser.
 * The directory is read through `GraphDirectoryReader` unless another reader is given (tests).
 */
export function createAccessReviewService(
  context: AccessReviewContextLike,
  people?: IPeopleSearch,
  options: AccessReviewServiceOptions = {},
  directoryReader: (requester: GraphRequester) => IDirectoryReader = (requester) => new GraphDirectoryReader(requester)
): IAccessReviewService {
  const sp = createSpfxSp(context);
  const graph = lazyRequester(() => createSpfxGraphRequester(context.msGraphClientFactory));
  return accessReviewServiceOver(sp, directoryReader(graph), { people, options });
}
