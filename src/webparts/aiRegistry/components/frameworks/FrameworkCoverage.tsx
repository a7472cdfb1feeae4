import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import { templateLanguageOf } from '../../../../core/assessments/templateModel';
import { comparisonTable, type ComparisonLabels, type CoverageLabels } from '../../../../core/frameworks/comparison';
import type { ControlCoverage } from '../../../../core/frameworks/coverage';
import { FRAMEWORK_IDS, controlKey, frameworkOfKey, type FrameworkId } from '../../../../core/frameworks/types';
import { isGovernanceError } from '../../../../core/errors';
import { comparisonExport, coverageExport } from '../../../../data/frameworks/crosswalkExport';
import type { SpreadsheetFormat } from '../../../../data/spreadsheet/writeSpreadsheet';
import { SafeLink } from '../../../../ui/details/SafeLink';
import { datedFileName, downloadBlob, fileNameFor } from '../../../../ui/export/download';
import { errorKindOf, errorText } from '../../../../ui/errorText';
import { sectionTableStyles, useSectionData } from '../detailsSection';
import { format, uiCulture } from '../../../../ui/format';
import type { RegisterRow } from '../../services/IAIRegistryService';
import type { IFrameworkService } from '../../services/IFrameworkService';

/** Props of {@link FrameworkCoverage}. */
export interface IFrameworkCoverageProps {
  row: RegisterRow;
  service: IFrameworkService;
  strings: IAIRegistryFrameworkStrings;
  suiteStrings: IGovernanceSuiteStrings;
  /** Saves an export; the browser download by default. */
  download?: (blob: Blob, fileName: string) => void;
}

type ErrorCode = keyof IAIRegistryFrameworkStrings['Errors'];

function comparisonLabels(strings: IAIRegistryFrameworkStrings): ComparisonLabels {
  return { frameworks: strings.Names, control: strings.Control, title: strings.Title, group: strings.Group, status: strings.ColStatus, statuses: strings.Statuses, strengths: strings.Strengths };
}

function coverageLabels(strings: IAIRegistryFrameworkStrings): CoverageLabels {
  return { frameworks: strings.Names, framework: strings.ColFramework, control: strings.Control, title: strings.Title, status: strings.ColStatus, evidence: strings.Evidence, statuses: strings.Statuses, through: strings.Through };
}

/** "NIST AI RMF 1.0 GOVERN 1.1" for a control key. */
function keyLabel(key: string, strings: IAIRegistryFrameworkStrings): string {
  const framework = frameworkOfKey(key);
  return framework ? `${strings.Names[framework]} ${key.slice(key.indexOf(':') + 1)}` : key;
}

/**
 * The system's coverage of the four AI frameworks in its details panel: per framework, n of m controls covered and the
 * gaps; the evidence that counts (a verified classification included); adding link evidence for a control; and the
 * comparison table and the coverage as xlsx or CSV. Plain tables with captions and headers, so screen readers
 * announce each cell with its column.
 */
export function FrameworkCoverage(props: IFrameworkCoverageProps): React.ReactElement {
  const { row, service, strings, suiteStrings } = props;
  const theme = useTheme();
  const [adding, setAdding] = React.useState(false);
  const [framework, setFramework] = React.useState<FrameworkId>('euAiAct');
  const [control, setControl] = React.useState<string | undefined>();
  const [title, setTitle] = React.useState('');
  const [link, setLink] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ error: boolean; text: string } | undefined>();
  const [compareFrom, setCompareFrom] = React.useState<FrameworkId>('euAiAct');
  const [exportFailed, setExportFailed] = React.useState(false);
  const headingId = `frameworks-${row.system.id}`;

  const { view, loadError, reload } = useSectionData(() => service.systemCoverage(row, strings.ClassificationEvidence, templateLanguageOf(uiCulture())), [service, row], strings.LoadFailed, suiteStrings);

  const { cell, table, caption, subtext } = sectionTableStyles(theme);

  const save = async (): Promise<void> => {
    setMessage(undefined);
    if (!control || title.trim() === '' || link.trim() === '') {
      setMessage({ error: true, text: strings.Errors.required });
      return;
    }
    setBusy(true);
    try {
      await service.addEvidence(row.system.id, { controlKey: control, title, link });
      setTitle('');
      setLink('');
      setAdding(false);
      setMessage({ error: false, text: strings.Saved });
      reload();
    } catch (error) {
      const code = isGovernanceError(error, 'Validation') ? (error.issues[0]?.code as ErrorCode | undefined) : undefined;
      setMessage({ error: true, text: code && strings.Errors[code] ? strings.Errors[code] : errorText(errorKindOf(error), suiteStrings) });
    } finally {
      setBusy(false);
    }
  };

  const runExport = async (what: 'comparison' | 'coverage', fileFormat: SpreadsheetFormat): Promise<void> => {
    if (!view) return;
    setExportFailed(false);
    try {
      const blob = what === 'comparison'
        ? await comparisonExport(comparisonTable(view.crosswalk, compareFrom, view.coverage), fileFormat, comparisonLabels(strings), strings.ComparisonSheet)
        : await coverageExport(view.coverage, fileFormat, coverageLabels(strings), strings.CoverageSheet);
      const base = fileNameFor([what === 'comparison' ? strings.ComparisonFile : strings.CoverageFile, row.system.title], fileFormat).replace(/\.[a-z]+$/, '');
      (props.download ?? downloadBlob)(blob, datedFileName(base, fileFormat));
    } catch {
      setExportFailed(true);
    }
  };
  const exportMenu = (what: 'comparison' | 'coverage'): { items: { key: string; text: string; onClick: () => void }[] } => ({
    items: (['xlsx', 'csv'] as const).map((f) => ({ key: f, text: f === 'xlsx' ? strings.ExportXlsx : strings.ExportCsv, onClick: () => { runExport(what, f).catch(() => setExportFailed(true)); } }))
  });

  const frameworkOptions: IDropdownOption[] = FRAMEWORK_IDS.map((f) => ({ key: f, text: strings.Names[f] }));
  const controlOptions: IDropdownOption[] = (view?.crosswalk.controls ?? []).filter((c) => c.framework === framework).map((c) => ({ key: controlKey(c), text: `${c.id} ${c.title}` }));
  const gapText = (gap: ControlCoverage): string => {
    const base = `${gap.control.id} ${gap.control.title}`;
    if (gap.status !== 'partial') return base;
    const by = [...new Set(gap.evidence.map((e) => keyLabel(e.via ?? e.evidence.controlKey, strings)))].join(', ');
    return `${base} (${format(strings.PartlyBy, by)})`;
  };

  return (
    <section aria-labelledby={headingId} data-testid="framework-coverage">
      <Text as="h3" id={headingId} block variant="large" styles={{ root: { fontWeight: 600, margin: 0 } }}>{strings.Heading}</Text>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text block variant="small" style={subtext}>{strings.Intro}</Text>
        {!view && !loadError && <Text role="status">{strings.Loading}</Text>}
        {loadError && (
          <MessageBar messageBarType={MessageBarType.error} role="alert" actions={<DefaultButton text={suiteStrings.Retry} onClick={() => reload()} />}>{loadError}</MessageBar>
        )}
        {view && view.issues.length > 0 && (
          <MessageBar messageBarType={MessageBarType.warning}>{format(strings.CrosswalkIssues, view.issues.length, view.issues[0].message)}</MessageBar>
        )}
        {view && (
          <>
            <table style={table} data-testid="framework-coverage-table">
              <caption style={caption}>{format(strings.TableCaption, row.system.title)}</caption>
              <thead>
                <tr>
                  <th scope="col" style={cell}>{strings.ColFramework}</th>
                  <th scope="col" style={cell}>{strings.ColStatus}</th>
                  <th scope="col" style={cell}>{strings.ColCovered}</th>
                  <th scope="col" style={cell}>{strings.ColGaps}</th>
                </tr>
              </thead>
              <tbody>
                {view.coverage.map((f) => (
                  <tr key={f.framework}>
                    <th scope="row" style={{ ...cell, fontWeight: 600 }}>{strings.Names[f.framework]}</th>
                    <td style={cell}>{strings.Statuses[f.status]}</td>
                    <td style={cell}>{f.partial > 0 ? format(strings.CountsPartial, f.covered, f.total, f.partial) : format(strings.Counts, f.covered, f.total)}</td>
                    <td style={cell}>{f.gaps.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {view.coverage.filter((f) => f.gaps.length > 0).map((f) => (
              <details key={f.framework} data-testid={`gaps-${f.framework}`}>
                <summary style={{ cursor: 'pointer' }}>{format(strings.GapsSummary, strings.Names[f.framework], f.gaps.length)}</summary>
                <ul style={{ margin: '4px 0' }}>
                  {f.gaps.map((gap) => <li key={gap.key}>{gapText(gap)}</li>)}
                </ul>
              </details>
            ))}

            {view.evidence.length === 0 ? (
              <Text block>{strings.NoEvidence}</Text>
            ) : (
              <table style={table} data-testid="framework-evidence-table">
                <caption style={caption}>{format(strings.EvidenceCaption, row.system.title)}</caption>
                <thead>
                  <tr>
                    <th scope="col" style={cell}>{strings.ColControl}</th>
                    <th scope="col" style={cell}>{strings.ColEvidence}</th>
                    <th scope="col" style={cell}>{strings.ColRecordedBy}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.evidence.map((e, i) => (
                    <tr key={e.id ?? `derived-${i}`}>
                      <th scope="row" style={{ ...cell, fontWeight: 400 }}>{keyLabel(e.controlKey, strings)}</th>
                      <td style={cell}>
                        {e.title}
                        {e.link && <>{': '}<SafeLink url={e.link} unsafeNote={suiteStrings.UnsafeLink} /></>}
                        {e.reference && ` (${e.reference})`}
                      </td>
                      <td style={cell}>{[e.author ?? suiteStrings.UnknownUser, e.systemId === undefined ? strings.OrganisationWide : undefined].filter(Boolean).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}

            {adding ? (
              <Stack tokens={{ childrenGap: 6 }} role="group" aria-label={strings.AddEvidenceHeading}>
                <Text as="h4" block styles={{ root: { fontWeight: 600, margin: 0 } }}>{strings.AddEvidenceHeading}</Text>
                <Dropdown label={strings.FieldFramework} options={frameworkOptions} selectedKey={framework} disabled={busy}
                  onChange={(_, option) => { if (option) { setFramework(option.key as FrameworkId); setControl(undefined); } }} />
                <Dropdown label={strings.FieldControl} options={controlOptions} selectedKey={control ?? null} disabled={busy} required
                  onChange={(_, option) => setControl(option ? String(option.key) : undefined)} />
                <TextField label={strings.FieldTitle} value={title} required maxLength={255} disabled={busy} onChange={(_, v) => setTitle(v ?? '')} />
                <TextField label={strings.FieldLink} value={link} required type="url" disabled={busy} onChange={(_, v) => setLink(v ?? '')} />
                <Stack horizontal tokens={{ childrenGap: 8 }}>
                  <PrimaryButton text={strings.SaveEvidence} disabled={busy} onClick={() => { save().catch(() => undefined); }} />
                  <DefaultButton text={strings.Cancel} disabled={busy} onClick={() => { setAdding(false); setMessage(undefined); }} />
                </Stack>
              </Stack>
            ) : (
              <DefaultButton text={strings.AddEvidence} iconProps={{ iconName: 'Add' }} styles={{ root: { alignSelf: 'flex-start' } }} onClick={() => { setAdding(true); setMessage(undefined); }} />
            )}
            {message && (
              <MessageBar messageBarType={message.error ? MessageBarType.error : MessageBarType.success} role={message.error ? 'alert' : 'status'}>{message.text}</MessageBar>
            )}

            <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
              <Dropdown label={strings.CompareFrom} options={frameworkOptions} selectedKey={compareFrom} styles={{ root: { minWidth: 200 } }}
                onChange={(_, option) => { if (option) setCompareFrom(option.key as FrameworkId); }} />
              <DefaultButton text={strings.ExportComparison} iconProps={{ iconName: 'Download' }} menuProps={exportMenu('comparison')} />
              <DefaultButton text={strings.ExportCoverage} iconProps={{ iconName: 'Download' }} menuProps={exportMenu('coverage')} />
            </Stack>
            {exportFailed && <MessageBar messageBarType={MessageBarType.error} role="alert">{strings.ExportFailed}</MessageBar>}
          </>
        )}
      </Stack>
    </section>
  );
}
