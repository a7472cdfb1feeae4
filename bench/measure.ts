/**
 * How every timed figure is taken (issue 21 part 7): one untimed warm-up run (JIT, emulator caches, connection
 * pool), then RUNS timed runs, printed as median with min and max. Work with side effects sets up its own fresh
 * state in each run, outside the timed part.
 */

export type Row = (name: string, value: string) => void;

export const RUNS = 3;

export const METHOD = `1 untimed warm-up, then ${RUNS} timed runs; median (min-max). Emulator in this process and thread `
  + '(client and server share one CPU) except for the scorecard load figures (emulator in a worker thread, modelled '
  + 'latency); figures compare runs and changes on this machine, not tenants.';

export interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** "median 12 ms (10-15, 3 runs)". */
export function fmt(s: Stats, digits = 0): string {
  return `median ${s.median.toFixed(digits)} ms (${s.min.toFixed(digits)}-${s.max.toFixed(digits)}, ${s.runs} runs)`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

export function timedSync<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

/**
 * One untimed warm-up call of `once`, then `runs` calls. `once` times only what is measured (its own setup stays
 * outside) and returns [result, ms]; the last run's result is returned with the stats.
 */
export async function repeat<T>(once: (run: number) => Promise<[T, number]>, options: { runs?: number; warmUp?: boolean } = {}): Promise<{ stats: Stats; last: T; results: T[] }> {
  if (options.warmUp !== false) await once(0);
  const times: number[] = [];
  const results: T[] = [];
  for (let run = 1; run <= (options.runs ?? RUNS); run++) {
    const [result, ms] = await once(run);
    times.push(ms);
    results.push(result);
  }
  return { stats: stats(times), last: results[results.length - 1], results };
}

export function repeatSync<T>(once: () => [T, number], runs: number = RUNS): { stats: Stats; last: T } {
  once();
  const times: number[] = [];
  let last: T | undefined;
  for (let run = 0; run < runs; run++) {
    const [result, ms] = once();
    times.push(ms);
    last = result;
  }
  return { stats: stats(times), last: last as T };
}
