/**
 * SharePoint Online REST emulator for the workbench and integration tests. Generic: it knows nothing of the
 * suite's lists; clients provision them over REST exactly as against a tenant.
 *
 * @example
 *   const emulator = await startEmulator({ port: 0, dbPath: ':memory:' });
 *   await fetch(`${emulator.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } });
 *   await emulator.close();
 */
import { join } from 'node:path';
import { FaultController, parseLatency, type LatencyRange } from './faults';
import { startServer, type MountedHandler } from './server';
import type { SearchSettings } from './search/searchIndex';
import { EmulatorStore } from './store';

export { EmulatorStore, type ListInput, type SiteGroup } from './store';
export { FaultController, parseLatency, type FaultRateSpec, type FaultSpec, type LatencyRange, type ServedCounters } from './faults';
export type { MountedHandler } from './server';
export type { SiteUser, UserInput, FieldDef, ListDef, ItemRow } from './types';
export { bulkInsertItems, type BulkInsertOptions } from './bulk';
export type { SearchSettings } from './search/searchIndex';

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** 0 = ephemeral; default 4400. */
  port?: number;
  /** Default '127.0.0.1'. Only loopback addresses are accepted: the emulator has no real authentication. */
  host?: string;
  /** ':memory:' allowed; default '.workbench/governance.sqlite' (folder created). */
  dbPath?: string;
  /** Default '/sites/governance'. */
  sitePath?: string;
  /** Default 5000. */
  listViewThreshold?: number;
  /**
   * Milliseconds before a changed item is found by search (SharePoint's crawl lag). Default: the
   * `EMULATOR_SEARCH_DELAY_MS` environment variable, else 0 (tests); the workbench passes a few seconds.
   */
  searchDelayMs?: number;
  /** False answers every search request with SharePoint's search service error. Default true, or false when `EMULATOR_SEARCH_OFF=1`. */
  searchEnabled?: boolean;
  /**
   * Delay added to every SharePoint REST response before it is sent, in milliseconds: fixed, or `{ min, max, seed }`
   * drawn per request from a seeded generator (so runs compare), modelling SharePoint Online's round trip. Default:
   * the `EMULATOR_LATENCY_MS` environment variable ("100" or "80-150"), else 0, so tests and the workbench answer
   * at once. Changed at run time with `handle.faults.setLatency` or `/_emulator/latency`.
   */
  latencyMs?: number | LatencyRange;
  /** Receives one line per request. */
  log?: (line: string) => void;
}

/** A running emulator. */
export interface EmulatorHandle {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + sitePath */
  siteUrl: string;
  store: EmulatorStore;
  faults: FaultController;
  /** Search on/off and its indexing delay, live: tests change them between requests. */
  search: SearchSettings;
  /** Adds a handler for paths outside `<sitePath>/_api` and `/_emulator` (e.g. the workbench page). */
  mount(handler: MountedHandler): void;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Starts the emulator. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`The emulator only listens on loopback addresses, not '${host}'.`);
  const sitePath = `/${(options.sitePath ?? '/sites/governance').replace(/^\/+|\/+$/g, '')}`;
  const faults = new FaultController(options.latencyMs ?? parseLatency(process.env.EMULATOR_LATENCY_MS) ?? 0);
  const store = new EmulatorStore(options.dbPath ?? join(process.cwd(), '.workbench', 'governance.sqlite'));
  const envDelay = Number(process.env.EMULATOR_SEARCH_DELAY_MS);
  const search: SearchSettings = {
    enabled: options.searchEnabled ?? process.env.EMULATOR_SEARCH_OFF !== '1',
    delayMs: options.searchDelayMs ?? (Number.isFinite(envDelay) && envDelay >= 0 ? envDelay : 0)
  };
  let running;
  try {
    running = await startServer({
      store, faults, host, port: options.port ?? 4400, sitePath, listViewThreshold: options.listViewThreshold ?? 5000, search, log: options.log
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const { server, url, mounts } = running;
  let closed = false;
  return {
    url,
    siteUrl: `${url}${sitePath}`,
    store,
    faults,
    search,
    mount: (handler) => { mounts.push(handler); },
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    }
  };
}
