import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { isGovernanceError } from '../../../core/errors';
import { canUpdateStatus, groupByMeeting, isActionOverdue, meetingActionCsvRows, OPEN_ACTION_STATUSES } from '../../../core/meetingActions';
import type { PersonRef, Stored } from '../../../core/models/common';
import { MEETING_ACTION_STATUSES, type MeetingAction, type MeetingActionStatus } from '../../../core/models/meetingAction';
import { MEETING_ACTIONS_LIST } from '../../../core/schema/lists/meetingActions';
import { ConflictDialog } from '../../../ui/ConflictDialog';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { datedFileName, downloadBlob } from '../../../ui/export/download';
import { format, formatDate } from '../../../ui/format';
import { inventoryRecordUrl } from '../../../ui/scorecard/inventoryLink';
import { SeverityBadge } from '../../../ui/SeverityBadge';
import type { IGovernanceRolesService } from '../services/IGovernanceRolesService';
import { ActionDialog, actionFieldNames } from './ActionDialog';
import { actionKindLabel, actionStatusLabel, actionValueText } from './procedureText';
import { runTask } from './rolesText';

/** Which items the log shows. */
export type ActionFilter = 'all' | 'open' | 'overdue' | 'mine' | 'myOverdue';

/** Props of {@link MeetingActionsView}. */
export interface IMeetingActionsViewProps {
  service: IGovernanceRolesService;
  actions: readonly Stored<MeetingAction>[];
  currentUser: PersonRef;
  /** Governance lead: records and edits items; anyone may read. */
  isLead: boolean;
  filter: ActionFilter;
  onFilterChange: (filter: ActionFilter) => void;
  now: Date;
  /** This page's address: a record of the inventory links to its details panel on it (`?asset=<id>`). */
  pageUrl: string;
  strings: IGovernanceRolesStrings;
  shared: IGovernanceSuiteStrings;
  /** An item was added or changed. */
  onSaved: (item: Stored<MeetingAction>) => void;
}

const css = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { verticalAlign: 'top', padding: '4px 8px', borderBottom: '1px solid', textAlign: 'left', overflowWrap: 'anywhere' }
});

/**
 * The meeting action log, grouped by meeting (latest first): each decision or action with its owner, due date (overdue
 * ones badged), status and the record it concerns. The owner (or a lead) changes an action's status in place; leads
 * record and edit items; anyone exports the log as CSV.
 */
export function MeetingActionsView(props: IMeetingActionsViewProps): React.ReactElement {
  const { service, actions, currentUser, isLead, filter, now, pageUrl, strings, shared } = props;
  const theme = useTheme();
  const border = theme.semanticColors.bodyDivider;
  const [editing, setEditing] = React.useState<{ item?: Stored<MeetingAction>; meeting?: { title: string; date: string } } | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>();
  const [notice, setNotice] = React.useState<string | undefined>();
  const [conflict, setConflict] = React.useState<{ status: MeetingActionStatus; theirs: Stored<MeetingAction> } | undefined>();

  const shown = actions.filter((a) => {
    switch (filter) {
      case 'open':
        return OPEN_ACTION_STATUSES.includes(a.status);
      case 'overdue':
        return isActionOverdue(a, now);
      case 'mine':
        return a.owner?.id === currentUser.id;
      case 'myOverdue':
        return a.owner?.id === currentUser.id && isActionOverdue(a, now);
      default:
        return true;
    }
  });
  // Within a meeting, soonest due first: on screen and in the export alike.
  const byDueDate = [...shown].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const groups = groupByMeeting(byDueDate);
  const overdueTotal = actions.filter((a) => isActionOverdue(a, now)).length;

  const setStatus = async (action: Stored<MeetingAction>, status: MeetingActionStatus): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await service.setActionStatus(action, status);
      props.onSaved(saved);
      setNotice(format(strings.ActStatusNotice, saved.title, actionStatusLabel(saved.status, strings)));
    } catch (error) {
      if (isGovernanceError(error, 'Conflict')) {
        try {
          setConflict({ status, theirs: await service.getAction(action.id) });
        } catch (reread) {
          setFailure(reread);
        }
      } else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = (): void => {
    try {
      const rows = meetingActionCsvRows(byDueDate, {
        headers: strings.ActExportHeaders,
        kind: (k) => actionKindLabel(k, strings),
        status: (s) => actionStatusLabel(s, strings),
        overdue: strings.Overdue
      }, now);
      downloadBlob(service.exportActionsCsv(strings.ActExportHeaders, rows), datedFileName(strings.ActExportFileName, 'csv'));
    } catch (error) {
      setFailure(error);
    }
  };

  const recordCell = (a: MeetingAction): React.ReactNode => {
    if (a.recordList === undefined || a.recordId === undefined) return strings.NotSet;
    const text = format(strings.RecordNamed, a.recordList, a.recordId);
    const url = a.recordList === 'DataAssets' ? inventoryRecordUrl(pageUrl, a.recordId) : undefined;
    return url ? <Link href={url}>{text}</Link> : text;
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="actions-view">
      <Text block>{strings.ActionsIntro}</Text>
      {failure !== undefined && <ErrorMessageBar kind={errorKindOf(failure)} strings={shared} onDismiss={() => setFailure(undefined)} />}
      {notice && <MessageBar messageBarType={MessageBarType.success} role="status" onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close}>{notice}</MessageBar>}
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 16 }}>
        <Dropdown label={strings.ActFilterLabel} styles={{ root: { minWidth: 220 } }} selectedKey={filter}
          options={[
            { key: 'all', text: strings.ActFilterAll },
            { key: 'open', text: strings.ActFilterOpen },
            { key: 'overdue', text: format(strings.ActFilterOverdue, overdueTotal) },
            { key: 'mine', text: strings.ActFilterMine },
            { key: 'myOverdue', text: strings.ActFilterMyOverdue }
          ]}
          onChange={(_, o) => o && props.onFilterChange(o.key as ActionFilter)} />
        {isLead && <PrimaryButton text={strings.ActAdd} iconProps={{ iconName: 'Add' }} onClick={() => setEditing({})} />}
        <DefaultButton text={strings.ActExportCsv} iconProps={{ iconName: 'Download' }} onClick={exportCsv} disabled={shown.length === 0} />
      </Stack>
      {groups.length === 0 && <Text block>{strings.ActionsNone}</Text>}
      {groups.map((group) => (
        <section key={group.key} aria-label={format(strings.MeetingHeading, group.title, formatDate(group.date, group.date))} data-meeting={group.title}>
          <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
            <Text as="h3" variant="large" block>{format(strings.MeetingHeading, group.title, formatDate(group.date, group.date))}</Text>
            {isLead && (
              <ActionButton iconProps={{ iconName: 'Add' }} ariaLabel={format(strings.ActAddToMeetingLabel, group.title)} onClick={() => setEditing({ meeting: { title: group.title, date: group.date } })}>
                {strings.ActAddToMeeting}
              </ActionButton>
            )}
          </Stack>
          <table className={css.table}>
            <thead>
              <tr>
                {[strings.ActTextLabel, strings.ActKindLabel, strings.ActOwnerLabel, strings.ActDueLabel, strings.ActStatusLabel, strings.ActRecordColumn, strings.NoteLabel]
                  .map((h) => <th key={h} scope="col" className={css.cell} style={{ borderColor: border }}>{h}</th>)}
                {isLead && <th scope="col" className={css.cell} style={{ borderColor: border }}>{strings.ActionsColumn}</th>}
              </tr>
            </thead>
            <tbody>
              {group.items.map((a) => {
                const overdue = isActionOverdue(a, now);
                const editable = canUpdateStatus(a, { person: currentUser, isLead });
                return (
                  <tr key={a.id} data-action={a.title} data-overdue={overdue ? 'true' : undefined}>
                    <th scope="row" className={css.cell} style={{ borderColor: border, fontWeight: 400, whiteSpace: 'pre-wrap' }}>{a.actionText}</th>
                    <td className={css.cell} style={{ borderColor: border }}>{actionKindLabel(a.kind, strings)}</td>
                    <td className={css.cell} style={{ borderColor: border }}>{a.owner?.title ?? strings.NotSet}</td>
                    <td className={css.cell} style={{ borderColor: border }}>
                      {formatDate(a.dueDate, strings.NotSet)}{overdue && <> <SeverityBadge text={strings.Overdue} severity="warning" data-kind="overdue" /></>}
                    </td>
                    <td className={css.cell} style={{ borderColor: border }}>
                      {editable ? (
                        <Dropdown ariaLabel={format(strings.ActStatusOf, a.title)} selectedKey={a.status} disabled={busy} styles={{ root: { minWidth: 130 } }}
                          options={MEETING_ACTION_STATUSES.map((s) => ({ key: s, text: actionStatusLabel(s, strings) }))}
                          onChange={(_, o) => o && o.key !== a.status && runTask(setStatus(a, o.key as MeetingActionStatus))} />
                      ) : actionStatusLabel(a.status, strings)}
                    </td>
                    <td className={css.cell} style={{ borderColor: border }}>{recordCell(a)}</td>
                    <td className={css.cell} style={{ borderColor: border, whiteSpace: 'pre-wrap' }}>{a.note ?? ''}</td>
                    {isLead && (
                      <td className={css.cell} style={{ borderColor: border }}>
                        <ActionButton iconProps={{ iconName: 'Edit' }} disabled={busy} ariaLabel={format(strings.ActEditLabel, a.title)} onClick={() => setEditing({ item: a })}>{strings.Edit}</ActionButton>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
      {editing && (
        <ActionDialog service={service} existing={editing.item} meeting={editing.meeting} now={now} strings={strings} shared={shared}
          onDismiss={() => setEditing(undefined)}
          onSaved={(item) => {
            setEditing(undefined);
            props.onSaved(item);
            setNotice(format(strings.ActSavedNotice, item.title));
          }} />
      )}
      {conflict && (
        <ConflictDialog<MeetingAction> list={MEETING_ACTIONS_LIST} mine={{ status: conflict.status }} theirs={conflict.theirs} strings={shared} busy={busy} fieldName={actionFieldNames(strings)} valueText={(field, value) => actionValueText(field, value, strings)}
          onReapply={() => {
            const { status, theirs } = conflict;
            setConflict(undefined);
            runTask(setStatus(theirs, status));
          }}
          onReloadTheirs={() => {
            props.onSaved(conflict.theirs);
            setConflict(undefined);
          }} />
      )}
    </Stack>
  );
}
