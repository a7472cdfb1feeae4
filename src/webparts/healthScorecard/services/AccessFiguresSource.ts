import type { SPFI } from '@pnp/sp';
import type { AccessFigures } from '../../../core/accessReviews';
import { GOVERNANCE_LEADS_GROUP } from '../../../core/roles';
import { loadAccessFigures } from '../../../data/accessReviews/accessFigures';
import { SiteDirectory } from '../../../data/people/siteDirectory';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import { createSpfxGraphRequester, type MsGraphClientFactoryLike } from '../../../graph/client/createSpfxGraph';
import { lazyRequester } from '../../../graph/client/lazyRequester';
import type { GraphRequester } from '../../../graph/client/types';
import { GraphDirectoryReader } from '../../../graph/directory/GraphDirectoryReader';
import type { IAccessFiguresSource } from './IAccessFiguresSource';

/**
 * The scorecard's access review figures over this site's lists and the directory (stale groups through Graph):
 * leads are the Governance Leads group's members, whose SoD exceptions count.
 */
export function accessFiguresFor(sp: SPFI, graph: GraphRequester, clock: () => Date = () => new Date()): IAccessFiguresSource {
  const repositories = createRepositories(sp);
  const reader = new GraphDirectoryReader(graph);
  const directory = new SiteDirectory(sp);
  return {
    load: async (): Promise<AccessFigures> => loadAccessFigures(repositories, reader, await directory.groupMemberIds(GOVERNANCE_LEADS_GROUP), clock())
  };
}

/** The web part's source (pass `this.context`): Graph's client is built on first use. */
export function createAccessFiguresSource(context: SpfxContextLike & { readonly msGraphClientFactory: MsGraphClientFactoryLike }): IAccessFiguresSource {
  return accessFiguresFor(createSpfxSp(context), lazyRequester(() => createSpfxGraphRequester(context.msGraphClientFactory)));
}
