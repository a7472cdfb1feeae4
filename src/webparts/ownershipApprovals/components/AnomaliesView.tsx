import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { OwnershipAnomaly, StoredStatusAnomaly } from '../../../core/ownership';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { format } from '../../../ui/format';
import { flagReasonText, formatDay } from '../../../ui/ownership/ownershipLabels';
import type { IOwnershipApprovalsService, RecomputeSummary } from '../services/IOwnershipApprovalsService';
import { PersonPersona } from '../../../ui/people/PersonPersona';
import { StatusAnomaliesTable } from './StatusAnomaliesTable';

/** Props of {@link AnomaliesView}. */
export interface IAnomaliesViewProps {
  anomalies: readonly OwnershipAnomaly[];
  /** Records whose stored status disagrees with their decisions. */
  statusAnomalies: readonly StoredStatusAnomaly[];
  service: IOwnershipApprovalsService;
  /** Called after a recompute so the queue and anomalies reload. */
  onRecomputed: () => void;
  strings: IGovernanceSuiteStrings;
}

const css = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { textAlign: 'left', padding: '4px 8px', verticalAlign: 'top', borderBottom: '1px solid', borderColor: 'inherit' }
});

/**
 * The governance leads' view: decisions that do not count (never applied, listed so someone follows up), records
 * whose stored status disagrees with their decisions, and the "Recompute ownership statuses" job that repairs those.
 */
export function AnomaliesView(props: IAnomaliesViewProps): React.ReactElement {
  const { anomalies, statusAnomalies, service, onRecomputed, strings } = props;
  const s = ownershipStrings;
  const [progress, setProgress] = React.useState<{ checked: number; total: number } | undefined>();
  const [summary, setSummary] = React.useState<RecomputeSummary | undefined>();
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>();
  const running = progress !== undefined;

  const recompute = (): void => {
    setSummary(undefined);
    setError(undefined);
    setProgress({ checked: 0, total: 0 });
    service.recomputeAll((checked, total) => setProgress({ checked, total })).then(
      (done) => {
        setProgress(undefined);
        setSummary(done);
        onRecomputed();
      },
      (e: unknown) => {
        setProgress(undefined);
        setError(errorKindOf(e));
      }
    );
  };
  const notSet = strings.NotSet;

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <DefaultButton text={s.Recompute} iconProps={{ iconName: 'Sync' }} disabled={running} onClick={recompute} />
        <Text>{s.RecomputeHint}</Text>
      </Stack>
      {progress && (
        <ProgressIndicator
          label={s.Recompute}
          description={format(s.RecomputeProgress, progress.checked, progress.total)}
          percentComplete={progress.total > 0 ? progress.checked / progress.total : undefined}
        />
      )}
      <div role="status" aria-live="polite">
        {summary && (
          <MessageBar messageBarType={summary.failed > 0 ? MessageBarType.warning : MessageBarType.success}>
            {format(s.RecomputeDone, summary.checked, summary.changed, summary.failed, summary.reattestationsRaised)}
          </MessageBar>
        )}
      </div>
      {error && <ErrorMessageBar kind={error} strings={strings} onRetry={recompute} />}
      <StatusAnomaliesTable anomalies={statusAnomalies} recordUrl={(id) => service.recordUrl(id)} strings={strings} />
      <Text as="h3" variant="large">{s.DecisionAnomaliesTitle}</Text>
      <Text as="p">{s.AnomaliesIntro}</Text>
      {anomalies.length === 0 ? (
        <Text as="p">{s.EmptyAnomalies}</Text>
      ) : (
        <table className={css.table} aria-label={s.AnomaliesTableLabel}>
          <thead>
            <tr>
              {[s.ColumnAsset, s.ColumnDecision, s.ColumnMadeBy, s.ColumnNominee, s.ColumnRequester, s.ColumnDate, s.ColumnReason].map((name) => (
                <th key={name} scope="col" className={css.cell}>{name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {anomalies.map(({ decision, request, reason }) => (
              <tr key={decision.id}>
                <th scope="row" className={css.cell}>{decision.asset?.title ?? request?.asset.title ?? decision.title}</th>
                <td className={css.cell}>{decision.decision === 'Approve' ? s.DecisionApprove : s.DecisionDecline}</td>
                <td className={css.cell}>{decision.author?.title ?? notSet}</td>
                <td className={css.cell}>{request?.nominee ? <PersonPersona person={request.nominee} compact /> : notSet}</td>
                <td className={css.cell}>{request?.requester ? <PersonPersona person={request.requester} compact /> : notSet}</td>
                <td className={css.cell}>{formatDay(decision.created, notSet)}</td>
                <td className={css.cell}>{flagReasonText(reason, s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Stack>
  );
}
