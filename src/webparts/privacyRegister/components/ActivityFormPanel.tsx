import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { isGovernanceError, type FieldIssue } from '../../../core/errors';
import type { LookupRef, Stored } from '../../../core/models/common';
import type { Mission } from '../../../core/models/mission';
import {
  ART9_CONDITIONS, LEGAL_BASES, PROCESSING_ROLES, RETENTION_UNITS, SPECIAL_CATEGORIES, TRANSFER_SAFEGUARDS, type ProcessingActivity
} from '../../../core/privacy/model';
import { parseScreeningAnswers, screenProcessing, serializeScreeningAnswers, type ScreeningAISystem, type ScreeningAnswers } from '../../../core/privacy/screening';
import { DATA_SUBJECTS, PERSONAL_DATA_CATEGORIES } from '../../../core/reference/vocabularies';
import { PROCESSING_ACTIVITIES_LIST } from '../../../core/schema';
import { validateRecord } from '../../../core/validation';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { PeopleField } from '../../../ui/form/PeopleField';
import { RecordFormPanel } from '../../../ui/form/RecordFormPanel';
import { DatasetPicker } from '../../aiRegistry/components/DatasetPicker';
import type { IPrivacyService } from '../services/IPrivacyService';
import { AISystemPicker } from './AISystemPicker';
import { format, privacyIssueText, runTask } from './privacyText';
import { ScreeningSection } from './ScreeningSection';

/** Props of {@link ActivityFormPanel}. */
export interface IActivityFormPanelProps {
  service: IPrivacyService;
  strings: IPrivacyRegisterStrings;
  shared: IGovernanceSuiteStrings;
  /** The AI Registry's strings, for its dataset picker. */
  aiStrings: IAIRegistryStrings;
  missions: readonly Mission[];
  /** The stored record being edited; absent for a new one. */
  existing?: Stored<ProcessingActivity>;
  initial: ProcessingActivity;
  /** Title of the dataset the values came from. */
  fromDataset?: string;
  onSaved: (activity: Stored<ProcessingActivity>) => void;
  onDismiss: () => void;
}

/** Every problem with the values (the schema's rules and the privacy rules), each under its field. */
export function activityIssues(values: ProcessingActivity): FieldIssue[] {
  return validateRecord(PROCESSING_ACTIVITIES_LIST, values, 'create');
}

function options(values: readonly string[], table: Record<string, string>, notSet?: string): IDropdownOption[] {
  const list = values.map((v) => ({ key: v, text: table[v] ?? v }));
  return notSet === undefined ? list : [{ key: '', text: notSet }, ...list];
}

const identity = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((v) => [v, v]));

/**
 * Create or edit a record of processing: the Art. 30 fields for the record's role, the datasets and AI systems it
 * uses, and the DPIA screening, whose outcome updates as the user answers. Validates as the user types after the
 * first save attempt; nothing is sent while a rule fails; on an ETag conflict offers their version or overwriting it.
 */
export function ActivityFormPanel(props: IActivityFormPanelProps): React.ReactElement {
  const { service, strings, shared, aiStrings, existing, missions, onSaved, onDismiss } = props;
  const [values, setValues] = React.useState<ProcessingActivity>(props.initial);
  const [answers, setAnswers] = React.useState<ScreeningAnswers>(() => parseScreeningAnswers(props.initial.screeningAnswers));
  const [stored, setStored] = React.useState<Stored<ProcessingActivity> | undefined>(existing);
  const [systems, setSystems] = React.useState<ScreeningAISystem[]>([]);
  const [touched, setTouched] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<ReturnType<typeof errorKindOf> | undefined>(undefined);
  const [conflict, setConflict] = React.useState(false);
  const set = <K extends keyof ProcessingActivity>(key: K, value: ProcessingActivity[K]): void => setValues((v) => ({ ...v, [key]: value }));
  // A successful save closes the panel (onSaved): no state is set after that.
  const mounted = React.useRef(true);
  React.useEffect(() => () => {
    mounted.current = false;
  }, []);

  const systemIds = (values.linkedAISystems ?? []).map((s) => s.id).join(',');
  React.useEffect(() => {
    let live = true;
    const ids = (values.linkedAISystems ?? []).map((s) => s.id);
    if (ids.length === 0) setSystems([]);
    else service.screeningSystems(ids).then((found) => live && setSystems(found), () => live && setSystems([]));
    return () => {
      live = false;
    };
  }, [systemIds]);

  const record = (): ProcessingActivity => {
    const retentionUnit = values.retentionPeriod !== undefined ? values.retentionUnit ?? 'Years' : values.retentionUnit;
    return { ...values, retentionUnit, screeningAnswers: serializeScreeningAnswers(answers) };
  };
  const issues = touched ? activityIssues(record()) : [];
  const messageOf = (field: keyof ProcessingActivity): string | undefined => {
    const issue = issues.find((i) => i.field === field);
    return issue ? privacyIssueText(issue, strings, shared) : undefined;
  };
  const screening = screenProcessing(answers, values, systems);
  // Stable: the dataset picker searches again whenever this function changes.
  const searchDatasets = React.useCallback((t: string) => service.searchDatasets(t), [service]);

  const save = async (overwrite: boolean = false): Promise<void> => {
    setTouched(true);
    if (activityIssues(record()).length > 0) return;
    setSaving(true);
    setError(undefined);
    try {
      let saved: Stored<ProcessingActivity>;
      if (stored) {
        const etag = overwrite ? (await service.getActivity(stored.id)).etag : stored.etag;
        saved = await service.updateActivity(stored.id, record(), etag);
      } else {
        saved = await service.createActivity(record());
      }
      setConflict(false);
      setSaving(false);
      onSaved(saved);
    } catch (e: unknown) {
      if (!mounted.current) return;
      setSaving(false);
      if (isGovernanceError(e, 'Conflict')) setConflict(true);
      else setError(errorKindOf(e));
    }
  };

  const reloadTheirs = async (): Promise<void> => {
    if (!stored) return;
    try {
      const fresh = await service.getActivity(stored.id);
      setStored(fresh);
      setValues(fresh);
      setAnswers(parseScreeningAnswers(fresh.screeningAnswers));
      setConflict(false);
    } catch (e: unknown) {
      setError(errorKindOf(e));
    }
  };

  const F = strings.Fields;
  const heading = (text: string): React.ReactElement => <Text as="h3" variant="mediumPlus" block styles={{ root: { fontWeight: 600, marginTop: 16 } }}>{text}</Text>;
  const text = (key: 'title' | 'controller' | 'jointControllers' | 'dpoContact' | 'processorControllers' | 'processingCategories' | 'purposes' | 'recipients' | 'transferDestinations' | 'retentionTrigger' | 'securityMeasures', multiline: boolean, required?: boolean): React.ReactElement => (
    <TextField label={F[key]} required={required} multiline={multiline} rows={multiline ? 2 : undefined} value={values[key] ?? ''} disabled={saving}
      onChange={(_e, v) => set(key, key === 'title' ? v ?? '' : v || undefined)} errorMessage={messageOf(key)} />
  );
  const multi = (key: 'dataSubjectCategories' | 'personalDataCategories' | 'specialCategories', choices: readonly string[], table: Record<string, string>, required?: boolean): React.ReactElement => (
    <Dropdown label={F[key]} required={required} multiSelect selectedKeys={(values[key] ?? []) as string[]} options={options(choices, table)} disabled={saving} errorMessage={messageOf(key)}
      onChange={(_e, o) => {
        if (!o) return;
        const current = (values[key] ?? []) as string[];
        const next = o.selected ? [...current, String(o.key)] : current.filter((c) => c !== o.key);
        set(key, (next.length > 0 ? choices.filter((c) => next.includes(c)) : undefined) as never);
      }} />
  );
  const single = <K extends 'legalBasis' | 'art9Condition' | 'transferSafeguard' | 'retentionUnit'>(key: K, choices: readonly string[], table: Record<string, string>, required?: boolean): React.ReactElement => (
    <Dropdown label={F[key]} required={required} selectedKey={(values[key] as string | undefined) ?? ''} options={options(choices, table, strings.NotSet)} disabled={saving}
      errorMessage={messageOf(key)} onChange={(_e, o) => set(key, (o?.key ? String(o.key) : undefined) as ProcessingActivity[K])} />
  );
  const controller = values.role === 'Controller';
  const regions = [...new Set(missions.map((m) => m.region))].sort();
  const missionChoices = missions.filter((m) => !values.region || m.region === values.region).map((m) => m.title);

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
      notice={props.fromDataset !== undefined && <MessageBar messageBarType={MessageBarType.info} isMultiline>{format(strings.FormFromDataset, props.fromDataset)}</MessageBar>}
      error={error && <ErrorMessageBar kind={error} strings={shared} onDismiss={() => setError(undefined)} />}
    >

        {heading(strings.SectionIdentity)}
        {text('title', false, true)}
        <Dropdown label={F.role} required selectedKey={values.role} options={options(PROCESSING_ROLES, strings.Roles)} disabled={saving}
          onChange={(_e, o) => o && set('role', o.key as ProcessingActivity['role'])} />
        <Text block variant="small">{strings.ProcessorHint}</Text>
        {controller && text('purposes', true, true)}

        {heading(strings.SectionParties)}
        {controller ? <>{text('controller', true, true)}{text('jointControllers', true)}</> : <>{text('processorControllers', true, true)}{text('processingCategories', true, true)}</>}
        {text('dpoContact', false)}

        {heading(strings.SectionData)}
        {multi('dataSubjectCategories', DATA_SUBJECTS, identity(DATA_SUBJECTS), controller)}
        {multi('personalDataCategories', PERSONAL_DATA_CATEGORIES, identity(PERSONAL_DATA_CATEGORIES), controller)}
        {multi('specialCategories', SPECIAL_CATEGORIES, strings.SpecialCategories)}

        {heading(strings.SectionLawfulness)}
        {single('legalBasis', LEGAL_BASES, strings.LegalBases, controller)}
        {single('art9Condition', ART9_CONDITIONS, strings.Art9Conditions, (values.specialCategories ?? []).length > 0)}

        {heading(strings.SectionTransfers)}
        {controller && text('recipients', true, true)}
        <Toggle label={F.internationalTransfers} checked={values.internationalTransfers === true} onText={strings.Yes} offText={strings.No} disabled={saving}
          onChange={(_e, checked) => set('internationalTransfers', checked === true)} />
        {values.internationalTransfers === true && <>{text('transferDestinations', true, true)}{single('transferSafeguard', TRANSFER_SAFEGUARDS, strings.Safeguards, true)}</>}

        {heading(strings.SectionRetention)}
        <Stack horizontal tokens={{ childrenGap: 12 }}>
          <TextField label={F.retentionPeriod} type="number" min={1} value={values.retentionPeriod === undefined ? '' : String(values.retentionPeriod)} disabled={saving}
            onChange={(_e, v) => set('retentionPeriod', v === undefined || v.trim() === '' ? undefined : Number(v))} errorMessage={messageOf('retentionPeriod')} styles={{ root: { flex: 1 } }} />
          <div style={{ flex: 1 }}>{single('retentionUnit', RETENTION_UNITS, strings.RetentionUnits)}</div>
        </Stack>
        {text('retentionTrigger', false)}
        {text('securityMeasures', true, true)}

        {heading(strings.SectionOrganisation)}
        <Stack horizontal tokens={{ childrenGap: 12 }}>
          <Dropdown label={F.region} selectedKey={values.region ?? ''} options={options(regions, identity(regions), strings.NotSet)} disabled={saving} styles={{ root: { flex: 1 } }}
            onChange={(_e, o) => setValues((v) => ({ ...v, region: o?.key ? String(o.key) : undefined, mission: undefined }))} />
          <Dropdown label={F.mission} selectedKey={values.mission ?? ''} options={options(values.mission && !missionChoices.includes(values.mission) ? [values.mission, ...missionChoices] : missionChoices, {}, strings.NotSet)}
            disabled={saving} styles={{ root: { flex: 1 } }}
            onChange={(_e, o) => {
              const mission = o?.key ? String(o.key) : undefined;
              setValues((v) => ({ ...v, mission, region: missions.find((m) => m.title === mission)?.region ?? v.region }));
            }} />
        </Stack>
        <PeopleField label={F.owner} value={values.owner} onChange={(p) => set('owner', p)} onResolve={(t) => service.searchPeople(t)} strings={shared} errorMessage={messageOf('owner')} disabled={saving} />
        <TextField label={F.reviewDate} type="date" value={values.reviewDate?.slice(0, 10) ?? ''} onChange={(_e, v) => set('reviewDate', v || undefined)} errorMessage={messageOf('reviewDate')} disabled={saving} />

        {heading(strings.SectionLinks)}
        <DatasetPicker value={(values.linkedDataAssets ?? []) as LookupRef[]} onChange={(v) => set('linkedDataAssets', v)} search={searchDatasets}
          load={(ids) => service.datasets(ids)} disabled={saving} strings={aiStrings} />
        <AISystemPicker label={F.linkedAISystems} placeholder={strings.AISystemsPlaceholder} value={values.linkedAISystems ?? []} onChange={(v) => set('linkedAISystems', v)}
          onResolve={(t) => service.searchAISystems(t)} disabled={saving} />

        <ScreeningSection answers={answers} onChange={setAnswers} result={screening} disabled={saving} strings={strings} />
        <TextField label={F.dpiaLink} type="url" value={values.dpiaLink?.url ?? ''} disabled={saving} errorMessage={messageOf('dpiaLink')}
          onChange={(_e, v) => set('dpiaLink', v ? { url: v } : undefined)} />
    </RecordFormPanel>
  );
}
