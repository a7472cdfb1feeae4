/**
 * The workbench's Microsoft Graph emulator, mounted on the SharePoint emulator's server under `/graph/v1.0/`
 * (so the page reaches it on the same origin with the sign-in cookie). In memory, derived from URLs and the
 * seeded records (see world.ts; the access-review directory in directory.ts); fault injection in-process
 * (`handle.faults`) or over HTTP at `/graph/_emulator/faults` and `/graph/_emulator/latency` for browser tests.
 *
 * @example
 *   const graph = mountGraphEmulator(emulator);
 *   const requester = createNodeGraphRequester(graph.baseUrl, { user });
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorHandle } from '../emulator';
import { requestedLogin } from '../emulator/identity';
import { answerBatch } from './batch';
import { EmulatedDirectory, storeSiteUrls } from './directory';
import { GraphFaults, type GraphFaultSpec } from './faults';
import { graphError, routeGraph, type GraphAnswer, type GraphEnv } from './routes';
import { storeHints } from './storeHints';
import { GraphWorld } from './world';

export { GraphWorld, type FileSpec, type SiteSpec, type SharingSpec } from './world';
export { GraphFaults, type GraphFaultSpec } from './faults';
export { LABEL_CATALOGUE } from './catalogue';
export { directoryWorld, groupIdOfSite, EmulatedDirectory, type DirectoryWorldData, type DirectoryGroupData, type DirectoryUser, type DirectoryApp, type DirectoryRoleData } from './directory';

/** Where the emulator answers; the Graph client's baseUrl is `${url}/graph/`. */
export const GRAPH_PREFIX = '/graph';
const MAX_BODY = 4 * 1024 * 1024;

export interface GraphEmulatorHandle {
  /** Graph root for the client (`http://127.0.0.1:PORT/graph/`); requests go to `${baseUrl}v1.0/...`. */
  readonly baseUrl: string;
  readonly world: GraphWorld;
  readonly faults: GraphFaults;
  /** The directory behind the access-review routes (groups, apps, roles, people); tests flip its switches. */
  readonly directory: EmulatedDirectory;
}

export interface GraphEmulatorOptions {
  /** Content derivation hints; default: the declared sensitivity of the records in the DataAssets list. */
  readonly world?: GraphWorld;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => (size > MAX_BODY ? reject(new Error('too large')) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, answer: GraphAnswer): void {
  const body = answer.body === undefined ? '' : Buffer.isBuffer(answer.body) ? answer.body : JSON.stringify(answer.body);
  res.writeHead(answer.status, { 'request-id': `${Date.now()}`, ...answer.headers });
  res.end(body);
}

function control(faults: GraphFaults, method: string, path: string, body: string): GraphAnswer {
  const ok = { status: 200, headers: { 'Content-Type': 'application/json' }, body: { ok: true } };
  const parsed = (): Record<string, unknown> => JSON.parse(body || '{}') as Record<string, unknown>;
  if (path === '/faults' && method === 'POST') { faults.inject(parsed() as unknown as GraphFaultSpec); return ok; }
  if (path === '/faults' && method === 'DELETE') { faults.clear(); return ok; }
  if (path === '/faults' && method === 'GET') return { status: 200, headers: { 'Content-Type': 'application/json' }, body: { batches: faults.served.batches, faulted: faults.served.faulted, requests: faults.served.log.length } };
  if (path === '/latency' && (method === 'PUT' || method === 'POST')) { faults.setLatency(Number(parsed().ms)); return ok; }
  return graphError(404, 'NotFound', `No emulator control at ${path}.`);
}

/** Mounts the Graph emulator on a running SharePoint emulator. */
export function mountGraphEmulator(emulator: EmulatorHandle, options: GraphEmulatorOptions = {}): GraphEmulatorHandle {
  const world = options.world ?? new GraphWorld(storeHints(emulator.store));
  const faults = new GraphFaults();
  // Groups follow the seeded records' sites (read lazily, so the seed that runs after mounting is seen).
  const directory = new EmulatedDirectory(() => storeSiteUrls(emulator.store));
  const env: GraphEnv = { store: emulator.store, world, faults, directory, tenantId: '72f988bf-0000-4000-8000-000000000000' };

  emulator.mount(async (req, res, url) => {
    if (!url.pathname.startsWith(`${GRAPH_PREFIX}/`)) return false;
    const method = (req.method ?? 'GET').toUpperCase();
    let answer: GraphAnswer;
    try {
      const text = await readBody(req);
      if (url.pathname.startsWith(`${GRAPH_PREFIX}/_emulator/`)) {
        answer = control(faults, method, url.pathname.slice(`${GRAPH_PREFIX}/_emulator`.length), text);
      } else if (!url.pathname.startsWith(`${GRAPH_PREFIX}/v1.0/`)) {
        answer = graphError(400, 'BadRequest', 'Invalid version: only v1.0 is emulated.');
      } else {
        if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
        const path = url.pathname.slice(`${GRAPH_PREFIX}/v1.0`.length);
        const fault = faults.take(method, path + url.search, false);
        const login = requestedLogin(req.headers);
        if (fault !== undefined) {
          answer = graphError(fault.status, fault.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable', 'Too many requests.', { 'Retry-After': fault.retryAfter });
        } else if (login === undefined || emulator.store.getUserByLogin(login) === undefined) {
          // No identity is anonymous, as Graph answers a call without a token: never a default user.
          answer = graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or the user is unknown.');
        } else {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
          const body = text === '' ? undefined : JSON.parse(text) as unknown;
          answer = method === 'POST' && path === '/$batch'
            ? answerBatch(env, faults, body)
            : routeGraph(env, { method, path, query: url.searchParams, headers, body });
        }
      }
    } catch (error) {
      answer = error instanceof SyntaxError ? graphError(400, 'BadRequest', 'Unable to read JSON request payload.') : graphError(500, 'generalException', error instanceof Error ? error.message : String(error));
    }
    send(res, answer);
    return true;
  });
  return { baseUrl: `${emulator.url}${GRAPH_PREFIX}/`, world, faults, directory };
}
