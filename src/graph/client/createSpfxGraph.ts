import { createClientRequester, type GraphApiClient } from './clientRequester';
import type { GraphRequester } from './types';

/**
 * The part of SPFx's `MSGraphClientFactory` used here (a web part passes `this.context.msGraphClientFactory`);
 * typed structurally so src/graph imports no SPFx runtime module.
 */
export interface MsGraphClientFactoryLike {
  getClient(version: '3'): Promise<GraphApiClient>;
}

/**
 * The production requester: SPFx's Graph client v3 (authenticated by SharePoint, scopes from package-solution's
 * webApiPermissionRequests). Build it once per web part in `onInit`, never in an event handler.
 */
export async function createSpfxGraphRequester(factory: MsGraphClientFactoryLike): Promise<GraphRequester> {
  return createClientRequester(await factory.getClient('3'));
}
