/**
 * Permission endpoints as SharePoint answers them: role definitions (permission levels) of the web, role
 * assignments of the web and of lists, breaking and resetting a list's inheritance, creating site groups and adding
 * people to them. Every change, and reading assignments, needs Manage Permissions at the scope concerned.
 */
import { badRequest, invalidQuery, SpError } from '../errors';
import { jsonResponse } from '../format';
import { parseQueryOptions } from '../odata/queryOptions';
import { demand, effectivePermissions, maskJson, principalById, ROLE_IDS, scopeOf, WEB_SCOPE, type Mask, type Principal, type RoleDefinition } from '../permissions';
import type { EmuResponse, ListDef } from '../types';
import { argText, badMethod, intArg, jsonBody, notFound, type Call, type Segment } from './call';
import { collection, groupJson, single, userJson } from './webRoutes';

/** SharePoint's JSON for a permission level. */
export function roleJson(call: Call, role: RoleDefinition): Record<string, unknown> {
  return {
    'odata.type': 'SP.RoleDefinition',
    'odata.id': `${call.env.siteUrl}/_api/Web/RoleDefinitions(${role.id})`,
    'odata.editLink': `Web/RoleDefinitions(${role.id})`,
    BasePermissions: maskJson(role.mask), Description: role.description, Hidden: role.hidden, Id: role.id, Name: role.name,
    Order: role.order, RoleTypeKind: role.kind
  };
}

function memberJson(call: Call, principal: Principal): Record<string, unknown> {
  if (principal.PrincipalType === 8) {
    const group = call.env.store.getGroupById(principal.Id);
    if (group) return groupJson(call, group);
  }
  const user = call.env.store.getUserById(principal.Id);
  if (user) return userJson(call, user);
  return {
    'odata.type': 'SP.User', 'odata.id': `${call.env.siteUrl}/_api/Web/GetUserById(${principal.Id})`, Id: principal.Id, IsHiddenInUI: false,
    LoginName: principal.LoginName, Title: principal.Title, PrincipalType: principal.PrincipalType, Email: '', IsSiteAdmin: false
  };
}

const principalNotFound = (id: number): SpError =>
  new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Cannot find the principal with id: ${id}.`);
const roleNotFound = (id: number): SpError =>
  new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The role definition with id ${id} cannot be found.`);
const inheriting = (): SpError =>
  new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');

/** `addroleassignment(principalid=5, roledefid=1073741827)` -> `{ principalid: '5', roledefid: '1073741827' }`. */
function namedArgs(arg: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (arg ?? '').split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** The void answer of a service operation, as SharePoint sends it. */
const done = (call: Call): EmuResponse => jsonResponse(200, { 'odata.null': true }, call.mode);

/** One role assignment per principal at a scope, with its bindings; `$expand=Member,RoleDefinitionBindings` inlines them. */
function assignmentsJson(call: Call, scope: string, base: string): Record<string, unknown>[] {
  const store = call.env.store;
  const expand = parseQueryOptions(call.req.url.searchParams).expand.map((e) => e.toLowerCase());
  const byPrincipal = new Map<number, number[]>();
  for (const a of store.roles.assignments(scope)) byPrincipal.set(a.principalId, [...(byPrincipal.get(a.principalId) ?? []), a.roleId]);
  return [...byPrincipal].map(([principalId, roleIds]) => {
    const out: Record<string, unknown> = {
      'odata.type': 'SP.RoleAssignment', 'odata.id': `${base}/RoleAssignments/GetByPrincipalId(${principalId})`,
      'odata.editLink': `${base.slice(call.env.siteUrl.length + '/_api/'.length)}/RoleAssignments/GetByPrincipalId(${principalId})`, PrincipalId: principalId
    };
    const principal = principalById(store, principalId);
    if (expand.includes('member') && principal) out.Member = memberJson(call, principal);
    if (expand.includes('roledefinitionbindings')) {
      out.RoleDefinitionBindings = roleIds.flatMap((id) => { const role = store.roles.definition(id); return role ? [roleJson(call, role)] : []; });
    }
    return out;
  });
}

/** `.../roleassignments[/addroleassignment(...)|/removeroleassignment(...)|/getbyprincipalid(N)]` at a scope. */
function roleAssignmentRoutes(call: Call, list: ListDef | undefined, rest: readonly Segment[]): EmuResponse {
  const store = call.env.store;
  demand(store, call.req.user, 'ManagePermissions', list);
  const scope = scopeOf(list);
  const base = list ? `${call.env.siteUrl}/_api/Web/Lists(guid'${list.Id}')` : `${call.env.siteUrl}/_api/Web`;
  const [op] = rest;
  if (!op) return call.method === 'GET' ? collection(call, 'SP.RoleAssignment', assignmentsJson(call, scope, base)) : badMethod(call);
  if (rest.length > 1) return notFound(call);
  if (op.name === 'getbyprincipalid' && call.method === 'GET') {
    const found = assignmentsJson(call, scope, base).find((a) => a.PrincipalId === intArg(op.arg));
    if (!found) throw principalNotFound(intArg(op.arg));
    return single(call, 'SP.RoleAssignment', found);
  }
  if (op.name !== 'addroleassignment' && op.name !== 'removeroleassignment') return notFound(call);
  if (call.method !== 'POST') return badMethod(call);
  if (list && list.HasUniqueRoleAssignments !== true) throw inheriting();
  const args = namedArgs(op.arg);
  const principalId = intArg(args.principalid);
  const roleId = intArg(args.roledefid);
  if (!principalById(store, principalId)) throw principalNotFound(principalId);
  if (!store.roles.definition(roleId)) throw roleNotFound(roleId);
  if (op.name === 'addroleassignment') store.roles.add(scope, principalId, roleId);
  else store.roles.remove(scope, principalId, roleId);
  return done(call);
}

/** Routes under a list for `breakroleinheritance`, `resetroleinheritance`, `roleassignments`; undefined for others. */
export function listRoleRoutes(call: Call, list: ListDef, sub: Segment, after: readonly Segment[]): EmuResponse | undefined {
  const store = call.env.store;
  if (sub.name === 'roleassignments') return roleAssignmentRoutes(call, list, after);
  if (sub.name === 'getusereffectivepermissions' && after.length === 0 && call.method === 'GET') {
    demand(store, call.req.user, 'ManagePermissions', list);
    const login = argText(sub.arg?.startsWith('@') ? call.req.url.searchParams.get(sub.arg) ?? '' : sub.arg);
    const user = store.getUserByLogin(login);
    if (!user) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
    return single(call, 'SP.BasePermissions', { 'odata.type': 'SP.BasePermissions', ...maskJson(effectivePermissions(store, user, list)) });
  }
  if (sub.name !== 'breakroleinheritance' && sub.name !== 'resetroleinheritance') return undefined;
  if (after.length > 0) return notFound(call);
  if (call.method !== 'POST') return badMethod(call);
  demand(store, call.req.user, 'ManagePermissions', list);
  if (sub.name === 'resetroleinheritance') {
    store.roles.replace(list.Id, []);
    store.saveList({ ...list, HasUniqueRoleAssignments: false });
    return done(call);
  }
  if (list.HasUniqueRoleAssignments === true) return done(call);
  const copy = /^true$/i.test(namedArgs(sub.arg).copyroleassignments ?? 'false');
  // Without a copy SharePoint keeps the caller in: they get Full Control on the new scope.
  store.roles.replace(list.Id, copy ? store.roles.assignments(WEB_SCOPE) : [{ principalId: call.req.user.Id, roleId: ROLE_IDS.fullControl }]);
  store.saveList({ ...list, HasUniqueRoleAssignments: true });
  return done(call);
}

function readMask(value: unknown): Mask {
  const bp = value as { High?: unknown; Low?: unknown } | undefined;
  const part = (v: unknown): number => {
    const n = Number(v);
    if (v === undefined || v === null || v === '' || !Number.isInteger(n) || n < 0 || n > 0xffffffff) throw invalidQuery('BasePermissions must have High and Low as 32-bit unsigned numbers.');
    return n;
  };
  return { high: part(bp?.High), low: part(bp?.Low) };
}

/** `/_api/web/roledefinitions[...]`. */
function roleDefinitionRoutes(call: Call, rest: readonly Segment[], head: Segment): EmuResponse {
  const store = call.env.store;
  const [op] = rest;
  let role: RoleDefinition | undefined;
  if (head.arg !== undefined) role = store.roles.definition(intArg(head.arg));
  else if (op?.name === 'getbyid') role = store.roles.definition(intArg(op.arg));
  else if (op?.name === 'getbyname') role = store.roles.definitionByName(argText(op.arg));
  else if (op?.name === 'getbytype') role = store.roles.listDefinitions().find((r) => r.kind === intArg(op.arg) && r.kind !== 0);
  else if (op) return notFound(call);
  else if (call.method === 'GET') return collection(call, 'SP.RoleDefinition', store.roles.listDefinitions().map((r) => roleJson(call, r)));
  else if (call.method === 'POST') {
    demand(store, call.req.user, 'ManagePermissions');
    const body = jsonBody(call);
    const name = typeof body.Name === 'string' ? body.Name.trim() : '';
    if (name === '') throw badRequest('The permission level name is required.');
    if (store.roles.definitionByName(name)) {
      throw new SpError(400, '-2130575293, Microsoft.SharePoint.SPException', 'The specified name is already in use.\n\nPlease try again with a new name.');
    }
    const created = store.roles.createDefinition({
      name, description: typeof body.Description === 'string' ? body.Description : '', mask: readMask(body.BasePermissions),
      order: typeof body.Order === 'number' ? body.Order : 0
    });
    return single(call, 'SP.RoleDefinition', roleJson(call, created), 201);
  } else return badMethod(call);
  if (!role) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
  if (rest.length > (head.arg !== undefined ? 0 : 1) || call.method !== 'GET') return notFound(call);
  return single(call, 'SP.RoleDefinition', roleJson(call, role));
}

/** Routes under `/_api/web` for role definitions, web role assignments and effective permissions; undefined for others. */
export function webRoleRoutes(call: Call, head: Segment, rest: readonly Segment[]): EmuResponse | undefined {
  if (head.name === 'roledefinitions') return roleDefinitionRoutes(call, rest, head);
  if (head.name === 'roleassignments') return roleAssignmentRoutes(call, undefined, rest);
  if (head.name === 'effectivebasepermissions' && rest.length === 0 && call.method === 'GET') {
    return single(call, 'SP.BasePermissions', { 'odata.type': 'SP.BasePermissions', ...maskJson(effectivePermissions(call.env.store, call.req.user)) });
  }
  return undefined;
}

/** `POST /_api/web/sitegroups` with `{ Title, Description }`: creates a group (Manage Permissions at the web). */
export function createGroup(call: Call): EmuResponse {
  const store = call.env.store;
  demand(store, call.req.user, 'ManagePermissions');
  const body = jsonBody(call);
  const title = typeof body.Title === 'string' ? body.Title.trim() : '';
  if (title === '') throw badRequest('The group Title is required.');
  if (store.getGroupByName(title) || store.getUserByLogin(title)) {
    throw new SpError(400, '-2130575293, Microsoft.SharePoint.SPException', 'The specified name is already in use.\n\nPlease try again with a new name.');
  }
  return single(call, 'SP.Group', groupJson(call, store.upsertGroup(title)), 201);
}

/** `POST /_api/web/sitegroups/getbyname('G')/users` with `{ LoginName }`: adds a person to the group. */
export function addGroupUser(call: Call, groupId: number): EmuResponse {
  const store = call.env.store;
  demand(store, call.req.user, 'ManagePermissions');
  const login = jsonBody(call).LoginName;
  if (typeof login !== 'string' || login.trim() === '') throw badRequest('LoginName is required.');
  const user = store.ensureUser(login.trim());
  if (!user) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
  store.addGroupMember(groupId, user.Id);
  return single(call, 'SP.User', userJson(call, user), 201);
}

/** `effectivebasepermissions` of a list: the signed-in user's computed mask. */
export function listBasePermissions(call: Call, list: ListDef): EmuResponse {
  return single(call, 'SP.BasePermissions', { 'odata.type': 'SP.BasePermissions', ...maskJson(effectivePermissions(call.env.store, call.req.user, list)) });
}
