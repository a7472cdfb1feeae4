import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { isGovernanceError } from '../../../core/errors';
import type { FieldIssue } from '../../../core/errors';
import type { AISystem } from '../../../core/models/aiSystem';
import { AI_APPROVAL_STATUSES, AI_LIFECYCLES, AI_SYSTEM_TYPES } from '../../../core/models/aiSystem';
import type { LinkValue, LookupRef, PersonRef, Stored } from '../../../core/models/common';
import { DEPARTMENTS } from '../../../core/reference';
import { AI_SYSTEMS_LIST } from '../../../core/schema/lists/aiSystems';
import { validateRecord } from '../../../core/validation';
import { errorKindOf, errorText, issueText } from '../../../ui/errorText';
import { format } from '../../../ui/format';
import { PeopleField } from '../../../ui/form/PeopleField';
import type { DatasetOption } from '../services/IAIRegistryService';
import { DatasetPicker } from './DatasetPicker';
import { changedSystemValues, EDITABLE_PROPERTIES, type SystemDraft } from './systemDraft';

/** What the form submits: a new record, or the changed values of an existing one with the ETag it was read with. */
export type SystemSubmission = { mode: 'create'; values: AISystem } | { mode: 'update'; id: number; etag: string; patch: Partial<AISystem> };

/** Props of {@link SystemFormPanel}. */
export interface ISystemFormPanelProps {
  record?: Stored<AISystem>;
  /** Values a new record starts with (e.g. a tool found by usage monitoring: name, domain, vendor). */
  initial?: Partial<AISystem>;
  /** Saves; reject with a GovernanceError (kind Conflict when someone saved first) to keep the form open. */
  onSubmit: (submission: SystemSubmission) => Promise<void>;
  /** Someone saved first: reopen the form on their version (the user's edits are dropped, as the user chose). */
  onReload: () => void;
  onDismiss: () => void;
  onResolvePeople: (text: string) => Promise<PersonRef[]>;
  searchDatasets: (text: string) => Promise<DatasetOption[]>;
  loadDatasets: (ids: readonly number[]) => Promise<DatasetOption[]>;
  strings: IAIRegistryStrings;
  suiteStrings: IGovernanceSuiteStrings;
}

const ignoreOuterClick = (): void => undefined;
const URL_PROPERTIES = ['dpiaUrl', 'modelCardUrl', 'vendorTermsUrl'] as const;

/**
 * Create/edit an AI system record. Validated with the list schema (core `validateRecord`: lengths, choices, http(s)
 * links only) when a field is left and on save; nothing is sent while invalid; a stale ETag shows the conflict.
 */
export function SystemFormPanel(props: ISystemFormPanelProps): React.ReactElement {
  const { record, initial, onSubmit, onReload, onDismiss, onResolvePeople, searchDatasets, loadDatasets, strings, suiteStrings } = props;
  const [draft, setDraft] = React.useState<SystemDraft>(() => (record ? { ...record } : { lifecycle: 'Proposed', approvalStatus: 'Pending review', ...initial }));
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<{ conflict: boolean; message: string } | undefined>();
  const mounted = React.useRef(true);
  React.useEffect(() => () => {
    mounted.current = false;
  }, []);

  const issues = React.useMemo((): FieldIssue[] => {
    const values = record ? changedSystemValues(record, draft) : draft;
    return validateRecord(AI_SYSTEMS_LIST, values, record ? 'update' : 'create');
  }, [record, draft]);

  const shown = (property: string): string | undefined => {
    if (!showAll && !touched.has(property)) return undefined;
    const issue = issues.find((i) => i.field === property);
    if (!issue) return undefined;
    return issue.code === 'unsafeUrl' ? strings.InvalidUrl : issueText(issue, suiteStrings);
  };
  const set = (property: keyof AISystem, value: unknown): void => setDraft((d) => ({ ...d, [property]: value }));
  const touch = (property: string): void => setTouched((t) => new Set([...Array.from(t), property]));

  const save = async (): Promise<void> => {
    setShowAll(true);
    setFailure(undefined);
    if (issues.length > 0) return;
    const submission: SystemSubmission = record
      ? { mode: 'update', id: record.id, etag: record.etag, patch: changedSystemValues(record, draft) }
      : { mode: 'create', values: creation(draft) };
    setSaving(true);
    try {
      await onSubmit(submission);
    } catch (error) {
      if (mounted.current) {
        const conflict = isGovernanceError(error, 'Conflict');
        setFailure({ conflict, message: conflict ? `${suiteStrings.ConflictTitle}. ${suiteStrings.ConflictIntro}` : `${suiteStrings.SaveFailed} ${errorText(errorKindOf(error), suiteStrings)}` });
      }
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const text = (property: 'title' | 'description' | 'vendor' | 'purpose' | 'webDomains' | 'aliases', multiline = false, required = false, hint?: string): React.ReactElement => (
    <TextField
      label={strings.Fields[property]}
      description={hint}
      required={required}
      multiline={multiline}
      autoAdjustHeight={multiline}
      value={(draft[property] as string | undefined) ?? ''}
      onChange={(_, v) => set(property, v)}
      onBlur={() => touch(property)}
      errorMessage={shown(property)}
      disabled={saving}
    />
  );
  const choice = (property: 'systemType' | 'lifecycle' | 'approvalStatus' | 'department', choices: readonly string[], labels?: Record<string, string>, required = false): React.ReactElement => (
    <Dropdown
      label={strings.Fields[property]}
      required={required}
      selectedKey={(draft[property] as string | undefined) ?? null}
      options={choices.map((c) => ({ key: c, text: labels?.[c] ?? c }))}
      onChange={(_, option) => option && set(property, String(option.key))}
      onBlur={() => touch(property)}
      errorMessage={shown(property)}
      disabled={saving}
    />
  );
  const link = (property: (typeof URL_PROPERTIES)[number]): React.ReactElement => (
    <TextField
      key={property}
      label={strings.Fields[property]}
      type="url"
      value={(draft[property] as LinkValue | undefined)?.url ?? ''}
      onChange={(_, v) => set(property, v ? { url: v.trim() } : undefined)}
      onBlur={() => touch(property)}
      errorMessage={shown(property)}
      disabled={saving}
    />
  );

  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={saving ? suiteStrings.Saving : suiteStrings.Save} disabled={saving} onClick={() => {
        save().catch(() => undefined);
      }} />
      <DefaultButton text={suiteStrings.Cancel} disabled={saving} onClick={onDismiss} />
    </Stack>
  );

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={record ? format(strings.FormEditTitle, record.title) : strings.FormNewTitle}
      closeButtonAriaLabel={suiteStrings.Close}
      onDismiss={onDismiss}
      isBlocking
      onOuterClick={ignoreOuterClick}
      isFooterAtBottom
      onRenderFooterContent={footer}
    >
      <Stack tokens={{ childrenGap: 10 }}>
        <Text variant="small">{strings.FormRequiredNote}</Text>
        {showAll && issues.length > 0 && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {format(suiteStrings.ValidationSummary, issues.length)}
          </MessageBar>
        )}
        {failure && (
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline
            role="alert"
            actions={failure.conflict ? <DefaultButton text={suiteStrings.ConflictReloadTheirs} onClick={onReload} /> : undefined}
          >
            {failure.message}
          </MessageBar>
        )}
        {text('title', false, true)}
        {text('description', true)}
        {text('vendor')}
        {text('webDomains', true, false, strings.WebDomainsHint)}
        {text('aliases', true, false, strings.AliasesHint)}
        {choice('systemType', AI_SYSTEM_TYPES, strings.SystemTypes)}
        {text('purpose', true)}
        <PeopleField label={strings.Fields.businessOwner} value={draft.businessOwner} onChange={(p) => set('businessOwner', p)} onResolve={onResolvePeople} disabled={saving} strings={suiteStrings} />
        <PeopleField label={strings.Fields.technicalOwner} value={draft.technicalOwner} onChange={(p) => set('technicalOwner', p)} onResolve={onResolvePeople} disabled={saving} strings={suiteStrings} />
        {choice('department', DEPARTMENTS)}
        {choice('lifecycle', AI_LIFECYCLES, strings.Lifecycles, true)}
        {choice('approvalStatus', AI_APPROVAL_STATUSES, strings.ApprovalStatuses, true)}
        <TextField
          label={strings.Fields.nextReviewDate}
          placeholder="YYYY-MM-DD"
          value={draft.nextReviewDate?.slice(0, 10) ?? ''}
          onChange={(_, v) => set('nextReviewDate', v ? v.trim() : undefined)}
          onBlur={() => touch('nextReviewDate')}
          errorMessage={shown('nextReviewDate')}
          disabled={saving}
        />
        <DatasetPicker value={(draft.linkedDataAssets ?? []) as LookupRef[]} onChange={(v) => set('linkedDataAssets', v)} search={searchDatasets} load={loadDatasets} disabled={saving} strings={strings} />
        <Text as="h4" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>{strings.Documentation}</Text>
        {URL_PROPERTIES.map(link)}
      </Stack>
    </Panel>
  );
}

function creation(draft: SystemDraft): AISystem {
  const values: Record<string, unknown> = {};
  for (const property of EDITABLE_PROPERTIES) {
    const value = draft[property];
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) values[property] = value;
  }
  return values as unknown as AISystem;
}
