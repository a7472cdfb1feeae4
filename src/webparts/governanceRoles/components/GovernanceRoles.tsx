import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { CommandBar, type ICommandBarItemProps } from '@fluentui/react/lib/CommandBar';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { isGovernanceError } from '../../../core/errors';
import { activityKey, assigneeOf, raciWarnings, scopeKey, scopeOf, type RoleScope } from '../../../core/governanceRoles';
import { overdueActionsOf } from '../../../core/meetingActions';
import type { Stored } from '../../../core/models/common';
import { GOVERNANCE_ACTIVITIES, type GovernanceRoleAssignment, type RaciRole } from '../../../core/models/governanceRole';
import type { MeetingAction } from '../../../core/models/meetingAction';
import type { Procedure } from '../../../core/models/procedure';
import { proceduresFor, splitLines } from '../../../core/procedures';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { datedFileName, downloadBlob } from '../../../ui/export/download';
import { format } from '../../../ui/format';
import { PeopleDirectoryProvider } from '../../../ui/people/PeopleDirectoryContext';
import { useStableId } from '../../../ui/useStableId';
import type { RolesSession } from '../services/IGovernanceRolesService';
import { AssignDialog } from './AssignDialog';
import type { IGovernanceRolesProps } from './IGovernanceRolesProps';
import { RaciMatrix } from './RaciMatrix';
import { RoutingPreview } from './RoutingPreview';
import { activityLabel, assigneeLabel, roleName, runTask, scopeKindLabel, scopeLabel, warningText } from './rolesText';
import { isCompleteScope, ScopePicker } from './ScopePicker';
import type { ActionFilter } from './MeetingActionsView';

type Loaded = { readonly session: RolesSession; readonly assignments: Stored<GovernanceRoleAssignment>[] };
type Library = { readonly procedures: Stored<Procedure>[]; readonly actions: Stored<MeetingAction>[] };
type View = 'matrix' | 'procedures' | 'actions';

// The two other views are their own chunks: the matrix's first paint loads neither (issue 19, parts 3 and 5).
const ProceduresView = React.lazy(() => import(/* webpackChunkName: 'governance-procedures' */ './ProceduresView').then((m) => ({ default: m.ProceduresView })));
const MeetingActionsView = React.lazy(() => import(/* webpackChunkName: 'governance-actions' */ './MeetingActionsView').then((m) => ({ default: m.MeetingActionsView })));

/** Replaces the item of the same id, or appends it. */
function upsert<T extends { id: number }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

/**
 * The Governance roles container: a scope's RACI matrix, edited in place by governance leads (add or remove an
 * assignee per cell), the RACI warnings, and the whole matrix as an xlsx export.
 */
export function GovernanceRoles(props: IGovernanceRolesProps): React.ReactElement {
  const { service, strings, shared, theme } = props;
  const titleId = useStableId('roles-title');
  const [loaded, setLoaded] = React.useState<Loaded | undefined>();
  const [failure, setFailure] = React.useState<unknown>();
  const [scope, setScope] = React.useState<RoleScope>({ kind: 'Organisation' });
  const [ownActivities, setOwnActivities] = React.useState<string[]>([]);
  const [newActivity, setNewActivity] = React.useState('');
  const [adding, setAdding] = React.useState<{ activity: string; role: RaciRole } | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<string | undefined>();
  const [stale, setStale] = React.useState<'conflict' | 'gone' | undefined>();
  const [view, setView] = React.useState<View>('matrix');
  const [library, setLibrary] = React.useState<Library | undefined>();
  const [libraryFailure, setLibraryFailure] = React.useState<unknown>();
  const [procedureActivity, setProcedureActivity] = React.useState<string | undefined>();
  const [actionFilter, setActionFilter] = React.useState<ActionFilter>('all');

  const reload = React.useCallback((): void => {
    setFailure(undefined);
    setLibraryFailure(undefined);
    Promise.all([service.session(), service.load()])
      .then(([session, assignments]) => setLoaded({ session, assignments }))
      .catch((error: unknown) => setFailure(error));
    // Read apart from the matrix: a site whose procedures or actions cannot be read still edits its RACI.
    Promise.all([service.procedures(), service.meetingActions()])
      .then(([procedures, actions]) => setLibrary({ procedures, actions }))
      .catch((error: unknown) => setLibraryFailure(error));
  }, [service]);
  React.useEffect(reload, [reload]);
  const now = React.useMemo(() => service.now(), [service, library]);

  const assignments = React.useMemo(() => loaded?.assignments ?? [], [loaded]);
  const activities = React.useMemo(() => {
    const rows: string[] = [...GOVERNANCE_ACTIVITIES];
    const seen = new Set(rows.map(activityKey));
    const governed = (library?.procedures ?? []).flatMap((p) => splitLines(p.relatedActivities));
    for (const activity of [...assignments.map((a) => a.activity), ...ownActivities, ...governed]) {
      if (!seen.has(activityKey(activity))) {
        seen.add(activityKey(activity));
        rows.push(activity);
      }
    }
    return rows;
  }, [assignments, ownActivities, library]);
  const warnings = React.useMemo(() => raciWarnings(assignments), [assignments]);
  const here = scopeKey(scope);
  const scopeWarnings = warnings.filter((w) => scopeKey(w.scope) === here);
  const warned = new Set(scopeWarnings.map((w) => activityKey(w.activity)));

  const describe = (item: GovernanceRoleAssignment, template: string): string => {
    const assignee = assigneeOf(item);
    return format(template, assignee ? assigneeLabel(assignee, strings) : '', roleName(item.role, strings), activityLabel(item.activity, strings), scopeLabel(scopeOf(item), strings));
  };

  const remove = async (item: Stored<GovernanceRoleAssignment>): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    try {
      await service.remove(item);
      setLoaded((current) => current && { ...current, assignments: current.assignments.filter((a) => a.id !== item.id) });
      setNotice(describe(item, strings.Removed));
    } catch (error) {
      if (isGovernanceError(error, 'Conflict')) setStale('conflict');
      else if (isGovernanceError(error, 'NotFound')) setStale('gone');
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const exportXlsx = async (): Promise<void> => {
    try {
      const rows = assignments.map((a) => {
        const assignee = assigneeOf(a);
        const where = scopeOf(a);
        return [
          activityLabel(a.activity, strings),
          scopeKindLabel(a.scopeKind, strings),
          where.kind === 'Record' ? `${where.list ?? ''} #${where.id ?? ''}` : where.value ?? '',
          `${a.role} (${roleName(a.role, strings)})`,
          assignee ? (assignee.kind === 'Person' ? assignee.person.title : assignee.group) : '',
          a.assigneeKind === 'Group' ? strings.AssigneeGroup : strings.AssigneePerson,
          a.note ?? ''
        ];
      });
      downloadBlob(await service.exportXlsx(strings.ExportHeaders, rows, strings.ExportSheet), datedFileName(strings.ExportFileName, 'xlsx'));
    } catch (error) {
      setFailure(error);
    }
  };

  const commands: ICommandBarItemProps[] = [
    { key: 'export', text: strings.ExportXlsx, iconProps: { iconName: 'ExcelDocument' }, disabled: !loaded, onClick: () => runTask(exportXlsx()) },
    { key: 'refresh', text: strings.Refresh, iconProps: { iconName: 'Refresh' }, onClick: reload }
  ];

  let body: React.ReactNode;
  if (!loaded && failure === undefined) {
    body = <Spinner label={strings.Loading} />;
  } else if (loaded) {
    const { session } = loaded;
    const lead = session.isLead;
    const complete = isCompleteScope(scope);
    const others = warnings.length - scopeWarnings.length;
    const myOverdue = library ? overdueActionsOf(library.actions, session.currentUser, now) : [];
    const matrixView = (
      <Stack tokens={{ childrenGap: 12 }}>
        <Text block>{strings.Intro}</Text>
        {!lead && <MessageBar messageBarType={MessageBarType.info}>{strings.ReadOnlyNote}</MessageBar>}
        <ScopePicker scope={scope} session={session} onChange={setScope} strings={strings} />
        {!complete ? (
          <Text block>{strings.ChooseScopeValue}</Text>
        ) : (
          <>
            <div role="region" aria-live="polite" aria-label={format(strings.WarningsTitle, scopeWarnings.length)} data-testid="raci-warnings">
              {scopeWarnings.length === 0 ? (
                <MessageBar messageBarType={MessageBarType.success}>{strings.NoWarnings}</MessageBar>
              ) : (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                  <Text block style={{ fontWeight: 600 }}>{format(strings.WarningsTitle, scopeWarnings.length)}</Text>
                  <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
                    {scopeWarnings.map((w) => <li key={`${w.code}|${activityKey(w.activity)}`} data-warning={w.code}>{warningText(w, strings)}</li>)}
                  </ul>
                </MessageBar>
              )}
              {others > 0 && <Text block variant="small">{format(strings.OtherScopesWarnings, others)}</Text>}
            </div>
            <RaciMatrix activities={activities} scope={scope} assignments={assignments} warned={warned} busy={busy} strings={strings}
              procedureCount={library ? (activity) => proceduresFor(library.procedures, activity).length : undefined}
              onShowProcedures={(activity) => {
                setProcedureActivity(activity);
                setView('procedures');
              }}
              onAdd={lead ? (activity, role) => setAdding({ activity, role }) : undefined}
              onRemove={lead ? (item) => runTask(remove(item)) : undefined} />
            <RoutingPreview scope={scope} session={session} assignments={assignments} strings={strings} />
            {lead && (
              <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
                <TextField label={strings.AddActivityLabel} value={newActivity} maxLength={120} onChange={(_, v) => setNewActivity(v ?? '')} styles={{ root: { minWidth: 280 } }} />
                <DefaultButton text={strings.AddActivityButton} disabled={newActivity.trim() === ''}
                  onClick={() => {
                    setOwnActivities((list) => [...list, newActivity.trim()]);
                    setNewActivity('');
                  }} />
              </Stack>
            )}
          </>
        )}
        {adding && (
          <AssignDialog service={service} activity={adding.activity} role={adding.role} scope={scope} groups={session.groups} strings={strings} shared={shared}
            onDismiss={() => setAdding(undefined)}
            onAdded={(item) => {
              setAdding(undefined);
              setLoaded((current) => current && { ...current, assignments: [...current.assignments, item] });
              setNotice(describe(item, strings.Added));
            }} />
        )}
        {stale && (
          <Dialog hidden={false} onDismiss={() => setStale(undefined)} dialogContentProps={{ type: DialogType.normal, title: strings.ConflictTitle, subText: stale === 'conflict' ? strings.ConflictText : strings.GoneText }}>
            <DialogFooter>
              <PrimaryButton text={strings.ReloadMatrix} onClick={() => { setStale(undefined); reload(); }} />
              <DefaultButton text={strings.Close} onClick={() => setStale(undefined)} />
            </DialogFooter>
          </Dialog>
        )}
      </Stack>
    );
    const libraryView = (content: (lib: Library) => React.ReactNode): React.ReactNode => {
      if (libraryFailure !== undefined) return <ErrorMessageBar kind={errorKindOf(libraryFailure)} strings={shared} onRetry={reload} onDismiss={() => setLibraryFailure(undefined)} />;
      if (!library) return <Spinner label={strings.Loading} />;
      return <React.Suspense fallback={<Spinner label={strings.Loading} />}>{content(library)}</React.Suspense>;
    };
    body = (
      <Stack tokens={{ childrenGap: 8 }}>
        {myOverdue.length > 0 && (
          <MessageBar messageBarType={MessageBarType.severeWarning} data-testid="my-overdue-actions">
            {format(strings.YourOverdueActions, myOverdue.length)}{' '}
            <Link onClick={() => {
              setActionFilter('myOverdue');
              setView('actions');
            }}>{strings.ShowYourOverdueActions}</Link>
          </MessageBar>
        )}
        <Pivot selectedKey={view} onLinkClick={(item) => item?.props.itemKey && setView(item.props.itemKey as View)} aria-label={strings.ViewsLabel} headersOnly>
          <PivotItem itemKey="matrix" headerText={strings.ViewMatrix} />
          <PivotItem itemKey="procedures" headerText={strings.ViewProcedures} />
          <PivotItem itemKey="actions" headerText={strings.ViewActions} />
        </Pivot>
        <div role="tabpanel" aria-label={view === 'matrix' ? strings.ViewMatrix : view === 'procedures' ? strings.ViewProcedures : strings.ViewActions}>
          {view === 'matrix' && matrixView}
          {view === 'procedures' && libraryView((lib) => (
            <ProceduresView service={service} procedures={lib.procedures} activities={activities} activity={procedureActivity} onActivityChange={setProcedureActivity}
              isLead={lead} now={now} strings={strings} shared={shared}
              onSaved={(item) => setLibrary((current) => current && { ...current, procedures: upsert(current.procedures, item) })} />
          ))}
          {view === 'actions' && libraryView((lib) => (
            <MeetingActionsView service={service} actions={lib.actions} currentUser={session.currentUser} isLead={lead} filter={actionFilter} onFilterChange={setActionFilter}
              now={now} pageUrl={window.location.href} strings={strings} shared={shared}
              onSaved={(item) => setLibrary((current) => current && { ...current, actions: upsert(current.actions, item) })} />
          ))}
        </div>
      </Stack>
    );
  }

  return (
    <ThemeProvider theme={theme}>
      <PeopleDirectoryProvider directory={props.people}>
        <section aria-labelledby={titleId} style={{ padding: 8 }}>
          <Text as="h2" variant="xLarge" id={titleId} block>{strings.Title}</Text>
          <CommandBar items={commands} ariaLabel={strings.Title} />
          {failure !== undefined && <ErrorMessageBar kind={errorKindOf(failure)} strings={shared} onRetry={reload} onDismiss={() => setFailure(undefined)} />}
          {notice && (
            <MessageBar messageBarType={MessageBarType.success} role="status" onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close}>{notice}</MessageBar>
          )}
          {body}
        </section>
      </PeopleDirectoryProvider>
    </ThemeProvider>
  );
}
