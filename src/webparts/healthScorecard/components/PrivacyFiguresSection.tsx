import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import { PRIVACY_FIGURES, type PrivacyFigure, type PrivacyFigures, type PrivacyFlaggedRecord, type PrivacyScopeFigures } from '../../../core/privacy/privacyFigures';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { format, formatDate } from '../../../ui/format';
import type { ScorecardScope } from '../../../ui/scorecard/scorecardTypes';
import { tableStyles } from '../../../ui/scorecard/tableStyles';
import { useStableId } from '../../../ui/useStableId';
import { useFiguresSource } from './useFiguresSource';
import type { IPrivacyFiguresSource } from '../services/IPrivacyFiguresSource';

const LABEL: Readonly<Record<PrivacyFigure, () => string>> = {
  missingLegalBasis: () => strings.PrivacyMissingLegalBasis,
  overdueReview: () => strings.PrivacyOverdueReview,
  dpiaMissing: () => strings.PrivacyDpiaMissing,
  dpiaNotValidated: () => strings.PrivacyDpiaNotValidated
};

/** The rows a scope shows: the organisation's regions, a region's missions, or the one mission. */
function rowsFor(figures: PrivacyFigures, scope: ScorecardScope): { rows: readonly PrivacyScopeFigures[]; byMission: boolean } {
  if (scope.kind === 'region') return { rows: figures.missions.filter((m) => m.region === scope.value), byMission: true };
  if (scope.kind === 'mission') return { rows: figures.missions.filter((m) => m.mission === scope.value), byMission: true };
  return { rows: figures.regions, byMission: false };
}

const nameOf = (row: PrivacyScopeFigures, byMission: boolean): string => (byMission ? row.mission : row.region) || strings.PrivacyNoScope;

function inRow(record: PrivacyFlaggedRecord, row: PrivacyScopeFigures, byMission: boolean): boolean {
  return record.region === row.region && (!byMission || record.mission === row.mission);
}

/** After a drill-down record's title: its mission, and for an overdue review the date it was due. */
function recordDetail(record: PrivacyFlaggedRecord, figure: PrivacyFigure): string {
  const parts = [record.mission || strings.PrivacyNoScope];
  if (figure === 'overdueReview') parts.push(record.reviewDate ? format(strings.PrivacyReviewDue, formatDate(record.reviewDate, '')) : strings.PrivacyNoReviewDate);
  return ` (${parts.join(', ')})`;
}

/**
 * The records of processing in the scorecard (issue 17 part 5): per region (per mission in a region's or a mission's
 * scorecard), the records without a legal basis, with an overdue review, needing a DPIA that is not recorded, and
 * whose DPIAs are none of them validated;
 * each non-zero count opens the records it counts. Loaded after the health figures, so it never delays them.
 */
export function PrivacyFiguresSection(props: { source: IPrivacyFiguresSource; shared: IGovernanceSuiteStrings; scope: ScorecardScope }): React.ReactElement {
  const { source, shared, scope } = props;
  const css = tableStyles(useTheme());
  const { state: loaded, retry } = useFiguresSource(source);
  const [open, setOpen] = React.useState<{ row: PrivacyScopeFigures; figure: PrivacyFigure } | undefined>(undefined);
  const titleId = useStableId('scorecard-privacy-title');

  let body: React.ReactElement;
  if (loaded.status === 'loading') body = <ProgressIndicator label={strings.PrivacyLoading} />;
  else if (loaded.status === 'error') body = <ErrorMessageBar kind={loaded.kind} strings={shared} onRetry={retry} />;
  else {
    const { rows, byMission } = rowsFor(loaded.figures, scope);
    if (rows.length === 0) body = <Text block>{strings.PrivacyNone}</Text>;
    else {
      const details = open ? loaded.figures.flagged.filter((r) => r.figures.includes(open.figure) && inRow(r, open.row, byMission)) : [];
      const openLabel = open ? `${LABEL[open.figure]()}: ${nameOf(open.row, byMission)}` : '';
      body = (
        <>
          <table className={css.table} data-privacy-figures="">
            <caption className={css.caption}>{format(strings.PrivacyCaption, byMission ? strings.PrivacyByMission : strings.PrivacyByRegion)}</caption>
            <thead>
              <tr>
                <th scope="col" className={css.th}>{byMission ? strings.KindMission : strings.KindRegion}</th>
                <th scope="col" className={`${css.th} ${css.num}`}>{strings.PrivacyRecords}</th>
                {PRIVACY_FIGURES.map((f) => <th key={f} scope="col" className={`${css.th} ${css.num}`}>{LABEL[f]()}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const name = nameOf(row, byMission);
                return (
                  <tr key={`${row.region}/${row.mission ?? ''}`} data-scope={name}>
                    <th scope="row" className={css.rowHeader}>{name}</th>
                    <td className={`${css.td} ${css.num}`}>{row.records}</td>
                    {PRIVACY_FIGURES.map((f) => {
                      const count = row[f];
                      return (
                        <td key={f} className={`${css.td} ${css.num}`} data-figure={f}>
                          {count > 0 ? <Link onClick={() => setOpen({ row, figure: f })} aria-label={`${count} ${format(strings.PrivacyShow, LABEL[f](), name)}`}>{count}</Link> : count}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {open && (
            <section aria-label={openLabel} data-privacy-detail="">
              <Text as="h4" variant="mediumPlus" block>{openLabel}</Text>
              <ul>
                {details.map((r) => <li key={r.id}><strong>{r.title}</strong>{recordDetail(r, open.figure)}</li>)}
              </ul>
              <Link onClick={() => setOpen(undefined)}>{strings.PrivacyCloseDetail}</Link>
            </section>
          )}
        </>
      );
    }
  }
  return (
    <section aria-labelledby={titleId} style={{ marginTop: 16 }}>
      <Text as="h3" variant="large" id={titleId} block>{strings.PrivacyTitle}</Text>
      {body}
    </section>
  );
}
