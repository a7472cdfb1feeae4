/**
 * What the file imports that write in rounds share (the rollout kit's records, quality measurements): which
 * failures are final, the back-off between rounds, the cancellable wait and a failure as report issues.
 */
import type { FieldIssue, GovernanceError, GovernanceErrorKind } from '../../core/errors';
import { delay } from '../sp/retryUnapplied';

/** Refusals that sending again cannot change: the row is reported failed with the reason. */
export const PERMANENT_FAILURES: readonly GovernanceErrorKind[] = ['Validation', 'Conflict', 'NotFound', 'Forbidden', 'Unauthorized', 'ThresholdExceeded'];

/** Wait before round `round` (>= 2): 1 s doubled each round, at most 30 s. */
export function defaultBackoff(round: number): number {
  return Math.min(30000, 1000 * 2 ** (round - 2));
}

/** Waits `ms`, or less when `signal` aborts (a cancel never waits out a back-off). */
export function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return delay(ms, signal);
}

/** A server failure as a report row's issues: its own located issues, else one `server<Kind>` issue. */
export function failureIssues(error: GovernanceError): readonly FieldIssue[] {
  return error.issues.length > 0 ? error.issues : [{ field: '', code: `server${error.kind}`, message: error.message }];
}
