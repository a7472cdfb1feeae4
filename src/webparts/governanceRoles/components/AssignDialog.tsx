import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { isGovernanceError, type FieldIssue } from '../../../core/errors';
import type { RoleScope } from '../../../core/governanceRoles';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { AssigneeKind, GovernanceRoleAssignment, RaciRole } from '../../../core/models/governanceRole';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { format } from '../../../ui/format';
import { PeopleField } from '../../../ui/form/PeopleField';
import type { IGovernanceRolesService } from '../services/IGovernanceRolesService';
import { activityLabel, roleIssueText, roleName, runTask } from './rolesText';

/** Props of {@link AssignDialog}. */
export interface IAssignDialogProps {
  service: IGovernanceRolesService;
  activity: string;
  role: RaciRole;
  scope: RoleScope;
  groups: readonly string[];
  strings: IGovernanceRolesStrings;
  shared: IGovernanceSuiteStrings;
  onAdded: (item: Stored<GovernanceRoleAssignment>) => void;
  onDismiss: () => void;
}

/**
 * Adds one assignment to a matrix cell: a person (people picker) or a site group, and a note. The service validates
 * against what is stored now; every refused field shows its localised message and nothing is written.
 */
export function AssignDialog(props: IAssignDialogProps): React.ReactElement {
  const { service, activity, role, scope, groups, strings, shared } = props;
  const [kind, setKind] = React.useState<AssigneeKind>('Person');
  const [person, setPerson] = React.useState<PersonRef | undefined>();
  const [group, setGroup] = React.useState<string | undefined>();
  const [note, setNote] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [issues, setIssues] = React.useState<readonly FieldIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>();

  const issueFor = (field: string): string | undefined => {
    const found = issues.filter((i) => i.field === field);
    return found.length === 0 ? undefined : found.map((i) => roleIssueText(i, strings)).join(' ');
  };
  // Issues about fields the dialog does not show (scope, activity) are listed above the fields.
  const general = issues.filter((i) => !['assignee', 'note'].includes(i.field));

  const save = async (): Promise<void> => {
    setBusy(true);
    setIssues([]);
    setFailure(undefined);
    try {
      const added = await service.add({
        activity,
        role,
        scopeKind: scope.kind,
        scopeValue: scope.value,
        recordList: scope.list,
        recordId: scope.id,
        assigneeKind: kind,
        assigneePerson: kind === 'Person' ? person : undefined,
        assigneeGroup: kind === 'Group' ? group : undefined,
        note
      });
      props.onAdded(added);
    } catch (error) {
      if (isGovernanceError(error, 'Validation') && error.issues.length > 0) setIssues(error.issues);
      else setFailure(error);
      setBusy(false);
    }
  };

  const title = format(strings.AssignDialogTitle, roleName(role, strings), activityLabel(activity, strings));
  return (
    <Dialog hidden={false} onDismiss={props.onDismiss} dialogContentProps={{ type: DialogType.normal, title }} modalProps={{ isBlocking: busy }} minWidth={420}>
      {general.map((i) => (
        <MessageBar key={i.code} messageBarType={MessageBarType.error} role="alert">{roleIssueText(i, strings)}</MessageBar>
      ))}
      {failure !== undefined && <ErrorMessageBar kind={errorKindOf(failure)} strings={shared} onDismiss={() => setFailure(undefined)} />}
      <ChoiceGroup label={strings.AssigneeKindLabel} selectedKey={kind} disabled={busy}
        onChange={(_, option) => option && setKind(option.key as AssigneeKind)}
        options={[{ key: 'Person', text: strings.AssigneePerson }, { key: 'Group', text: strings.AssigneeGroup }]} />
      {kind === 'Person' ? (
        <PeopleField label={strings.PersonLabel} value={person} onChange={setPerson} onResolve={(text) => service.searchPeople(text)} required disabled={busy}
          errorMessage={issueFor('assignee')} strings={shared} />
      ) : (
        <Dropdown label={strings.GroupLabel} required disabled={busy} selectedKey={group ?? null} errorMessage={issueFor('assignee')}
          options={groups.map((g) => ({ key: g, text: g }))} onChange={(_, option) => option && setGroup(String(option.key))} />
      )}
      <TextField label={strings.NoteLabel} multiline rows={2} value={note} disabled={busy} errorMessage={issueFor('note')} onChange={(_, value) => setNote(value ?? '')} />
      <DialogFooter>
        <PrimaryButton text={busy ? strings.Saving : strings.Save} disabled={busy} onClick={() => runTask(save())} />
        <DefaultButton text={strings.Cancel} disabled={busy} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
