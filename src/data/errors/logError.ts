import type { GovernanceError } from '../../core/errors';

/** Where data services report failures before rethrowing them. `source` names the service and operation. */
export type DataErrorLog = (source: string, error: GovernanceError) => void;

/** Default log: one console line with the source tag, kind and status (the UI shows the user-facing message). */
export const consoleErrorLog: DataErrorLog = (source, error) => {
  // The data layer has no other sink; web parts may pass their own log.
  console.warn(`[${source}] ${error.kind}${error.status !== undefined ? ` (${error.status})` : ''}: ${error.message}`);
};
