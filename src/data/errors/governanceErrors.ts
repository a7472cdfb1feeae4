import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { toGovernanceError } from './toGovernanceError';

/** The symbol under which Queryable keeps its promise's reject (used the same way by PnPjs's `RejectOnError`). */
const QUERYABLE_REJECT = Symbol.for('Queryable_Reject');

/**
 * PnPjs behaviour: every request made through the configured `spfi` rejects with a `GovernanceError`, so no caller
 * ever sees a raw `HttpRequestError`. Apply it last: it replaces the `RejectOnError` observer that `DefaultInit` /
 * `SPFx` register (a second observer would reject first with the raw error).
 */
export function GovernanceErrors(): TimelinePipe<Queryable<unknown>> {
  return (instance: Queryable<unknown>) => {
    instance.on.error.replace(function (this: unknown, error: string | Error): void {
      // `emit` is protected and typed by moment name only; the reject moment is keyed by an internal symbol.
      const emit = (this as { emit: Record<symbol, (reason: unknown) => void> }).emit;
      emit[QUERYABLE_REJECT](toGovernanceError(error));
    });
    return instance;
  };
}
