import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import type { ReviewedItem } from '../../../core/accessReviews';
import { codeText, format, formatDay, formatNumber } from './accessText';
import { useTableCss } from './tableStyles';

/** Props of {@link CampaignItemsTable}. */
export interface ICampaignItemsTableProps {
  reviewed: readonly ReviewedItem[];
  /** Removal rows a lead may mark applied (closed campaign, no Graph removal): they get a checkbox. */
  selectable: (row: ReviewedItem) => boolean;
  selected: ReadonlySet<number>;
  onSelect: (itemId: number, selected: boolean) => void;
  strings: IAccessReviewsStrings;
  locale?: string;
}

/** Every item of a campaign: who, what, the reviewer, the decision or outcome and where it came from, and how many decisions did not count. */
export function CampaignItemsTable(props: ICampaignItemsTableProps): React.ReactElement {
  const { reviewed, selectable, selected, onSelect, strings, locale } = props;
  const css = useTableCss();
  const headers = [strings.ColumnSelect, strings.ColumnPrincipal, strings.ColumnResource, strings.ColumnEntitlement, strings.ColumnReviewer, strings.ColumnOutcome, strings.ColumnSource, strings.ColumnIgnored];
  return (
    <table className={css.table} data-testid="campaign-items">
      <caption className={css.caption}>{strings.ItemsCaption}</caption>
      <thead>
        <tr>{headers.map((h) => <th key={h} scope="col" className={css.cell}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {reviewed.map((row) => {
          const { item, state, outcome, source } = row;
          const decided = outcome ?? state.decision?.decision;
          return (
            <tr key={item.id}>
              <td className={css.cell}>
                {selectable(row) && (
                  <Checkbox checked={selected.has(item.id)} onChange={(_e, c) => onSelect(item.id, c === true)} ariaLabel={format(strings.SelectRow, format(strings.RowLabel, item.principalName, item.resourceName, codeText(strings.EntitlementNames, item.entitlement)))} />
                )}
              </td>
              <th scope="row" className={css.cell}>{item.principalName}{item.principalEmail ? ` (${item.principalEmail})` : ''}</th>
              <td className={css.cell}>{item.resourceName}</td>
              <td className={css.cell}>{codeText(strings.EntitlementNames, item.entitlement)}</td>
              <td className={css.cell}>{state.expectedReviewer?.title ?? strings.NobodyCanDecide}</td>
              <td className={css.cell}>
                {decided ? codeText(strings.Decisions, decided) : strings.Undecided}
                {item.appliedOn ? ` · ${format(strings.AppliedOn, formatDay(item.appliedOn, strings, locale))}` : ''}
              </td>
              <td className={css.cell}>{codeText(strings.OutcomeSources, source)}</td>
              <td className={css.cell}>{formatNumber(state.ignored.length, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
