/**
 * Fault injection for resilience tests: the next N matching requests fail with 429 or 503, a Retry-After header
 * and SharePoint's error body; optional latency on every request. Counters let tests assert that a client really
 * retried. Controlled in-process (`handle.faults`) or over HTTP under `/_emulator/` for browser tests.
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

/** What the emulator has served, for assertions. */
export interface ServedCounters {
  /** SharePoint requests seen (after latency, before faults). */
  total: number;
  /** Requests answered with an injected fault. */
  faulted: number;
  /** Injected faults by status. */
  byStatus: Record<number, number>;
}

interface ActiveFault extends FaultSpec {
  remaining: number;
}

/** Controls injected faults and latency. */
export class FaultController {
  private rules: ActiveFault[] = [];
  private latency = 0;
  /** Counters since start or the last {@link clear}. */
  readonly served: ServedCounters = { total: 0, faulted: 0, byStatus: {} };

  constructor(initialLatencyMs = 0) {
    this.latency = initialLatencyMs;
  }

  /** Adds a rule; rules are consumed in the order they were injected. */
  inject(spec: FaultSpec): void {
    if (spec.status !== 429 && spec.status !== 503) throw invalidQuery('Fault status must be 429 or 503.');
    if (!Number.isInteger(spec.count) || spec.count < 1) throw invalidQuery('Fault count must be a positive integer.');
    this.rules.push({ ...spec, remaining: spec.count });
  }

  /** Sets a delay applied before every SharePoint request is answered. */
  setLatency(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw invalidQuery('Latency must be a non-negative number of milliseconds.');
    this.latency = ms;
  }

  /** Current latency in milliseconds. */
  get latencyMs(): number {
    return this.latency;
  }

  /** Removes every rule, resets latency and counters. */
  clear(): void {
    this.rules = [];
    this.latency = 0;
    this.served.total = 0;
    this.served.faulted = 0;
    this.served.byStatus = {};
  }

  /** Counts a request and returns the fault to answer with, if a rule matches. */
  take(method: string, pathAndQuery: string): SpError | undefined {
    this.served.total++;
    const target = pathAndQuery.toLowerCase();
    const rule = this.rules.find((r) => r.remaining > 0 && (!r.method || r.method.toUpperCase() === method.toUpperCase())
      && (!r.pathContains || target.includes(r.pathContains.toLowerCase()) || safeDecode(target).includes(r.pathContains.toLowerCase())));
    if (!rule) return undefined;
    rule.remaining--;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    this.served.faulted++;
    this.served.byStatus[rule.status] = (this.served.byStatus[rule.status] ?? 0) + 1;
    const retryAfter = String(rule.retryAfterSeconds ?? 1);
    return rule.status === 429
      ? new SpError(429, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
        'The request has been throttled. Please try again later.', { 'Retry-After': retryAfter })
      : new SpError(503, '-2147024891, Microsoft.SharePoint.SPServiceUnavailableException',
        'The service is temporarily unavailable. Please try again later.', { 'Retry-After': retryAfter });
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
