/**
 * `.../lists/getByTitle('T')/fields`: list, get by internal name or title, CreateFieldAsXml, AddField-style
 * creation and MERGE updates.
 */
import { badRequest, fieldNotFound, SpError } from '../errors';
import { fieldFromProperties, fieldFromXml, fieldJson, MAX_INDEXED_FIELDS, mergeField } from '../fields';
import { emptyResponse } from '../format';
import { demand } from '../permissions';
import type { EmuResponse, FieldDef, ListDef } from '../types';
import { argText, badMethod, jsonBody, notFound, type Call, type Segment } from './call';
import { collection, single } from './webRoutes';

const duplicate = (name: string): SpError =>
  new SpError(400, '-2130575340, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`);

/**
 * 20 indexes per list ("Add an index to a list or library column", support.microsoft.com). The exact text of
 * SharePoint's refusal is not verified: the SPException code and message here are the emulator's.
 */
function checkIndexLimit(fields: readonly FieldDef[]): void {
  // ID is indexed by SharePoint itself and does not count towards the per-list limit.
  if (fields.filter((f) => f.Indexed && f.InternalName !== 'ID').length > MAX_INDEXED_FIELDS) {
    throw badRequest(`The list cannot have more than ${MAX_INDEXED_FIELDS} indexed columns.`);
  }
}

function resolveLookupList(call: Call): (ref: string) => string | undefined {
  return (ref) => call.env.store.getList(ref.replace(/[{}]/g, ''))?.Id;
}

function findField(fields: readonly FieldDef[], key: string): FieldDef | undefined {
  const lower = key.replace(/[{}]/g, '').toLowerCase();
  return fields.find((f) => f.InternalName.toLowerCase() === lower) ?? fields.find((f) => f.Title.toLowerCase() === lower)
    ?? fields.find((f) => f.Id === lower);
}

const listUrl = (call: Call, list: ListDef): string => `${call.env.siteUrl}/_api/Web/Lists(guid'${list.Id}')`;

function addField(call: Call, list: ListDef, field: FieldDef): EmuResponse {
  demand(call.env.store, call.req.user, 'ManageLists', list);
  const fields = call.env.store.getFields(list.Id);
  if (fields.some((f) => f.InternalName.toLowerCase() === field.InternalName.toLowerCase())) {
    throw duplicate(field.InternalName);
  }
  checkIndexLimit([...fields, field]);
  call.env.store.saveField(list.Id, field);
  return single(call, 'SP.ApiData.Fields', fieldJson(field, listUrl(call, list)), 201);
}

/** Routes under a list's `fields`. */
export function fieldRoutes(call: Call, list: ListDef, head: Segment, rest: readonly Segment[]): EmuResponse {
  const store = call.env.store;
  const fields = store.getFields(list.Id);
  let field: FieldDef | undefined;
  let key = '';
  let tail = rest;
  if (head.arg !== undefined) {
    key = argText(head.arg);
    field = findField(fields, key);
  } else if (rest.length === 0) {
    if (call.method === 'GET') return collection(call, 'SP.ApiData.Fields', fields.map((f) => fieldJson(f, listUrl(call, list))));
    if (call.method !== 'POST') return badMethod(call);
    return addField(call, list, fieldFromProperties(jsonBody(call), resolveLookupList(call)));
  } else {
    const [sub] = rest;
    tail = rest.slice(1);
    if (sub.name === 'createfieldasxml' && call.method === 'POST' && tail.length === 0) {
      const params = jsonBody(call).parameters as { SchemaXml?: unknown } | undefined;
      if (!params || typeof params.SchemaXml !== 'string') throw badRequest('parameters.SchemaXml is required.');
      return addField(call, list, fieldFromXml(params.SchemaXml, resolveLookupList(call)));
    }
    if (sub.name === 'addfield' && call.method === 'POST' && tail.length === 0) {
      const params = jsonBody(call).parameters;
      if (!params || typeof params !== 'object') throw badRequest('parameters is required.');
      return addField(call, list, fieldFromProperties(params as Record<string, unknown>, resolveLookupList(call)));
    }
    if (['getbyinternalnameortitle', 'getbytitle', 'getbyid'].includes(sub.name)) {
      key = argText(sub.arg);
      field = sub.name === 'getbytitle' ? fields.find((f) => f.Title.toLowerCase() === key.toLowerCase()) : findField(fields, key);
    } else {
      return notFound(call);
    }
  }
  if (!field) throw fieldNotFound(key);
  if (tail.length > 0) return notFound(call);
  if (call.method === 'GET') return single(call, 'SP.ApiData.Fields', fieldJson(field, listUrl(call, list)));
  if (call.method === 'MERGE' || call.method === 'PUT') {
    // Column settings and indexes are list management, as in SharePoint.
    demand(store, call.req.user, 'ManageLists', list);
    const next = mergeField(field, jsonBody(call));
    checkIndexLimit(fields.map((f) => (f === field ? next : f)));
    store.saveField(list.Id, next);
    return emptyResponse(204);
  }
  if (call.method === 'DELETE') {
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Deleting fields is not supported by the workbench emulator.');
  }
  return badMethod(call);
}
