import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import type { GovernanceError } from '../../core/errors';
import { toGovernanceError } from '../errors/toGovernanceError';
import type { RowResult } from './types';

/** SharePoint accepts at most 100 operations in one `$batch` request. */
export const MAX_BATCH_SIZE = 100;

/** A row ready to send: its position in the caller's input and what to send. */
export interface BatchRow<P> {
  readonly index: number;
  readonly payload: P;
}

/**
 * Sends `rows` in `$batch` requests of at most 100, starting each row's request on the batched root with `send`
 * (which must start the request synchronously, as PnPjs methods do). Writes each outcome to `results[index]`.
 * A failed row never stops the others; if a whole batch fails (e.g. throttled past the retries), every row of that
 * batch gets the batch's error, since PnPjs never settles the rows of a batch whose request failed.
 */
export async function runInBatches<P, R>(
  sp: SPFI,
  rows: readonly BatchRow<P>[],
  send: (batched: SPFI, row: BatchRow<P>) => Promise<R>,
  results: RowResult<R>[],
  onRowError: (index: number, error: GovernanceError) => void
): Promise<void> {
  for (let start = 0; start < rows.length; start += MAX_BATCH_SIZE) {
    const chunk = rows.slice(start, start + MAX_BATCH_SIZE);
    const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_SIZE });
    const settled = chunk.map((row) =>
      send(batched, row).then(
        (item) => {
          results[row.index] = { index: row.index, ok: true, item };
        },
        (reason: unknown) => {
          const error = toGovernanceError(reason);
          results[row.index] = { index: row.index, ok: false, error };
          onRowError(row.index, error);
        }
      )
    );
    try {
      await execute();
      await Promise.all(settled);
    } catch (reason) {
      const error = toGovernanceError(reason);
      for (const row of chunk) {
        if (results[row.index] === undefined) {
          results[row.index] = { index: row.index, ok: false, error };
          onRowError(row.index, error);
        }
      }
    }
  }
}
