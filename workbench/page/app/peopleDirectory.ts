import type { SPFI } from '@pnp/sp';
import { DirectoryPeople } from '../../../src/data/people/directoryPeople';
import { createNodeGraphRequester } from '../../../src/graph/client/createNodeGraph';
import { PeopleService } from '../../../src/graph/people/PeopleService';

/**
 * A mount's people directory, as a web part builds it in onInit: the production DirectoryPeople and PeopleService,
 * on the same Graph client library pointed at the workbench's Graph emulator (same origin: the sign-in cookie is
 * the identity), and PnPjs against the SharePoint emulator for ensureUser and the site-users fallback.
 */
export function workbenchPeople(sp: SPFI): DirectoryPeople {
  return new DirectoryPeople(sp, new PeopleService(createNodeGraphRequester(new URL('/graph/', window.location.origin).href)));
}
