import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import type { AccessFigureDetail, AccessRegionFigures, StaleGroupReason } from '../../../core/accessReviews';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { useStableId } from '../../../ui/useStableId';
import { format } from '../../../ui/format';
import { formatPercent } from '../../../ui/scorecard/scorecardTypes';
import { tableStyles } from '../../../ui/scorecard/tableStyles';
import { useFiguresSource } from './useFiguresSource';
import type { IAccessFiguresSource } from '../services/IAccessFiguresSource';

type Figure = AccessFigureDetail['figure'];

const FIGURES: readonly { readonly key: Figure; readonly label: () => string }[] = [
  { key: 'overdueReviews', label: () => strings.AccessOverdueReviews },
  { key: 'openViolations', label: () => strings.AccessOpenViolations },
  { key: 'staleGroups', label: () => strings.AccessStaleGroups }
];

const STALE_TEXT: Readonly<Record<StaleGroupReason, () => string>> = {
  noOwner: () => strings.AccessStaleNoOwner,
  singleOwner: () => strings.AccessStaleSingleOwner,
  guestsWithoutSponsor: () => strings.AccessStaleGuestsWithoutSponsor,
  noInventoryRecord: () => strings.AccessStaleNoInventoryRecord
};

/** What a drill-down line says after its subject: the detail text, or the stale reasons in the reader's language. */
function detailText(detail: AccessFigureDetail): string {
  const text = detail.reasons && detail.reasons.length > 0 ? detail.reasons.map((r) => STALE_TEXT[r]()).join(', ') : detail.detail;
  return text ? ` (${text})` : '';
}

function regionName(region: string): string {
  return region === '' ? strings.AccessNoRegion : region;
}

/**
 * Access reviews in the scorecard: per region, completion of the active campaigns, overdue reviews, open SoD
 * violations and stale groups; each non-zero count opens the list of what it counts (the drill-down). Loaded after
 * the health figures, so it never delays them.
 */
export function AccessFiguresSection(props: { source: IAccessFiguresSource; shared: IGovernanceSuiteStrings; region?: string }): React.ReactElement {
  const { source, shared, region } = props;
  const css = tableStyles(useTheme());
  const { state: loaded, retry } = useFiguresSource(source);
  const [open, setOpen] = React.useState<{ region: string; figure: Figure } | undefined>(undefined);
  const titleId = useStableId('scorecard-access-title');

  // A region's scorecard shows its own row only.
  const regions = loaded.status === 'ready' ? loaded.figures.regions.filter((r) => region === undefined || r.region === region) : [];
  let body: React.ReactElement;
  if (loaded.status === 'loading') body = <ProgressIndicator label={strings.AccessLoading} />;
  else if (loaded.status === 'error') body = <ErrorMessageBar kind={loaded.kind} strings={shared} onRetry={retry} />;
  else if (regions.length === 0) body = <Text block>{strings.AccessNone}</Text>;
  else {
    const details = open ? loaded.figures.details.filter((d) => d.region === open.region && d.figure === open.figure) : [];
    const openLabel = open ? `${FIGURES.find((f) => f.key === open.figure)?.label() ?? ''}: ${regionName(open.region)}` : '';
    body = (
      <>
        <table className={css.table} data-access-figures="">
          <caption className={css.caption}>{strings.AccessCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={css.th}>{strings.KindRegion}</th>
              <th scope="col" className={`${css.th} ${css.num}`}>{strings.AccessCompletion}</th>
              {FIGURES.map((f) => <th key={f.key} scope="col" className={`${css.th} ${css.num}`}>{f.label()}</th>)}
            </tr>
          </thead>
          <tbody>
            {regions.map((row: AccessRegionFigures) => (
              <tr key={row.region} data-region={row.region}>
                <th scope="row" className={css.rowHeader}>{regionName(row.region)}</th>
                <td className={`${css.td} ${css.num}`}>{formatPercent(row.completion, shared.Scorecard.NotApplicable)}</td>
                {FIGURES.map((f) => {
                  const count = row[f.key];
                  const label = format(strings.AccessShow, f.label(), regionName(row.region));
                  return (
                    <td key={f.key} className={`${css.td} ${css.num}`} data-figure={f.key}>
                      {count > 0 ? <Link onClick={() => setOpen({ region: row.region, figure: f.key })} aria-label={`${count} ${label}`}>{count}</Link> : count}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {open && (
          <section aria-label={openLabel} data-access-detail="">
            <Text as="h4" variant="mediumPlus" block>{openLabel}</Text>
            <ul>
              {details.map((d, i) => <li key={i}><strong>{d.subject}</strong>{detailText(d)}</li>)}
            </ul>
            <Link onClick={() => setOpen(undefined)}>{strings.AccessCloseDetail}</Link>
          </section>
        )}
      </>
    );
  }
  return (
    <section aria-labelledby={titleId} style={{ marginTop: 16 }}>
      <Text as="h3" variant="large" id={titleId} block>{strings.AccessTitle}</Text>
      {body}
    </section>
  );
}
