import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Stack } from '@fluentui/react/lib/Stack';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'HealthScorecardWebPartStrings';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { ScorecardAggregate } from '../../../core/scorecard';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { format, formatDate } from '../../../ui/format';
import type { IScorecardService } from '../services/IScorecardService';

/** Props of {@link LeadActions}. */
export interface ILeadActionsProps {
  service: IScorecardService;
  /** Every scope's figures now: what a snapshot stores. */
  aggregate: ScorecardAggregate;
  /** Today's date (ISO), the snapshot's date. */
  today: string;
  shared: IGovernanceSuiteStrings;
  onSnapshotTaken: () => void;
}

type ActionState =
  | { readonly status: 'idle' }
  | { readonly status: 'busy'; readonly label: string; readonly done?: number; readonly total?: number }
  | { readonly status: 'done'; readonly message: string }
  | { readonly status: 'error'; readonly kind: GovernanceErrorKind };

/** Actions for governance leads only: take a snapshot now, and recompute stale stored scores (with progress). */
export function LeadActions(props: ILeadActionsProps): React.ReactElement {
  const { service, aggregate, today, shared, onSnapshotTaken } = props;
  const [state, setState] = React.useState<ActionState>({ status: 'idle' });
  const live = React.useRef(true);
  React.useEffect(() => () => {
    live.current = false;
  }, []);
  const busy = state.status === 'busy';
  const spacing = useTheme().spacing;

  const takeSnapshot = (): void => {
    setState({ status: 'busy', label: strings.SnapshotSaving });
    service.takeSnapshot(aggregate, today).then(
      (written) => {
        if (!live.current) return;
        setState({ status: 'done', message: format(strings.SnapshotSaved, formatDate(today, today), written) });
        onSnapshotTaken();
      },
      (error: unknown) => live.current && setState({ status: 'error', kind: errorKindOf(error) })
    );
  };

  const recompute = (): void => {
    setState({ status: 'busy', label: format(strings.RecomputeReading, 0, 0) });
    service
      .recomputeHealth((stage, done, total) => {
        if (live.current) {
          setState({ status: 'busy', label: format(stage === 'reading' ? strings.RecomputeReading : strings.RecomputeSaving, done, total), done, total });
        }
      })
      .then(
        (result) => {
          if (!live.current) return;
          // The scorecard's own figures are scored live, so nothing on screen changes: only the stored columns the
          // inventory filters on were refreshed.
          setState({ status: 'done', message: format(strings.RecomputeDone, result.checked, result.stale, result.updated, result.conflicts, result.failed) });
        },
        (error: unknown) => live.current && setState({ status: 'error', kind: errorKindOf(error) })
      );
  };

  return (
    // The block's own margin keeps the buttons and their messages clear of the toolbar above and the tiles below.
    <div data-noprint="" data-lead-actions="" style={{ margin: `${spacing.s1} 0 ${spacing.l1}` }}>
      <Stack horizontal wrap tokens={{ childrenGap: spacing.s1 }}>
        <DefaultButton iconProps={{ iconName: 'Camera' }} text={strings.TakeSnapshot} onClick={takeSnapshot} disabled={busy} />
        <DefaultButton iconProps={{ iconName: 'Refresh' }} text={strings.Recompute} onClick={recompute} disabled={busy} />
      </Stack>
      {state.status === 'busy' && (
        <ProgressIndicator
          label={state.label}
          percentComplete={state.total ? Math.min(1, (state.done ?? 0) / state.total) : undefined}
        />
      )}
      {state.status === 'done' && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setState({ status: 'idle' })} dismissButtonAriaLabel={shared.Close}>
          {state.message}
        </MessageBar>
      )}
      {state.status === 'error' && <ErrorMessageBar kind={state.kind} strings={shared} />}
    </div>
  );
}
