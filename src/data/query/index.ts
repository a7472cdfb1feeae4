/** The query planner: every list read of the suite that may meet the list view threshold goes through here. */
export { orderClauses, planFilter } from './planFilter';
export { clauseRank, ClauseRank, isIndexedColumn } from './selectivity';
export { pagePlanned, type PlannedPageQuery } from './pagePlanned';
export { readAll, readByRanges, readNarrowed, readPlanned, READ_PAGE, type FullReadQuery } from './readMatching';
export { sortNeedsNarrowingFilter } from './sortPasses';
export { ID_RANGE, mapLimited, topId } from './idRanges';
export { decodeRangeCursor, encodeRangeCursor, isRangeContinuation, type RangeCursor } from './continuation';
