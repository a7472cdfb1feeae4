import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { FRAMEWORK_IDS } from '../../../core/frameworks/types';
import type { PersonRef, Stored } from '../../../core/models/common';
import { PROCEDURE_TYPES, type Procedure } from '../../../core/models/procedure';
import { dayOf, joinLines, splitLines } from '../../../core/procedures';
import { PROCEDURES_LIST } from '../../../core/schema/lists/procedures';
import type { FieldDefinition } from '../../../core/schema/types';
import { ConflictDialog } from '../../../ui/ConflictDialog';
import { useConflictSave } from './useConflictSave';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { PeopleField } from '../../../ui/form/PeopleField';
import type { IGovernanceRolesService } from '../services/IGovernanceRolesService';
import { issuesFor, procedureIssueText, procedureTypeLabel, procedureValueText } from './procedureText';
import { activityLabel, runTask } from './rolesText';

/** Props of {@link ProcedureDialog}. */
export interface IProcedureDialogProps {
  service: IGovernanceRolesService;
  /** The procedure edited; absent: a new one. */
  existing?: Stored<Procedure>;
  /** Activities the procedure may govern (the RACI's rows). */
  activities: readonly string[];
  /** A new procedure's starting activity (opened from a matrix row's filter). */
  initialActivity?: string;
  strings: IGovernanceRolesStrings;
  shared: IGovernanceSuiteStrings;
  onSaved: (item: Stored<Procedure>) => void;
  onDismiss: () => void;
}

/** The form's values from a stored procedure (or a new one's defaults). */
function draftOf(item: Partial<Procedure> | undefined, initialActivity?: string): Partial<Procedure> {
  if (!item) return { procedureType: 'Procedure', status: 'Active', documentVersion: '1.0', relatedActivities: initialActivity };
  return { ...item, reviewDate: dayOf(item.reviewDate) };
}

/** Localised names of the procedure's fields, for the conflict dialog. */
function fieldNames(strings: IGovernanceRolesStrings): (field: FieldDefinition) => string | undefined {
  const names: Record<string, string> = {
    title: strings.ProcTitleLabel, procedureType: strings.ProcTypeLabel, owner: strings.ProcOwnerLabel, documentVersion: strings.ProcVersionLabel,
    reviewDate: strings.ProcReviewDateLabel, documentLink: strings.ProcLinkLabel, relatedActivities: strings.ProcActivitiesLabel,
    relatedFrameworks: strings.ProcFrameworksLabel, status: strings.ProcStatusLabel, description: strings.ProcDescriptionLabel
  };
  return (field) => names[field.property];
}

/**
 * Adds or edits one procedure (governance leads only: SharePoint refuses anyone else). Every refused field shows its
 * localised message and nothing is written; an edit that meets someone else's save shows the suite's conflict dialog.
 */
export function ProcedureDialog(props: IProcedureDialogProps): React.ReactElement {
  const { service, activities, strings, shared } = props;
  const [existing, setExisting] = React.useState(props.existing);
  const [draft, setDraft] = React.useState<Partial<Procedure>>(() => draftOf(props.existing, props.initialActivity));
  const set = (patch: Partial<Procedure>): void => setDraft((d) => ({ ...d, ...patch }));
  const chosen = splitLines(draft.relatedActivities);
  const options = [...activities, ...chosen.filter((a) => !activities.some((b) => b.toLowerCase() === a.toLowerCase()))];

  const { busy, issues, failure, dismissFailure, conflict, clearConflict, save } = useConflictSave<Procedure>((over) => service.saveProcedure(draft, over), (id) => service.getProcedure(id), props.onSaved);

  const general = issues.filter((i) => !['title', 'procedureType', 'owner', 'documentVersion', 'reviewDate', 'documentLink', 'relatedFrameworks', 'description'].includes(i.field));
  const title = existing ? strings.ProcEditTitle : strings.ProcAddTitle;
  return (
    <>
      <Dialog hidden={conflict !== undefined} onDismiss={props.onDismiss} dialogContentProps={{ type: DialogType.normal, title }} modalProps={{ isBlocking: busy }} minWidth={480} maxWidth={640}>
        {general.map((i) => <MessageBar key={i.code} messageBarType={MessageBarType.error} role="alert">{procedureIssueText(i, strings)}</MessageBar>)}
        {failure !== undefined && <ErrorMessageBar kind={errorKindOf(failure)} strings={shared} onDismiss={dismissFailure} />}
        <TextField label={strings.ProcTitleLabel} required value={draft.title ?? ''} disabled={busy} maxLength={255} errorMessage={issuesFor(issues, 'title', strings)} onChange={(_, v) => set({ title: v ?? '' })} />
        <Dropdown label={strings.ProcTypeLabel} required disabled={busy} selectedKey={draft.procedureType ?? null} errorMessage={issuesFor(issues, 'procedureType', strings)}
          options={PROCEDURE_TYPES.map((t) => ({ key: t, text: procedureTypeLabel(t, strings) }))} onChange={(_, o) => o && set({ procedureType: o.key as Procedure['procedureType'] })} />
        <PeopleField label={strings.ProcOwnerLabel} value={draft.owner} onChange={(owner: PersonRef | undefined) => set({ owner })} onResolve={(text) => service.searchPeople(text)} required disabled={busy}
          errorMessage={issuesFor(issues, 'owner', strings)} strings={shared} />
        <TextField label={strings.ProcVersionLabel} description={strings.ProcVersionHint} value={draft.documentVersion ?? ''} disabled={busy} maxLength={20} errorMessage={issuesFor(issues, 'documentVersion', strings)} onChange={(_, v) => set({ documentVersion: v ?? '' })} />
        <TextField label={strings.ProcReviewDateLabel} type="date" required value={draft.reviewDate ?? ''} disabled={busy} errorMessage={issuesFor(issues, 'reviewDate', strings)} onChange={(_, v) => set({ reviewDate: v || undefined })} />
        <TextField label={strings.ProcLinkLabel} description={strings.ProcLinkHint} type="url" value={draft.documentLink?.url ?? ''} disabled={busy} errorMessage={issuesFor(issues, 'documentLink', strings)}
          onChange={(_, v) => set({ documentLink: v ? { url: v, description: draft.documentLink?.description } : undefined })} />
        <Dropdown label={strings.ProcActivitiesLabel} multiSelect disabled={busy} selectedKeys={options.filter((a) => chosen.some((c) => c.toLowerCase() === a.toLowerCase()))}
          options={options.map((a) => ({ key: a, text: activityLabel(a, strings) }))}
          onChange={(_, o) => {
            if (!o) return;
            const key = String(o.key);
            const next = o.selected === true ? [...chosen, key] : chosen.filter((c) => c.toLowerCase() !== key.toLowerCase());
            set({ relatedActivities: joinLines(next) });
          }} />
        <TextField label={strings.ProcFrameworksLabel} description={`${strings.ProcFrameworksHint} ${FRAMEWORK_IDS.join(', ')}`} multiline rows={2} value={draft.relatedFrameworks ?? ''} disabled={busy}
          errorMessage={issuesFor(issues, 'relatedFrameworks', strings)} onChange={(_, v) => set({ relatedFrameworks: v ?? '' })} />
        <TextField label={strings.ProcDescriptionLabel} multiline rows={2} value={draft.description ?? ''} disabled={busy} errorMessage={issuesFor(issues, 'description', strings)} onChange={(_, v) => set({ description: v ?? '' })} />
        <DialogFooter>
          <PrimaryButton text={busy ? strings.Saving : strings.Save} disabled={busy} onClick={() => runTask(save(existing))} />
          <DefaultButton text={strings.Cancel} disabled={busy} onClick={props.onDismiss} />
        </DialogFooter>
      </Dialog>
      {conflict && (
        <ConflictDialog<Procedure> list={PROCEDURES_LIST} mine={draft} theirs={conflict} strings={shared} busy={busy} fieldName={fieldNames(strings)} valueText={(field, value) => procedureValueText(field, value, strings)}
          onReapply={() => {
            const theirs = conflict;
            clearConflict();
            setExisting(theirs);
            runTask(save(theirs));
          }}
          onReloadTheirs={() => {
            setExisting(conflict);
            setDraft(draftOf(conflict));
            clearConflict();
          }} />
      )}
    </>
  );
}
