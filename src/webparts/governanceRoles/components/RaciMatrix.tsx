import * as React from 'react';
import { ActionButton, IconButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { activityKey, assigneeKey, assigneeOf, scopeKey, scopeOf, type RoleScope } from '../../../core/governanceRoles';
import type { Stored } from '../../../core/models/common';
import { RACI_ROLES, type GovernanceRoleAssignment, type RaciRole } from '../../../core/models/governanceRole';
import { format } from '../../../ui/format';
import { activityLabel, assigneeLabel, roleName, scopeLabel } from './rolesText';

/** Props of {@link RaciMatrix}. */
export interface IRaciMatrixProps {
  /** Activity rows, in order (the suite's, then the leads' own). */
  activities: readonly string[];
  scope: RoleScope;
  assignments: readonly Stored<GovernanceRoleAssignment>[];
  /** Activities (keys from `activityKey`) with a warning in this scope: their row is marked. */
  warned: ReadonlySet<string>;
  /** Absent: read only (not a lead). */
  onAdd?: (activity: string, role: RaciRole) => void;
  onRemove?: (item: Stored<GovernanceRoleAssignment>) => void;
  busy?: boolean;
  /** How many (active) procedures govern an activity; with `onShowProcedures`, each row links to them. */
  procedureCount?: (activity: string) => number;
  onShowProcedures?: (activity: string) => void;
  strings: IGovernanceRolesStrings;
}

const css = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  cell: { verticalAlign: 'top', padding: '4px 8px', borderBottom: '1px solid', textAlign: 'left', overflowWrap: 'anywhere' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', alignItems: 'center', gap: 4 }
});

/**
 * The RACI matrix of one scope: one row per activity, one column per role letter. A plain table (row and column
 * headers, a caption) so screen readers announce "Accept risk, Accountable" on each cell; every action is a button
 * named with the person, role and activity it acts on.
 */
export function RaciMatrix(props: IRaciMatrixProps): React.ReactElement {
  const { activities, scope, assignments, warned, onAdd, onRemove, busy, strings } = props;
  const theme = useTheme();
  const border = theme.semanticColors.bodyDivider;
  const here = scopeKey(scope);
  const inScope = assignments.filter((a) => scopeKey(scopeOf(a)) === here);
  const cell = (activity: string, role: RaciRole): Stored<GovernanceRoleAssignment>[] =>
    inScope.filter((a) => a.role === role && activityKey(a.activity) === activityKey(activity));

  return (
    <table className={css.table} data-testid="raci-matrix">
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>{format(strings.MatrixCaption, scopeLabel(scope, strings))}</caption>
      <thead>
        <tr>
          <th scope="col" className={css.cell} style={{ borderColor: border, width: '22%' }}>{strings.ActivityColumn}</th>
          {RACI_ROLES.map((role) => (
            <th key={role} scope="col" className={css.cell} style={{ borderColor: border }}>
              <abbr title={roleName(role, strings)} style={{ textDecoration: 'none' }}>{role}</abbr> <span style={{ fontWeight: 400 }}>{roleName(role, strings)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {activities.map((activity) => {
          const label = activityLabel(activity, strings);
          const isWarned = warned.has(activityKey(activity));
          return (
            <tr key={activityKey(activity)} data-activity={activity}>
              <th scope="row" className={css.cell} style={{ borderColor: border }} data-warned={isWarned ? 'true' : undefined}>
                {/* The body text's colour: the theme's warning colour is below 4.5:1 on white. The warnings list says why. */}
                {isWarned && <span aria-hidden="true">⚠ </span>}{label}
                {props.procedureCount && props.onShowProcedures && (
                  <div>
                    <Link onClick={() => props.onShowProcedures?.(activity)} data-procedures-of={activity} style={{ fontWeight: 400 }}
                      aria-label={format(strings.ProceduresOfLabel, props.procedureCount(activity), label)}>
                      {format(strings.ProceduresCount, props.procedureCount(activity))}
                    </Link>
                  </div>
                )}
              </th>
              {RACI_ROLES.map((role) => {
                const items = cell(activity, role);
                return (
                  <td key={role} className={css.cell} style={{ borderColor: border }} data-role={role}>
                    {items.length === 0 ? (
                      <span style={{ color: theme.semanticColors.bodySubtext }}>{strings.CellEmpty}</span>
                    ) : (
                      <ul className={css.list}>
                        {items.map((item) => {
                          const assignee = assigneeOf(item);
                          const name = assignee ? assigneeLabel(assignee, strings) : '';
                          return (
                            <li key={assignee ? assigneeKey(assignee) : item.id} className={css.item} title={item.note}>
                              <span>{name}</span>
                              {onRemove && (
                                <IconButton iconProps={{ iconName: 'Cancel' }} disabled={busy} onClick={() => onRemove(item)}
                                  ariaLabel={format(strings.RemoveFromCell, name, roleName(role, strings), label)} title={format(strings.RemoveFromCell, name, roleName(role, strings), label)}
                                  styles={{ root: { height: 24, width: 24 } }} />
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                    {onAdd && (
                      <ActionButton iconProps={{ iconName: 'Add' }} disabled={busy} onClick={() => onAdd(activity, role)}
                        ariaLabel={format(strings.AddToCellLabel, roleName(role, strings), label)} styles={{ root: { height: 28, padding: 0 } }}>
                        {strings.AddToCell}
                      </ActionButton>
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
