/**
 * The Graph v1.0 subset the suite calls, with Graph's JSON and error shapes: users (search with ConsistencyLevel,
 * by id or UPN, photos), the label catalogue, `/shares` drive items, site drives, groups with assignedLabels,
 * extractSensitivityLabels (423 when encrypted), item permissions, and JSON `$batch` (at most 20). The directory
 * of access reviews (groups, members, apps, roles, managers, users by `$filter`) is in directoryRoutes.ts and is
 * tried first.
 */
import type { EmulatorStore } from '../emulator';
import { decodeSharingUrl } from '../../src/graph/labels/sharingUrl';
import { labelJson, LABEL_CATALOGUE } from './catalogue';
import type { GraphFaults } from './faults';
import type { EmulatedDirectory } from './directory';
import { routeDirectory } from './directoryRoutes';
import { guidFrom, percentOf } from './hash';
import { avatarPng } from './photo';
import type { GraphWorld, SharingSpec } from './world';

export interface GraphEnv {
  readonly store: EmulatorStore;
  readonly world: GraphWorld;
  readonly faults: GraphFaults;
  /** Tenant id shown in label assignments. */
  readonly tenantId: string;
  /** Groups, apps, roles and the people in them (access reviews). */
  readonly directory: EmulatedDirectory;
}

import { graphError, json, type GraphAnswer, type GraphCall } from './answers';

export { graphError, json, type GraphAnswer, type GraphCall };

interface GraphUser {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  // eslint-disable-next-line @rushstack/no-new-null -- Graph's JSON has null for unset properties
  jobTitle: string | null;
  // eslint-disable-next-line @rushstack/no-new-null -- as above
  department: string | null;
}

/** Directory users: the SharePoint site users (same people, same job titles and departments) and the directory's people who are not site users yet. */
function directory(store: EmulatorStore): GraphUser[] {
  const person = (title: string, email: string, jobTitle: string | undefined, department: string | undefined): GraphUser => ({
    id: guidFrom(`user:${email.toLowerCase()}`), displayName: title, mail: email, userPrincipalName: email, jobTitle: jobTitle ?? null, department: department ?? null
  });
  return [
    ...store.listUsers().filter((u) => u.Email !== '').map((u) => person(u.Title, u.Email, u.jobTitle, u.department)),
    ...store.listDirectoryOnlyUsers().map((u) => person(u.title, u.email, u.jobTitle, u.department))
  ];
}

function select<T extends object>(value: T, query: URLSearchParams): Partial<T> {
  const fields = (query.get('$select') ?? '').split(',').map((f) => f.trim()).filter((f) => f !== '');
  if (fields.length === 0) return value;
  const out: Record<string, unknown> = { id: (value as { id?: unknown }).id };
  for (const f of fields) if (f in value) out[f] = (value as Record<string, unknown>)[f];
  return out as Partial<T>;
}

/** `"displayName:ann" OR "mail:ann"`: each clause matches a word (or the whole value) starting with the text. */
function searchUsers(users: GraphUser[], search: string): GraphUser[] | undefined {
  const clauses = Array.from(search.matchAll(/"(\w+):((?:[^"\\]|\\.)*)"/g)).map((m) => ({ property: m[1], text: m[2].replace(/\\(.)/g, '$1').toLowerCase() }));
  if (clauses.length === 0) return undefined;
  return users.filter((u) => clauses.some(({ property, text }) => {
    const value = String((u as unknown as Record<string, unknown>)[property] ?? '').toLowerCase();
    return value.startsWith(text) || value.split(/[\s.@_-]+/).some((word) => word.startsWith(text));
  }));
}

function findUser(store: EmulatorStore, key: string): GraphUser | undefined {
  const wanted = key.toLowerCase();
  return directory(store).find((u) => u.id === wanted || u.userPrincipalName.toLowerCase() === wanted || u.mail.toLowerCase() === wanted);
}

function permissionsJson(sharing: SharingSpec, webUrl: string): unknown[] {
  const value: unknown[] = [
    { id: 'owners', roles: ['owner'], grantedToV2: { siteGroup: { id: '3', displayName: 'Site Owners' } } },
    { id: 'members', roles: ['write'], grantedToV2: { siteGroup: { id: '5', displayName: 'Site Members' } } }
  ];
  if (sharing.anyone === true) value.push({ id: 'anyone-link', roles: ['read'], hasPassword: false, link: { scope: 'anonymous', type: 'view', webUrl: `${webUrl}?e=anon` } });
  if (sharing.organization === true) value.push({ id: 'org-link', roles: ['read'], link: { scope: 'organization', type: 'view', webUrl: `${webUrl}?e=org` } });
  if (sharing.guest === true) {
    value.push({
      id: 'guest', roles: ['read'],
      grantedToV2: { siteUser: { id: '42', displayName: 'Partner Analyst (guest)', email: 'analyst@partner-ngo.example', loginName: 'i:0#.f|membership|analyst_partner-ngo.example#ext#@governance.onmicrosoft.com' } }
    });
  }
  return value;
}

/** Routes one Graph call (top-level or inside a batch). */
export function routeGraph(env: GraphEnv, call: GraphCall): GraphAnswer {
  const { method, query } = call;
  const path = call.path.replace(/\/+$/, '') || '/';
  const segments = path.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  const get = method === 'GET';
  const fromDirectory = routeDirectory(env, { ...call, path }, segments, () => directory(env.store));
  if (fromDirectory !== undefined) return fromDirectory;

  if (get && path === '/users') {
    // $search covers the site's people (the picker must be able to add whoever it offers); the access-review
    // directory's other people are reached by $filter and by id (directoryRoutes.ts).
    const users = directory(env.store);
    const search = query.get('$search');
    let found = users;
    if (search !== null) {
      if ((call.headers.consistencylevel ?? '').toLowerCase() !== 'eventual') {
        return graphError(400, 'Request_UnsupportedQuery', "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
      }
      const matched = searchUsers(users, search);
      if (matched === undefined) return graphError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for $search: ${search}`);
      found = matched;
    }
    if (query.has('$filter')) return graphError(400, 'Request_UnsupportedQuery', 'The workbench emulator supports $search on users, not $filter.');
    const top = Math.min(Math.max(Number(query.get('$top') ?? 100) || 100, 1), 999);
    return json({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users', value: found.slice(0, top).map((u) => select(u, query)) });
  }
  if (get && segments[0] === 'users' && segments.length >= 2) {
    const user = findUser(env.store, segments[1]);
    if (user === undefined) return graphError(404, 'Request_ResourceNotFound', `Resource '${segments[1]}' does not exist or one of its queried reference-property objects are not present.`);
    if (segments.length === 2) return json(select(user, query));
    if (segments[2] === 'photo' && segments[3] === '$value' && segments.length === 4) {
      // One person in five has no photo, as in any tenant.
      if (percentOf(`photo:${user.id}`) < 20) return graphError(404, 'ImageNotFound', 'Exception of type \'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException\' was thrown.');
      return { status: 200, headers: { 'Content-Type': 'image/png', 'Cache-Control': 'private, max-age=3600' }, body: avatarPng(user.id) };
    }
  }
  if (get && path.toLowerCase() === '/security/datasecurityandgovernance/sensitivitylabels') {
    return json({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#security/dataSecurityAndGovernance/sensitivityLabels', value: LABEL_CATALOGUE.map(labelJson) });
  }
  if (get && segments[0] === 'shares' && segments[2] === 'driveItem' && segments.length === 3) {
    const url = decodeSharingUrl(segments[1]);
    const item = url !== undefined ? env.world.driveItemFor(url) : undefined;
    if (item === undefined) return graphError(404, 'itemNotFound', 'The sharing link no longer exists, or you do not have permission to access it.');
    return json(select({
      id: item.id, name: item.name, webUrl: item.webUrl, parentReference: { driveId: item.driveId, driveType: 'documentLibrary' },
      ...(item.folder ? { folder: { childCount: 0 } } : { file: { mimeType: 'application/octet-stream' } })
    }, query));
  }
  const site = /^\/sites\/([^/:]+)(?::(\/[^:]*):)?\/drive$/i.exec(path);
  if (get && site !== null) {
    const drive = env.world.siteDrive(site[1], site[2] ?? '/');
    return json({
      id: drive.id, driveType: 'documentLibrary', name: 'Documents',
      owner: drive.group !== undefined ? { group: { id: drive.group.id, displayName: drive.group.displayName } } : { user: { displayName: 'System Account' } }
    });
  }
  if (segments[0] === 'drives' && segments[2] === 'items' && segments.length === 5) {
    const [, driveId, , itemId, action] = segments;
    if (method === 'POST' && action === 'extractSensitivityLabels') {
      const result = env.world.extract(driveId, itemId);
      if (result.status === 423) return graphError(423, 'resourceLocked', 'The file is encrypted with a protection label; its labels cannot be extracted.');
      if (result.status === 403) return graphError(403, 'accessDenied', 'Access denied.');
      if (result.status !== 200) return graphError(404, 'itemNotFound', 'The resource could not be found.');
      return json({ labels: result.labelIds.map((id) => ({ sensitivityLabelId: id, assignmentMethod: 'standard', tenantId: env.tenantId })) });
    }
    if (get && action === 'permissions') {
      const found = env.world.sharing(driveId, itemId);
      if (found === undefined) return graphError(404, 'itemNotFound', 'The resource could not be found.');
      return json({ value: permissionsJson(found.sharing, found.item.webUrl) });
    }
  }
  if (get && segments[0] === 'groups' && segments.length === 2) {
    const group = env.world.group(segments[1]);
    if (group === undefined) return graphError(404, 'Request_ResourceNotFound', `Resource '${segments[1]}' does not exist or one of its queried reference-property objects are not present.`);
    const label = LABEL_CATALOGUE.find((l) => l.id === group.labelId);
    return json(select({ id: group.id, displayName: group.displayName, assignedLabels: label !== undefined ? [{ labelId: label.id, displayName: label.name }] : [] }, query));
  }
  return graphError(400, 'BadRequest', `Resource not found for the segment '${segments[0] ?? ''}'. (The workbench emulator does not implement ${method} ${path}.)`);
}
