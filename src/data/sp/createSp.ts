import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, SPFx, spfi, type ISPFXContext, type SPFI } from '@pnp/sp';
import { GovernanceErrors } from '../errors/governanceErrors';

/** Header through which the workbench emulator learns who is signed in (it plays SharePoint's authentication). */
export const WORKBENCH_USER_HEADER = 'X-Workbench-User';

/** Options for a Node-side (workbench, integration tests) SharePoint root. */
export interface NodeSpOptions {
  /** Login name of the signed-in demo user (sent as `X-Workbench-User`). */
  readonly user?: string;
  /**
   * Attempts PnPjs's `BrowserFetchWithRetry` makes in all for a 429/503/504 before giving up (it counts the first
   * try, so 3 means two retries), each after the server's `Retry-After`. Default 3, as in PnPjs.
   */
  readonly retries?: number;
  /** OAuth bearer token for a real tenant (the provisioning tool); the workbench needs none. */
  readonly accessToken?: string;
}

/**
 * A PnPjs root for the workbench and integration tests, against any SharePoint-compatible REST endpoint
 * (the local emulator). Uses the global `fetch` (Node 22); every failure rejects with a `GovernanceError`.
 */
export function createNodeSp(siteUrl: string, options: NodeSpOptions = {}): SPFI {
  const headers: Record<string, string> = options.user !== undefined ? { [WORKBENCH_USER_HEADER]: options.user } : {};
  if (options.accessToken !== undefined) headers.Authorization = `Bearer ${options.accessToken}`;
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: options.retries ?? 3 }),
    DefaultParse(),
    RequestDigest(),
    InjectHeaders(headers),
    GovernanceErrors()
  );
}

/**
 * The part of an SPFx `WebPartContext` PnPjs needs; typed structurally so `src/data` imports no SPFx runtime module
 * (a web part passes `this.context`).
 */
export type SpfxContextLike = ISPFXContext;

/**
 * A PnPjs root for a web part. Build it once in `onInit` (or a service scope), never in an event handler: the root
 * caches the request digest and carries the behaviours.
 */
export function createSpfxSp(context: SpfxContextLike): SPFI {
  return spfi().using(SPFx(context), GovernanceErrors());
}
