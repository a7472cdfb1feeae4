/**
 * Graph v1.0 directory routes for access reviews, over the emulated directory (directory.ts): groups (filtered,
 * paged, owners, members, root site), service principals and who is assigned their app roles, directory roles and
 * their members, users by filter, managers and sponsors. Quirks copied from Graph are noted where they are.
 */
import { graphError, json, type GraphAnswer, type GraphCall } from './answers';
import { LABEL_CATALOGUE } from './catalogue';
import type { DirectoryGroupData, DirectoryUser, EmulatedDirectory } from './directory';
import type { DirectoryApp } from './directoryApps';
import { page, parseFilter, project, selected } from './directoryQuery';
import { guidFrom } from './hash';
import type { GraphWorld } from './world';

export interface DirectoryEnv {
  readonly directory: EmulatedDirectory;
  readonly world: GraphWorld;
}

/** A user the SharePoint side knows but the directory module does not (test harness users). */
export interface StoreUser {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string;
  readonly userPrincipalName: string;
  // eslint-disable-next-line @rushstack/no-new-null -- Graph's JSON has null for unset properties
  readonly jobTitle: string | null;
  // eslint-disable-next-line @rushstack/no-new-null -- as above
  readonly department: string | null;
}

const notFound = (what: string): GraphAnswer => graphError(404, 'Request_ResourceNotFound', `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`);
const CREATED = '2023-04-03T08:00:00Z';
/** Graph returns these user properties only when `$select` names them. */
const USER_ON_SELECT = ['accountEnabled', 'userType', 'department', 'signInActivity', 'employeeLeaveDateTime', 'createdDateTime'];
const GROUP_ON_SELECT = ['assignedLabels'];

function userJson(u: DirectoryUser | StoreUser): Record<string, unknown> {
  const d = u as Partial<DirectoryUser>;
  const [givenName, ...rest] = u.displayName.split(' ');
  return {
    '@odata.type': '#microsoft.graph.user', id: u.id, businessPhones: [], displayName: u.displayName, givenName, surname: rest.join(' ') || null,
    jobTitle: u.jobTitle ?? null, mail: u.mail, mobilePhone: null, officeLocation: d.officeLocation ?? null, preferredLanguage: null, userPrincipalName: u.userPrincipalName,
    accountEnabled: d.accountEnabled ?? true, userType: d.userType ?? 'Member', department: u.department ?? null, createdDateTime: CREATED,
    employeeLeaveDateTime: d.employeeLeaveDateTime ?? null,
    // Never signed in: Graph gives signInActivity null.
    signInActivity: d.lastSignIn !== undefined ? { lastSignInDateTime: d.lastSignIn, lastNonInteractiveSignInDateTime: d.lastSignIn } : null
  };
}

function groupJson(g: DirectoryGroupData, world: GraphWorld): Record<string, unknown> {
  // The label the label check sees on the group's site container, so both views of a group agree.
  const labelId = g.unified ? world.group(g.id)?.labelId : undefined;
  const label = LABEL_CATALOGUE.find((l) => l.id === labelId);
  return {
    '@odata.type': '#microsoft.graph.group', id: g.id, createdDateTime: CREATED, description: g.description, displayName: g.displayName,
    groupTypes: g.unified ? ['Unified'] : [], isAssignableToRole: g.unified ? null : true, mail: g.unified ? `${g.mailNickname}@governance.example.org` : null,
    mailEnabled: g.unified, mailNickname: g.mailNickname, securityEnabled: !g.unified, visibility: g.visibility,
    resourceProvisioningOptions: g.isTeam ? ['Team'] : [], assignedLabels: label !== undefined ? [{ labelId: label.id, displayName: label.name }] : []
  };
}

function appJson(a: DirectoryApp): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.servicePrincipal', id: a.id, appId: a.appId, displayName: a.displayName, accountEnabled: true, servicePrincipalType: 'Application',
    tags: a.enterprise ? ['WindowsAzureActiveDirectoryIntegratedApp'] : [],
    appRoles: a.appRoles.map((r) => ({ id: r.id, displayName: r.displayName, value: r.value, description: r.description, allowedMemberTypes: ['User'], isEnabled: true, origin: 'Application' }))
  };
}

/** A directory object by id with its `@odata.type`, as relationship collections return them. */
function objectJson(env: DirectoryEnv, id: string): Record<string, unknown> | undefined {
  const world = env.directory.world;
  const user = env.directory.user(id);
  if (user !== undefined) return userJson(user);
  const group = world.groups.find((g) => g.id === id);
  if (group !== undefined) return groupJson(group, env.world);
  const app = world.apps.find((a) => a.id === id);
  return app !== undefined ? appJson(app) : undefined;
}

function objects(env: DirectoryEnv, call: GraphCall, ids: readonly string[], context: string): GraphAnswer {
  const found = ids.map((id) => objectJson(env, id)).filter((o): o is Record<string, unknown> => o !== undefined);
  return page(call, found.map((o) => project(o, call, o['@odata.type'] === '#microsoft.graph.user' ? USER_ON_SELECT : GROUP_ON_SELECT)), context);
}

/**
 * signInActivity needs AuditLog.Read.All (and a premium licence); without it Graph answers 403 to a `$select`
 * naming it. The leave date has its own read permission (User-LifeCycleInfo.Read.All); tests switch either off.
 */
function refuseSignIn(env: DirectoryEnv, call: GraphCall): GraphAnswer | undefined {
  const fields = selected(call) ?? [];
  return (env.directory.signInActivityForbidden && fields.includes('signInActivity')) || (env.directory.leaveDateForbidden && fields.includes('employeeLeaveDateTime'))
    ? graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.') : undefined;
}

function groupRoutes(env: DirectoryEnv, call: GraphCall, segments: readonly string[]): GraphAnswer | undefined {
  const world = env.directory.world;
  if (segments.length === 1) {
    const filter = parseFilter(call.query.get('$filter'));
    if ('error' in filter) return filter.error;
    // Graph lists groups in no promised order; the emulator keeps creation order, stable across pages.
    const all = world.groups.map((g) => groupJson(g, env.world)).filter((g) => filter.test(g));
    return page(call, all.map((g) => project(g, call, GROUP_ON_SELECT)), 'groups');
  }
  const group = env.directory.group(segments[1]);
  // Unknown ids with no relation go on to the label world (groups named by Teams links).
  if (group === undefined) return segments.length === 2 ? undefined : notFound(segments[1]);
  if (segments.length === 2) return json(project(groupJson(group, env.world), call, GROUP_ON_SELECT));
  const relation = segments.slice(2).join('/');
  if (relation === 'owners') return refuseSignIn(env, call) ?? objects(env, call, group.ownerIds, 'directoryObjects');
  if (relation === 'members') return refuseSignIn(env, call) ?? objects(env, call, group.memberIds, 'directoryObjects');
  if (relation === 'sites/root') {
    if (group.siteUrl === undefined) return graphError(404, 'itemNotFound', 'The requested site was not found.');
    const path = new URL(group.siteUrl).pathname;
    return json(project({ id: `contoso.sharepoint.com,${guidFrom(`site:${path}`)},${guidFrom(`web:${path}`)}`, name: path.split('/').pop(), displayName: group.displayName, webUrl: group.siteUrl, createdDateTime: CREATED }, call));
  }
  return graphError(400, 'BadRequest', `Unsupported segment '${relation}' on a group in the workbench emulator.`);
}

function appRoutes(env: DirectoryEnv, call: GraphCall, segments: readonly string[]): GraphAnswer {
  const world = env.directory.world;
  if (segments.length === 1) {
    const filter = parseFilter(call.query.get('$filter'));
    if ('error' in filter) return filter.error;
    return page(call, world.apps.map(appJson).filter((a) => filter.test(a)).map((a) => project(a, call)), 'servicePrincipals');
  }
  const app = world.apps.find((a) => a.id === segments[1].toLowerCase());
  if (app === undefined) return notFound(segments[1]);
  if (segments.length === 2) return json(project(appJson(app), call));
  if (segments[2].toLowerCase() !== 'approleassignedto' || segments.length !== 3) return graphError(400, 'BadRequest', 'Unsupported segment on a service principal in the workbench emulator.');
  const assignments = app.assignments.map((a) => {
    const principal = objectJson(env, a.principalId);
    return {
      id: a.id, deletedDateTime: null, appRoleId: a.appRoleId, createdDateTime: CREATED, principalDisplayName: principal?.displayName ?? null,
      principalId: a.principalId, principalType: a.principalType, resourceDisplayName: app.displayName, resourceId: app.id
    };
  });
  return page(call, assignments.map((a) => project(a, call)), `servicePrincipals('${app.id}')/appRoleAssignedTo`);
}

function roleRoutes(env: DirectoryEnv, call: GraphCall, segments: readonly string[]): GraphAnswer {
  const roles = env.directory.world.roles;
  const roleJson = (r: (typeof roles)[number]): Record<string, unknown> => ({ id: r.id, deletedDateTime: null, description: r.description, displayName: r.displayName, roleTemplateId: r.roleTemplateId });
  // Graph lists only activated roles, in one page (the collection does not page).
  if (segments.length === 1) return json({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryRoles', value: roles.map((r) => project(roleJson(r), call)) });
  // Both the object id and `roleTemplateId={id}` address a role, as in Graph.
  const key = segments[1].toLowerCase();
  const role = roles.find((r) => r.id === key || `roletemplateid=${r.roleTemplateId}` === key);
  if (role === undefined) return notFound(segments[1]);
  if (segments.length === 2) return json(project(roleJson(role), call));
  if (segments[2].toLowerCase() === 'members' && segments.length === 3) return refuseSignIn(env, call) ?? objects(env, call, role.members.map((m) => m.id), 'directoryObjects');
  return graphError(400, 'BadRequest', 'Unsupported segment on a directory role in the workbench emulator.');
}

function userRoutes(env: DirectoryEnv, call: GraphCall, segments: readonly string[], storeUsers: () => readonly StoreUser[]): GraphAnswer | undefined {
  if (segments.length === 1) {
    if (call.query.get('$filter') === null) return undefined;
    const filter = parseFilter(call.query.get('$filter'));
    if ('error' in filter) return filter.error;
    const refused = refuseSignIn(env, call);
    if (refused !== undefined) return refused;
    const known = new Set(env.directory.world.users.map((u) => u.id));
    const everyone = [...env.directory.world.users, ...storeUsers().filter((u) => !known.has(u.id))].map(userJson);
    return page(call, everyone.filter((u) => filter.test(u)).map((u) => project(u, call, USER_ON_SELECT)), 'users');
  }
  const user = env.directory.user(segments[1]);
  if (user === undefined) {
    // Store-only people have no manager or sponsors recorded; everything else stays with the base user routes.
    if (segments[2] === 'manager' && segments.length === 3 && storeUsers().some((u) => u.id === segments[1].toLowerCase() || u.mail.toLowerCase() === segments[1].toLowerCase())) return notFound('manager');
    return undefined;
  }
  const refused = refuseSignIn(env, call);
  if (segments.length === 2) return refused ?? json(project(userJson(user), call, USER_ON_SELECT));
  if (segments[2] === 'manager' && segments.length === 3) {
    const manager = user.managerId !== undefined ? env.directory.user(user.managerId) : undefined;
    // No manager recorded: Graph answers 404 with this message, not an empty body.
    return manager === undefined ? notFound('manager') : refused ?? json(project(userJson(manager), call, USER_ON_SELECT));
  }
  if (segments[2] === 'sponsors' && segments.length === 3) return refused ?? objects(env, call, user.sponsorIds, 'directoryObjects');
  return undefined;
}

/** Answers a directory call, or undefined when the call is not one (the base routes take it). */
export function routeDirectory(env: DirectoryEnv, call: GraphCall, segments: readonly string[], storeUsers: () => readonly StoreUser[]): GraphAnswer | undefined {
  if (call.method !== 'GET' || segments.length === 0) return undefined;
  // Graph's path segments are case-insensitive.
  switch (segments[0].toLowerCase()) {
    case 'groups': return groupRoutes(env, call, segments);
    case 'serviceprincipals': return appRoutes(env, call, segments);
    case 'directoryroles': return roleRoutes(env, call, segments);
    case 'users': return userRoutes(env, call, segments, storeUsers);
    default: return undefined;
  }
}
