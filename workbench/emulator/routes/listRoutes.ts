/**
 * `/_api/web/lists`: the collection, one list by title or id, list creation and property updates (MERGE).
 */
import { badRequest, invalidQuery, listNotFound, SpError } from '../errors';
import { emptyResponse } from '../format';
import { demand } from '../permissions';
import type { ListInput } from '../store';
import type { EmuResponse, ListDef } from '../types';
import { argText, badMethod, jsonBody, notFound, type Call, type Segment } from './call';
import { fieldRoutes } from './fieldRoutes';
import { listBasePermissions, listRoleRoutes } from './roleRoutes';
import { itemRoutes } from './itemRoutes';
import { collection, single } from './webRoutes';

/** SharePoint's JSON for a list. */
export function listJson(call: Call, list: ListDef): Record<string, unknown> {
  return {
    'odata.type': 'SP.List',
    'odata.id': `${call.env.siteUrl}/_api/Web/Lists(guid'${list.Id}')`,
    'odata.etag': `"${list.NextItemId}"`,
    'odata.editLink': `Web/Lists(guid'${list.Id}')`,
    AllowContentTypes: list.AllowContentTypes, BaseTemplate: list.BaseTemplate, BaseType: 0,
    ContentTypesEnabled: list.ContentTypesEnabled, Created: list.Created, Description: list.Description,
    EnableAttachments: true, EnableFolderCreation: false, EnableMinorVersions: false, EnableVersioning: list.EnableVersioning,
    EntityTypeName: `${list.EntityName}List`, Hidden: list.Hidden, Id: list.Id,
    ItemCount: call.env.store.getItems(list.Id).size, LastItemDeletedDate: list.LastItemModifiedDate,
    LastItemModifiedDate: list.LastItemModifiedDate, LastItemUserModifiedDate: list.LastItemModifiedDate,
    ListItemEntityTypeFullName: `SP.Data.${list.EntityName}ListItem`, MajorVersionLimit: list.MajorVersionLimit,
    HasUniqueRoleAssignments: list.HasUniqueRoleAssignments === true, ParentWebUrl: call.env.sitePath, ReadSecurity: list.ReadSecurity, Title: list.Title, WriteSecurity: list.WriteSecurity
  };
}

const BOOL_PROPS = ['EnableVersioning', 'Hidden', 'AllowContentTypes', 'ContentTypesEnabled'] as const;
/** Properties SharePoint accepts on list create/update that the emulator does not model; accepted and ignored. */
const IGNORED_PROPS = new Set(['enableattachments', 'enablefoldercreation', 'enableminorversions', 'nocrawl', 'onquicklaunch',
  'enablemoderation', 'forcecheckout', 'draftversionvisibility', 'irmenabled', 'defaultcontentapprovalworkflowid',
  'majorwithminorversionslimit', 'direction', 'validationformula', 'validationmessage']);

function applyListProps(target: Partial<Record<string, unknown>>, body: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('@') || key.startsWith('odata.') || IGNORED_PROPS.has(key.toLowerCase())) continue;
    if (key === 'Title' || key === 'Description') {
      if (typeof value !== 'string') throw invalidQuery(`The property '${key}' must be a string.`);
      target[key] = value;
    } else if ((BOOL_PROPS as readonly string[]).includes(key)) {
      target[key] = value === true;
    } else if (key === 'BaseTemplate' || key === 'MajorVersionLimit' || key === 'ReadSecurity' || key === 'WriteSecurity') {
      if (typeof value !== 'number') throw invalidQuery(`The property '${key}' must be a number.`);
      if (key === 'ReadSecurity' && value !== 1 && value !== 2) throw badRequest('ReadSecurity must be 1 or 2.');
      if (key === 'WriteSecurity' && value !== 1 && value !== 2 && value !== 4) throw badRequest('WriteSecurity must be 1, 2 or 4.');
      target[key] = value;
    } else {
      throw invalidQuery(`The property '${key}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.`);
    }
  }
}

const duplicateList = (): SpError => new SpError(400, '-2130575342, Microsoft.SharePoint.SPException',
  'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');

/** Routes under `/_api/web/lists`. `head` is the `lists` segment (it may carry `(guid'...')`). */
export function listRoutes(call: Call, head: Segment, rest: readonly Segment[]): EmuResponse {
  const store = call.env.store;
  let list: ListDef | undefined;
  let tail: readonly Segment[];
  let missing = '';
  if (head.arg !== undefined) {
    missing = argText(head.arg);
    list = store.getList(missing);
    tail = rest;
  } else if (rest[0]?.name === 'getbytitle' || rest[0]?.name === 'getbyid') {
    missing = argText(rest[0].arg);
    list = store.getList(missing);
    tail = rest.slice(1);
  } else if (rest.length === 0) {
    if (call.method === 'GET') return collection(call, 'SP.ApiData.Lists', store.listLists().map((l) => listJson(call, l)));
    if (call.method !== 'POST') return badMethod(call);
    demand(store, call.req.user, 'ManageLists');
    const body = jsonBody(call);
    const input: Partial<Record<string, unknown>> = {};
    applyListProps(input, body);
    if (typeof input.Title !== 'string' || input.Title.trim() === '') throw badRequest('The list Title is required.');
    if (store.getList(input.Title)) throw duplicateList();
    const created = store.createList(input as unknown as ListInput);
    return single(call, 'SP.ApiData.Lists', listJson(call, created), 201);
  } else {
    return notFound(call);
  }
  if (!list) throw listNotFound(missing, call.env.siteUrl);
  if (tail.length === 0) {
    if (call.method === 'GET') return single(call, 'SP.ApiData.Lists', listJson(call, list));
    if (call.method === 'MERGE' || call.method === 'PUT') {
      demand(store, call.req.user, 'ManageLists', list);
      const next: Partial<Record<string, unknown>> = { ...list };
      applyListProps(next, jsonBody(call));
      const other = store.getList(String(next.Title));
      if (other && other.Id !== list.Id) throw duplicateList();
      store.saveList(next as unknown as ListDef);
      return emptyResponse(204);
    }
    return badMethod(call);
  }
  const [sub, ...after] = tail;
  if (sub.name === 'fields') return fieldRoutes(call, list, sub, after);
  if (sub.name === 'items') return itemRoutes(call, list, sub, after);
  if (sub.name === 'getitembyid' || sub.name === 'getitembystringid') return itemRoutes(call, list, { name: 'items', raw: 'items', arg: sub.arg }, after);
  if (sub.name === 'effectivebasepermissions' && after.length === 0 && call.method === 'GET') return listBasePermissions(call, list);
  return listRoleRoutes(call, list, sub, after) ?? notFound(call);
}
