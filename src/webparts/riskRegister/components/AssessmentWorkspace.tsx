import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  INFORMATION_SYSTEM_TEMPLATE_KEY, buildChecklist, requiredAssetType, evaluateAssessment, findVersion, localiseTemplate, parseAnswers, parseFindings, recordedVersion, riskFromFinding, startableTemplates,
  templateLanguageOf, type AnswerValue, type AssessmentAnswer, type AssessmentFinding, type AssessmentQuestion, type AssessmentTemplate,
  type ScaleAnswerValue, type StoredTemplateVersion
} from '../../../core/assessments';
import type { Assessment, AssessmentTargetList } from '../../../core/models/assessment';
import type { Stored } from '../../../core/models/common';
import type { Risk } from '../../../core/models/risk';
import { choiceLabel } from '../../../ui/choiceLabels';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { formatDate, formatNumber, uiCulture } from '../../../ui/format';
import { downloadCsv } from '../../../ui/export/download';
import type { IRiskService, RiskSession, TargetRecord } from '../services/IRiskService';
import { findingsCsv } from './assessmentCsv';
import { LazySystemAssessmentPart } from './lazyParts';
import { checkStartTarget } from './startTarget';
import { format, isoDay, levelText, runTask } from './riskText';

export interface IAssessmentWorkspaceProps {
  service: IRiskService;
  session: RiskSession;
  strings: IRiskRegisterStrings;
  shared: IGovernanceSuiteStrings;
  today: Date;
  /** Opens the risk form pre-filled; `onRaised` receives the saved risk. */
  onRaiseRisk: (draft: Risk, onRaised: (risk: Stored<Risk>) => void) => void;
}

type Step =
  | { kind: 'pick' }
  | { kind: 'run'; target: TargetRecord; template: AssessmentTemplate; questions: AssessmentQuestion[]; fellBack: boolean }
  | { kind: 'findings'; target: TargetRecord; assessment: Stored<Assessment>; justSaved: boolean };

const TARGET_LISTS: readonly AssessmentTargetList[] = ['dataAssets', 'aiSystems', 'missions'];

function splitLinks(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** The template version a stored assessment ran, in the user's language (undefined when the version is gone). */
function templateOfRun(templates: readonly StoredTemplateVersion[], assessment: Assessment): AssessmentTemplate | undefined {
  const version = findVersion(templates, assessment.template, recordedVersion(assessment.templateVersion));
  return version ? localiseTemplate(version, templateLanguageOf(uiCulture())).template : undefined;
}

/**
 * Run a checklist against a record, store answers and evidence, turn failed items into findings and raise risks. The
 * templates come from the AssessmentTemplates list (one request, kept for the screen by the service); a run records
 * the version it started on and is always shown against it.
 */
export function AssessmentWorkspace(props: IAssessmentWorkspaceProps): React.ReactElement {
  const { service, strings, shared } = props;
  const [step, setStep] = React.useState<Step>({ kind: 'pick' });
  const [errorKind, setErrorKind] = React.useState<ReturnType<typeof errorKindOf> | undefined>(undefined);
  const [templates, setTemplates] = React.useState<StoredTemplateVersion[] | undefined>(undefined);
  const [refusal, setRefusal] = React.useState<string | undefined>(undefined);
  const fail = (e: unknown): void => setErrorKind(errorKindOf(e));
  React.useEffect(() => {
    let live = true;
    service.loadTemplates().then((all) => live && setTemplates(all), (e: unknown) => live && fail(e));
    return () => { live = false; };
  }, [service]);

  if (templates === undefined) {
    return (
      <section aria-label={strings.AssessTitle}>
        {errorKind ? <ErrorMessageBar kind={errorKind} strings={shared} /> : <Text>{strings.Loading}</Text>}
      </section>
    );
  }

  return (
    <section aria-label={strings.AssessTitle}>
      {errorKind && <ErrorMessageBar kind={errorKind} strings={shared} onDismiss={() => setErrorKind(undefined)} />}
      {refusal && <MessageBar messageBarType={MessageBarType.error} role="alert" onDismiss={() => setRefusal(undefined)} dismissButtonAriaLabel={strings.SystemAssessment.Close}>{refusal}</MessageBar>}
      {step.kind === 'pick' && (
        <TargetPicker {...props} templates={templates} onError={fail}
          onStart={async (target, version) => {
            try {
              setRefusal(undefined);
              const { target: checked, refusal: refused } = await checkStartTarget(service, target, version.key, strings);
              if (refused) return setRefusal(refused);
              const { template, fellBack } = localiseTemplate(version, templateLanguageOf(uiCulture()));
              const full = template.includeAIActObligations ? await service.getTarget(target.list, target.id) : checked;
              setStep({ kind: 'run', target: full, template, fellBack, questions: buildChecklist(template, { obligations: full.obligations }) });
            } catch (e: unknown) {
              fail(e);
            }
          }}
          onOpen={(target, assessment) => setStep({ kind: 'findings', target, assessment, justSaved: false })}
        />
      )}
      {step.kind === 'run' && (
        <ChecklistForm {...props} target={step.target} template={step.template} questions={step.questions} fellBack={step.fellBack} onError={fail}
          onCancel={() => setStep({ kind: 'pick' })}
          onSaved={(assessment) => setStep({ kind: 'findings', target: step.target, assessment, justSaved: true })} />
      )}
      {step.kind === 'findings' && (
        <FindingsView {...props} target={step.target} assessment={step.assessment} template={templateOfRun(templates, step.assessment)} justSaved={step.justSaved} onError={fail}
          onChanged={(assessment) => setStep({ ...step, assessment })}
          onBack={() => setStep({ kind: 'pick' })} />
      )}
    </section>
  );
}

function targetKindText(list: AssessmentTargetList, strings: IRiskRegisterStrings): string {
  return list === 'aiSystems' ? strings.AssessTargetAISystem : list === 'missions' ? strings.AssessTargetMission : strings.AssessTargetDataAsset;
}

interface ITargetPickerProps extends IAssessmentWorkspaceProps {
  templates: readonly StoredTemplateVersion[];
  onStart: (target: TargetRecord, template: StoredTemplateVersion) => void;
  onOpen: (target: TargetRecord, assessment: Stored<Assessment>) => void;
  onError: (e: unknown) => void;
}

function TargetPicker(props: ITargetPickerProps): React.ReactElement {
  const { service, strings } = props;
  const [list, setList] = React.useState<AssessmentTargetList>('dataAssets');
  const [text, setText] = React.useState('');
  // Information systems only: the records the information-system assessment runs against.
  const [systemsOnly, setSystemsOnly] = React.useState(false);
  const [results, setResults] = React.useState<TargetRecord[] | undefined>(undefined);
  const [target, setTarget] = React.useState<TargetRecord | undefined>(undefined);
  const [history, setHistory] = React.useState<Stored<Assessment>[] | undefined>(undefined);
  const language = templateLanguageOf(uiCulture());
  // Only the newest published version of each template starts an assessment; retired templates start none.
  const offered = startableTemplates(props.templates, list);
  const [templateKey, setTemplateKey] = React.useState<string>(offered[0]?.key ?? '');

  const systemType = requiredAssetType(INFORMATION_SYSTEM_TEMPLATE_KEY);
  const search = async (term: string, onlySystems = systemsOnly): Promise<void> => {
    try {
      setResults(await service.searchTargets(list, term, list === 'dataAssets' && onlySystems ? systemType : undefined));
    } catch (e: unknown) {
      props.onError(e);
    }
  };
  const choose = async (record: TargetRecord): Promise<void> => {
    setTarget(record);
    setHistory(undefined);
    try {
      setHistory(await service.assessmentsOf(record.list, record.id));
    } catch (e: unknown) {
      props.onError(e);
    }
  };
  const chosen = offered.find((t) => t.key === templateKey);
  const template = chosen ? localiseTemplate(chosen, language).template : undefined;

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h3" variant="large">{strings.AssessNew}</Text>
      <ChoiceGroup label={strings.AssessTargetKind} selectedKey={list} styles={{ flexContainer: { display: 'flex', gap: 16 } }}
        options={TARGET_LISTS.map((l) => ({ key: l, text: targetKindText(l, strings) }))}
        onChange={(_e, o) => {
          const next = o?.key as AssessmentTargetList;
          setList(next);
          setResults(undefined);
          setTarget(undefined);
          setTemplateKey(startableTemplates(props.templates, next)[0]?.key ?? '');
        }} />
      <SearchBox aria-label={strings.AssessTargetSearch} placeholder={strings.AssessTargetSearch} value={text}
        onChange={(_e, v) => setText(v ?? '')} onSearch={(v) => runTask(search(v))} styles={{ root: { maxWidth: 420 } }} />
      {list === 'dataAssets' && (
        <Checkbox label={strings.SystemAssessment.SystemsOnly} checked={systemsOnly}
          onChange={(_e, checked) => {
            setSystemsOnly(!!checked);
            // Results already shown follow the box at once; otherwise the next search does.
            if (results) runTask(search(text, !!checked));
          }} />
      )}
      <div><DefaultButton text={strings.AssessTargetSearch} onClick={() => runTask(search(text))} /></div>
      {results && (
        <div role="region" aria-label={strings.AssessTargetResults}>
          {results.length === 0 ? <Text>{strings.AssessTargetNone}</Text> : (
            <ul style={{ paddingLeft: 20, margin: 0 }}>
              {results.map((r) => (
                <li key={r.id}>
                  <Link onClick={() => runTask(choose(r))} aria-current={target?.id === r.id ? 'true' : undefined} style={{ fontWeight: target?.id === r.id ? 700 : 400 }}>{r.title}</Link>
                  {r.list === 'dataAssets' && r.assetType && <Text variant="small">{` (${choiceLabel('AssetType', r.assetType, props.shared)})`}</Text>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {target && (
        <>
          {offered.length === 0 ? <MessageBar messageBarType={MessageBarType.warning}>{strings.AssessNoTemplates}</MessageBar> : (
            <Dropdown label={strings.AssessTemplate} selectedKey={templateKey}
              options={offered.map((t) => ({ key: t.key, text: `${localiseTemplate(t, language).template.title} (${format(strings.AssessTemplateVersion, t.version)})` }))}
              onChange={(_e, o) => setTemplateKey(String(o?.key ?? ''))} styles={{ root: { maxWidth: 420 } }} />
          )}
          {template && <Text variant="small">{template.description}</Text>}
          <div><PrimaryButton text={strings.AssessStart} disabled={!chosen} onClick={() => chosen && props.onStart(target, chosen)} /></div>
          <Text as="h4" variant="mediumPlus">{format(strings.AssessHistory, target.title)}</Text>
          {history === undefined ? <Text>{strings.Loading}</Text> : history.length === 0 ? <Text>{strings.AssessHistoryEmpty}</Text> : (
            <ul style={{ paddingLeft: 20, margin: 0 }} data-testid="assessment-history">
              {history.map((a) => (
                <li key={a.id}>
                  {format(strings.AssessHistoryLine, `${templateOfRun(props.templates, a)?.title ?? a.template} (${format(strings.AssessTemplateVersion, recordedVersion(a.templateVersion))})`, formatDate(a.assessmentDate, strings.NotSet), a.assessor?.title ?? strings.NotSet, parseFindings(a.findings).length)}{' '}
                  <Link onClick={() => props.onOpen(target, a)}>{strings.AssessOpen}</Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Stack>
  );
}

interface IChecklistFormProps extends IAssessmentWorkspaceProps {
  target: TargetRecord;
  template: AssessmentTemplate;
  questions: AssessmentQuestion[];
  /** Some text shows in English (a draft's missing translation). */
  fellBack: boolean;
  onSaved: (assessment: Stored<Assessment>) => void;
  onCancel: () => void;
  onError: (e: unknown) => void;
}

interface DraftAnswer {
  value?: AnswerValue | ScaleAnswerValue;
  /** Scale items: the level chosen. */
  level?: number;
  note: string;
  evidence: string;
}

function ChecklistForm(props: IChecklistFormProps): React.ReactElement {
  const { strings, target, template, questions, session, service } = props;
  const [drafts, setDrafts] = React.useState<Record<string, DraftAnswer>>({});
  const [submitted, setSubmitted] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const answers: Record<string, AssessmentAnswer> = {};
  for (const [id, d] of Object.entries(drafts)) {
    if (d.value) answers[id] = { value: d.value, ...(d.value === 'level' ? { level: d.level } : {}), note: d.note.trim() || undefined, evidence: splitLinks(d.evidence) };
  }
  const evaluation = evaluateAssessment(questions, answers);
  const update = (id: string, patch: Partial<DraftAnswer>): void =>
    setDrafts((all) => ({ ...all, [id]: { ...(all[id] ?? { note: '', evidence: '' }), ...patch } }));

  const submit = async (): Promise<void> => {
    setSubmitted(true);
    if (evaluation.unanswered.length > 0 || evaluation.problems.length > 0) return;
    setSaving(true);
    try {
      const saved = await service.saveAssessment({
        title: `${template.title}: ${target.title}`.slice(0, 255),
        template: template.key,
        templateVersion: template.version,
        targetList: target.list,
        targetId: target.id,
        answers: JSON.stringify(answers),
        findings: JSON.stringify(evaluation.findings),
        assessor: session.currentUser,
        assessmentDate: isoDay(props.today),
        status: 'Completed'
      });
      props.onSaved(saved);
    } catch (e: unknown) {
      props.onError(e);
      setSaving(false);
    }
  };

  const answerOptions = [
    { key: 'yes', text: strings.AssessAnswerYes },
    { key: 'partial', text: strings.AssessAnswerPartial },
    { key: 'no', text: strings.AssessAnswerNo },
    { key: 'na', text: strings.AssessAnswerNa }
  ];
  return (
    <form onSubmit={(e) => { e.preventDefault(); runTask(submit()); }} aria-label={template.title}>
      <Text as="h3" variant="large" block>{template.title}: {target.title}</Text>
      <Text block data-testid="template-version">{format(strings.AssessTemplateVersion, template.version)}</Text>
      {props.fellBack && <MessageBar messageBarType={MessageBarType.info}>{strings.AssessTemplateFallback}</MessageBar>}
      {template.includeAIActObligations && !(target.obligations && target.obligations.length > 0) && (
        <MessageBar messageBarType={MessageBarType.warning}>{strings.AssessNoObligations}</MessageBar>
      )}
      {questions.map((q, index) => {
        const d = drafts[q.id] ?? { note: '', evidence: '' };
        const problems = submitted ? evaluation.problems.filter((p) => p.questionId === q.id) : [];
        const missing = submitted && evaluation.unanswered.includes(q.id);
        return (
          <fieldset key={q.id} data-question={q.id} style={{ border: '1px solid', borderRadius: 2, margin: '8px 0', padding: 8 }}>
            <legend style={{ fontWeight: 600 }}>{format(strings.AssessQuestionOf, index + 1, questions.length)}</legend>
            {q.sectionTitle && (index === 0 || questions[index - 1].section !== q.section) && <Text block variant="mediumPlus" style={{ fontWeight: 600 }}>{q.sectionTitle}</Text>}
            <Text block style={{ marginBottom: 4 }}>{q.text}</Text>
            {q.guidance && <Text block variant="small" style={{ marginBottom: 4 }}>{q.guidance}</Text>}
            {q.answerType === 'scale' ? (
              <ChoiceGroup aria-label={q.text} selectedKey={d.value === 'level' ? `level-${d.level}` : d.value === 'dontKnow' ? 'dontKnow' : null}
                options={[
                  ...(q.levels ?? []).map((text, l) => ({ key: `level-${l + 1}`, text: format(strings.AssessLevel, l + 1, text) })),
                  { key: 'dontKnow', text: strings.AssessAnswerDontKnow }
                ]}
                onChange={(_e, o) => {
                  const key = String(o?.key ?? '');
                  update(q.id, key === 'dontKnow' ? { value: 'dontKnow', level: undefined } : { value: 'level', level: Number(key.slice('level-'.length)) });
                }} />
            ) : (
              <ChoiceGroup ariaLabelledBy={undefined} aria-label={q.text} selectedKey={d.value ?? null} options={answerOptions}
                styles={{ flexContainer: { display: 'flex', gap: 16, flexWrap: 'wrap' } }}
                onChange={(_e, o) => update(q.id, { value: o?.key as AnswerValue })} />
            )}
            {missing && <Text role="alert" style={{ color: 'inherit', fontWeight: 600 }}>{format(strings.AssessUnanswered, 1)}</Text>}
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <TextField label={strings.AssessNote} value={d.note} onChange={(_e, v) => update(q.id, { note: v ?? '' })} styles={{ root: { minWidth: 240, flex: 1 } }} />
              <TextField label={strings.AssessEvidence} description={strings.AssessEvidenceHint} multiline rows={1} autoAdjustHeight value={d.evidence}
                onChange={(_e, v) => update(q.id, { evidence: v ?? '' })} styles={{ root: { minWidth: 240, flex: 1 } }}
                errorMessage={problems.length > 0 ? problems.map((p) => (p.code === 'unsafeEvidence' ? format(strings.AssessUnsafeEvidence, p.value ?? '') : strings.AssessEvidenceRequired)).join(' ') : undefined} />
            </Stack>
          </fieldset>
        );
      })}
      {evaluation.maturity && (
        <Text block role="status" data-testid="maturity">
          {evaluation.maturity.level === undefined ? strings.AssessMaturityNone
            : format(strings.AssessMaturity, formatNumber(evaluation.maturity.level), evaluation.maturity.rated, evaluation.maturity.dontKnow)}
        </Text>
      )}
      {submitted && evaluation.unanswered.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">{format(strings.AssessUnanswered, evaluation.unanswered.length)}</MessageBar>
      )}
      <Stack horizontal tokens={{ childrenGap: 8 }} style={{ marginTop: 8 }}>
        <PrimaryButton type="submit" text={saving ? strings.Saving : strings.AssessSubmit} disabled={saving} />
        <DefaultButton text={strings.Cancel} onClick={props.onCancel} disabled={saving} />
      </Stack>
    </form>
  );
}

interface IFindingsViewProps extends IAssessmentWorkspaceProps {
  target: TargetRecord;
  assessment: Stored<Assessment>;
  /** The version the run recorded, in the user's language; undefined when it is no longer in the list. */
  template: AssessmentTemplate | undefined;
  justSaved: boolean;
  onChanged: (assessment: Stored<Assessment>) => void;
  onBack: () => void;
  onError: (e: unknown) => void;
}

function FindingsView(props: IFindingsViewProps): React.ReactElement {
  const { strings, target, assessment, service } = props;
  const findings = parseFindings(assessment.findings);
  const { template } = props;
  const title = template?.title ?? assessment.template;
  const version = recordedVersion(assessment.templateVersion);
  // Maturity items give no findings: their levels are read back from the stored answers against the run's version.
  const maturity = template ? evaluateAssessment(template.questions, parseAnswers(assessment.answers)).maturity : undefined;

  const raise = (finding: AssessmentFinding): void => {
    props.onRaiseRisk(riskFromFinding(finding, target, assessment.title), (risk) => {
      const next = findings.map((f) => (f.questionId === finding.questionId ? { ...f, riskId: risk.id } : f));
      service.updateFindings(assessment.id, next, assessment.etag).then(props.onChanged, props.onError);
    });
  };

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {props.justSaved && <MessageBar messageBarType={MessageBarType.success} role="status">{format(strings.AssessSaved, findings.length)}</MessageBar>}
      <Text as="h3" variant="large">{title}: {target.title}</Text>
      <Text>{formatDate(assessment.assessmentDate, strings.NotSet)} · {assessment.assessor?.title ?? strings.NotSet} · <span data-testid="template-version">{format(strings.AssessTemplateVersion, version)}</span></Text>
      {!template && <MessageBar messageBarType={MessageBarType.warning}>{format(strings.AssessTemplateMissing, assessment.template, version)}</MessageBar>}
      {maturity && (
        <Text block data-testid="maturity">
          {maturity.level === undefined ? strings.AssessMaturityNone : format(strings.AssessMaturity, formatNumber(maturity.level), maturity.rated, maturity.dontKnow)}
        </Text>
      )}
      <Text as="h4" variant="mediumPlus">{strings.AssessFindings}</Text>
      {findings.length === 0 ? <Text>{strings.AssessNoFindings}</Text> : (
        <ul style={{ paddingLeft: 20, margin: 0 }} data-testid="findings">
          {findings.map((f) => (
            <li key={f.questionId} data-finding={f.questionId} style={{ marginBottom: 6 }}>
              <Text>{format(strings.AssessFindingLine, f.text, f.answer === 'no' ? strings.AssessGapNo : strings.AssessGapPartial, `${f.likelihood}×${f.impact} ${levelText(f.severity, strings)}`)}</Text>{' '}
              {f.riskId !== undefined ? (
                <Text style={{ fontWeight: 600 }}>{format(strings.AssessRiskRaised, f.riskId)}</Text>
              ) : (
                <DefaultButton text={strings.AssessRaiseRisk} aria-label={`${strings.AssessRaiseRisk}: ${f.text}`} onClick={() => raise(f)} styles={{ root: { height: 26 } }} />
              )}
            </li>
          ))}
        </ul>
      )}
      {template && assessment.template === INFORMATION_SYSTEM_TEMPLATE_KEY && (
        <React.Suspense fallback={<Text>{strings.Loading}</Text>}>
          <LazySystemAssessmentPart service={service} strings={strings} target={target} assessment={assessment} template={template} onError={props.onError} />
        </React.Suspense>
      )}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <DefaultButton text={strings.AssessExportFindings} disabled={findings.length === 0}
          onClick={() => downloadCsv(findingsCsv(findings, strings), `findings-${assessment.template}-${target.list}-${target.id}.csv`)} />
        <DefaultButton text={strings.AssessBack} onClick={props.onBack} />
      </Stack>
    </Stack>
  );
}
