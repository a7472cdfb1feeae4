import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as importStrings from 'InventoryImportStrings';
import type { FieldIssue, GovernanceErrorKind } from '../../core/errors';
import { dateOrderForLocale } from '../../core/import/dates';
import { MAX_IMPORT_MEGABYTES, MAX_IMPORT_ROWS } from '../../core/import/limits';
import type { ImportTable } from '../../core/import/types';
import { autoMapQualityColumns, QUALITY_IMPORT_COLUMNS, qualityMappingProblems, type QualityImportMapping } from '../../core/quality/importColumns';
import { countOutcomes, type QualityReportRow } from '../../core/quality/importReport';
import { QUALITY_TEMPLATE_HEADERS, qualityTemplateRow } from '../../core/quality/importTemplate';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf } from '../errorText';
import { toCsv } from '../export/csv';
import { datedFileName, downloadCsv } from '../export/download';
import { formatNamed, formatNumber, formatPlural } from '../format';
import { ColumnDropdowns, MAX_SHOWN, ProblemTable } from '../import/ImportSteps';
import { isSpreadsheetError, problemText } from '../import/importText';
import { useStableId } from '../useStableId';
import { qualityColumnName, qualityIssueText } from './qualityImportText';
import type { IQualityImportService, PreparedQualityImport, QualityImportRunProgress } from './qualityImportServiceTypes';

/** Props of {@link QualityImportPanel}. */
export interface IQualityImportPanelProps {
  service: IQualityImportService;
  strings: IGovernanceSuiteStrings;
  /** The user's locale, for the day/month order of dates in the file; the browser's when absent. */
  locale?: string;
  /** Called after a run wrote measurements. */
  onImported?: () => void;
  /** Closes the panel (the opener takes the focus back). */
  onDismiss: () => void;
}

type Step =
  | { kind: 'upload' }
  | { kind: 'map'; table: ImportTable; fileName: string; mapping: QualityImportMapping }
  | { kind: 'preview'; prepared: PreparedQualityImport; back: Extract<Step, { kind: 'map' }> }
  | { kind: 'run'; progress?: QualityImportRunProgress; cancelling: boolean }
  | { kind: 'report'; report: readonly QualityReportRow[]; records: ReadonlyMap<number, string> };

const STEP_TITLE: Record<Step['kind'], 'StepUpload' | 'StepMap' | 'StepPreview' | 'StepRun' | 'StepReport'> = {
  upload: 'StepUpload', map: 'StepMap', preview: 'StepPreview', run: 'StepRun', report: 'StepReport'
};


/**
 * Importing measured data-quality scores from a quality tool's file (issue 18 part 5), in the rollout kit's steps:
 * upload, column matching, per-row preview (rows already recorded are counted, not written), run with progress
 * and cancel, report with a CSV download. Every text is rendered as text, never as HTML.
 */
export function QualityImportPanel(props: IQualityImportPanelProps): React.ReactElement {
  const { service, strings, onImported, onDismiss } = props;
  const s = strings.Quality.Import;
  const [step, setStep] = React.useState<Step>({ kind: 'upload' });
  const [busy, setBusy] = React.useState<string | undefined>();
  const [failure, setFailure] = React.useState<{ text?: string; kind?: GovernanceErrorKind } | undefined>();
  const abort = React.useRef<AbortController | undefined>();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const inputId = useStableId('quality-import-file');
  const hintId = useStableId('quality-import-hint');
  const locale = props.locale ?? (typeof navigator !== 'undefined' ? navigator.language : 'en-GB');
  const dateOrder = React.useMemo(() => dateOrderForLocale(locale), [locale]);

  // Each step's heading takes the focus, so keyboard and screen-reader users start at its top.
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
      setStep({ kind: 'map', table, fileName: file.name, mapping: autoMapQualityColumns(table.headers) });
    }, fail);
  };

  const check = (current: Extract<Step, { kind: 'map' }>): void => {
    setFailure(undefined);
    setBusy(importStrings.Checking);
    service.check(current.table, current.mapping, dateOrder).then((prepared) => {
      setBusy(undefined);
      setStep({ kind: 'preview', prepared, back: current });
    }, fail);
  };

  const run = (current: Extract<Step, { kind: 'preview' }>): void => {
    setFailure(undefined);
    const controller = new AbortController();
    abort.current = controller;
    const records = new Map(current.prepared.rows.map((r) => [r.rowNumber, r.record]));
    setStep({ kind: 'run', cancelling: false });
    service.run(current.prepared, { signal: controller.signal, onProgress: (progress) => setStep((st) => (st.kind === 'run' ? { ...st, progress } : st)) }).then(
      (report) => {
        setStep({ kind: 'report', report, records });
        if (report.some((r) => r.outcome === 'written')) onImported?.();
      },
      (error: unknown) => {
        fail(error);
        setStep(current);
      }
    );
  };

  const issuesText = (issues: readonly FieldIssue[] | undefined): string => (issues ?? []).map((i) => qualityIssueText(i, strings, importStrings)).join(' ');

  const downloadReport = (report: readonly QualityReportRow[], records: ReadonlyMap<number, string>): void => {
    const rows = [...report].sort((a, b) => a.rowNumber - b.rowNumber).map((r) => [r.rowNumber, records.get(r.rowNumber) ?? '', s.Outcomes[r.outcome], issuesText(r.issues)]);
    downloadCsv(toCsv([importStrings.ColumnRow, s.ColumnRecord, importStrings.ColumnOutcome, importStrings.ColumnProblem], rows), datedFileName(s.ReportFileName, 'csv'));
  };

  const problemsOf = (rows: readonly { rowNumber: number; issues?: readonly FieldIssue[] }[]): { rowNumber: number; field: string; text: string }[] =>
    rows.flatMap((r) => (r.issues ?? []).map((i) => ({ rowNumber: r.rowNumber, field: qualityColumnName(i.field, strings), text: qualityIssueText(i, strings, importStrings) })));

  const body = (): React.ReactNode => {
    switch (step.kind) {
      case 'upload':
        return (
          <Stack tokens={{ childrenGap: 8 }}>
            <Text>{s.Intro}</Text>
            <DefaultButton text={s.Template} iconProps={{ iconName: 'Download' }} styles={{ root: { alignSelf: 'flex-start' } }}
              onClick={() => downloadCsv(toCsv(QUALITY_TEMPLATE_HEADERS, [qualityTemplateRow(new Date().toISOString().slice(0, 10))]), datedFileName(s.TemplateFileName, 'csv'))} />
            <label htmlFor={inputId} style={{ fontWeight: 600 }}>{importStrings.UploadLabel}</label>
            <Text id={hintId}>{formatNamed(s.UploadHint, { maxRows: formatNumber(MAX_IMPORT_ROWS, locale), maxMb: MAX_IMPORT_MEGABYTES })}</Text>
            <input id={inputId} type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={hintId}
              disabled={busy !== undefined} onChange={(e) => {
                onFile(e.target.files?.[0]);
                e.target.value = '';
              }} />
          </Stack>
        );
      case 'map': {
        const problems = qualityMappingProblems(step.mapping);
        const names = (columns: readonly string[]): string => columns.map((c) => qualityColumnName(c, strings)).join(', ');
        const ready = problems.missingRequired.length === 0 && problems.mappedTwice.length === 0;
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            <Text>{formatNamed(importStrings.FileRead, { file: step.fileName, rows: step.table.rows.length, columns: step.table.headers.length })}</Text>
            <Text>{s.MapIntro}</Text>
            {problems.missingRequired.length > 0 && <MessageBar messageBarType={MessageBarType.error}>{formatNamed(s.MapMissing, { fields: names(problems.missingRequired) })}</MessageBar>}
            {problems.mappedTwice.length > 0 && <MessageBar messageBarType={MessageBarType.error}>{formatNamed(s.MapTwice, { fields: names(problems.mappedTwice) })}</MessageBar>}
            <ColumnDropdowns headers={step.table.headers} mapping={step.mapping} targets={QUALITY_IMPORT_COLUMNS.map((c) => ({ key: c, text: qualityColumnName(c, strings) }))}
              onChange={(mapping) => setStep({ ...step, mapping })} strings={importStrings} />
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <DefaultButton text={importStrings.Back} onClick={() => setStep({ kind: 'upload' })} disabled={busy !== undefined} />
              <PrimaryButton text={importStrings.Next} onClick={() => check(step)} disabled={busy !== undefined || !ready} />
            </Stack>
          </Stack>
        );
      }
      case 'preview': {
        const rows = step.prepared.rows;
        const recorded = rows.filter((r) => r.alreadyRecorded === true).length;
        const toWrite = rows.filter((r) => r.measurement !== undefined && r.alreadyRecorded !== true).length;
        const problems = problemsOf(rows);
        const examples = step.prepared.exampleRows.length;
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            <Text>{formatNamed(s.PreviewSummary, { rows: rows.length, toWrite, recorded, invalid: rows.length - toWrite - recorded })}</Text>
            {examples > 0 && <MessageBar messageBarType={MessageBarType.info}>{formatPlural(s.ExampleIgnored, examples)}</MessageBar>}
            {toWrite === 0 && <MessageBar messageBarType={MessageBarType.info}>{s.PreviewNothing}</MessageBar>}
            {problems.length === 0 ? <Text>{importStrings.NoProblems}</Text> : <ProblemTable caption={importStrings.ProblemsTitle} rows={problems.slice(0, MAX_SHOWN)} strings={importStrings} />}
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <DefaultButton text={importStrings.Back} onClick={() => setStep(step.back)} />
              <PrimaryButton text={formatPlural(s.Run, toWrite)} onClick={() => run(step)} disabled={toWrite === 0} />
            </Stack>
          </Stack>
        );
      }
      case 'run': {
        const p = step.progress;
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            <div role="status" aria-live="polite">
              <ProgressIndicator label={importStrings.Running}
                description={p ? formatNamed(s.RunProgress, { done: p.done, total: p.total, written: p.written, failed: p.failed }) : undefined}
                percentComplete={p && p.total > 0 ? p.done / p.total : undefined} />
            </div>
            <DefaultButton text={step.cancelling ? importStrings.Cancelling : importStrings.CancelRun} disabled={step.cancelling} onClick={() => {
              abort.current?.abort();
              setStep({ ...step, cancelling: true });
            }} />
          </Stack>
        );
      }
      case 'report': {
        const counts = countOutcomes(step.report);
        const problems = problemsOf(step.report.filter((r) => r.outcome === 'invalid' || r.outcome === 'failed'));
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            <MessageBar messageBarType={counts.failed > 0 ? MessageBarType.warning : MessageBarType.success}>
              {formatNamed(s.ReportSummary, { written: counts.written, recorded: counts.alreadyRecorded, invalid: counts.invalid, failed: counts.failed, notRun: counts.notRun })}
            </MessageBar>
            {counts.notRun > 0 && <MessageBar messageBarType={MessageBarType.warning}>{formatPlural(s.ReportStopped, counts.notRun)}</MessageBar>}
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <PrimaryButton text={importStrings.DownloadReport} iconProps={{ iconName: 'Download' }} onClick={() => downloadReport(step.report, step.records)} />
              <DefaultButton text={importStrings.ImportAnother} onClick={() => setStep({ kind: 'upload' })} />
              <DefaultButton text={strings.Close} onClick={onDismiss} />
            </Stack>
            {problems.length > 0 && <ProblemTable caption={importStrings.ProblemsTitle} rows={problems.slice(0, MAX_SHOWN)} strings={importStrings} />}
          </Stack>
        );
      }
    }
  };

  return (
    <Panel isOpen type={PanelType.large} headerText={s.Title} closeButtonAriaLabel={strings.Close} onDismiss={onDismiss} isBlocking>
      <Stack tokens={{ childrenGap: 12 }}>
        <h3 ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>{importStrings[STEP_TITLE[step.kind]]}</h3>
        <div role="status" aria-live="polite">{busy !== undefined && <Spinner label={busy} />}</div>
        {failure?.text !== undefined && <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setFailure(undefined)} dismissButtonAriaLabel={strings.Close}>{failure.text}</MessageBar>}
        {failure?.kind !== undefined && <ErrorMessageBar kind={failure.kind} strings={strings} onDismiss={() => setFailure(undefined)} />}
        {body()}
      </Stack>
    </Panel>
  );
}
