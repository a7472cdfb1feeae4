/**
 * The words of a route (issue 19): why the governance roles ask someone ("Kenya's Accountable", "member of
 * Governance Leads, the organisation's Accountable", "member of Governance Leads: nobody is Accountable here") and
 * the Informed. Shared by every routed decision (ownership nominations, DPIA validation...); the strings are the
 * Ownership resource's route keys, passed in so each caller can hand its own loaded resource. No React.
 */
import type { Assignee, Routing } from '../../core/governanceRoles';
import type { PersonRef } from '../../core/models/common';
import { format } from '../format';

/** What the route texts read of a route. */
export interface RouteView extends Pick<Routing, 'accountable' | 'resolvedAt' | 'informed'> {
  /** Who is asked (undefined when nobody but the submitter could decide). */
  readonly decider: PersonRef | undefined;
  /** The mission, region or department the Accountable was found for (undefined at record, organisation, fallback). */
  readonly scopeName?: string;
}

/** The route keys of the Ownership resource (IOwnershipStrings has them all). */
export type RouteStrings = Pick<
  IOwnershipStrings,
  'RouteLevelRecord' | 'RouteLevelMission' | 'RouteLevelRegion' | 'RouteLevelDepartment' | 'RouteLevelOrganisation' | 'RouteViaGroup' | 'RouteFallback' | 'RouteDeciderNamed' | 'RouteGroupName'
>;

/** Where the RACI found the Accountable: "Kenya's Accountable", "this record's Accountable"... */
function routeLevelText(route: Pick<RouteView, 'resolvedAt' | 'scopeName'>, strings: RouteStrings): string {
  const name = route.scopeName ?? '';
  switch (route.resolvedAt) {
    case 'Record':
      return strings.RouteLevelRecord;
    case 'Mission':
      return format(strings.RouteLevelMission, name);
    case 'Region':
      return format(strings.RouteLevelRegion, name);
    case 'Department':
      return format(strings.RouteLevelDepartment, name);
    default:
      return strings.RouteLevelOrganisation;
  }
}

/**
 * Why the routed decider is asked, in words: "Kenya's Accountable"; "member of Governance Leads, the organisation's
 * Accountable" when the Accountable is a group; "member of Governance Leads: nobody is Accountable here".
 */
export function routeReasonText(route: Pick<RouteView, 'resolvedAt' | 'scopeName' | 'accountable'>, strings: RouteStrings): string {
  if (route.resolvedAt === 'fallback') return format(strings.RouteFallback, route.accountable.kind === 'Group' ? route.accountable.group : route.accountable.person.title);
  const level = routeLevelText(route, strings);
  return route.accountable.kind === 'Group' ? format(strings.RouteViaGroup, route.accountable.group, level) : level;
}

/** The routed decider with the reason: "Kwame Asante (Kenya's Accountable)"; undefined when nobody can decide. */
export function routedDeciderText(route: RouteView, strings: RouteStrings): string | undefined {
  return route.decider === undefined ? undefined : format(strings.RouteDeciderNamed, route.decider.title, routeReasonText(route, strings));
}

/** The Informed, a group marked as one: "Helena Okafor, Mission Focal Points (group)". */
export function informedText(informed: readonly Assignee[], strings: RouteStrings): string {
  return informed.map((a) => (a.kind === 'Group' ? format(strings.RouteGroupName, a.group) : a.person.title)).join(', ');
}
