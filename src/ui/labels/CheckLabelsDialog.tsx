import * as React from 'react';
import * as labelStrings from 'LabelCheckStrings';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import type { GovernanceErrorKind } from '../../core/errors';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf, errorText } from '../errorText';
import { downloadCsv, fileNameFor } from '../export/download';
import { format } from '../format';
import type { ILabelCheckRunner, LabelCheckReportRow, LabelCheckRunResult, LabelCheckScope } from './ILabelCheckRunner';
import { DriftBadge } from './LabelBadges';
import { labelReportCsv, reportReason } from './labelReportCsv';

/** Props of {@link CheckLabelsDialog}. */
export interface ICheckLabelsDialogProps {
  runner: ILabelCheckRunner;
  /** Missions to choose from (the Missions reference list). */
  missions: readonly string[];
  /** The mission preselected (the inventory's mission filter). */
  defaultMission?: string;
  /** Ids of the records selected in the grid. */
  selectedIds: readonly number[];
  /** Called once a run ends (finished or cancelled), so the grid reloads the saved results. */
  onFinished: () => void;
  onDismiss: () => void;
  strings: IGovernanceSuiteStrings;
}

type Phase = { readonly step: 'choose' } | { readonly step: 'running'; readonly done: number; readonly total?: number } | { readonly step: 'done'; readonly result: LabelCheckRunResult };

const css = mergeStyleSets({
  report: { maxHeight: 260, overflowY: 'auto', marginTop: 8 },
  srOnly: hiddenContentStyle,
  table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', padding: '2px 6px', verticalAlign: 'top' } } }
});

function counts(rows: readonly LabelCheckReportRow[]): Record<LabelCheckReportRow['outcome'], number> {
  const out = { checked: 0, notCheckable: 0, failed: 0, notReached: 0 };
  rows.forEach((r) => { out[r.outcome]++; });
  return out;
}

/**
 * "Check labels": choose a mission or the selected records, watch the progress (n of N, announced politely),
 * cancel (what was checked stays saved), then read the per-record report and download it as CSV.
 */
export function CheckLabelsDialog(props: ICheckLabelsDialogProps): React.ReactElement {
  const { runner, missions, selectedIds, onFinished, onDismiss, strings } = props;
  const s = labelStrings;
  const [scopeKind, setScopeKind] = React.useState<LabelCheckScope['kind']>(selectedIds.length > 0 ? 'records' : 'mission');
  const [mission, setMission] = React.useState<string | undefined>(props.defaultMission);
  const [phase, setPhase] = React.useState<Phase>({ step: 'choose' });
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>();
  const [cancelling, setCancelling] = React.useState(false);
  const controller = React.useRef<AbortController | undefined>();
  const mounted = React.useRef(true);
  React.useEffect(() => () => {
    mounted.current = false;
    controller.current?.abort();
  }, []);

  const canStart = scopeKind === 'mission' ? mission !== undefined && mission !== '' : selectedIds.length > 0;
  const start = (): void => {
    if (!canStart) return;
    const scope: LabelCheckScope = scopeKind === 'mission' ? { kind: 'mission', mission: mission as string } : { kind: 'records', ids: selectedIds };
    const abort = new AbortController();
    controller.current = abort;
    setError(undefined);
    setCancelling(false);
    setPhase({ step: 'running', done: 0 });
    runner.run(scope, { signal: abort.signal, onProgress: (p) => mounted.current && setPhase({ step: 'running', done: p.done, total: p.total }) }).then(
      (result) => {
        if (!mounted.current) return;
        setPhase({ step: 'done', result });
        onFinished();
      },
      (e: unknown) => {
        if (!mounted.current) return;
        setError(errorKindOf(e));
        setPhase({ step: 'choose' });
      }
    );
  };
  const cancel = (): void => {
    setCancelling(true);
    controller.current?.abort();
  };
  const kindText = (kind: GovernanceErrorKind): string => errorText(kind, strings);
  const download = (rows: readonly LabelCheckReportRow[]): void => {
    downloadCsv(labelReportCsv(rows, kindText), fileNameFor([s.ReportFileName, new Date().toISOString().slice(0, 10)], 'csv'));
  };

  const body = (): React.ReactNode => {
    if (phase.step === 'running') {
      const total = phase.total;
      const text = total === undefined ? s.ReadingRecords : format(s.Progress, phase.done, total);
      return (
        <>
          <ProgressIndicator label={s.ProgressLabel} description={cancelling ? s.Cancelling : text} percentComplete={total ? phase.done / total : undefined} />
          {/* The visible description is not announced by itself: a polite live region reads each step. */}
          <div role="status" aria-live="polite" className={css.srOnly}>
            {cancelling ? s.Cancelling : text}
          </div>
        </>
      );
    }
    if (phase.step === 'done') {
      const { rows, cancelled } = phase.result;
      const n = counts(rows);
      return (
        <>
          <MessageBar messageBarType={cancelled ? MessageBarType.warning : n.failed > 0 ? MessageBarType.severeWarning : MessageBarType.success} role="status">
            {rows.length === 0 ? s.NothingToCheck : cancelled ? format(s.Cancelled, n.checked + n.notCheckable + n.failed) : format(s.Done, n.checked, n.notCheckable, n.failed)}
          </MessageBar>
          {rows.length > 0 && (
            <div className={css.report}>
              <table className={css.table} data-testid="label-check-report">
                <caption style={{ textAlign: 'left' }}><Text variant="mediumPlus">{s.ReportTitle}</Text></caption>
                <thead>
                  <tr>
                    <th scope="col">{s.ReportHeaders.title}</th>
                    <th scope="col">{s.ReportHeaders.outcome}</th>
                    <th scope="col">{s.ReportHeaders.drift}</th>
                    <th scope="col">{s.ReportHeaders.reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id} data-outcome={row.outcome}>
                      <th scope="row" style={{ fontWeight: 400 }}>{row.title}</th>
                      <td>{s.Outcome[row.outcome]}</td>
                      <td>{row.drift !== undefined ? <DriftBadge state={row.drift} /> : ''}</td>
                      <td>{reportReason(row, kindText)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      );
    }
    return (
      <>
        <Text as="p">{s.DialogIntro}</Text>
        <ChoiceGroup
          label={s.ScopeLabel}
          selectedKey={scopeKind}
          onChange={(_e, option) => option && setScopeKind(option.key as LabelCheckScope['kind'])}
          options={[
            { key: 'mission', text: s.ScopeMission },
            { key: 'records', text: selectedIds.length > 0 ? format(s.ScopeSelected, selectedIds.length) : s.ScopeSelectedNone, disabled: selectedIds.length === 0 }
          ]}
        />
        {scopeKind === 'mission' && (
          <Dropdown
            label={s.MissionLabel}
            placeholder={s.MissionPlaceholder}
            options={missions.map((m) => ({ key: m, text: m }))}
            selectedKey={mission ?? null}
            onChange={(_e, option) => setMission(option ? String(option.key) : undefined)}
            required
          />
        )}
      </>
    );
  };

  const footer = (): React.ReactNode => {
    if (phase.step === 'running') return <DefaultButton text={strings.Cancel} onClick={cancel} disabled={cancelling} />;
    if (phase.step === 'done') {
      return (
        <>
          {phase.result.rows.length > 0 && <PrimaryButton text={s.DownloadReport} iconProps={{ iconName: 'Download' }} onClick={() => download(phase.result.rows)} />}
          <DefaultButton text={strings.Close} onClick={onDismiss} />
        </>
      );
    }
    return (
      <>
        <PrimaryButton text={s.Start} onClick={start} disabled={!canStart} />
        <DefaultButton text={strings.Cancel} onClick={onDismiss} />
      </>
    );
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={phase.step === 'running' ? undefined : onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: s.DialogTitle, closeButtonAriaLabel: strings.Close }}
      modalProps={{ isBlocking: phase.step === 'running' }}
      minWidth={520}
    >
      {error && <ErrorMessageBar kind={error} strings={strings} onRetry={start} />}
      {body()}
      <DialogFooter>{footer()}</DialogFooter>
    </Dialog>
  );
}
