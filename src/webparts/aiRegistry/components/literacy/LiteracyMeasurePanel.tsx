import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { isGovernanceError, type FieldIssue } from '../../../../core/errors';
import { DEFAULT_REFRESH_MONTHS, LITERACY_AUDIENCE_KINDS, LITERACY_FORMATS, type LiteracyAudienceKind, type LiteracyFormat, type LiteracyMeasure } from '../../../../core/literacy/model';
import { validateMeasure, type LiteracyIssueCode } from '../../../../core/literacy/validation';
import type { PersonRef, Stored } from '../../../../core/models/common';
import { errorKindOf, errorText } from '../../../../ui/errorText';
import { format } from '../../../../ui/format';
import { PeopleField } from '../../../../ui/form/PeopleField';
import type { ILiteracyService } from '../../services/ILiteracyService';
import { AUDIENCE_KEYS, FORMAT_KEYS } from './literacyText';

/** An AI system a lead can choose. */
export interface SystemOption {
  readonly id: number;
  readonly title: string;
}

/** Props of {@link LiteracyMeasurePanel}. */
export interface ILiteracyMeasurePanelProps {
  /** The measure to edit (with its ETag); absent for a new one. */
  measure?: Stored<LiteracyMeasure>;
  /** Systems ticked in a new measure (the system whose panel is open). */
  initialSystems: readonly number[];
  systems: readonly SystemOption[];
  service: ILiteracyService;
  onResolvePeople: (text: string) => Promise<PersonRef[]>;
  onSaved: () => void;
  onDismiss: () => void;
  strings: IAIRegistryLiteracyStrings;
  suiteStrings: IGovernanceSuiteStrings;
  now: Date;
}

interface Draft {
  title: string;
  audienceKind: LiteracyAudienceKind;
  audienceValues: string;
  audiencePeople: PersonRef[];
  systems: number[];
  objective: string;
  format?: LiteracyFormat;
  deliveredOn: string;
  evidence: string;
  refresh: string;
}

function draftOf(measure: LiteracyMeasure | undefined, initialSystems: readonly number[]): Draft {
  return {
    title: measure?.title ?? '',
    audienceKind: measure?.audienceKind ?? 'Departments',
    audienceValues: measure?.audienceValues ?? '',
    audiencePeople: [...(measure?.audiencePeople ?? [])],
    systems: measure ? (measure.coveredSystems ?? []).map((r) => r.id) : [...initialSystems],
    objective: measure?.objective ?? '',
    format: measure?.format,
    deliveredOn: measure?.deliveredOn?.slice(0, 10) ?? '',
    evidence: measure?.evidenceLink?.url ?? '',
    refresh: String(measure?.refreshMonths ?? DEFAULT_REFRESH_MONTHS)
  };
}

function measureOf(draft: Draft): Partial<LiteracyMeasure> {
  const refresh = draft.refresh.trim();
  return {
    title: draft.title,
    audienceKind: draft.audienceKind,
    audienceValues: draft.audienceKind === 'Named people' ? undefined : draft.audienceValues,
    audiencePeople: draft.audienceKind === 'Named people' ? draft.audiencePeople : [],
    coveredSystems: draft.systems.map((id) => ({ id })),
    objective: draft.objective,
    format: draft.format,
    deliveredOn: draft.deliveredOn.trim() === '' ? undefined : draft.deliveredOn.trim(),
    evidenceLink: draft.evidence.trim() === '' ? undefined : { url: draft.evidence.trim() },
    refreshMonths: refresh === '' ? undefined : Number(refresh)
  };
}

const ignoreOuterClick = (): void => undefined;

/**
 * A lead's form for a literacy measure. The rules run before anything is sent (unknown AI systems are checked again
 * by the data layer against the registry); every problem shows under its field; an edit carries If-Match and a
 * conflict offers their version or saving over it.
 */
export function LiteracyMeasurePanel(props: ILiteracyMeasurePanelProps): React.ReactElement {
  const { measure, service, strings, suiteStrings } = props;
  const f = strings.Form;
  const [draft, setDraft] = React.useState<Draft>(() => draftOf(measure, props.initialSystems));
  const [etag, setEtag] = React.useState(measure?.etag);
  const [issues, setIssues] = React.useState<readonly FieldIssue[]>([]);
  const [failure, setFailure] = React.useState<string | undefined>();
  const [conflict, setConflict] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft((d) => ({ ...d, [key]: value }));

  const options = React.useMemo(() => {
    const known = new Map(props.systems.map((s) => [s.id, s.title]));
    for (const id of draft.systems) if (!known.has(id)) known.set(id, `#${id}`);
    return Array.from(known.entries()).map(([id, title]) => ({ key: id, text: title }));
  }, [props.systems]);

  const fieldError = (field: string): string | undefined => {
    const issue = issues.find((i) => i.field === field);
    return issue ? strings.Errors[issue.code as LiteracyIssueCode] ?? issue.message : undefined;
  };

  const save = async (overwrite: boolean): Promise<void> => {
    setFailure(undefined);
    const values = measureOf(draft);
    // Unknown ids are the data layer's check (it reads the registry); here only the rules of the form.
    const found = validateMeasure(values, { isKnownSystem: () => true, now: props.now });
    setIssues(found);
    if (found.length > 0) return;
    setSaving(true);
    try {
      let tag = etag;
      if (measure && overwrite) {
        tag = (await service.getMeasure(measure.id)).etag;
        setEtag(tag);
      }
      await service.saveMeasure(values, measure && tag ? { id: measure.id, etag: tag } : undefined);
      // The panel closes on success (no state update after it unmounts).
      props.onSaved();
    } catch (error) {
      setSaving(false);
      if (isGovernanceError(error, 'Conflict')) setConflict(true);
      else if (isGovernanceError(error, 'Validation') && error.issues.length > 0) setIssues(error.issues);
      else setFailure(errorText(errorKindOf(error), suiteStrings));
    }
  };
  const reloadTheirs = async (): Promise<void> => {
    if (!measure) return;
    try {
      const theirs = await service.getMeasure(measure.id);
      setDraft(draftOf(theirs, props.initialSystems));
      setEtag(theirs.etag);
      setConflict(false);
    } catch (error) {
      setFailure(errorText(errorKindOf(error), suiteStrings));
    }
  };

  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={saving ? f.Saving : f.Save} disabled={saving} onClick={() => { save(false).catch(() => undefined); }} />
      <DefaultButton text={f.Cancel} disabled={saving} onClick={props.onDismiss} />
    </Stack>
  );

  return (
    <Panel isOpen type={PanelType.medium} headerText={measure ? f.TitleEdit : f.TitleNew} closeButtonAriaLabel={suiteStrings.Close}
      onDismiss={props.onDismiss} isBlocking onOuterClick={ignoreOuterClick} isFooterAtBottom onRenderFooterContent={footer}>
      <Stack tokens={{ childrenGap: 10 }} data-testid="literacy-measure-form">
        {issues.length > 0 && <MessageBar messageBarType={MessageBarType.error} role="alert">{f.FixErrors}</MessageBar>}
        {failure && <MessageBar messageBarType={MessageBarType.error} role="alert">{failure}</MessageBar>}
        {conflict && (
          <MessageBar messageBarType={MessageBarType.warning} role="alert"
            actions={<div><DefaultButton text={f.ConflictReload} onClick={() => { reloadTheirs().catch(() => undefined); }} /><DefaultButton text={f.ConflictOverwrite} onClick={() => { save(true).catch(() => undefined); }} /></div>}>
            {f.ConflictMessage}
          </MessageBar>
        )}
        <TextField label={f.Title} required value={draft.title} maxLength={255} onChange={(_, v) => set('title', v ?? '')} errorMessage={fieldError('title')} disabled={saving} />
        <Dropdown label={f.AudienceKind} required selectedKey={draft.audienceKind} disabled={saving}
          options={LITERACY_AUDIENCE_KINDS.map((k) => ({ key: k, text: strings.AudienceKinds[AUDIENCE_KEYS[k]] }))}
          onChange={(_, o) => o && set('audienceKind', o.key as LiteracyAudienceKind)} />
        {draft.audienceKind === 'Named people' ? (
          <Stack tokens={{ childrenGap: 4 }}>
            <Text as="h4" styles={{ root: { fontWeight: 600, margin: 0 } }}>{f.AudiencePeople}</Text>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {draft.audiencePeople.map((p) => (
                <li key={p.id}>
                  {p.title}
                  <IconButton iconProps={{ iconName: 'Cancel' }} ariaLabel={format(f.RemovePerson, p.title)} title={format(f.RemovePerson, p.title)} disabled={saving}
                    onClick={() => set('audiencePeople', draft.audiencePeople.filter((x) => x.id !== p.id))} />
                </li>
              ))}
            </ul>
            <PeopleField label={f.AddPerson} value={undefined} onResolve={props.onResolvePeople} disabled={saving} strings={suiteStrings}
              errorMessage={fieldError('audience')}
              onChange={(p) => { if (p && !draft.audiencePeople.some((x) => x.id === p.id)) set('audiencePeople', [...draft.audiencePeople, p]); }} />
          </Stack>
        ) : (
          <TextField label={f.AudienceValues} multiline rows={3} required value={draft.audienceValues} description={f.AudienceValuesHint}
            onChange={(_, v) => set('audienceValues', v ?? '')} errorMessage={fieldError('audience')} disabled={saving} />
        )}
        <Dropdown label={f.Systems} required multiSelect selectedKeys={draft.systems} options={options} disabled={saving} errorMessage={fieldError('coveredSystems')}
          onChange={(_, o) => {
            if (!o) return;
            const id = Number(o.key);
            set('systems', o.selected ? [...draft.systems, id] : draft.systems.filter((x) => x !== id));
          }} />
        <TextField label={f.Objective} multiline rows={3} value={draft.objective} onChange={(_, v) => set('objective', v ?? '')} errorMessage={fieldError('objective')} disabled={saving} />
        <Dropdown label={f.Format} selectedKey={draft.format ?? ''} disabled={saving} errorMessage={fieldError('format')}
          options={[{ key: '', text: f.FormatNone }, ...LITERACY_FORMATS.map((k) => ({ key: k, text: strings.Formats[FORMAT_KEYS[k]] }))]}
          onChange={(_, o) => set('format', o && o.key !== '' ? (o.key as LiteracyFormat) : undefined)} />
        <TextField label={f.Delivered} value={draft.deliveredOn} placeholder="2026-03-31" onChange={(_, v) => set('deliveredOn', v ?? '')} errorMessage={fieldError('deliveredOn')} disabled={saving} />
        <TextField label={f.Evidence} type="url" value={draft.evidence} placeholder="https://" onChange={(_, v) => set('evidence', v ?? '')} errorMessage={fieldError('evidenceLink')} disabled={saving} />
        <TextField label={f.Refresh} type="number" min={1} value={draft.refresh} onChange={(_, v) => set('refresh', v ?? '')} errorMessage={fieldError('refreshMonths')} disabled={saving} />
      </Stack>
    </Panel>
  );
}
