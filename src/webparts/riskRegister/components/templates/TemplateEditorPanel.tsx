import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { hiddenContentStyle, mergeStyles } from '@fluentui/react/lib/Styling';
import {
  SCALE_LEVELS, TEMPLATE_LANGUAGES, emptyText, fromTemplateRecord, toTemplateRecord, validateTemplate,
  type AnswerType, type AssessmentTemplateRecord, type LocalText, type StoredTemplateVersion, type TemplateField, type TemplateIssue,
  type TemplateLanguage, type TemplateQuestion, type TemplateSection, type TemplateVersion
} from '../../../../core/assessments';
import { isGovernanceError } from '../../../../core/errors';
import { ASSESSMENT_TARGET_LISTS, type AssessmentTargetList } from '../../../../core/models/assessment';
import type { Stored } from '../../../../core/models/common';
import { RISK_CATEGORIES, type RiskCategory } from '../../../../core/models/risk';
import { ASSESSMENT_TEMPLATES_LIST } from '../../../../core/schema/lists/assessmentTemplates';
import { choiceLabel } from '../../../../ui/choiceLabels';
import { ConflictDialog } from '../../../../ui/ConflictDialog';
import { ErrorMessageBar } from '../../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../../ui/errorText';
import { format } from '../../../../ui/format';
import type { IRiskService } from '../../services/IRiskService';
import { runTask } from '../riskText';
import { MoveButtons } from './MoveButtons';
import { moveFocusKey, moveItem } from './moveItem';
import { languageName, templateIssueText, templateIssueWhere } from './templateText';

export interface ITemplateEditorPanelProps {
  service: IRiskService;
  strings: IRiskRegisterStrings;
  shared: IGovernanceSuiteStrings;
  /** The draft to edit (only drafts are edited). */
  template: StoredTemplateVersion;
  /** Open with the publishing checks shown (a "Publish" from the list that met problems). */
  checkPublishing?: boolean;
  onSaved: (template: StoredTemplateVersion) => void;
  onPublished: (template: StoredTemplateVersion) => void;
  onDismiss: () => void;
}

/** Where a field sits, to find its problems. */
interface At {
  field: TemplateField;
  section?: number;
  question?: number;
  level?: number;
}

function sameSpot(issue: TemplateIssue, at: At): boolean {
  return issue.field === at.field && issue.section === at.section && issue.question === at.question && (at.level === undefined || issue.level === at.level);
}

function blankQuestion(id: string): TemplateQuestion {
  return {
    id, text: emptyText(), guidance: emptyText(), answerType: 'yesNo', levels: [], weight: 1, evidenceRequired: false, frameworkRefs: [],
    category: 'Regulatory compliance', likelihood: 3, impact: 3
  };
}

function unusedId(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

const SCORES = [1, 2, 3, 4, 5].map((n) => ({ key: n, text: String(n) }));
const screenReaderOnly = mergeStyles(hiddenContentStyle);

/**
 * Edits a draft template version: texts in the language chosen (the English shown under French and Spanish fields),
 * sections, questions, answer type, levels, weights, evidence and framework references, with each problem beside its
 * field. Save keeps a draft (translations may be missing); "Publish as version N" needs everything. Saves carry
 * If-Match; a conflict opens the suite's conflict dialog.
 */
export function TemplateEditorPanel(props: ITemplateEditorPanelProps): React.ReactElement {
  const { service, strings, shared } = props;
  const [draft, setDraft] = React.useState<TemplateVersion>(props.template);
  const [etag, setEtag] = React.useState(props.template.etag);
  const [language, setLanguage] = React.useState<TemplateLanguage>('en');
  const [attempt, setAttempt] = React.useState<'none' | 'save' | 'publish'>(props.checkPublishing ? 'publish' : 'none');
  const [busy, setBusy] = React.useState(false);
  const [saved, setSaved] = React.useState(false);
  const [errorKind, setErrorKind] = React.useState<ReturnType<typeof errorKindOf> | undefined>(undefined);
  const [conflict, setConflict] = React.useState<Stored<AssessmentTemplateRecord> | undefined>(undefined);
  const id = props.template.id;
  const contentRef = React.useRef<HTMLDivElement>(null);
  // After a move, the moved item's button takes the focus and the move is announced.
  const [focusMove, setFocusMove] = React.useState<string | undefined>(undefined);
  const [moved, setMoved] = React.useState('');
  React.useEffect(() => {
    if (focusMove === undefined) return;
    contentRef.current?.querySelector<HTMLElement>(`[data-move="${focusMove}"]`)?.focus();
    setFocusMove(undefined);
  }, [focusMove]);

  const issues = attempt === 'none' ? [] : validateTemplate(draft, { publishing: attempt === 'publish' });
  const messageAt = (at: At): string | undefined => {
    const here = issues.filter((i) => sameSpot(i, at) && (i.language === undefined || i.language === language));
    return here.length > 0 ? here.map((i) => templateIssueText(i, strings)).join(' ') : undefined;
  };

  const change = (next: TemplateVersion): void => {
    setDraft(next);
    setSaved(false);
  };
  const setSections = (sections: TemplateSection[]): void => change({ ...draft, body: { ...draft.body, sections } });
  const updateSection = (s: number, patch: Partial<TemplateSection>): void => setSections(draft.body.sections.map((x, i) => (i === s ? { ...x, ...patch } : x)));
  const updateQuestion = (s: number, q: number, patch: Partial<TemplateQuestion>): void =>
    updateSection(s, { questions: draft.body.sections[s].questions.map((x, i) => (i === q ? { ...x, ...patch } : x)) });
  const allQuestionIds = draft.body.sections.flatMap((s) => s.questions.map((q) => q.id));
  const moveSection = (s: number, direction: 'up' | 'down'): void => {
    const to = direction === 'up' ? s - 1 : s + 1;
    setSections([...moveItem(draft.body.sections, s, to)]);
    setFocusMove(moveFocusKey('section', to, to, draft.body.sections.length, direction));
    setMoved(format(strings.TplSectionMoved, s + 1, to + 1));
  };
  const moveQuestion = (s: number, q: number, direction: 'up' | 'down'): void => {
    const to = direction === 'up' ? q - 1 : q + 1;
    const questions = draft.body.sections[s].questions;
    updateSection(s, { questions: [...moveItem(questions, q, to)] });
    setFocusMove(moveFocusKey('question', s, to, questions.length, direction));
    setMoved(format(strings.TplQuestionMoved, q + 1, to + 1, s + 1));
  };

  const write = async (mode: 'save' | 'publish', withEtag: string): Promise<void> => {
    setBusy(true);
    setErrorKind(undefined);
    try {
      if (mode === 'save') {
        const result = await service.saveTemplateDraft(id, draft, withEtag);
        setEtag(result.etag);
        setDraft(result);
        setSaved(true);
        props.onSaved(result);
      } else {
        props.onPublished(await service.publishTemplate(id, draft, withEtag));
      }
      setConflict(undefined);
    } catch (e: unknown) {
      if (isGovernanceError(e, 'Conflict')) {
        setConflict(await service.getTemplateRecord(id));
      } else {
        setErrorKind(errorKindOf(e));
      }
    } finally {
      setBusy(false);
    }
  };
  const submit = (mode: 'save' | 'publish'): void => {
    setAttempt(mode);
    if (validateTemplate(draft, { publishing: mode === 'publish' }).length > 0) return;
    runTask(write(mode, etag));
  };

  /** A text field of the language being edited, the English under it as reference. */
  const textField = (label: string, text: LocalText, onChange: (next: LocalText) => void, at: At, multiline = false): React.ReactElement => (
    <TextField label={`${label} (${languageName(language, strings)})`} value={text[language]} multiline={multiline} autoAdjustHeight={multiline}
      description={language !== 'en' && text.en ? format(strings.TplEnglishReference, text.en) : undefined}
      errorMessage={messageAt(at)} onChange={(_e, v) => onChange({ ...text, [language]: v ?? '' })} />
  );
  const numberField = (label: string, value: number, onChange: (n: number) => void, at: At): React.ReactElement => (
    <TextField label={label} type="number" min={0} step="any" value={Number.isNaN(value) ? '' : String(value)} errorMessage={messageAt(at)}
      onChange={(_e, v) => onChange(v === undefined || v.trim() === '' ? NaN : Number(v))} styles={{ root: { maxWidth: 200 } }} />
  );

  const summary = issues.length > 0 && (
    <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" data-testid="template-issues">
      <Text block>{attempt === 'publish' ? strings.TplFixBeforePublish : strings.TplFixBeforeSave}</Text>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {issues.map((issue, i) => {
          const where = templateIssueWhere(issue, strings);
          return <li key={i}>{where ? `${where}: ` : ''}{templateIssueText(issue, strings)}</li>;
        })}
      </ul>
    </MessageBar>
  );

  const footer = (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={strings.TplSave} disabled={busy} onClick={() => submit('save')} />
      <DefaultButton text={format(strings.TplPublish, draft.version)} disabled={busy} onClick={() => submit('publish')} />
      <DefaultButton text={strings.Cancel} disabled={busy} onClick={props.onDismiss} />
    </Stack>
  );

  const summariseBody = (record: Partial<AssessmentTemplateRecord>): Partial<AssessmentTemplateRecord> => {
    const read = fromTemplateRecord({ ...toTemplateRecord(draft), ...record } as AssessmentTemplateRecord);
    const questions = read.body.sections.reduce((n, s) => n + s.questions.length, 0);
    return { ...record, body: format(strings.TplBodySummary, read.body.sections.length, questions) };
  };
  const mine = toTemplateRecord(draft);
  const labels: Record<string, string> = {
    title: `${strings.TplTitle} (${strings.TplLangEn})`, titleFr: `${strings.TplTitle} (${strings.TplLangFr})`, titleEs: `${strings.TplTitle} (${strings.TplLangEs})`,
    description: `${strings.TplDescription} (${strings.TplLangEn})`, descriptionFr: `${strings.TplDescription} (${strings.TplLangFr})`, descriptionEs: `${strings.TplDescription} (${strings.TplLangEs})`,
    targetList: strings.TplColTarget, body: strings.TplBody, state: strings.TplColState
  };

  return (
    <Panel isOpen type={PanelType.large} onDismiss={props.onDismiss} isFooterAtBottom onRenderFooterContent={() => footer}
      headerText={format(strings.TplEditorTitle, draft.title.en || draft.key, draft.version)} closeButtonAriaLabel={strings.Close}>
      <div ref={contentRef}>
      <div role="status" className={screenReaderOnly}>{moved}</div>
      <Stack tokens={{ childrenGap: 12 }} data-testid="template-editor">
        {errorKind && <ErrorMessageBar kind={errorKind} strings={shared} onDismiss={() => setErrorKind(undefined)} />}
        {saved && <MessageBar messageBarType={MessageBarType.success} role="status">{strings.TplSaved}</MessageBar>}
        {summary}
        <ChoiceGroup label={strings.TplLanguage} selectedKey={language} styles={{ flexContainer: { display: 'flex', gap: 16 } }}
          options={TEMPLATE_LANGUAGES.map((l) => ({ key: l, text: languageName(l, strings) }))}
          onChange={(_e, o) => o && setLanguage(o.key as TemplateLanguage)} />
        {textField(strings.TplTitle, draft.title, (title) => change({ ...draft, title }), { field: 'title' })}
        {textField(strings.TplDescription, draft.description, (description) => change({ ...draft, description }), { field: 'description' }, true)}
        <Dropdown label={strings.TplColTarget} selectedKey={draft.targetList} styles={{ root: { maxWidth: 320 } }}
          options={ASSESSMENT_TARGET_LISTS.filter((l) => l !== 'risks').map((l) => ({ key: l, text: targetText(l, strings) }))}
          onChange={(_e, o) => o && change({ ...draft, targetList: o.key as AssessmentTargetList })} />
        {draft.targetList === 'aiSystems' && (
          <Checkbox label={strings.TplIncludeObligations} checked={draft.body.includeAIActObligations}
            onChange={(_e, v) => change({ ...draft, body: { ...draft.body, includeAIActObligations: v === true } })} />
        )}
        {messageAt({ field: 'questions' }) && <Text role="alert" style={{ fontWeight: 600 }}>{messageAt({ field: 'questions' })}</Text>}

        {draft.body.sections.map((section, s) => (
          <fieldset key={s} data-section={section.id} style={{ border: '1px solid', borderRadius: 2, padding: 8 }}>
            <legend style={{ fontWeight: 600 }}>{format(strings.TplSection, s + 1)}</legend>
            <Stack tokens={{ childrenGap: 8 }}>
              <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
                <MoveButtons moveKey={`section:${s}`} index={s} count={draft.body.sections.length} onMove={(direction) => moveSection(s, direction)}
                  upLabel={format(strings.TplMoveSectionUp, s + 1)} downLabel={format(strings.TplMoveSectionDown, s + 1)} />
                <TextField label={strings.TplSectionId} value={section.id} errorMessage={messageAt({ field: 'sectionId', section: s })}
                  onChange={(_e, v) => updateSection(s, { id: v ?? '' })} styles={{ root: { maxWidth: 240 } }} />
                {numberField(strings.TplSectionWeight, section.weight, (weight) => updateSection(s, { weight }), { field: 'sectionWeight', section: s })}
              </Stack>
              {textField(strings.TplSectionTitle, section.title, (title) => updateSection(s, { title }), { field: 'sectionTitle', section: s })}
              {messageAt({ field: 'questions', section: s }) && <Text role="alert" style={{ fontWeight: 600 }}>{messageAt({ field: 'questions', section: s })}</Text>}
              {section.questions.map((q, i) => (
                <QuestionFields key={i} question={q} s={s} i={i} count={section.questions.length} onMove={(direction) => moveQuestion(s, i, direction)}
                  language={language} strings={strings} shared={shared}
                  textField={textField} numberField={numberField} messageAt={messageAt} onChange={(patch) => updateQuestion(s, i, patch)}
                  onRemove={() => updateSection(s, { questions: section.questions.filter((_x, k) => k !== i) })} />
              ))}
              <Stack horizontal tokens={{ childrenGap: 8 }}>
                <DefaultButton iconProps={{ iconName: 'Add' }} text={strings.TplAddQuestion}
                  onClick={() => updateSection(s, { questions: [...section.questions, blankQuestion(unusedId('q', allQuestionIds))] })} />
                <DefaultButton iconProps={{ iconName: 'Delete' }} text={format(strings.TplRemoveSection, s + 1)}
                  onClick={() => setSections(draft.body.sections.filter((_x, k) => k !== s))} />
              </Stack>
            </Stack>
          </fieldset>
        ))}
        <div>
          <DefaultButton iconProps={{ iconName: 'Add' }} text={strings.TplAddSection}
            onClick={() => setSections([...draft.body.sections, { id: unusedId('section-', draft.body.sections.map((x) => x.id)), title: emptyText(), weight: 1, questions: [] }])} />
        </div>
      </Stack>
      </div>
      {conflict && (
        <ConflictDialog<AssessmentTemplateRecord> list={ASSESSMENT_TEMPLATES_LIST} strings={shared} busy={busy}
          mine={summariseBody(mine)} theirs={{ ...conflict, ...summariseBody(conflict) } as Stored<AssessmentTemplateRecord>}
          fieldLabel={(field) => labels[field.property] ?? field.displayName}
          onReloadTheirs={() => {
            setDraft(fromTemplateRecord(conflict));
            setEtag(conflict.etag);
            setConflict(undefined);
          }}
          onReapply={() => runTask(write('save', conflict.etag))} />
      )}
    </Panel>
  );
}

function targetText(list: AssessmentTargetList, strings: IRiskRegisterStrings): string {
  return list === 'aiSystems' ? strings.AssessTargetAISystem : list === 'missions' ? strings.AssessTargetMission : strings.AssessTargetDataAsset;
}

interface IQuestionFieldsProps {
  question: TemplateQuestion;
  s: number;
  i: number;
  /** Questions in the section (the last one cannot move down). */
  count: number;
  onMove: (direction: 'up' | 'down') => void;
  language: TemplateLanguage;
  strings: IRiskRegisterStrings;
  shared: IGovernanceSuiteStrings;
  textField: (label: string, text: LocalText, onChange: (next: LocalText) => void, at: At, multiline?: boolean) => React.ReactElement;
  numberField: (label: string, value: number, onChange: (n: number) => void, at: At) => React.ReactElement;
  messageAt: (at: At) => string | undefined;
  onChange: (patch: Partial<TemplateQuestion>) => void;
  onRemove: () => void;
}

/** One question's fields. */
function QuestionFields(props: IQuestionFieldsProps): React.ReactElement {
  const { question: q, s, i, strings, shared, textField, numberField, messageAt, onChange } = props;
  const at = (field: TemplateField, level?: number): At => ({ field, section: s, question: i, level });
  return (
    <fieldset data-question={q.id} style={{ border: '1px dashed', borderRadius: 2, padding: 8 }}>
      <legend>{format(strings.TplQuestion, i + 1)}</legend>
      <Stack tokens={{ childrenGap: 6 }}>
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <MoveButtons moveKey={`question:${s}:${i}`} index={i} count={props.count} onMove={props.onMove}
            upLabel={format(strings.TplMoveQuestionUp, i + 1)} downLabel={format(strings.TplMoveQuestionDown, i + 1)} />
          <TextField label={strings.TplQuestionId} value={q.id} errorMessage={messageAt(at('questionId'))} onChange={(_e, v) => onChange({ id: v ?? '' })} styles={{ root: { maxWidth: 320 } }} />
        </Stack>
        {textField(strings.TplQuestionText, q.text, (text) => onChange({ text }), at('text'), true)}
        {textField(strings.TplGuidance, q.guidance, (guidance) => onChange({ guidance }), at('guidance'), true)}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <Dropdown label={strings.TplAnswerType} selectedKey={q.answerType} styles={{ root: { minWidth: 280 } }}
            options={[{ key: 'yesNo', text: strings.TplAnswerYesNo }, { key: 'scale', text: strings.TplAnswerScale }]}
            onChange={(_e, o) => {
              const answerType = o?.key as AnswerType;
              onChange({ answerType, levels: answerType === 'scale' && q.levels.length !== SCALE_LEVELS ? Array.from({ length: SCALE_LEVELS }, (_x, l) => q.levels[l] ?? emptyText()) : q.levels });
            }} />
          {numberField(strings.TplWeight, q.weight, (weight) => onChange({ weight }), at('weight'))}
        </Stack>
        {q.answerType === 'scale' && (
          <Stack tokens={{ childrenGap: 4 }}>
            {messageAt(at('levels')) && q.levels.length !== SCALE_LEVELS && <Text role="alert">{messageAt(at('levels'))}</Text>}
            {q.levels.map((level, l) => (
              <React.Fragment key={l}>
                {textField(format(strings.TplLevel, l + 1), level, (next) => onChange({ levels: q.levels.map((x, k) => (k === l ? next : x)) }), at('levels', l + 1))}
              </React.Fragment>
            ))}
          </Stack>
        )}
        <Checkbox label={strings.TplEvidenceRequired} checked={q.evidenceRequired} onChange={(_e, v) => onChange({ evidenceRequired: v === true })} />
        <TextField label={strings.TplFrameworkRefs} description={strings.TplFrameworkRefsHint} multiline autoAdjustHeight rows={2}
          value={q.frameworkRefs.join('\n')} errorMessage={messageAt(at('frameworkRefs'))}
          onChange={(_e, v) => onChange({ frameworkRefs: v ? v.split('\n') : [] })} />
        {q.answerType === 'yesNo' && (
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <Dropdown label={strings.TplCategory} selectedKey={q.category} styles={{ root: { minWidth: 240 } }}
              options={RISK_CATEGORIES.map((c) => ({ key: c, text: choiceLabel('RiskCategory', c, shared) }))}
              onChange={(_e, o) => o && onChange({ category: o.key as RiskCategory })} />
            <Dropdown label={strings.TplLikelihood} selectedKey={q.likelihood} options={SCORES} onChange={(_e, o) => o && onChange({ likelihood: Number(o.key) })} styles={{ root: { minWidth: 160 } }}
              errorMessage={messageAt(at('risk'))} />
            <Dropdown label={strings.TplImpact} selectedKey={q.impact} options={SCORES} onChange={(_e, o) => o && onChange({ impact: Number(o.key) })} styles={{ root: { minWidth: 160 } }} />
          </Stack>
        )}
        <div><DefaultButton iconProps={{ iconName: 'Delete' }} text={format(strings.TplRemoveQuestion, i + 1)} onClick={props.onRemove} /></div>
      </Stack>
    </fieldset>
  );
}
