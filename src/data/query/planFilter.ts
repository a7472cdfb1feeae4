import type { ListDefinition } from '../../core/schema/types';
import { and, type ODataFilter } from '../odata/filter';
import { clauseRank } from './selectivity';

/**
 * The clauses in the order SharePoint should see them: the most selective indexed clause first (SharePoint seeks
 * through the first indexed clause only and checks the others on the rows it yields), clauses no index can
 * serve last. Clauses of one rank keep the caller's order, so the same filters always give the same text.
 */
export function orderClauses<T>(list: ListDefinition<T>, clauses: readonly ODataFilter[]): ODataFilter[] {
  return clauses
    .map((clause, index) => ({ clause, index, rank: clauseRank(list, clause) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.clause);
}

/** The planned `$filter`: the clauses joined with `and`, most selective first; undefined when there are none. */
export function planFilter<T>(list: ListDefinition<T>, clauses: readonly ODataFilter[]): ODataFilter | undefined {
  return clauses.length === 0 ? undefined : and(...orderClauses(list, clauses));
}
