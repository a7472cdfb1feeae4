/**
 * A routed decision in words (issue 19, part 2), shared by every web part that routes a decision by the governance
 * roles: "Kwame Asante (Kenya's Accountable)", "member of Governance Leads: nobody is Accountable here", the Informed.
 * The level and reason strings are the ownership resource's (OwnershipStrings), so every decision says it the same way.
 */
import type { Assignee, Routing } from '../../core/governanceRoles';
import type { PersonRef } from '../../core/models/common';
import { format } from '../format';

/** What a routed decision shows: who is Accountable, where found, who decides, who is Informed. */
export interface RouteView extends Pick<Routing, 'accountable' | 'resolvedAt' | 'informed'> {
  /** The person asked to decide; undefined when nobody but the submitter could. */
  readonly decider: PersonRef | undefined;
  /** The mission, region or department the Accountable was found for (undefined at record, organisation, fallback). */
  readonly scopeName?: string;
}

/** The strings the route's words need (the ownership resource holds them in every locale). */
export type RouteStrings = Pick<
  IOwnershipStrings,
  'RouteDeciderNamed' | 'RouteLevelRecord' | 'RouteLevelMission' | 'RouteLevelRegion' | 'RouteLevelDepartment' | 'RouteLevelOrganisation' | 'RouteViaGroup' | 'RouteFallback' | 'RouteGroupName'
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
