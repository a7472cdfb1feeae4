import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'InventoryImportStrings';
import { autoMatchColumns } from '../../core/import/columns';
import { dateOrderForLocale } from '../../core/import/dates';
import { MAX_IMPORT_MEGABYTES, MAX_IMPORT_ROWS } from '../../core/import/limits';
import { planImport } from '../../core/import/plan';
import { nominationCounts, reportCounts, reportTable } from '../../core/import/report';
import type { ColumnMapping, ImportTable, MatchPolicy, ReportRow } from '../../core/import/types';
import type { GovernanceErrorKind } from '../../core/errors';
import type { IImportService, ImportRunProgress, PreparedImport } from './importServiceTypes';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf } from '../errorText';
import { formatNamed, formatPlural, formatNumber } from '../format';
import { useStableId } from '../useStableId';
import { datedFileName, downloadBlob } from '../export/download';
import { exampleRowsText, issueText, nominationWords, nothingToWriteText, isSpreadsheetError, outcomeWords, problemText } from './importText';
import { MappingStep, mappingReady, PreviewStep, ReportTable } from './ImportSteps';

/** Props of {@link ImportWizard}. */
export interface IImportWizardProps {
  service: IImportService;
  /** Shared suite strings (errors, Close). */
  suiteStrings: IGovernanceSuiteStrings;
  /** The user's locale, for dates typed as d/m/y or m/d/y; the browser's when absent. */
  locale?: string;
  /** Called after a run wrote records (the grid reloads). */
  onImported?: () => void;
  onDismiss: () => void;
}

type Step =
  | { kind: 'upload' }
  | { kind: 'map'; table: ImportTable; fileName: string; mapping: ColumnMapping }
  | { kind: 'preview'; table: ImportTable; fileName: string; mapping: ColumnMapping; prepared: PreparedImport; policy: MatchPolicy }
  | { kind: 'run'; progress?: ImportRunProgress; cancelling: boolean }
  | { kind: 'report'; report: ReportRow[] };

interface Failure {
  readonly text?: string;
  readonly kind?: GovernanceErrorKind;
}


const STEP_TITLE: Record<Step['kind'], keyof IInventoryImportStrings> = {
  upload: 'StepUpload',
  map: 'StepMap',
  preview: 'StepPreview',
  run: 'StepRun',
  report: 'StepReport'
};

/**
 * The import wizard: upload, map columns, preview with per-row problems and the plan, run with progress and
 * cancel, then the report. Reaches data only through `props.service`; the file never leaves the browser.
 */
export function ImportWizard(props: IImportWizardProps): React.ReactElement {
  const { service, suiteStrings, onDismiss, onImported } = props;
  const [step, setStep] = React.useState<Step>({ kind: 'upload' });
  const [busy, setBusy] = React.useState<string | undefined>();
  const [failure, setFailure] = React.useState<Failure | undefined>();
  const abort = React.useRef<AbortController | undefined>();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const inputId = useStableId('import-file');
  const hintId = useStableId('import-hint');
  const dateOrder = React.useMemo(() => dateOrderForLocale(props.locale ?? (typeof navigator !== 'undefined' ? navigator.language : 'en-GB')), [props.locale]);

  // Each step's heading takes focus, so keyboard and screen-reader users start at the top of the new step.
  React.useEffect(() => headingRef.current?.focus(), [step.kind]);
  // Closing the panel mid-run stops after the current batch.
  React.useEffect(() => () => abort.current?.abort(), []);

  const fail = (error: unknown): void => {
    if (isSpreadsheetError(error)) setFailure({ text: problemText(error.code, error.params, strings) });
    else setFailure({ kind: errorKindOf(error) });
  };

  const onFile = (file: File | undefined): void => {
    if (!file) return;
    setFailure(undefined);
    setBusy(strings.Reading);
    service.readFile(file, file.name).then(
      (table) => {
        setBusy(undefined);
        setStep({ kind: 'map', table, fileName: file.name, mapping: autoMatchColumns(table.headers) });
      },
      (error: unknown) => {
        setBusy(undefined);
        fail(error);
      }
    );
  };

  const check = (current: Extract<Step, { kind: 'map' }>): void => {
    setFailure(undefined);
    setBusy(strings.Checking);
    service.check(current.table, current.mapping, dateOrder).then(
      (prepared) => {
        setBusy(undefined);
        setStep({ ...current, kind: 'preview', prepared, policy: 'update' });
      },
      (error: unknown) => {
        setBusy(undefined);
        fail(error);
      }
    );
  };

  const run = (current: Extract<Step, { kind: 'preview' }>): void => {
    setFailure(undefined);
    const controller = new AbortController();
    abort.current = controller;
    setStep({ kind: 'run', cancelling: false });
    service
      .run(current.prepared, current.policy, { signal: controller.signal, onProgress: (progress) => setStep((s) => (s.kind === 'run' ? { ...s, progress } : s)) })
      .then(
        (report) => {
          setStep({ kind: 'report', report });
          onImported?.();
        },
        (error: unknown) => {
          fail(error);
          setStep(current);
        }
      );
  };

  const downloadReport = (report: readonly ReportRow[]): void => {
    const words = { headers: [strings.ColumnRow, strings.ColumnOutcome, strings.ColumnRecord, strings.ColumnProblem] as [string, string, string, string], outcomes: outcomeWords(strings), nominations: nominationWords(strings) };
    const table = reportTable(report, words, (id) => service.recordUrl(id), (issue) => issueText(issue, strings, suiteStrings.Fields));
    downloadBlob(service.reportFile(table), datedFileName(strings.ReportFileName, 'csv'));
  };

  const body = (): React.ReactNode => {
    switch (step.kind) {
      case 'upload':
        return (
          <Stack tokens={{ childrenGap: 8 }}>
            <label htmlFor={inputId} style={{ fontWeight: 600 }}>{strings.UploadLabel}</label>
            <Text id={hintId}>
              {formatNamed(strings.UploadHint, { maxRows: formatNumber(MAX_IMPORT_ROWS, props.locale), maxMb: MAX_IMPORT_MEGABYTES })} {strings.UploadExampleHint}
            </Text>
            <input
              id={inputId}
              type="file"
              accept=".xlsx,.csv,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={hintId}
              disabled={busy !== undefined}
              onChange={(e) => {
                onFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </Stack>
        );
      case 'map':
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            <Text>{formatNamed(strings.FileRead, { file: step.fileName, rows: step.table.rows.length, columns: step.table.headers.length })}</Text>
            <MappingStep headers={step.table.headers} mapping={step.mapping} onChange={(mapping) => setStep({ ...step, mapping })} strings={strings} labels={suiteStrings.Fields} />
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <DefaultButton text={strings.Back} onClick={() => setStep({ kind: 'upload' })} disabled={busy !== undefined} />
              <PrimaryButton text={strings.Next} onClick={() => check(step)} disabled={busy !== undefined || !mappingReady(step.mapping)} />
            </Stack>
          </Stack>
        );
      case 'preview': {
        const plan = planImport(step.prepared.rows, step.prepared.existing, step.policy);
        const toWrite = plan.filter((p) => p.action.kind === 'create' || p.action.kind === 'update').length;
        const exampleRows = step.prepared.exampleRows ?? [];
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            {exampleRows.length > 0 && <MessageBar messageBarType={MessageBarType.info}>{exampleRowsText(exampleRows, strings)}</MessageBar>}
            <PreviewStep plan={plan} policy={step.policy} onPolicy={(policy) => setStep({ ...step, policy })} strings={strings} labels={suiteStrings.Fields} />
            {toWrite === 0 && <MessageBar messageBarType={MessageBarType.info}>{nothingToWriteText(plan, strings, exampleRows.length)}</MessageBar>}
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <DefaultButton text={strings.Back} onClick={() => setStep({ kind: 'map', table: step.table, fileName: step.fileName, mapping: step.mapping })} />
              <PrimaryButton text={formatPlural(strings.RunButton, toWrite)} onClick={() => run(step)} disabled={toWrite === 0} />
            </Stack>
          </Stack>
        );
      }
      case 'run': {
        const p = step.progress;
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            <ProgressIndicator
              label={strings.Running}
              description={p ? formatNamed(strings.RunProgress, { done: p.done, total: p.total, failed: p.failed }) : undefined}
              percentComplete={p && p.total > 0 ? p.done / p.total : undefined}
            />
            <DefaultButton
              text={step.cancelling ? strings.Cancelling : strings.CancelRun}
              disabled={step.cancelling}
              onClick={() => {
                abort.current?.abort();
                setStep({ ...step, cancelling: true });
              }}
            />
          </Stack>
        );
      }
      case 'report': {
        const counts = reportCounts(step.report);
        const nominations = nominationCounts(step.report);
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            <MessageBar messageBarType={counts.failed + counts.invalid + counts.notRun > 0 ? MessageBarType.warning : MessageBarType.success}>
              {formatNamed(strings.ReportSummary, { ...counts })}
            </MessageBar>
            {counts.notRun > 0 && <MessageBar messageBarType={MessageBarType.info}>{formatNamed(strings.ReportCancelled, { notRun: counts.notRun })}</MessageBar>}
            {nominations.sent > 0 && <MessageBar messageBarType={MessageBarType.info}>{formatNamed(strings.ReportNominationsSent, { sent: nominations.sent })}</MessageBar>}
            {nominations.failed > 0 && <MessageBar messageBarType={MessageBarType.warning}>{formatNamed(strings.ReportNominationsFailed, { failed: nominations.failed })}</MessageBar>}
            {nominations.self > 0 && <MessageBar messageBarType={MessageBarType.info}>{formatNamed(strings.ReportNominationsSelf, { self: nominations.self })}</MessageBar>}
            {nominations.declined > 0 && <MessageBar messageBarType={MessageBarType.info}>{formatNamed(strings.ReportNominationsDeclined, { declined: nominations.declined })}</MessageBar>}
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <PrimaryButton text={strings.DownloadReport} iconProps={{ iconName: 'Download' }} onClick={() => downloadReport(step.report)} />
              <DefaultButton text={strings.ImportAnother} onClick={() => setStep({ kind: 'upload' })} />
            </Stack>
            <ReportTable report={step.report} recordUrl={(id) => service.recordUrl(id)} strings={strings} labels={suiteStrings.Fields} />
          </Stack>
        );
      }
    }
  };

  return (
    <Panel
      isOpen
      type={PanelType.large}
      headerText={strings.WizardTitle}
      closeButtonAriaLabel={suiteStrings.Close}
      onDismiss={onDismiss}
      isBlocking
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <h3 ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>{strings[STEP_TITLE[step.kind]]}</h3>
        <div role="status" aria-live="polite">
          {busy !== undefined && <Spinner label={busy} />}
        </div>
        {failure?.text !== undefined && <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setFailure(undefined)} dismissButtonAriaLabel={suiteStrings.Close}>{failure.text}</MessageBar>}
        {failure?.kind !== undefined && <ErrorMessageBar kind={failure.kind} strings={suiteStrings} onDismiss={() => setFailure(undefined)} />}
        {body()}
      </Stack>
    </Panel>
  );
}
