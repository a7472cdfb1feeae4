import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { isGovernanceError, type FieldIssue } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import { RISK_CATEGORIES, RISK_TREATMENTS, type Risk } from '../../../core/models/risk';
import { currentRiskScore, hasResidual, riskLevel, riskScore } from '../../../core/risk';
import { RISKS_LIST } from '../../../core/schema';
import { isSafeHttpUrl, validateRecord } from '../../../core/validation';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { PeopleField } from '../../../ui/form/PeopleField';
import { RecordFormPanel } from '../../../ui/form/RecordFormPanel';
import type { IRiskService } from '../services/IRiskService';
import { RecordPicker } from './RecordPicker';
import { choiceLabel } from '../../../ui/choiceLabels';
import { format, levelText, riskIssueText, runTask } from './riskText';

export interface IRiskFormPanelProps {
  service: IRiskService;
  strings: IRiskRegisterStrings;
  shared: IGovernanceSuiteStrings;
  /** The stored risk being edited; absent for a new one. */
  existing?: Stored<Risk>;
  /** Starting values (a new risk, or one pre-filled from a finding). */
  initial: Risk;
  /** Says the values came from an assessment finding. */
  fromFinding?: boolean;
  onSaved: (risk: Stored<Risk>) => void;
  onDismiss: () => void;
}

/** Statuses the form offers: Accepted comes only from an acceptance decision. */
const FORM_STATUSES = ['Open', 'In treatment', 'Closed'] as const;
const SCALE: IDropdownOption[] = [1, 2, 3, 4, 5].map((n) => ({ key: n, text: String(n) }));

/** Every problem with the values, each under its field: the schema's rules, residual pairs, evidence links. */
export function riskFormIssues(values: Risk): FieldIssue[] {
  const issues = validateRecord(RISKS_LIST, values, 'create');
  if ((values.residualLikelihood === undefined) !== (values.residualImpact === undefined)) {
    issues.push({ field: values.residualLikelihood === undefined ? 'residualLikelihood' : 'residualImpact', code: 'residualIncomplete', message: 'Set both residual values or neither.' });
  }
  for (const line of (values.evidenceLinks ?? '').split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (!isSafeHttpUrl(line)) issues.push({ field: 'evidenceLinks', code: 'unsafeEvidence', message: `Not an http(s) link: ${line}`, params: { value: line } });
  }
  return issues;
}

/** The properties that differ from the stored risk (what an update sends). */
function changedFrom(stored: Stored<Risk>, values: Risk): Partial<Risk> {
  const patch: Partial<Risk> = {};
  for (const field of RISKS_LIST.fields) {
    if (field.computed) continue;
    const key = field.property;
    if (JSON.stringify(stored[key]) !== JSON.stringify(values[key])) (patch as Record<string, unknown>)[key] = values[key];
  }
  return patch;
}

/**
 * Create or edit a risk. Validates as the user types after the first save attempt (residual never above inherent,
 * evidence links http(s) only), shows the score movement live, and on an ETag conflict offers to load the saved
 * version or to save over it knowingly.
 */
export function RiskFormPanel(props: IRiskFormPanelProps): React.ReactElement {
  const { service, strings, shared, existing, onSaved, onDismiss } = props;
  const [values, setValues] = React.useState<Risk>(props.initial);
  const [stored, setStored] = React.useState<Stored<Risk> | undefined>(existing);
  const [touched, setTouched] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<{ kind: ReturnType<typeof errorKindOf> } | undefined>(undefined);
  const [conflict, setConflict] = React.useState(false);
  const issues = touched ? riskFormIssues(values) : [];
  const messageOf = (field: keyof Risk): string | undefined => {
    const issue = issues.find((i) => i.field === field);
    return issue ? riskIssueText(issue, strings, shared) : undefined;
  };
  const set = <K extends keyof Risk>(key: K, value: Risk[K]): void => setValues((v) => ({ ...v, [key]: value }));

  const save = async (overwrite: boolean = false): Promise<void> => {
    setTouched(true);
    if (riskFormIssues(values).length > 0) return;
    setSaving(true);
    setError(undefined);
    try {
      let saved: Stored<Risk>;
      if (stored) {
        const base = overwrite ? await service.getRisk(stored.id) : stored;
        saved = await service.updateRisk(stored.id, changedFrom(base, values), base.etag);
      } else {
        saved = await service.createRisk(values);
      }
      setConflict(false);
      onSaved(saved);
    } catch (e: unknown) {
      if (isGovernanceError(e, 'Conflict')) setConflict(true);
      else setError({ kind: errorKindOf(e) });
    } finally {
      setSaving(false);
    }
  };

  const reloadTheirs = async (): Promise<void> => {
    if (!stored) return;
    try {
      const fresh = await service.getRisk(stored.id);
      setStored(fresh);
      setValues(fresh);
      setConflict(false);
    } catch (e: unknown) {
      setError({ kind: errorKindOf(e) });
    }
  };

  const inherent = riskScore(values.likelihood, values.impact);
  const preview = hasResidual(values)
    ? format(strings.ScorePreview, inherent, levelText(riskLevel(inherent), strings), currentRiskScore(values), levelText(riskLevel(currentRiskScore(values)), strings))
    : format(strings.ScorePreviewNone, inherent, levelText(riskLevel(inherent), strings));
  const scaleValue = (n: number | undefined): number | string => n ?? '';
  const optional = [{ key: '', text: strings.NotSet }, ...SCALE];

  return (
    <RecordFormPanel
      title={existing ? strings.FormEditTitle : strings.FormNewTitle}
      strings={strings}
      saving={saving}
      invalid={touched && issues.length > 0}
      conflict={conflict}
      onSave={(overwrite) => runTask(save(overwrite))}
      onReloadTheirs={() => runTask(reloadTheirs())}
      onDismiss={onDismiss}
      notice={props.fromFinding && <MessageBar messageBarType={MessageBarType.info}>{strings.FormRaisedFrom}</MessageBar>}
      error={error && <ErrorMessageBar kind={error.kind} strings={shared} onDismiss={() => setError(undefined)} />}
    >
        <TextField label={strings.FieldTitle} required value={values.title} onChange={(_e, v) => set('title', v ?? '')} errorMessage={messageOf('title')} />
        <TextField label={strings.FieldDescription} multiline rows={3} value={values.description ?? ''} onChange={(_e, v) => set('description', v || undefined)} errorMessage={messageOf('description')} />
        <Dropdown label={strings.FieldCategory} selectedKey={values.category ?? ''} options={[{ key: '', text: strings.NotSet }, ...RISK_CATEGORIES.map((c) => ({ key: c, text: choiceLabel('RiskCategory', c, shared) }))]}
          onChange={(_e, o) => set('category', (o?.key || undefined) as Risk['category'])} errorMessage={messageOf('category')} />
        <Stack horizontal tokens={{ childrenGap: 12 }}>
          <Dropdown label={strings.FieldLikelihood} required selectedKey={values.likelihood} options={SCALE} onChange={(_e, o) => set('likelihood', Number(o?.key))} errorMessage={messageOf('likelihood')} styles={{ root: { flex: 1 } }} />
          <Dropdown label={strings.FieldImpact} required selectedKey={values.impact} options={SCALE} onChange={(_e, o) => set('impact', Number(o?.key))} errorMessage={messageOf('impact')} styles={{ root: { flex: 1 } }} />
        </Stack>
        <Stack horizontal tokens={{ childrenGap: 12 }}>
          <Dropdown label={strings.FieldResidualLikelihood} selectedKey={scaleValue(values.residualLikelihood)} options={optional}
            onChange={(_e, o) => set('residualLikelihood', o?.key === '' ? undefined : Number(o?.key))} errorMessage={messageOf('residualLikelihood')} styles={{ root: { flex: 1 } }} />
          <Dropdown label={strings.FieldResidualImpact} selectedKey={scaleValue(values.residualImpact)} options={optional}
            onChange={(_e, o) => set('residualImpact', o?.key === '' ? undefined : Number(o?.key))} errorMessage={messageOf('residualImpact')} styles={{ root: { flex: 1 } }} />
        </Stack>
        <Text block role="status" style={{ margin: '8px 0' }} data-testid="score-preview">{preview}</Text>
        <TextField label={strings.FieldControls} multiline rows={2} value={values.controls ?? ''} onChange={(_e, v) => set('controls', v || undefined)} errorMessage={messageOf('controls')} />
        <Dropdown label={strings.FieldTreatment} selectedKey={values.treatment ?? ''} options={[{ key: '', text: strings.NotSet }, ...RISK_TREATMENTS.map((t) => ({ key: t, text: choiceLabel('RiskTreatment', t, shared) }))]}
          onChange={(_e, o) => set('treatment', (o?.key || undefined) as Risk['treatment'])} />
        <PeopleField label={strings.FieldOwner} value={values.riskOwner} onChange={(p) => set('riskOwner', p)} onResolve={(t) => service.searchPeople(t)} strings={shared} errorMessage={messageOf('riskOwner')} />
        <TextField label={strings.FieldDueDate} type="date" value={values.dueDate ?? ''} onChange={(_e, v) => set('dueDate', v || undefined)} errorMessage={messageOf('dueDate')} />
        <Dropdown label={strings.FieldStatus} required selectedKey={values.status}
          options={(values.status === 'Accepted' ? [...FORM_STATUSES, 'Accepted'] : FORM_STATUSES).map((s) => ({ key: s, text: choiceLabel('RiskStatus', s, shared), disabled: s === 'Accepted' }))}
          onChange={(_e, o) => set('status', o?.key as Risk['status'])} />
        <RecordPicker label={strings.FieldRelatedAsset} placeholder={strings.FieldLinkSearch} value={values.relatedAsset} onChange={(v) => set('relatedAsset', v)}
          onResolve={async (t) => (await service.searchTargets('dataAssets', t)).map((r) => ({ id: r.id, title: r.title }))} />
        <RecordPicker label={strings.FieldRelatedAISystem} placeholder={strings.FieldLinkSearch} value={values.relatedAISystem} onChange={(v) => set('relatedAISystem', v)}
          onResolve={async (t) => (await service.searchTargets('aiSystems', t)).map((r) => ({ id: r.id, title: r.title }))} />
        <TextField label={strings.FieldEvidence} description={strings.FieldEvidenceHint} multiline rows={2} value={values.evidenceLinks ?? ''}
          onChange={(_e, v) => set('evidenceLinks', v || undefined)} errorMessage={messageOf('evidenceLinks')} />
    </RecordFormPanel>
  );
}
