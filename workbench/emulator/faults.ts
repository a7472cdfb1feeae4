/**
 * Fault injection for resilience tests: the next N matching requests fail with 429 or 503, a Retry-After header
 * and SharePoint's error body; or, in rate mode, a seeded share of matching requests (or $batch parts) fails, and
 * optionally a share has its answer lost after the server applied it; optional latency on every request (fixed, or
 * drawn per request from a seeded range to model SharePoint Online's round trip). Counters
 * let tests assert that a client really retried. Controlled in-process (`handle.faults`) or over HTTP under
 * `/_emulator/` for browser tests.
 */
import { invalidQuery, SpError } from './errors';

/** One fault rule. */
export interface FaultSpec {
  readonly status: 429 | 503;
  /** How many matching requests fail before the rule is used up. */
  readonly count: number;
  /** Retry-After in seconds (default 1; 0 is allowed for fast tests). */
  readonly retryAfterSeconds?: number;
  /** Only requests whose path+query contains this text (case-insensitive). */
  readonly pathContains?: string;
  /** Only requests with this HTTP method (the wire method, e.g. POST for a MERGE). */
  readonly method?: string;
}

/**
 * Rate mode: each matching request fails with probability `rate`, drawn from a generator seeded with `seed`, so a
 * run is repeatable. Status alternates at random between those in `statuses` (default 429 and 503).
 */
export interface FaultRateSpec {
  /** Share of matching requests that fail, 0-1. */
  readonly rate: number;
  /** Seed of the deterministic generator (default 1). */
  readonly seed?: number;
  readonly statuses?: readonly (429 | 503)[];
  readonly retryAfterSeconds?: number;
  readonly pathContains?: string;
  readonly method?: string;
  /**
   * `request` (default): whole HTTP requests fail (a $batch fails as a whole, as SharePoint throttles it).
   * `part`: the parts inside a $batch fail one by one, each with its own 429/503 sub-response.
   */
  readonly scope?: 'request' | 'part';
  /**
   * Share of matching requests (0-1, same generator) that the server applies and then answers by dropping the
   * connection: the client sees a network error although its writes were made (the "lost response").
   */
  readonly lostRate?: number;
}

/**
 * Latency added to every SharePoint response before it is sent: uniform in [min, max] milliseconds, drawn from a
 * generator seeded with `seed` (default 1) so two runs wait the same sequence of delays. min = max is a fixed delay.
 */
export interface LatencyRange {
  readonly min: number;
  readonly max: number;
  readonly seed?: number;
}

/**
 * Reads a latency setting: "100" (fixed), "80-150" (range), "0" or "" (none). Undefined when the text is not one
 * of these, so callers can refuse a typo rather than run without latency.
 */
export function parseLatency(text: string | undefined): LatencyRange | undefined {
  const value = (text ?? '').trim();
  if (value === '') return { min: 0, max: 0 };
  const match = /^(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?$/.exec(value);
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  return max >= min ? { min, max } : undefined;
}

/** A small seeded generator (mulberry32): deterministic, good enough to spread faults. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the emulator has served, for assertions. */
export interface ServedCounters {
  /** SharePoint requests seen (before faults; latency is added to the response afterwards). */
  total: number;
  /** Requests answered with an injected fault. */
  faulted: number;
  /** Injected faults by status. */
  byStatus: Record<number, number>;
  /** Requests applied whose answer was dropped (rate mode's `lostRate`). */
  lost: number;
}

interface ActiveFault extends FaultSpec {
  remaining: number;
}

/** Controls injected faults and latency. */
export class FaultController {
  private rules: ActiveFault[] = [];
  private latency: LatencyRange = { min: 0, max: 0 };
  private latencyRandom: () => number = seeded(1);
  private rateRule: { spec: FaultRateSpec; random: () => number } | undefined;
  /** Counters since start or the last {@link clear}. */
  readonly served: ServedCounters = { total: 0, faulted: 0, byStatus: {}, lost: 0 };

  constructor(initialLatencyMs: number | LatencyRange = 0) {
    this.setLatency(initialLatencyMs);
  }

  /** Adds a rule; rules are consumed in the order they were injected. */
  inject(spec: FaultSpec): void {
    if (spec.status !== 429 && spec.status !== 503) throw invalidQuery('Fault status must be 429 or 503.');
    if (!Number.isInteger(spec.count) || spec.count < 1) throw invalidQuery('Fault count must be a positive integer.');
    this.rules.push({ ...spec, remaining: spec.count });
  }

  /** Starts rate mode (replacing any earlier rate rule); count rules keep working beside it. */
  setRate(spec: FaultRateSpec): void {
    const valid = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1;
    if (!valid(spec.rate) || (spec.lostRate !== undefined && !valid(spec.lostRate))) throw invalidQuery('Fault rates must be numbers from 0 to 1.');
    if (spec.statuses !== undefined && (spec.statuses.length === 0 || spec.statuses.some((s) => s !== 429 && s !== 503))) throw invalidQuery('Fault statuses must be 429 or 503.');
    if (spec.scope !== undefined && spec.scope !== 'request' && spec.scope !== 'part') throw invalidQuery("Fault scope must be 'request' or 'part'.");
    this.rateRule = { spec, random: seeded(spec.seed ?? 1) };
  }

  /** The active rate rule, if any. */
  get rate(): FaultRateSpec | undefined {
    return this.rateRule?.spec;
  }

  /** Sets the delay applied to every SharePoint response before it is sent: fixed, or a seeded range. */
  setLatency(latency: number | LatencyRange): void {
    const range = typeof latency === 'number' ? { min: latency, max: latency } : latency;
    const valid = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n) && n >= 0;
    if (!valid(range.min) || !valid(range.max) || range.max < range.min) throw invalidQuery('Latency must be a non-negative number of milliseconds (a range needs min <= max).');
    this.latency = { min: range.min, max: range.max, seed: range.seed ?? 1 };
    this.latencyRandom = seeded(range.seed ?? 1);
  }

  /** The lower bound of the latency in milliseconds (the fixed latency when there is no range). */
  get latencyMs(): number {
    return this.latency.min;
  }

  /** The latency range (min = max for a fixed latency). */
  get latencyRange(): LatencyRange {
    return this.latency;
  }

  /** The delay for the next response: the fixed latency, or the next draw from the seeded range. */
  nextLatencyMs(): number {
    const { min, max } = this.latency;
    return max === min ? min : min + this.latencyRandom() * (max - min);
  }

  /** Removes every rule, resets latency and counters. */
  clear(): void {
    this.rules = [];
    this.rateRule = undefined;
    this.setLatency(0);
    this.served.total = 0;
    this.served.faulted = 0;
    this.served.byStatus = {};
    this.served.lost = 0;
  }

  /** Counts a request and returns the fault to answer with, if a rule matches. */
  take(method: string, pathAndQuery: string): SpError | undefined {
    this.served.total++;
    const rule = this.rules.find((r) => r.remaining > 0 && matches(r, method, pathAndQuery));
    if (rule) {
      rule.remaining--;
      this.rules = this.rules.filter((r) => r.remaining > 0);
      return this.fault(rule.status, rule.retryAfterSeconds);
    }
    return this.rateRule?.spec.scope !== 'part' ? this.drawFault(method, pathAndQuery) : undefined;
  }

  /** For a part inside a $batch: the fault to answer that part with, in rate mode with scope `part`. */
  takePart(method: string, pathAndQuery: string): SpError | undefined {
    return this.rateRule?.spec.scope === 'part' ? this.drawFault(method, pathAndQuery) : undefined;
  }

  /** Rate mode: true when this request, once applied, must lose its answer (the server drops the connection). */
  takeLost(method: string, pathAndQuery: string): boolean {
    const rule = this.rateRule;
    if (!rule || !rule.spec.lostRate || !matches(rule.spec, method, pathAndQuery) || rule.random() >= rule.spec.lostRate) return false;
    this.served.lost++;
    return true;
  }

  private drawFault(method: string, pathAndQuery: string): SpError | undefined {
    const rule = this.rateRule;
    if (!rule || !matches(rule.spec, method, pathAndQuery) || rule.random() >= rule.spec.rate) return undefined;
    const statuses = rule.spec.statuses ?? [429, 503];
    return this.fault(statuses[Math.floor(rule.random() * statuses.length)], rule.spec.retryAfterSeconds);
  }

  private fault(status: 429 | 503, retryAfterSeconds: number | undefined): SpError {
    this.served.faulted++;
    this.served.byStatus[status] = (this.served.byStatus[status] ?? 0) + 1;
    const retryAfter = String(retryAfterSeconds ?? 1);
    return status === 429
      ? new SpError(429, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
        'The request has been throttled. Please try again later.', { 'Retry-After': retryAfter })
      : new SpError(503, '-2147024891, Microsoft.SharePoint.SPServiceUnavailableException',
        'The service is temporarily unavailable. Please try again later.', { 'Retry-After': retryAfter });
  }
}

function matches(rule: { method?: string; pathContains?: string }, method: string, pathAndQuery: string): boolean {
  const target = pathAndQuery.toLowerCase();
  return (!rule.method || rule.method.toUpperCase() === method.toUpperCase())
    && (!rule.pathContains || target.includes(rule.pathContains.toLowerCase()) || safeDecode(target).includes(rule.pathContains.toLowerCase()));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
