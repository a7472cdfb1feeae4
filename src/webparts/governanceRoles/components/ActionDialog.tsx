import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import type { PersonRef, Stored } from '../../../core/models/common';
import { ACTION_RECORD_LISTS, MEETING_ACTION_STATUSES, type MeetingAction } from '../../../core/models/meetingAction';
import { dayOf, isoDay } from '../../../core/procedures';
import { MEETING_ACTIONS_LIST } from '../../../core/schema/lists/meetingActions';
import type { FieldDefinition } from '../../../core/schema/types';
import { ConflictDialog } from '../../../ui/ConflictDialog';
import { useConflictSave } from './useConflictSave';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { PeopleField } from '../../../ui/form/PeopleField';
import type { IGovernanceRolesService } from '../services/IGovernanceRolesService';
import { actionStatusLabel, actionValueText, issuesFor, procedureIssueText } from './procedureText';
import { runTask } from './rolesText';

/** Props of {@link ActionDialog}. */
export interface IActionDialogProps {
  service: IGovernanceRolesService;
  /** The item edited; absent: a new one. */
  existing?: Stored<MeetingAction>;
  /** A new item's meeting (title and date), e.g. "add to this meeting". */
  meeting?: { title: string; date: string };
  now: Date;
  strings: IGovernanceRolesStrings;
  shared: IGovernanceSuiteStrings;
  onSaved: (item: Stored<MeetingAction>) => void;
  onDismiss: () => void;
}

const FIELDS_SHOWN = ['meetingTitle', 'meetingDate', 'kind', 'actionText', 'owner', 'dueDate', 'status', 'recordId', 'note'];

/** Localised names of the action's fields, for the conflict dialog. */
export function actionFieldNames(strings: IGovernanceRolesStrings): (field: FieldDefinition) => string | undefined {
  const names: Record<string, string> = {
    meetingTitle: strings.ActMeetingLabel, meetingDate: strings.ActMeetingDateLabel, kind: strings.ActKindLabel, actionText: strings.ActTextLabel,
    owner: strings.ActOwnerLabel, dueDate: strings.ActDueLabel, status: strings.ActStatusLabel, recordList: strings.ActRecordListLabel,
    recordId: strings.ActRecordIdLabel, note: strings.NoteLabel
  };
  return (field) => names[field.property];
}

/**
 * Records a meeting's decision or action, or edits one (governance leads). The service refuses a new action due in
 * the past, without owner or text, or owned by someone who is not a site user: each field shows its localised
 * message and nothing is written. An edit that meets someone else's save shows the suite's conflict dialog.
 */
export function ActionDialog(props: IActionDialogProps): React.ReactElement {
  const { service, now, strings, shared } = props;
  const [existing, setExisting] = React.useState(props.existing);
  const [draft, setDraft] = React.useState<Partial<MeetingAction>>(() =>
    props.existing ? { ...props.existing, meetingDate: dayOf(props.existing.meetingDate), dueDate: dayOf(props.existing.dueDate) }
      : { kind: 'Action', status: 'Open', meetingTitle: props.meeting?.title ?? '', meetingDate: props.meeting?.date ?? isoDay(now) });
  const set = (patch: Partial<MeetingAction>): void => setDraft((d) => ({ ...d, ...patch }));

  const { busy, issues, failure, dismissFailure, conflict, clearConflict, save } = useConflictSave<MeetingAction>((over) => service.saveAction(draft, over), (id) => service.getAction(id), props.onSaved);

  const general = issues.filter((i) => !FIELDS_SHOWN.includes(i.field));
  return (
    <>
      <Dialog hidden={conflict !== undefined} onDismiss={props.onDismiss} dialogContentProps={{ type: DialogType.normal, title: existing ? strings.ActEditTitle : strings.ActAddTitle }}
        modalProps={{ isBlocking: busy }} minWidth={480} maxWidth={640}>
        {general.map((i) => <MessageBar key={i.code} messageBarType={MessageBarType.error} role="alert">{procedureIssueText(i, strings)}</MessageBar>)}
        {failure !== undefined && <ErrorMessageBar kind={errorKindOf(failure)} strings={shared} onDismiss={dismissFailure} />}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <TextField label={strings.ActMeetingLabel} required value={draft.meetingTitle ?? ''} disabled={busy} maxLength={255} styles={{ root: { minWidth: 260 } }}
            errorMessage={issuesFor(issues, 'meetingTitle', strings)} onChange={(_, v) => set({ meetingTitle: v ?? '' })} />
          <TextField label={strings.ActMeetingDateLabel} type="date" required value={draft.meetingDate ?? ''} disabled={busy}
            errorMessage={issuesFor(issues, 'meetingDate', strings)} onChange={(_, v) => set({ meetingDate: v || undefined })} />
        </Stack>
        <ChoiceGroup label={strings.ActKindLabel} selectedKey={draft.kind} disabled={busy} required
          options={[{ key: 'Action', text: strings.KindAction }, { key: 'Decision', text: strings.KindDecision }]}
          onChange={(_, o) => o && set({ kind: o.key as MeetingAction['kind'] })} />
        <TextField label={strings.ActTextLabel} required multiline rows={3} value={draft.actionText ?? ''} disabled={busy}
          errorMessage={issuesFor(issues, 'actionText', strings)} onChange={(_, v) => set({ actionText: v ?? '' })} />
        <PeopleField label={strings.ActOwnerLabel} value={draft.owner} onChange={(owner: PersonRef | undefined) => set({ owner })} onResolve={(text) => service.searchPeople(text)} required disabled={busy}
          errorMessage={issuesFor(issues, 'owner', strings)} strings={shared} />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <TextField label={strings.ActDueLabel} type="date" required={draft.kind === 'Action'} value={draft.dueDate ?? ''} disabled={busy}
            errorMessage={issuesFor(issues, 'dueDate', strings)} onChange={(_, v) => set({ dueDate: v || undefined })} />
          <Dropdown label={strings.ActStatusLabel} required disabled={busy} selectedKey={draft.status ?? null} styles={{ root: { minWidth: 160 } }}
            errorMessage={issuesFor(issues, 'status', strings)}
            options={MEETING_ACTION_STATUSES.map((s) => ({ key: s, text: actionStatusLabel(s, strings) }))} onChange={(_, o) => o && set({ status: o.key as MeetingAction['status'] })} />
        </Stack>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <Dropdown label={strings.ActRecordListLabel} disabled={busy} selectedKey={draft.recordList ?? '__none'} styles={{ root: { minWidth: 200 } }}
            options={[{ key: '__none', text: strings.ActNoRecord }, ...ACTION_RECORD_LISTS.map((l) => ({ key: l, text: l }))]}
            onChange={(_, o) => o && set(o.key === '__none' ? { recordList: undefined, recordId: undefined } : { recordList: String(o.key) })} />
          <TextField label={strings.ActRecordIdLabel} type="number" min={1} disabled={busy || draft.recordList === undefined} value={draft.recordId === undefined ? '' : String(draft.recordId)}
            errorMessage={issuesFor(issues, 'recordId', strings)} styles={{ root: { width: 140 } }}
            onChange={(_, v) => set({ recordId: v === undefined || v.trim() === '' ? undefined : Number(v) })} />
        </Stack>
        <TextField label={strings.NoteLabel} multiline rows={2} value={draft.note ?? ''} disabled={busy} errorMessage={issuesFor(issues, 'note', strings)} onChange={(_, v) => set({ note: v ?? '' })} />
        <DialogFooter>
          <PrimaryButton text={busy ? strings.Saving : strings.Save} disabled={busy} onClick={() => runTask(save(existing))} />
          <DefaultButton text={strings.Cancel} disabled={busy} onClick={props.onDismiss} />
        </DialogFooter>
      </Dialog>
      {conflict && (
        <ConflictDialog<MeetingAction> list={MEETING_ACTIONS_LIST} mine={draft} theirs={conflict} strings={shared} busy={busy} fieldName={actionFieldNames(strings)} valueText={(field, value) => actionValueText(field, value, strings)}
          onReapply={() => {
            const theirs = conflict;
            clearConflict();
            setExisting(theirs);
            runTask(save(theirs));
          }}
          onReloadTheirs={() => {
            setExisting(conflict);
            setDraft({ ...conflict, meetingDate: dayOf(conflict.meetingDate), dueDate: dayOf(conflict.dueDate) });
            clearConflict();
          }} />
      )}
    </>
  );
}
