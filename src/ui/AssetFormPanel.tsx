import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { errorKindOf, errorText, issueText } from './errorText';
import { isGovernanceError } from '../core/errors';
import type { FieldIssue, GovernanceErrorKind } from '../core/errors';
import type { PersonRef, Stored } from '../core/models/common';
import type { DataAsset } from '../core/models/dataAsset';
import type { ListDefinition } from '../core/schema/types';
import { validateRecord } from '../core/validation';
import { format } from './format';
import { FieldControl } from './form/FieldControl';
import { changedValues, creationValues, defaultDraft, fieldLabel, groupFields, groupLabel } from './form/formModel';
import type { AssetDraft, AssetField, AssetProperty } from './form/formModel';

/** What the form submits: all values of a new record, or only the changed ones of an existing record. */
export type AssetSubmission = { mode: 'create'; values: DataAsset } | { mode: 'update'; id: number; etag: string; patch: Partial<DataAsset> };

/** Props of {@link AssetFormPanel}. */
export interface IAssetFormPanelProps {
  /** The list schema the form is built from (DATA_ASSETS_LIST). */
  list: ListDefinition<DataAsset>;
  /** The record to edit; absent for a new record. */
  record?: Stored<DataAsset>;
  /** Starting values of a new record (e.g. the page's default region and mission). */
  initialValues?: Partial<DataAsset>;
  /**
   * Saves valid values. Resolve when the save is done (or handed to a conflict dialog); reject with a
   * GovernanceError to keep the form open with the user's values and show what to do.
   */
  onSubmit: (submission: AssetSubmission) => Promise<void>;
  onDismiss: () => void;
  onResolvePeople: (text: string) => Promise<PersonRef[]>;
  /** Reference choices for a field given the current values (e.g. missions of the chosen region); undefined keeps the schema's. */
  getOptions?: (property: AssetProperty, draft: Partial<DataAsset>) => readonly string[] | undefined;
  /** Cross-field checks beyond the schema (e.g. mission belongs to region). */
  extraValidation?: (draft: Partial<DataAsset>) => FieldIssue[];
  strings: IGovernanceSuiteStrings;
}

const ignoreOuterClick = (): void => undefined;

/**
 * Create/edit panel generated from the list schema: grouped fields, a control per field type, computed fields
 * read-only. Validates with core `validateRecord` when a field is left and on save; nothing is sent while invalid.
 */
export function AssetFormPanel(props: IAssetFormPanelProps): React.ReactElement {
  const { list, record, initialValues, onSubmit, onDismiss, onResolvePeople, getOptions, extraValidation, strings } = props;
  const mode = record ? 'update' : 'create';
  const [draft, setDraft] = React.useState<AssetDraft>(() => (record ? { ...record } : defaultDraft(list, initialValues)));
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(() => new Set<string>());
  const [showAll, setShowAll] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<{ kind: GovernanceErrorKind; issues: readonly FieldIssue[] } | undefined>();
  // The stored OwnershipStatus is only a cache a REST call can rewrite (issue 23): the form never shows it as the
  // record's status; the details panel shows the status derived from the decisions.
  // A new record has no suite-set values yet (score, label, drift...): those read-only fields show on edit only.
  const groups = React.useMemo(
    () => groupFields(list).map((g) => ({ ...g, fields: g.fields.filter((f) => f.property !== 'ownershipStatus' && (record !== undefined || f.computed !== true)) })).filter((g) => g.fields.length > 0),
    [list, record]
  );
  // A successful save usually closes (unmounts) the panel before the save promise settles here.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const issues = React.useMemo((): FieldIssue[] => {
    const values = record ? changedValues(list, record, draft) : draft;
    return [...validateRecord(list, values, mode), ...(extraValidation ? extraValidation(draft) : [])];
  }, [list, record, draft, mode, extraValidation]);

  const serverIssues = failure?.issues ?? [];
  const shown = (property: string): string | undefined => {
    const issue =
      (showAll || touched.has(property) ? issues.find((i) => i.field === property) : undefined) ??
      serverIssues.find((i) => i.field === property);
    return issue ? issueText(issue, strings) : undefined;
  };

  const setValue = (property: AssetProperty, value: unknown): void => {
    setDraft((d) => ({ ...d, [property]: value }));
  };
  const touch = (property: string): void => {
    setTouched((t) => (t.has(property) ? t : new Set([...Array.from(t), property])));
  };

  const save = async (): Promise<void> => {
    setShowAll(true);
    setFailure(undefined);
    if (issues.length > 0) {
      return;
    }
    const submission: AssetSubmission = record
      ? { mode: 'update', id: record.id, etag: record.etag, patch: changedValues(list, record, draft) }
      : { mode: 'create', values: creationValues(list, draft) };
    setSaving(true);
    try {
      await onSubmit(submission);
    } catch (error) {
      if (mounted.current) {
        setFailure({ kind: errorKindOf(error), issues: isGovernanceError(error) ? error.issues : [] });
      }
    } finally {
      if (mounted.current) {
        setSaving(false);
      }
    }
  };

  const labelOf = (property: string): string => {
    const field = list.fields.find((f) => f.property === property);
    return field ? fieldLabel(field, strings) : property;
  };
  const summary = showAll ? issues : [];

  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      <PrimaryButton
        text={saving ? strings.Saving : strings.Save}
        disabled={saving}
        onClick={() => {
          save().catch(() => undefined);
        }}
      />
      <DefaultButton text={strings.Cancel} onClick={onDismiss} disabled={saving} />
    </Stack>
  );

  const renderField = (field: AssetField): React.ReactElement => (
    <FieldControl
      key={field.property}
      field={field}
      value={draft[field.property]}
      onChange={(v) => setValue(field.property, v)}
      onBlur={() => touch(field.property)}
      options={getOptions ? getOptions(field.property, draft) : undefined}
      onResolvePeople={onResolvePeople}
      errorMessage={shown(field.property)}
      disabled={saving}
      strings={strings}
    />
  );

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={record ? format(strings.FormEditTitle, record.title) : strings.FormNewTitle}
      closeButtonAriaLabel={strings.Close}
      onDismiss={onDismiss}
      isBlocking
      // A blocking panel otherwise closes on any click outside it, including in the conflict dialog above it, and
      // would drop the user's unsaved values. It closes only through Cancel, the close button or Escape.
      onOuterClick={ignoreOuterClick}
      isFooterAtBottom
      onRenderFooterContent={footer}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <Text variant="small">{strings.FormRequiredNote}</Text>
        {summary.length > 0 && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            <span>{format(strings.ValidationSummary, summary.length)}</span>
            <ul>
              {summary.map((issue) => (
                <li key={`${issue.field}-${issue.code}`}>{`${labelOf(issue.field)}: ${issueText(issue, strings)}`}</li>
              ))}
            </ul>
          </MessageBar>
        )}
        {failure && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline data-error-kind={failure.kind}>
            {`${strings.SaveFailed} ${errorText(failure.kind, strings)}`}
          </MessageBar>
        )}
        {groups.map((g) => (
          <Stack as="fieldset" key={g.group} tokens={{ childrenGap: 8 }} styles={{ root: { border: 'none', margin: 0, padding: 0 } }}>
            <Text as="legend" variant="large" styles={{ root: { paddingTop: 8 } }}>
              {groupLabel(g.group, strings)}
            </Text>
            {g.fields.map(renderField)}
          </Stack>
        ))}
      </Stack>
    </Panel>
  );
}
