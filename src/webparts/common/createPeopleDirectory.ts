import { DirectoryPeople } from '../../data/people/directoryPeople';
import { createSpfxSp, type SpfxContextLike } from '../../data/sp/createSp';
import { createSpfxGraphRequester, type MsGraphClientFactoryLike } from '../../graph/client/createSpfxGraph';
import { lazyRequester } from '../../graph/client/lazyRequester';
import { PeopleService } from '../../graph/people/PeopleService';

/** The part of a web part's context the people directory needs (pass `this.context`). */
export type PeopleContextLike = SpfxContextLike & { readonly msGraphClientFactory: MsGraphClientFactoryLike };

/**
 * The web part's people directory: Graph people search, profiles and photos through SPFx's Graph client v3 (scope
 * User.Read.All, requested in package-solution), site users through PnPjs. Build it once in onInit and hand the same
 * instance to the services (as their people search) and to the container (as its directory), so they share a cache.
 */
export function createPeopleDirectory(context: PeopleContextLike): DirectoryPeople {
  const graph = lazyRequester(() => createSpfxGraphRequester(context.msGraphClientFactory));
  return new DirectoryPeople(createSpfxSp(context), new PeopleService(graph));
}
