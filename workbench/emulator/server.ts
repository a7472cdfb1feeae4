/**
 * The HTTP side: reads bodies (10 MB cap), applies injected faults and latency, resolves the signed-in user,
 * routes SharePoint REST calls, serves the `/_emulator/*` control endpoints, and hands anything else to mounted
 * handlers (the workbench page). Listens on 127.0.0.1 only and answers only to its own Host (DNS rebinding).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { anonymous, invalidQuery, routeNotFound, SpError } from './errors';
import { errorResponse, metadataMode } from './format';
import { FaultController, type FaultRateSpec, type FaultSpec } from './faults';
import { isAllowedHost, resolveUser } from './identity';
import { apiOffset, route } from './router';
import type { RouteEnv } from './routes/call';
import { SearchIndex, type SearchSettings } from './search/searchIndex';
import { EmulatorStore } from './store';
import type { EmuResponse } from './types';

/** Bodies above this are refused with 413, as SharePoint refuses oversized requests. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** A handler for non-SharePoint paths (e.g. the workbench page); return true when it answered. */
export type MountedHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

/** Everything the server needs. */
export interface ServerConfig {
  readonly store: EmulatorStore;
  readonly faults: FaultController;
  readonly host: string;
  readonly port: number;
  readonly sitePath: string;
  readonly listViewThreshold: number;
  /** Search on/off and its indexing delay; changed at run time by tests and `/_emulator/search`. */
  readonly search: SearchSettings;
  readonly log?: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  readonly mounts: MountedHandler[];
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) { chunks.length = 0; reject(new BodyTooLarge()); req.resume(); return; }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: EmuResponse): void {
  if (res.headersSent) return;
  res.writeHead(response.status, { SPRequestGuid: randomUUID(), ...response.headers });
  res.end(response.body);
}

const tooLarge = (): SpError => new SpError(413, '-2147024882, System.OutOfMemoryException', 'The request message is too big. The server does not allow messages larger than 10485760 bytes.');

/** `/_emulator/faults` and `/_emulator/latency`, so browser tests in another process can drive faults. */
function control(config: ServerConfig, method: string, path: string, body: string): EmuResponse {
  const ok = (value: unknown): EmuResponse => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) });
  const parse = (): Record<string, unknown> => {
    try {
      return JSON.parse(body || '{}') as Record<string, unknown>;
    } catch {
      throw invalidQuery('Invalid JSON.');
    }
  };
  const lower = path.toLowerCase();
  if (lower === '/_emulator/faults' && method === 'POST') { config.faults.inject(parse() as unknown as FaultSpec); return ok({ ok: true }); }
  if (lower === '/_emulator/faults/rate' && method === 'POST') { config.faults.setRate(parse() as unknown as FaultRateSpec); return ok({ ok: true }); }
  if (lower === '/_emulator/faults' && method === 'DELETE') { config.faults.clear(); return ok({ ok: true }); }
  if (lower === '/_emulator/faults' && method === 'GET') return ok({ served: config.faults.served, latencyMs: config.faults.latencyMs, latency: config.faults.latencyRange });
  if (lower === '/_emulator/search' && method === 'GET') return ok(config.search);
  if (lower === '/_emulator/search' && (method === 'PUT' || method === 'POST')) {
    const next = parse();
    if (typeof next.enabled === 'boolean') config.search.enabled = next.enabled;
    if (typeof next.delayMs === 'number' && next.delayMs >= 0) config.search.delayMs = next.delayMs;
    return ok(config.search);
  }
  if (lower === '/_emulator/latency' && (method === 'PUT' || method === 'POST')) {
    const next = parse();
    config.faults.setLatency(typeof next.min === 'number' || typeof next.max === 'number'
      ? { min: Number(next.min), max: Number(next.max), ...(typeof next.seed === 'number' ? { seed: next.seed } : {}) }
      : Number(next.ms));
    return ok({ ok: true });
  }
  throw routeNotFound(path);
}

/** Starts the HTTP server; resolves once listening. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const mounts: MountedHandler[] = [];
  // Filled in once listening: the site URL includes the (possibly ephemeral) port.
  const state: { env?: RouteEnv; port?: number } = {};
  const log = config.log;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const port = state.port ?? config.port;
    if (!isAllowedHost(req.headers.host, config.host, port)) {
      // Before anything else, page and Graph included: a rebound DNS name must not reach the emulator at all.
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Misdirected request: this workbench answers only to Host ${config.host}:${port} or localhost:${port}.`);
      log?.(`${method} ${req.url ?? ''} -> 421 (Host '${req.headers.host ?? ''}' refused)`);
      return;
    }
    const url = new URL(req.url ?? '/', `http://${config.host}:${port}`);
    const mode = metadataMode(req.headers.accept);
    let response: EmuResponse | undefined;
    let who = '';
    // The modelled round trip, drawn for every SharePoint request (faults and errors included) and waited out after
    // the work, just before the answer leaves: other requests are served meanwhile, as on a real server.
    let delayMs = 0;
    try {
      const isApi = state.env !== undefined && apiOffset(url.pathname, config.sitePath) >= 0;
      if (!isApi && !url.pathname.toLowerCase().startsWith('/_emulator/')) {
        for (const mount of mounts) {
          if (await mount(req, res, url)) { log?.(`${method} ${url.pathname}${url.search} -> ${res.statusCode} ${Date.now() - started}ms (page)`); return; }
        }
        throw routeNotFound(url.pathname);
      }
      const body = await readBody(req);
      if (!isApi) {
        response = control(config, method, url.pathname, body);
      } else {
        delayMs = config.faults.nextLatencyMs();
        const fault = config.faults.take(method, url.pathname + url.search);
        if (fault) throw fault;
        const user = resolveUser(config.store, req.headers);
        if (!user) throw anonymous();
        who = user.loginName;
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
        response = route(state.env as RouteEnv, { method, url, headers, body, user, inBatch: false });
        if (config.faults.takeLost(method, url.pathname + url.search)) {
          // Applied, then the answer is lost: the client sees the connection drop.
          log?.(`${method} ${decodeURIComponent(url.pathname)} -> applied, answer dropped (injected)`);
          await wait(delayMs);
          res.destroy();
          return;
        }
      }
    } catch (error) {
      const spError = error instanceof SpError ? error : error instanceof BodyTooLarge ? tooLarge()
        : new SpError(500, '-2146233088, System.InvalidOperationException', error instanceof Error ? error.message : String(error));
      response = errorResponse(spError, mode);
    }
    await wait(delayMs);
    send(res, response);
    log?.(`${method} ${decodeURIComponent(url.pathname)}${url.search ? ` ${safeDecode(url.search)}` : ''} -> ${response.status} ${Date.now() - started}ms${who ? ` [${who}]` : ''}`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) { res.writeHead(500); res.end(); }
      log?.(`internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => { server.off('error', reject); resolve(); });
  });
  const { port } = server.address() as AddressInfo;
  state.port = port;
  const url = `http://${config.host}:${port}`;
  state.env = {
    store: config.store, siteUrl: `${url}${config.sitePath}`, sitePath: config.sitePath, listViewThreshold: config.listViewThreshold,
    partFault: (method, path) => config.faults.takePart(method, path),
    search: new SearchIndex(config.store, config.search)
  };
  return { server, url, mounts };
}

function wait(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
