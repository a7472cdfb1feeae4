import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { ScopeAggregate } from '../../core/scorecard';
import { format } from '../format';
import { ScoreCell } from './ScoreCell';
import { tableStyles } from './tableStyles';

/** Sortable columns of the scope table. */
export type ScopeSortKey = 'name' | 'count' | 'score' | 'maturity';

/** Props of {@link ScopeTable}. */
export interface IScopeTableProps {
  caption: string;
  rows: readonly ScopeAggregate[];
  strings: IGovernanceSuiteStrings;
  /** Opens the records behind a row. */
  onOpen: (row: ScopeAggregate) => void;
}

/** Column widths under the table's fixed layout: names on one or two lines, the score badge and maturity level whole. */
const COLUMN_WIDTHS: Record<ScopeSortKey, string> = { name: '38%', count: '14%', score: '24%', maturity: '24%' };

/** Empty scopes (no score) always sort last, whatever the direction. */
function compareRows(a: ScopeAggregate, b: ScopeAggregate, key: ScopeSortKey): number {
  if (key === 'name') {
    return a.value.localeCompare(b.value);
  }
  if (key === 'count') {
    return a.count - b.count;
  }
  const av = key === 'score' ? a.meanScore : a.maturity;
  const bv = key === 'score' ? b.meanScore : b.maturity;
  return (av ?? -1) - (bv ?? -1);
}

/** Scores of child scopes (regions or missions) as a real, sortable table; the name opens the records. */
export function ScopeTable(props: IScopeTableProps): React.ReactElement {
  const { caption, rows, strings, onOpen } = props;
  const s = strings.Scorecard;
  const css = tableStyles(useTheme());
  const [sort, setSort] = React.useState<{ key: ScopeSortKey; ascending: boolean } | undefined>();
  const sorted = React.useMemo(() => {
    if (!sort) {
      return rows;
    }
    const direction = sort.ascending ? 1 : -1;
    return [...rows].sort((a, b) => direction * compareRows(a, b, sort.key) || a.value.localeCompare(b.value));
  }, [rows, sort]);

  const header = (key: ScopeSortKey, label: string, className: string): React.ReactElement => {
    const active = sort?.key === key;
    const ariaSort = active ? (sort?.ascending ? 'ascending' : 'descending') : 'none';
    const toggle = (): void => setSort({ key, ascending: active ? !sort?.ascending : key === 'name' });
    return (
      <th scope="col" className={className} aria-sort={ariaSort} style={{ width: COLUMN_WIDTHS[key] }}>
        <button type="button" className={css.sortButton} onClick={toggle} title={format(s.SortBy, label)}>
          {label}
          <span aria-hidden="true">{active ? (sort?.ascending ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <table className={css.table}>
      <caption className={css.caption}>{caption}</caption>
      <thead>
        <tr>
          {header('name', s.ColumnName, css.th)}
          {header('count', s.ColumnRecords, `${css.th} ${css.num}`)}
          {header('score', s.ColumnScore, css.th)}
          {header('maturity', s.ColumnMaturity, css.th)}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const name = row.value || s.BlankValue;
          return (
            <tr key={row.value}>
              <th scope="row" className={css.rowHeader}>
                {row.count > 0 ? (
                  <Link onClick={() => onOpen(row)} aria-label={format(s.ShowRecords, name)}>{name}</Link>
                ) : (
                  name
                )}
              </th>
              <td className={`${css.td} ${css.num}`}>{row.count}</td>
              <td className={css.td}><ScoreCell score={row.meanScore} strings={strings} /></td>
              <td className={css.td}>
                {row.maturity === undefined ? s.NotApplicable : format(s.MaturityLevel, row.maturity, s.MaturityNames[String(row.maturity)])}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
