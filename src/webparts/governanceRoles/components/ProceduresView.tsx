import * as React from 'react';
import { ActionButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { isGovernanceError } from '../../../core/errors';
import { FRAMEWORK_IDS, FRAMEWORK_NAMES, type FrameworkId } from '../../../core/frameworks/types';
import type { Stored } from '../../../core/models/common';
import type { Procedure } from '../../../core/models/procedure';
import { governsActivity, isHttpUrl, isReviewOverdue, splitLines } from '../../../core/procedures';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf } from '../../../ui/errorText';
import { format, formatDate } from '../../../ui/format';
import { SeverityBadge } from '../../../ui/SeverityBadge';
import type { IGovernanceRolesService } from '../services/IGovernanceRolesService';
import { ProcedureDialog } from './ProcedureDialog';
import { procedureStatusLabel, procedureTypeLabel } from './procedureText';
import { activityLabel, runTask } from './rolesText';

/** Props of {@link ProceduresView}. */
export interface IProceduresViewProps {
  service: IGovernanceRolesService;
  procedures: readonly Stored<Procedure>[];
  /** The RACI's activity rows (the filter's and the form's choices). */
  activities: readonly string[];
  /** Only procedures governing this activity (set from a matrix row); undefined: all. */
  activity: string | undefined;
  onActivityChange: (activity: string | undefined) => void;
  /** Governance lead: may add, edit and retire (SharePoint enforces it: the list is leadsWrite). */
  isLead: boolean;
  now: Date;
  strings: IGovernanceRolesStrings;
  shared: IGovernanceSuiteStrings;
  /** A procedure was added or changed: the container keeps the list (the matrix counts read it). */
  onSaved: (item: Stored<Procedure>) => void;
}

const css = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { verticalAlign: 'top', padding: '4px 8px', borderBottom: '1px solid', textAlign: 'left', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: 16 }
});

/** A framework entry's name: the crosswalk's framework name for its key, else the text as written. */
function frameworkLabel(entry: string): string {
  return (FRAMEWORK_IDS as readonly string[]).includes(entry) ? FRAMEWORK_NAMES[entry as FrameworkId] : entry;
}

/**
 * The procedures library: every procedure, standard, template, guideline and process map with its owner, version,
 * review date (overdue ones badged) and the activities it governs; filtered by activity and by overdue review.
 */
export function ProceduresView(props: IProceduresViewProps): React.ReactElement {
  const { service, procedures, activities, activity, isLead, now, strings, shared } = props;
  const theme = useTheme();
  const border = theme.semanticColors.bodyDivider;
  const [overdueOnly, setOverdueOnly] = React.useState(false);
  const [showRetired, setShowRetired] = React.useState(false);
  const [editing, setEditing] = React.useState<{ item?: Stored<Procedure> } | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>();
  const [notice, setNotice] = React.useState<{ text: string; conflict?: boolean } | undefined>();

  const overdueCount = procedures.filter((p) => isReviewOverdue(p, now)).length;
  const shown = procedures
    .filter((p) => showRetired || p.status !== 'Retired')
    .filter((p) => !overdueOnly || isReviewOverdue(p, now))
    .filter((p) => activity === undefined || governsActivity(p, activity))
    .sort((a, b) => a.title.localeCompare(b.title));

  const retire = async (item: Stored<Procedure>): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await service.setProcedureStatus(item, item.status === 'Retired' ? 'Active' : 'Retired');
      props.onSaved(saved);
      setNotice({ text: format(saved.status === 'Retired' ? strings.ProcRetiredNotice : strings.ProcReinstatedNotice, saved.title) });
    } catch (error) {
      // A conflict here: someone changed it since; reading it again shows what they did.
      if (isGovernanceError(error, 'Conflict')) setNotice({ text: strings.ProcChangedRefresh, conflict: true });
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="procedures-view">
      <Text block>{strings.ProceduresIntro}</Text>
      {!isLead && <MessageBar messageBarType={MessageBarType.info}>{strings.ProceduresReadOnly}</MessageBar>}
      {failure !== undefined && <ErrorMessageBar kind={errorKindOf(failure)} strings={shared} onDismiss={() => setFailure(undefined)} />}
      {notice && (
        <MessageBar messageBarType={notice.conflict ? MessageBarType.warning : MessageBarType.success} role="status" onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close}>{notice.text}</MessageBar>
      )}
      {overdueCount > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} data-testid="procedures-overdue">{format(strings.ProceduresOverdueCount, overdueCount)}</MessageBar>
      )}
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 16 }}>
        <Dropdown label={strings.FilterActivity} styles={{ root: { minWidth: 240 } }} selectedKey={activity ?? '__all'}
          options={[{ key: '__all', text: strings.FilterAllActivities }, ...activities.map((a) => ({ key: a, text: activityLabel(a, strings) }))]}
          onChange={(_, o) => o && props.onActivityChange(o.key === '__all' ? undefined : String(o.key))} />
        <Checkbox label={strings.FilterOverdueReviews} checked={overdueOnly} onChange={(_, c) => setOverdueOnly(c === true)} />
        <Checkbox label={strings.FilterShowRetired} checked={showRetired} onChange={(_, c) => setShowRetired(c === true)} />
        {isLead && <PrimaryButton text={strings.ProcAdd} iconProps={{ iconName: 'Add' }} onClick={() => setEditing({})} />}
      </Stack>
      {shown.length === 0 ? (
        <Text block>{strings.ProceduresNone}</Text>
      ) : (
        <table className={css.table} data-testid="procedures-table">
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>
            {activity === undefined ? format(strings.ProceduresCaption, shown.length) : format(strings.ProceduresCaptionActivity, shown.length, activityLabel(activity, strings))}
          </caption>
          <thead>
            <tr>
              {[strings.ProcTitleLabel, strings.ProcTypeLabel, strings.ProcOwnerLabel, strings.ProcVersionLabel, strings.ProcReviewDateLabel, strings.ProcActivitiesLabel, strings.ProcFrameworksLabel, strings.ProcStatusLabel]
                .map((h) => <th key={h} scope="col" className={css.cell} style={{ borderColor: border }}>{h}</th>)}
              {isLead && <th scope="col" className={css.cell} style={{ borderColor: border }}>{strings.ActionsColumn}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => {
              const overdue = isReviewOverdue(p, now);
              const url = p.documentLink?.url;
              return (
                <tr key={p.id} data-procedure={p.title} data-overdue={overdue ? 'true' : undefined}>
                  <th scope="row" className={css.cell} style={{ borderColor: border }}>
                    {url && isHttpUrl(url) ? <Link href={url} target="_blank" rel="noopener noreferrer">{p.title}</Link> : p.title}
                  </th>
                  <td className={css.cell} style={{ borderColor: border }}>{procedureTypeLabel(p.procedureType, strings)}</td>
                  <td className={css.cell} style={{ borderColor: border }}>{p.owner?.title ?? strings.NotSet}</td>
                  <td className={css.cell} style={{ borderColor: border }}>{p.documentVersion ?? strings.NotSet}</td>
                  <td className={css.cell} style={{ borderColor: border }}>
                    {formatDate(p.reviewDate, strings.NotSet)}{overdue && <> <SeverityBadge text={strings.ReviewOverdue} severity="warning" data-kind="overdue" /></>}
                  </td>
                  <td className={css.cell} style={{ borderColor: border }}>
                    <ul className={css.list}>{splitLines(p.relatedActivities).map((a) => <li key={a}>{activityLabel(a, strings)}</li>)}</ul>
                  </td>
                  <td className={css.cell} style={{ borderColor: border }}>
                    <ul className={css.list}>{splitLines(p.relatedFrameworks).map((f) => <li key={f}>{frameworkLabel(f)}</li>)}</ul>
                  </td>
                  <td className={css.cell} style={{ borderColor: border }}>{procedureStatusLabel(p.status, strings)}</td>
                  {isLead && (
                    <td className={css.cell} style={{ borderColor: border }}>
                      <ActionButton iconProps={{ iconName: 'Edit' }} disabled={busy} ariaLabel={format(strings.ProcEditLabel, p.title)} onClick={() => setEditing({ item: p })}>{strings.Edit}</ActionButton>
                      <ActionButton iconProps={{ iconName: p.status === 'Retired' ? 'Undo' : 'Archive' }} disabled={busy}
                        ariaLabel={format(p.status === 'Retired' ? strings.ProcReinstateLabel : strings.ProcRetireLabel, p.title)} onClick={() => runTask(retire(p))}>
                        {p.status === 'Retired' ? strings.ProcReinstate : strings.ProcRetire}
                      </ActionButton>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing && (
        <ProcedureDialog service={service} existing={editing.item} activities={activities} initialActivity={activity} strings={strings} shared={shared}
          onDismiss={() => setEditing(undefined)}
          onSaved={(item) => {
            setEditing(undefined);
            props.onSaved(item);
            setNotice({ text: format(strings.ProcSavedNotice, item.title) });
          }} />
      )}
    </Stack>
  );
}
