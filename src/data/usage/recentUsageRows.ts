/**
 * The usage tab's read: the rows of the most recent imported periods only. The tab compares the latest period with
 * the one before (users, trend, departments), so older periods, about 3,000 rows each, are never read. Rows are
 * paged newest period first on the indexed PeriodEnd with no filter, which the list view threshold lets through at
 * any size, and reading stops once the periods wanted are complete: two periods of 3,000 rows cost two requests,
 * whether the list holds 6,000 observations or 100,000.
 */
import type { Stored } from '../../core/models/common';
import type { UsageObservation } from '../../core/models/usageObservation';
import { periodKey, visibleRows } from '../../core/usage/periods';
import type { IListRepository } from '../repositories/types';

/** SharePoint's largest page. */
const PAGE = 5000;

/** Periods the tab compares: the latest and the one before. */
export const RECENT_PERIODS = 2;

/** What visibility needs (which batch of a period counts), whatever the caller selects. */
const VISIBILITY_FIELDS: readonly (keyof UsageObservation & string)[] = ['periodStart', 'periodEnd', 'importBatch', 'batchRows'];

const endOf = (row: UsageObservation): string => (row.periodEnd ?? '').slice(0, 10);

/**
 * The visible rows (see `visibleRows`) of the `periods` most recent periods that have visible rows, read with
 * `select` plus the visibility fields. A period whose only batch is incomplete (an import still running) is skipped,
 * as the tab would hide it anyway, and the next older one is read instead.
 */
export async function recentUsageRows(
  repository: IListRepository<UsageObservation>,
  select: readonly (keyof UsageObservation & string)[],
  periods: number = RECENT_PERIODS
): Promise<Stored<UsageObservation>[]> {
  const fields = Array.from(new Set([...select, ...VISIBILITY_FIELDS]));
  const rows: Stored<UsageObservation>[] = [];
  let continuation: string | undefined;
  do {
    const page = await repository.page({ select: fields, top: PAGE, orderBy: [{ field: 'periodEnd', ascending: false }, { field: 'id', ascending: true }] }, continuation);
    rows.push(...page.items);
    continuation = page.continuation;
    // Ends above the last row's are complete (rows come newest end first); stop once they hold enough periods.
    const lastEnd = rows.length > 0 ? endOf(rows[rows.length - 1]) : '';
    const complete = visibleRows(rows.filter((row) => endOf(row) > lastEnd));
    if (new Set(complete.map((row) => periodKey(row.periodStart, row.periodEnd))).size >= periods) break;
  } while (continuation !== undefined);
  return newestPeriods(visibleRows(rows), periods);
}

/** The rows of the `periods` newest periods (by end, then start), as `periodsOfRows` orders them. */
function newestPeriods<T extends UsageObservation>(rows: readonly T[], periods: number): T[] {
  const keys = Array.from(new Set(rows.map((row) => periodKey(row.periodStart, row.periodEnd))))
    .sort((a, b) => {
      const [aStart, aEnd] = a.split('|');
      const [bStart, bEnd] = b.split('|');
      return bEnd.localeCompare(aEnd) || bStart.localeCompare(aStart);
    })
    .slice(0, periods);
  const wanted = new Set(keys);
  return rows.filter((row) => wanted.has(periodKey(row.periodStart, row.periodEnd)));
}
