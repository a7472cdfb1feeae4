import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { accountableFor, type RoleScope, type RoutingScope } from '../../../core/governanceRoles';
import { GOVERNANCE_ACTIVITIES, type GovernanceRoleAssignment, type RoleScopeKind } from '../../../core/models/governanceRole';
import { format } from '../../../ui/format';
import type { RolesSession } from '../services/IGovernanceRolesService';
import { activityLabel, assigneeLabel, scopeLabel } from './rolesText';

/** Props of {@link RoutingPreview}. */
export interface IRoutingPreviewProps {
  scope: RoleScope;
  session: RolesSession;
  assignments: readonly GovernanceRoleAssignment[];
  strings: IGovernanceRolesStrings;
}

/** The routing scope of a matrix scope: a mission brings its region (the next level the resolver tries). */
export function routingScopeOf(scope: RoleScope, session: Pick<RolesSession, 'missionRegions'>): RoutingScope {
  switch (scope.kind) {
    case 'Region':
      return { region: scope.value };
    case 'Mission':
      return { mission: scope.value, region: scope.value === undefined ? undefined : session.missionRegions[scope.value] };
    case 'Department':
      return { department: scope.value };
    case 'Record':
      return scope.list !== undefined && scope.id !== undefined ? { record: { list: scope.list, id: scope.id } } : {};
    default:
      return {};
  }
}

function levelScope(kind: RoleScopeKind, routing: RoutingScope): RoleScope {
  switch (kind) {
    case 'Record':
      return { kind, list: routing.record?.list, id: routing.record?.id };
    case 'Mission':
      return { kind, value: routing.mission };
    case 'Region':
      return { kind, value: routing.region };
    case 'Department':
      return { kind, value: routing.department };
    default:
      return { kind: 'Organisation' };
  }
}

/** Who the suite asks to decide each of its activities in this scope, and at which level the matrix said so. */
export function RoutingPreview(props: IRoutingPreviewProps): React.ReactElement {
  const { scope, session, assignments, strings } = props;
  const routing = routingScopeOf(scope, session);
  return (
    <section aria-label={strings.RoutingTitle} data-testid="raci-routing">
      <Text block style={{ fontWeight: 600 }}>{strings.RoutingTitle}</Text>
      <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
        {GOVERNANCE_ACTIVITIES.map((activity) => {
          const routed = accountableFor(activity, routing, assignments);
          const label = activityLabel(activity, strings);
          const who = routed.resolvedAt === 'fallback'
            ? format(strings.RoutingFallback, label)
            : `${label}: ${format(strings.RoutingFrom, assigneeLabel(routed.accountable, strings), scopeLabel(levelScope(routed.resolvedAt, routing), strings))}`;
          return <li key={activity} data-activity={activity}>{who}</li>;
        })}
      </ul>
    </section>
  );
}
