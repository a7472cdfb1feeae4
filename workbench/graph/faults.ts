/**
 * Fault injection for the Graph emulator, as the SharePoint emulator has: the next N matching requests answer 429
 * or 503 with Retry-After, top-level or inside a `$batch` (a sub-response), plus latency. Every request and batch
 * sub-request is logged, so tests can assert what was sent and retried.
 */
export interface GraphFaultSpec {
  readonly status: 429 | 503;
  readonly count: number;
  /** Retry-After in seconds (default 1; 0 for fast tests). */
  readonly retryAfterSeconds?: number;
  /** Only requests whose path+query contains this text (case-insensitive, decoded). */
  readonly pathContains?: string;
  readonly method?: string;
  /** true: only batch sub-requests; false: only top-level requests; default both. */
  readonly inBatch?: boolean;
}

export interface GraphServed {
  /** `METHOD /path?query` per top-level request, `batch: METHOD /url` per sub-request. */
  readonly log: string[];
  batches: number;
  faulted: number;
}

interface ActiveFault extends GraphFaultSpec {
  remaining: number;
}

export class GraphFaults {
  private rules: ActiveFault[] = [];
  private latency = 0;
  public readonly served: GraphServed = { log: [], batches: 0, faulted: 0 };

  public inject(spec: GraphFaultSpec): void {
    if (spec.status !== 429 && spec.status !== 503) throw new Error('Fault status must be 429 or 503.');
    if (!Number.isInteger(spec.count) || spec.count < 1) throw new Error('Fault count must be a positive integer.');
    this.rules.push({ ...spec, remaining: spec.count });
  }

  public setLatency(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error('Latency must be a non-negative number of milliseconds.');
    this.latency = ms;
  }

  public get latencyMs(): number {
    return this.latency;
  }

  public clear(): void {
    this.rules = [];
    this.latency = 0;
    this.served.log.length = 0;
    this.served.batches = 0;
    this.served.faulted = 0;
  }

  /** Logs a request and returns the fault to answer with, if a rule matches. */
  public take(method: string, pathAndQuery: string, inBatch: boolean): { status: 429 | 503; retryAfter: string } | undefined {
    this.served.log.push(`${inBatch ? 'batch: ' : ''}${method} ${safeDecode(pathAndQuery)}`);
    const target = safeDecode(pathAndQuery).toLowerCase();
    const rule = this.rules.find((r) => r.remaining > 0 && (r.inBatch === undefined || r.inBatch === inBatch)
      && (!r.method || r.method.toUpperCase() === method.toUpperCase()) && (!r.pathContains || target.includes(r.pathContains.toLowerCase())));
    if (!rule) return undefined;
    rule.remaining--;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    this.served.faulted++;
    return { status: rule.status, retryAfter: String(rule.retryAfterSeconds ?? 1) };
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
