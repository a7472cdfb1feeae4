import { GovernanceError } from '../../core/errors';

/** Marks a continuation the planner wrote (ID-range paging); anything else is SharePoint's own `odata.nextLink`. */
const PREFIX = 'idrange:';

/**
 * Where ID-range paging stands. Ranges run from the top ID down (newest first) or from 1 up; `cursor` is the next
 * unread ID bound: descending, every unread item has `Id < cursor`; ascending, `Id >= cursor`. `top` is the highest
 * ID when the pass began (items added since then appear on a fresh first page). `bucket` indexes the sort values
 * when a sort on a column with few values is served one value at a time.
 */
export interface RangeCursor {
  readonly cursor: number;
  readonly top: number;
  readonly bucket: number;
}

/** Whether a continuation is the planner's rather than SharePoint's. */
export function isRangeContinuation(continuation: string | undefined): continuation is string {
  return continuation !== undefined && continuation.startsWith(PREFIX);
}

/** `idrange:<cursor>.<top>.<bucket>`: short, readable in a URL, and only whole numbers. */
export function encodeRangeCursor(state: RangeCursor): string {
  return `${PREFIX}${state.cursor}.${state.top}.${state.bucket}`;
}

/** The cursor a continuation encodes; a tampered or foreign value fails as Validation before anything is sent. */
export function decodeRangeCursor(continuation: string): RangeCursor {
  const match = /^(\d{1,10})\.(\d{1,10})\.(\d{1,4})$/.exec(continuation.slice(PREFIX.length));
  if (!continuation.startsWith(PREFIX) || match === null) {
    const message = 'The continuation is not one this list wrote.';
    throw new GovernanceError('Validation', message, { issues: [{ field: 'continuation', code: 'invalidContinuation', message }] });
  }
  return { cursor: Number(match[1]), top: Number(match[2]), bucket: Number(match[3]) };
}
