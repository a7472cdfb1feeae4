import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as importStrings from 'InventoryImportStrings';
import type { FieldIssue, GovernanceErrorKind } from '../../../../core/errors';
import { dateOrderForLocale } from '../../../../core/import/dates';
import { MAX_IMPORT_MEGABYTES, MAX_IMPORT_ROWS } from '../../../../core/import/limits';
import type { ImportTable } from '../../../../core/import/types';
import { parseIsoDate } from '../../../../core/validation/isoDate';
import { autoMapUsageColumns, detectUsageLayout, mapsPeriod, USAGE_COLUMNS, usageMappingProblems, type UsageMapping } from '../../../../core/usage/columns';
import type { UsagePeriod } from '../../../../core/usage/rows';
import { ErrorMessageBar } from '../../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../../ui/errorText';
import { toCsv } from '../../../../ui/export/csv';
import { datedFileName, downloadCsv } from '../../../../ui/export/download';
import { formatNamed, formatPlural, formatNumber } from '../../../../ui/format';
import { ColumnDropdowns, ProblemTable } from '../../../../ui/import/ImportSteps';
import { isSpreadsheetError, outcomeText, problemText } from '../../../../ui/import/importText';
import { useStableId } from '../../../../ui/useStableId';
import type { IUsageMonitoringService, PreparedUsageImport, UsageRunProgress, UsageRunResult } from '../../services/IUsageMonitoringService';
import { columnName, periodText, usageIssueText } from './usageText';

/** Props of {@link UsageImportPanel}. */
export interface IUsageImportPanelProps {
  service: IUsageMonitoringService;
  strings: IAIUsageStrings;
  suiteStrings: IGovernanceSuiteStrings;
  locale?: string;
  /** Called after a run wrote rows (the tab reloads). */
  onImported: () => void;
  onDismiss: () => void;
}

type Step =
  | { kind: 'upload' }
  | { kind: 'map'; table: ImportTable; fileName: string; mapping: UsageMapping; start: string; end: string }
  | { kind: 'preview'; prepared: PreparedUsageImport; back: Extract<Step, { kind: 'map' }> }
  | { kind: 'run'; progress?: UsageRunProgress; cancelling: boolean }
  | { kind: 'report'; result: UsageRunResult };

const STEP_TITLE: Record<Step['kind'], keyof IInventoryImportStrings> = { upload: 'StepUpload', map: 'StepMap', preview: 'StepPreview', run: 'StepRun', report: 'StepReport' };


/** The stated period, when both dates are real and in order. */
function statedPeriod(start: string, end: string): UsagePeriod | undefined {
  const s = start.trim();
  const e = end.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || !/^\d{4}-\d{2}-\d{2}$/.test(e) || !parseIsoDate(s) || !parseIsoDate(e) || e < s) return undefined;
  return { start: s, end: e };
}

/**
 * The usage import: the rollout kit's steps (upload, column matching, per-row preview, run with progress and
 * cancel, report) for usage exports. Re-importing a period replaces it, as the preview says before anything is written.
 */
export function UsageImportPanel(props: IUsageImportPanelProps): React.ReactElement {
  const { service, strings, suiteStrings, onImported, onDismiss } = props;
  const [step, setStep] = React.useState<Step>({ kind: 'upload' });
  const [busy, setBusy] = React.useState<string | undefined>();
  const [failure, setFailure] = React.useState<{ text?: string; kind?: GovernanceErrorKind } | undefined>();
  const abort = React.useRef<AbortController | undefined>();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const inputId = useStableId('usage-file');
  const hintId = useStableId('usage-hint');
  const locale = props.locale ?? (typeof navigator !== 'undefined' ? navigator.language : 'en-GB');
  const dateOrder = React.useMemo(() => dateOrderForLocale(locale), [locale]);

  React.useEffect(() => headingRef.current?.focus(), [step.kind]);
  React.useEffect(() => () => abort.current?.abort(), []);

  const fail = (error: unknown): void => {
    setBusy(undefined);
    if (isSpreadsheetError(error)) setFailure({ text: problemText(error.code, error.params, importStrings) });
    else setFailure({ kind: errorKindOf(error) });
  };

  const onFile = (file: File | undefined): void => {
    if (!file) return;
    setFailure(undefined);
    setBusy(importStrings.Reading);
    service.readFile(file, file.name).then((table) => {
      setBusy(undefined);
      setStep({ kind: 'map', table, fileName: file.name, mapping: autoMapUsageColumns(table.headers), start: '', end: '' });
    }, fail);
  };

  const check = (current: Extract<Step, { kind: 'map' }>): void => {
    setFailure(undefined);
    setBusy(importStrings.Checking);
    const period = mapsPeriod(current.mapping) ? undefined : statedPeriod(current.start, current.end);
    service.check(current.fileName, current.table, current.mapping, dateOrder, period).then((prepared) => {
      setBusy(undefined);
      setStep({ kind: 'preview', prepared, back: current });
    }, fail);
  };

  const run = (current: Extract<Step, { kind: 'preview' }>): void => {
    setFailure(undefined);
    const controller = new AbortController();
    abort.current = controller;
    setStep({ kind: 'run', cancelling: false });
    service.run(current.prepared, { signal: controller.signal, onProgress: (progress) => setStep((s) => (s.kind === 'run' ? { ...s, progress } : s)) }).then(
      (result) => {
        setStep({ kind: 'report', result });
        onImported();
      },
      (error: unknown) => {
        fail(error);
        setStep(current);
      }
    );
  };

  const downloadReport = (result: UsageRunResult): void => {
    const rows = [...result.report].sort((a, b) => a.rowNumber - b.rowNumber)
      .map((r) => [r.rowNumber, outcomeText(r.outcome, importStrings), (r.issues ?? []).map((i) => usageIssueText(i, strings)).join(' ')]);
    downloadCsv(toCsv([importStrings.ColumnRow, importStrings.ColumnOutcome, importStrings.ColumnProblem], rows), datedFileName(importStrings.ReportFileName, 'csv'));
  };

  const problemsOf = (rows: readonly { rowNumber: number; issues: readonly FieldIssue[] }[]): { rowNumber: number; field: string; text: string }[] =>
    rows.flatMap((r) => r.issues.map((i) => ({ rowNumber: r.rowNumber, field: columnName(i.field, strings), text: usageIssueText(i, strings) })));

  const body = (): React.ReactNode => {
    switch (step.kind) {
      case 'upload':
        return (
          <Stack tokens={{ childrenGap: 8 }}>
            <label htmlFor={inputId} style={{ fontWeight: 600 }}>{importStrings.UploadLabel}</label>
            <Text id={hintId}>{strings.Intro} {formatNamed(importStrings.UploadHint, { maxRows: formatNumber(MAX_IMPORT_ROWS, locale), maxMb: MAX_IMPORT_MEGABYTES })}</Text>
            <input id={inputId} type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={hintId}
              disabled={busy !== undefined} onChange={(e) => {
                onFile(e.target.files?.[0]);
                e.target.value = '';
              }} />
          </Stack>
        );
      case 'map': {
        const problems = usageMappingProblems(step.mapping);
        const needsPeriod = !mapsPeriod(step.mapping);
        const period = statedPeriod(step.start, step.end);
        const periodTyped = step.start !== '' && step.end !== '';
        const ready = problems.missingRequired.length === 0 && problems.mappedTwice.length === 0 && (!needsPeriod || period !== undefined);
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            <Text>{formatNamed(importStrings.FileRead, { file: step.fileName, rows: step.table.rows.length, columns: step.table.headers.length })}</Text>
            <MessageBar messageBarType={MessageBarType.info}>{strings.Layouts[detectUsageLayout(step.mapping)]}</MessageBar>
            <Text>{strings.MapIntro}</Text>
            {problems.missingRequired.length > 0 && <MessageBar messageBarType={MessageBarType.error}>{formatNamed(strings.MapMissing, { fields: problems.missingRequired.map((c) => columnName(c, strings)).join(', ') })}</MessageBar>}
            {problems.mappedTwice.length > 0 && <MessageBar messageBarType={MessageBarType.error}>{formatNamed(strings.MapTwice, { fields: problems.mappedTwice.map((c) => columnName(c, strings)).join(', ') })}</MessageBar>}
            <ColumnDropdowns headers={step.table.headers} mapping={step.mapping} targets={USAGE_COLUMNS.map((c) => ({ key: c, text: columnName(c, strings) }))}
              onChange={(mapping) => setStep({ ...step, mapping })} strings={importStrings} />
            {needsPeriod ? (
              <Stack tokens={{ childrenGap: 8 }}>
                <Text>{strings.PeriodIntro}</Text>
                <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
                  <TextField label={strings.PeriodStart} required value={step.start} onChange={(_, v) => setStep({ ...step, start: v ?? '' })} placeholder="2026-10-01" />
                  <TextField label={strings.PeriodEnd} required value={step.end} onChange={(_, v) => setStep({ ...step, end: v ?? '' })} placeholder="2026-10-31"
                    errorMessage={periodTyped && period === undefined ? strings.PeriodInvalid : undefined} />
                </Stack>
              </Stack>
            ) : <Text>{strings.PeriodFromFile}</Text>}
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <DefaultButton text={importStrings.Back} onClick={() => setStep({ kind: 'upload' })} disabled={busy !== undefined} />
              <PrimaryButton text={importStrings.Next} onClick={() => check(step)} disabled={busy !== undefined || !ready} />
            </Stack>
          </Stack>
        );
      }
      case 'preview': {
        const rows = step.prepared.rows;
        const valid = rows.filter((r) => r.values !== undefined).length;
        const problems = problemsOf(rows);
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            <Text>{formatNamed(strings.PreviewSummary, { rows: rows.length, valid, invalid: rows.length - valid })}</Text>
            <ul style={{ margin: 0 }}>
              {step.prepared.periods.map((p) => (
                <li key={`${p.period.start}|${p.period.end}`}>
                  {formatNamed(periodText(strings.PreviewPeriod, p.period.start, p.period.end, suiteStrings.NotSet, locale), {
                    rows: rows.filter((r) => r.values?.periodStart === p.period.start && r.values.periodEnd === p.period.end).length,
                    existing: p.existingRows
                  })}
                </li>
              ))}
            </ul>
            {valid === 0 && <MessageBar messageBarType={MessageBarType.info}>{strings.PreviewNothing}</MessageBar>}
            {problems.length === 0 ? <Text>{importStrings.NoProblems}</Text> : <ProblemTable caption={importStrings.ProblemsTitle} rows={problems.slice(0, 200)} strings={importStrings} />}
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <DefaultButton text={importStrings.Back} onClick={() => setStep(step.back)} />
              <PrimaryButton text={formatPlural(strings.RunButton, valid)} onClick={() => run(step)} disabled={valid === 0} />
            </Stack>
          </Stack>
        );
      }
      case 'run': {
        const p = step.progress;
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            <ProgressIndicator label={importStrings.Running}
              description={p ? formatNamed(importStrings.RunProgress, { done: p.done, total: p.total, failed: p.failed }) : undefined}
              percentComplete={p && p.total > 0 ? p.done / p.total : undefined} />
            <DefaultButton text={step.cancelling ? importStrings.Cancelling : importStrings.CancelRun} disabled={step.cancelling} onClick={() => {
              abort.current?.abort();
              setStep({ ...step, cancelling: true });
            }} />
          </Stack>
        );
      }
      case 'report': {
        const replacedAll = step.result.periods.every((p) => p.outcome === 'replaced');
        const problems = problemsOf(step.result.report.map((r) => ({ rowNumber: r.rowNumber, issues: r.issues ?? [] })));
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            {step.result.periods.map((p) => (
              <MessageBar key={`${p.period.start}|${p.period.end}`} messageBarType={p.outcome === 'replaced' ? MessageBarType.success : MessageBarType.warning}>
                {formatNamed(periodText(strings.ReportPeriod[p.outcome], p.period.start, p.period.end, suiteStrings.NotSet, locale), { written: p.written, removed: p.removed })}
              </MessageBar>
            ))}
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <PrimaryButton text={replacedAll ? suiteStrings.Close : importStrings.DownloadReport} iconProps={replacedAll ? undefined : { iconName: 'Download' }}
                onClick={() => (replacedAll ? onDismiss() : downloadReport(step.result))} />
              {replacedAll && <DefaultButton text={importStrings.DownloadReport} iconProps={{ iconName: 'Download' }} onClick={() => downloadReport(step.result)} />}
              <DefaultButton text={importStrings.ImportAnother} onClick={() => setStep({ kind: 'upload' })} />
            </Stack>
            {problems.length > 0 && <ProblemTable caption={importStrings.ProblemsTitle} rows={problems.slice(0, 200)} strings={importStrings} />}
          </Stack>
        );
      }
    }
  };

  return (
    <Panel isOpen type={PanelType.large} headerText={strings.ImportTitle} closeButtonAriaLabel={suiteStrings.Close} onDismiss={onDismiss} isBlocking>
      <Stack tokens={{ childrenGap: 12 }}>
        <h3 ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>{importStrings[STEP_TITLE[step.kind]]}</h3>
        <div role="status" aria-live="polite">{busy !== undefined && <Spinner label={busy} />}</div>
        {failure?.text !== undefined && <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setFailure(undefined)} dismissButtonAriaLabel={suiteStrings.Close}>{failure.text}</MessageBar>}
        {failure?.kind !== undefined && <ErrorMessageBar kind={failure.kind} strings={suiteStrings} onDismiss={() => setFailure(undefined)} />}
        {body()}
      </Stack>
    </Panel>
  );
}
