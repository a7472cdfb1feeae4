import { Client } from '@microsoft/microsoft-graph-client';
import { createClientRequester } from './clientRequester';
import type { GraphRequester } from './types';

/** Options of the workbench's requester. */
export interface NodeGraphOptions {
  /** Login of the signed-in demo user (the emulator's `X-Workbench-User`; the browser page uses its cookie). */
  readonly user?: string;
  /** Bearer token for a real tenant; the emulator needs none. */
  readonly accessToken?: string;
}

/**
 * A requester on the same Graph client library (v3) as SPFx, pointed at the workbench's Graph emulator:
 * `baseUrl` is the emulator's Graph root (e.g. `http://127.0.0.1:4400/graph/`), the client adds `v1.0/`.
 * The client's default middleware (auth, retry on 429/503/504 honouring Retry-After, redirects) stays in place.
 */
export function createNodeGraphRequester(baseUrl: string, options: NodeGraphOptions = {}): GraphRequester {
  const headers: Record<string, string> = options.user !== undefined ? { 'X-Workbench-User': options.user } : {};
  const client = Client.init({
    baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
    defaultVersion: 'v1.0',
    authProvider: (done) => done(null, options.accessToken ?? 'workbench'),
    fetchOptions: { headers }
  });
  return createClientRequester(client);
}
