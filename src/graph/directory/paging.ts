import { GovernanceError } from '../../core/errors';
import type { GraphCallOptions, GraphRequester } from '../client/types';

/** Graph's hosts (global service and national clouds): the only hosts a next-page link may point at by default. */
export const GRAPH_HOSTS: readonly string[] = ['graph.microsoft.com', 'graph.microsoft.us', 'dod-graph.microsoft.us', 'microsoftgraph.chinacloudapi.cn'];

/** A runaway server (a nextLink pointing back at itself) must not hold a page forever. */
const MAX_PAGES = 1000;

export interface PagingOptions {
  /** Hosts a `@odata.nextLink` may name (lower case); default {@link GRAPH_HOSTS}. */
  readonly trustedHosts?: readonly string[];
  readonly signal?: AbortSignal;
}

/** The object's `value` array, or a GovernanceError naming what was read: a reader never guesses at a shape. */
export function valueOf(body: unknown, what: string): unknown[] {
  const value = typeof body === 'object' && body !== null ? (body as { value?: unknown }).value : undefined;
  if (!Array.isArray(value)) throw new GovernanceError('Unknown', `Microsoft Graph answered ${what} without a list of results; the directory could not be read.`);
  return value;
}

/**
 * The version-relative path (e.g. `/groups?$skiptoken=...`) a next-page link asks for. Graph gives absolute URLs;
 * following one blindly would send the signed-in user's token wherever a response points, so a link to another
 * host, another scheme or another API version is refused.
 */
export function nextLinkPath(link: string, options: PagingOptions = {}): string {
  const hosts = options.trustedHosts ?? GRAPH_HOSTS;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new GovernanceError('Unknown', 'Microsoft Graph returned a next-page link that is not a URL; the read was stopped.');
  }
  if (url.protocol !== 'https:' || !hosts.includes(url.hostname.toLowerCase()) || url.username !== '' || url.password !== '' || (url.port !== '' && url.port !== '443')) {
    throw new GovernanceError('Unknown', `Microsoft Graph returned a next-page link to ${url.host}, which is not Microsoft Graph; the read was stopped.`);
  }
  if (!url.pathname.startsWith('/v1.0/')) throw new GovernanceError('Unknown', 'Microsoft Graph returned a next-page link to another API version; the read was stopped.');
  return `${url.pathname.slice('/v1.0'.length)}${url.search}`;
}

/** Every item of a collection whose first page is `first`, following `@odata.nextLink` with plain GETs. */
export async function collectPages(graph: GraphRequester, first: unknown, what: string, options: PagingOptions = {}): Promise<unknown[]> {
  const items = [...valueOf(first, what)];
  let body = first;
  const seen = new Set<string>();
  for (let pages = 1; ; pages++) {
    const link = (body as { '@odata.nextLink'?: unknown })['@odata.nextLink'];
    if (typeof link !== 'string' || link === '') return items;
    if (seen.has(link) || pages >= MAX_PAGES) throw new GovernanceError('Unknown', `Microsoft Graph kept returning more pages of ${what}; the read was stopped.`);
    seen.add(link);
    const call: GraphCallOptions = { signal: options.signal };
    body = await graph.get<unknown>(nextLinkPath(link, options), call);
    items.push(...valueOf(body, what));
  }
}

/** Every item of a collection, from its first path (relative to the version root). */
export async function readCollection(graph: GraphRequester, path: string, what: string, options: PagingOptions = {}): Promise<unknown[]> {
  return collectPages(graph, await graph.get<unknown>(path, { signal: options.signal }), what, options);
}
