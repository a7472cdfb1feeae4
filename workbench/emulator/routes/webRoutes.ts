/**
 * Site-level routes: contextinfo, the web, current user, site users, ensureuser and site groups (permission routes:
 * roleRoutes.ts).
 */
import { randomBytes } from 'node:crypto';
import { SpError } from '../errors';
import { shapeCollection } from '../collection';
import { jsonResponse } from '../format';
import { claimsLogin } from '../itemProps';
import type { SiteGroup } from '../store';
import type { EmuResponse, SiteUser } from '../types';
import { argText, badMethod, intArg, jsonBody, notFound, type Call, type Segment } from './call';
import { addGroupUser, createGroup, webRoleRoutes } from './roleRoutes';

/** SharePoint's JSON for a site user. */
export function userJson(call: Call, user: SiteUser): Record<string, unknown> {
  return {
    'odata.type': 'SP.User',
    'odata.id': `${call.env.siteUrl}/_api/Web/GetUserById(${user.Id})`,
    'odata.editLink': `Web/GetUserById(${user.Id})`,
    Id: user.Id, IsHiddenInUI: false, LoginName: claimsLogin(user), Title: user.Title, PrincipalType: 1, Email: user.Email,
    Expiration: '', IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false, IsSiteAdmin: user.IsSiteAdmin,
    UserId: { NameId: user.Id.toString(16).padStart(16, '0'), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: user.Email
  };
}

/** SharePoint's JSON for a site group. */
export function groupJson(call: Call, group: SiteGroup): Record<string, unknown> {
  return {
    'odata.type': 'SP.Group',
    'odata.id': `${call.env.siteUrl}/_api/Web/SiteGroups/GetById(${group.Id})`,
    'odata.editLink': `Web/SiteGroups/GetById(${group.Id})`,
    Id: group.Id, IsHiddenInUI: false, LoginName: group.Title, Title: group.Title, PrincipalType: 8,
    AllowMembersEditMembership: false, AllowRequestToJoinLeave: false, AutoAcceptRequestToJoinLeave: false,
    Description: null, OnlyAllowMembersViewMembership: false, OwnerTitle: group.Title, RequestToJoinLeaveEmailSetting: null
  };
}

const meta = (call: Call, fragment: string): Record<string, unknown> => ({ 'odata.metadata': `${call.env.siteUrl}/_api/$metadata#${fragment}` });

/** A JSON collection response with the query options applied. */
export function collection(call: Call, fragment: string, objects: Record<string, unknown>[]): EmuResponse {
  return jsonResponse(200, { ...meta(call, fragment), value: shapeCollection(objects, call.req.url.searchParams) }, call.mode);
}

/** A single-object response ($select applied). */
export function single(call: Call, fragment: string, object: Record<string, unknown>, status = 200): EmuResponse {
  const [shaped] = shapeCollection([object], new URLSearchParams(
    [...call.req.url.searchParams].filter(([k]) => k.toLowerCase() === '$select')));
  return jsonResponse(status, { ...meta(call, `${fragment}/@Element`), ...shaped }, call.mode);
}

/** `POST /_api/contextinfo`. */
export function contextInfo(call: Call): EmuResponse {
  if (call.method !== 'POST') badMethod(call);
  const digest = `0x${randomBytes(64).toString('hex').toUpperCase()},${new Date().toUTCString()}`;
  return jsonResponse(200, {
    ...meta(call, 'SP.ContextWebInformation'), 'odata.type': 'SP.ContextWebInformation',
    FormDigestTimeoutSeconds: 1800, FormDigestValue: digest, LibraryVersion: '16.0.25919.12007',
    SiteFullUrl: call.env.siteUrl, SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'], WebFullUrl: call.env.siteUrl
  }, call.mode);
}

function webJson(call: Call): Record<string, unknown> {
  const name = call.env.sitePath.split('/').filter(Boolean).pop() ?? 'site';
  return {
    'odata.type': 'SP.Web', 'odata.id': `${call.env.siteUrl}/_api/Web`, 'odata.editLink': 'Web',
    AllowRssFeeds: true, Created: '2026-01-01T00:00:00Z', Description: '', Id: call.env.store.webId, Language: 1033,
    LastItemModifiedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), ServerRelativeUrl: call.env.sitePath,
    Title: name.charAt(0).toUpperCase() + name.slice(1), Url: call.env.siteUrl, WebTemplate: 'STS', SiteId: call.env.store.siteId
  };
}

function userRoutes(call: Call, user: SiteUser | undefined, rest: readonly Segment[]): EmuResponse {
  if (!user) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
  if (rest.length > 0) {
    if (rest[0].name === 'groups') {
      const groups = call.env.store.listGroups().filter((g) => call.env.store.groupMembers(g.Id).some((m) => m.Id === user.Id));
      return collection(call, 'SP.Group', groups.map((g) => groupJson(call, g)));
    }
    notFound(call);
  }
  return single(call, 'SP.User', userJson(call, user));
}

/** Routes under `/_api/web/...` other than lists. */
export function webRoutes(call: Call, rest: readonly Segment[]): EmuResponse | undefined {
  const store = call.env.store;
  const [head, ...tail] = rest;
  if (!head) return call.method === 'GET' ? single(call, 'SP.Web', webJson(call)) : badMethod(call);
  switch (head.name) {
    case 'currentuser':
      return userRoutes(call, call.req.user, tail);
    case 'getuserbyid':
      return userRoutes(call, store.getUserById(intArg(head.arg)), tail);
    case 'siteusers': {
      if (head.arg !== undefined) return userRoutes(call, store.getUserById(intArg(head.arg)), tail);
      const [sub, ...after] = tail;
      if (!sub) return collection(call, 'SP.User', store.listUsers().map((u) => userJson(call, u)));
      if (sub.name === 'getbyid') return userRoutes(call, store.getUserById(intArg(sub.arg)), after);
      if (sub.name === 'getbyemail' || sub.name === 'getbyloginname') return userRoutes(call, store.getUserByLogin(argText(sub.arg)), after);
      return notFound(call);
    }
    case 'ensureuser': {
      if (call.method !== 'POST') badMethod(call);
      const login = head.arg !== undefined ? argText(head.arg) : String(jsonBody(call).logonName ?? '');
      // A directory person who is not a site user yet is added to the site, as SharePoint does.
      const user = store.ensureUser(login);
      if (!user) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
      return single(call, 'SP.User', userJson(call, user));
    }
    case 'sitegroups': {
      let group: SiteGroup | undefined;
      let after = tail;
      if (head.arg !== undefined) group = store.getGroupById(intArg(head.arg));
      else if (tail[0]?.name === 'getbyname') { group = store.getGroupByName(argText(tail[0].arg)); after = tail.slice(1); }
      else if (tail[0]?.name === 'getbyid') { group = store.getGroupById(intArg(tail[0].arg)); after = tail.slice(1); }
      else if (tail.length === 0 && call.method === 'POST') return createGroup(call);
      else if (tail.length === 0) return collection(call, 'SP.Group', store.listGroups().map((g) => groupJson(call, g)));
      else return notFound(call);
      if (!group) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
      if (after.length === 0) return single(call, 'SP.Group', groupJson(call, group));
      if (after[0].name === 'users' && after.length === 1) {
        if (call.method === 'POST') return addGroupUser(call, group.Id);
        return collection(call, 'SP.User', store.groupMembers(group.Id).map((u) => userJson(call, u)));
      }
      return notFound(call);
    }
    default:
      return webRoleRoutes(call, head, tail);
  }
}
