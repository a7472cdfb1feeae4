import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  INFORMATION_SYSTEM_TEMPLATE_KEY, buildChecklist, evaluateAssessment, localiseTemplate, parseAnswers, parseFindings, recordedVersion, riskFromFinding,
  templateLanguageOf, type AnswerValue, type AssessmentAnswer, type AssessmentFinding, type AssessmentQuestion, type AssessmentTemplate,
  type ScaleAnswerValue, type StoredTemplateVersion
} from '../../../core/assessments';
import type { Assessment } from '../../../core/models/assessment';
import type { Stored } from '../../../core/models/common';
import type { Risk } from '../../../core/models/risk';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { formatDate, formatNumber, uiCulture } from '../../../ui/format';
import { downloadCsv } from '../../../ui/export/download';
import type { IRiskService, RiskSession, TargetRecord } from '../services/IRiskService';
import { findingsCsv } from './assessmentCsv';
import { LazySystemAssessmentPart } from './lazyParts';
import { TargetPicker, templateOfRun } from './TargetPicker';
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

function splitLinks(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
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
