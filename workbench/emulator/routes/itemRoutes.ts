/**
 * `.../items`: queries with paging, get one, create, MERGE/PATCH with If-Match, delete, version history and
 * ValidateUpdateListItem.
 */
import { invalidQuery } from '../errors';
import { isIdField, isMultiField, restName } from '../fields';
import { emptyResponse, jsonResponse } from '../format';
import { expandedSub, listContext, rawValue, type ListContext } from '../itemProps';
import { queryItems } from '../itemQuery';
import { createItem, deleteItem, etagOf, requireItem, updateItem } from '../itemWrite';
import { parseQueryOptions, queryParam } from '../odata/queryOptions';
import { compileProjection } from '../projection';
import { validateUpdateListItem } from '../validateUpdate';
import type { EmuResponse, ItemRow, ListDef } from '../types';
import { badMethod, intArg, jsonBody, notFound, type Call, type Segment } from './call';

/** Builds the absolute `odata.nextLink`: same path and options, new $skiptoken. */
function nextLink(call: Call, skipToken: string): string {
  const url = call.req.url;
  const keep = ['$select', '$filter', '$orderby', '$top', '$expand'];
  const parts = [`%24skiptoken=${encodeURIComponent(skipToken)}`];
  for (const name of keep) {
    const value = queryParam(url.searchParams, name);
    if (value !== undefined) parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  }
  return `${url.origin}${url.pathname}?${parts.join('&')}`;
}

function itemResponse(call: Call, ctx: ListContext, row: ItemRow, status: number): EmuResponse {
  const options = parseQueryOptions(new URLSearchParams([...call.req.url.searchParams].filter(([k]) => /^\$(select|expand)$/i.test(k))));
  const project = compileProjection(ctx, options.select, options.expand, true);
  const body = { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#SP.ListData.${ctx.list.EntityName}ListItems/@Element`, ...project(row) };
  return jsonResponse(status, body, call.mode, { ETag: etagOf(row) });
}

/** SharePoint's shape for person/lookup values inside version history. */
function versionValue(ctx: ListContext, field: ListContext['fields'][number], value: unknown): unknown {
  if (!isIdField(field)) return value;
  const one = (id: number): Record<string, unknown> => ({
    LookupId: id,
    LookupValue: expandedSub(ctx, field, id, field.TypeAsString.startsWith('User') ? 'Title' : field.LookupField ?? 'Title'),
    ...(field.TypeAsString.startsWith('User') ? { Email: expandedSub(ctx, field, id, 'EMail') } : {})
  });
  if (isMultiField(field)) return (value as number[]).map(one);
  return value === null ? null : one(value as number);
}

function versionsResponse(call: Call, ctx: ListContext, row: ItemRow): EmuResponse {
  const stored = ctx.store.getVersions(ctx.list.Id, row.id);
  // Items written before versioning was turned on have no history rows: report the current version alone.
  const versions = ctx.list.EnableVersioning && stored.length > 0 ? stored : [{ version: row.uiVersion, editorId: row.editorId, modified: row.modified, values: row.values }];
  const editorField = ctx.fields.find((f) => f.InternalName === 'Editor');
  const value = versions.map((v) => {
    const snapshot: ItemRow = { ...row, uiVersion: v.version, editorId: v.editorId, modified: v.modified, values: v.values };
    const out: Record<string, unknown> = {
      'odata.type': 'SP.ListItemVersion',
      'odata.id': `${ctx.siteUrl}/_api/Web/Lists(guid'${ctx.list.Id}')/Items(${row.id})/Versions(${512 * v.version})`,
      'odata.editLink': `Web/Lists(guid'${ctx.list.Id}')/Items(${row.id})/Versions(${512 * v.version})`,
      Created: v.modified, IsCurrentVersion: v.version === row.uiVersion, VersionId: 512 * v.version, VersionLabel: `${v.version}.0`
    };
    for (const field of ctx.fields) {
      if (['Editor', '_UIVersionString', 'Attachments'].includes(field.InternalName)) continue;
      out[restName(field.InternalName)] = versionValue(ctx, field, rawValue(snapshot, field));
    }
    out.OData__UIVersionString = `${v.version}.0`;
    if (editorField) out.Editor = versionValue(ctx, editorField, v.editorId);
    return out;
  });
  return jsonResponse(200, { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#SP.ListItemVersions`, value }, call.mode);
}

/** Routes under a list's `items` (head may carry `(N)`). */
export function itemRoutes(call: Call, list: ListDef, head: Segment, rest: readonly Segment[]): EmuResponse {
  const ctx = listContext(call.env.store, list, call.env.siteUrl);
  const user = call.req.user;
  let id: number | undefined;
  let tail = rest;
  if (head.arg !== undefined) id = intArg(head.arg);
  else if (rest[0]?.name === 'getbyid') { id = intArg(rest[0].arg); tail = rest.slice(1); }

  if (id === undefined) {
    if (rest.length > 0) return notFound(call);
    if (call.method === 'GET') {
      const options = parseQueryOptions(call.req.url.searchParams);
      const project = compileProjection(ctx, options.select, options.expand, true);
      const page = queryItems(ctx, user, options, call.env.listViewThreshold);
      const body: Record<string, unknown> = {
        'odata.metadata': `${ctx.siteUrl}/_api/$metadata#SP.ListData.${list.EntityName}ListItems`,
        value: page.rows.map(project)
      };
      if (page.nextSkipToken) body['odata.nextLink'] = nextLink(call, page.nextSkipToken);
      return jsonResponse(200, body, call.mode);
    }
    if (call.method === 'POST') return itemResponse(call, ctx, createItem(ctx, jsonBody(call), user), 201);
    return badMethod(call);
  }

  const ifMatch = call.req.headers['if-match'];
  if (tail.length > 0) {
    if (tail[0].name === 'versions' && tail.length === 1 && call.method === 'GET') return versionsResponse(call, ctx, requireItem(ctx, id, user));
    if (tail[0].name === 'validateupdatelistitem' && tail.length === 1 && call.method === 'POST') {
      const value = validateUpdateListItem(ctx, id, jsonBody(call), user);
      return jsonResponse(200, { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#Collection(SP.ListItemFormUpdateValue)`, value }, call.mode);
    }
    if (tail[0].name === 'recycle' && tail.length === 1 && call.method === 'POST') {
      deleteItem(ctx, id, user, ifMatch);
      return jsonResponse(200, { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#Edm.Guid`, value: list.Id }, call.mode);
    }
    return notFound(call);
  }
  switch (call.method) {
    case 'GET': return itemResponse(call, ctx, requireItem(ctx, id, user), 200);
    case 'MERGE': case 'PUT': {
      const updated = updateItem(ctx, id, jsonBody(call), user, ifMatch);
      return emptyResponse(204, { ETag: etagOf(updated) });
    }
    case 'DELETE':
      deleteItem(ctx, id, user, ifMatch);
      return emptyResponse(200);
    case 'POST':
      throw invalidQuery('POST to an item requires X-HTTP-Method MERGE or DELETE.');
  }
}
