import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Text } from '@fluentui/react/lib/Text';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { DirectoryGroup } from '../../../graph/directory/types';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { FlagTag } from '../../../ui/FlagTag';
import { errorKindOf } from '../../../ui/errorText';
import type { IAccessReviewService, StaleGroupRow } from '../services/IAccessReviewService';
import { codeText, format, formatNumber, runTask } from './accessText';
import { useTableCss } from './tableStyles';

/** Props of {@link StaleGroupsView}. */
export interface IStaleGroupsViewProps {
  service: IAccessReviewService;
  /** "Start a review": opens the New campaign panel scoped to the group. */
  onReview: (group: DirectoryGroup) => void;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
  locale?: string;
}

/** Groups nobody is accountable for (no or one owner, unsponsored guests, no inventory record), each with "Start a review". */
export function StaleGroupsView(props: IStaleGroupsViewProps): React.ReactElement {
  const { service, onReview, strings, shared, locale } = props;
  const [rows, setRows] = React.useState<StaleGroupRow[] | undefined>(undefined);
  const [progress, setProgress] = React.useState<{ done: number; total: number }>({ done: 0, total: 0 });
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  const css = useTableCss();

  const load = React.useCallback(async (): Promise<void> => {
    setError(undefined);
    setRows(undefined);
    try {
      setRows(await service.staleGroups((done, total) => setProgress({ done, total })));
    } catch (e: unknown) {
      setError(errorKindOf(e));
    }
  }, [service]);
  React.useEffect(() => runTask(load()), [load]);

  if (error) return <ErrorMessageBar kind={error} strings={shared} onRetry={() => runTask(load())} />;
  if (!rows) {
    const text = format(strings.ReadingGroups, formatNumber(progress.done, locale), formatNumber(progress.total, locale));
    return (
      <div aria-live="polite">
        <ProgressIndicator label={strings.Loading} description={text} percentComplete={progress.total > 0 ? progress.done / progress.total : undefined} />
      </div>
    );
  }
  if (rows.length === 0) return <Text block>{strings.NoStaleGroups}</Text>;
  const n = (value: number): string => formatNumber(value, locale);
  return (
    <table className={css.table}>
      <caption className={css.caption}>{format(strings.StaleGroupsCaption, n(rows.length))}</caption>
      <thead>
        <tr>
          {[strings.ColumnGroup, strings.ColumnOwners, strings.ColumnGuests, strings.ColumnUnsponsored, strings.ColumnLinkedRecords, strings.ColumnReasons, strings.ColumnActions].map((h) => (
            <th key={h} scope="col" className={css.cell}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.group.id} data-testid="stale-group-row">
            <th scope="row" className={css.cell}>
              {row.group.displayName}
              {row.group.isTeam && <FlagTag text={strings.TeamBadge} kind="info" />}
            </th>
            <td className={css.cell}>{n(row.ownerCount)}</td>
            <td className={css.cell}>{n(row.guestCount)}</td>
            <td className={css.cell}>{n(row.guestsWithoutSponsor)}</td>
            <td className={css.cell}>{n(row.linkedRecords)}</td>
            <td className={css.cell}>
              <ul style={{ margin: 0, paddingLeft: 16 }}>{row.reasons.map((r) => <li key={r}>{codeText(strings.StaleReasons, r)}</li>)}</ul>
            </td>
            <td className={css.cell}>
              <DefaultButton text={strings.StartReview} ariaLabel={`${strings.StartReview}: ${row.group.displayName}`} onClick={() => onReview(row.group)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
