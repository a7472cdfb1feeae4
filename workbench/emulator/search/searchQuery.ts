/**
 * Runs a search request over the crawled index and answers in SharePoint's shape: `PrimaryQueryResult
 * .RelevantResults` with `Table.Rows[].Cells[{Key, Value, ValueType}]`, `TotalRows` and `RowCount`, which PnPjs's
 * `SearchResults` reads.
 *
 * Sources: "SharePoint Search REST API overview" (learn.microsoft.com, sharepoint/dev/general-development): GET
 * `/_api/search/query?querytext='...'` and POST `/_api/search/postquery` with the same parameters, SelectProperties
 * as a string array in POST; "SharePoint 2013 Search REST API" (Nadeem Ishqair's MSDN blog, archived on
 * learn.microsoft.com): RowLimit (default 10), StartRow, TrimDuplicates (default true), SortList. RowLimit is capped
 * at 500 as SharePoint Online caps it (community knowledge, not in those pages). Results are security trimmed: only
 * items the caller can read come back (reusing the emulator's read rules: itemWrite.ts `canRead`).
 */
import { randomUUID } from 'node:crypto';
import { listContext } from '../itemProps';
import { accessOf, canRead } from '../itemWrite';
import { has } from '../permissions';
import type { EmulatorStore } from '../store';
import type { ItemRow, SiteUser } from '../types';
import type { KqlNode } from './kql';
import type { SearchDoc } from './searchIndex';

/** The request parameters the emulator honours (names as in the POST body). */
export interface SearchRequest {
  readonly querytext: string;
  readonly rowLimit?: number;
  readonly startRow?: number;
  readonly selectProperties?: readonly string[];
  readonly trimDuplicates?: boolean;
  readonly sortList?: readonly { readonly Property: string; readonly Direction: number }[];
}

export const DEFAULT_ROW_LIMIT = 10;
export const MAX_ROW_LIMIT = 500;
const DEFAULT_PROPERTIES = ['Rank', 'DocId', 'Title', 'Path', 'Description', 'Write', 'ListId', 'ListItemID'];

/** Whether the words of `query` occur in `text` consecutively (the last one as a prefix when asked). */
function containsPhrase(text: readonly string[], query: readonly string[], prefix: boolean): boolean {
  for (let start = 0; start + query.length <= text.length; start++) {
    let ok = true;
    for (let k = 0; k < query.length && ok; k++) {
      const last = k === query.length - 1;
      ok = prefix && last ? text[start + k].startsWith(query[k]) : text[start + k] === query[k];
    }
    if (ok) return true;
  }
  return false;
}

const normaliseGuid = (value: string): string => value.replace(/[{}]/g, '').toLowerCase();

/** The item's content type id: the list's Item content type, `0x0100` + the list id (as SharePoint derives it). */
export const contentTypeIdOf = (doc: SearchDoc): string => `0x0100${doc.listId.replace(/-/g, '').toUpperCase()}`;

function propertyMatches(doc: SearchDoc, siteUrl: string, node: Extract<KqlNode, { type: 'property' }>): boolean {
  const value = node.value;
  const name = node.name.toLowerCase();
  const equalsOrPrefix = (actual: string): boolean =>
    node.prefix ? actual.toLowerCase().startsWith(value.toLowerCase()) : actual.toLowerCase() === value.toLowerCase();
  let match: boolean;
  switch (name) {
    case 'path':
      // A path restriction finds the URL and everything below it.
      match = `${siteUrl}/${doc.relativePath}`.toLowerCase().startsWith(value.toLowerCase());
      break;
    case 'listid':
      match = normaliseGuid(value) === doc.listId.toLowerCase();
      break;
    case 'listitemid':
      match = String(doc.itemId) === value;
      break;
    case 'contenttypeid':
      match = equalsOrPrefix(contentTypeIdOf(doc));
      break;
    case 'contentclass':
      match = 'sts_listitem_genericlist'.startsWith(value.toLowerCase());
      break;
    case 'title':
    case 'description': {
      const target = name === 'title' ? doc.titleWords : doc.descriptionWords;
      const raw = name === 'title' ? doc.title : doc.description;
      const queryWords = value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
      // `:` is "contains" on a text property; `=` compares the whole value.
      match = node.op === ':' ? queryWords.length > 0 && containsPhrase(target, queryWords, node.prefix) : equalsOrPrefix(raw);
      break;
    }
    default:
      // Not modelled: properties the suite never queries match nothing.
      match = false;
  }
  return node.op === '<>' ? !match : match;
}

/** Whether a document satisfies the query. */
export function matches(doc: SearchDoc, siteUrl: string, node: KqlNode): boolean {
  switch (node.type) {
    case 'text': return containsPhrase(doc.words, node.words, node.prefix);
    case 'property': return propertyMatches(doc, siteUrl, node);
    case 'and': return node.items.every((n) => matches(doc, siteUrl, n));
    case 'or': return node.items.some((n) => matches(doc, siteUrl, n));
    case 'not': return !matches(doc, siteUrl, node.item);
  }
}

/** A simple relevance: free-text words found in the title count three times those found elsewhere. */
function rank(doc: SearchDoc, node: KqlNode): number {
  if (node.type === 'text') return node.words.reduce((sum, w) => sum + (doc.titleWords.includes(w) ? 3 : 0) + (doc.words.includes(w) ? 1 : 0), 0);
  if (node.type === 'and' || node.type === 'or') return node.items.reduce((sum, n) => sum + rank(doc, n), 0);
  return 0;
}

type Cell = { Key: string; Value: string | null; ValueType: string };

function cell(doc: SearchDoc, siteUrl: string, score: number, key: string): Cell {
  const text = (value: string): Cell => ({ Key: key, Value: value, ValueType: 'Edm.String' });
  switch (key.toLowerCase()) {
    case 'rank': return { Key: key, Value: String(score), ValueType: 'Edm.Double' };
    case 'docid': return { Key: key, Value: String(doc.itemId), ValueType: 'Edm.Int64' };
    case 'title': return text(doc.title);
    case 'path': case 'originalpath': return text(`${siteUrl}/${doc.relativePath}`);
    case 'description': return text(doc.description);
    case 'write': case 'lastmodifiedtime': return { Key: key, Value: doc.modified, ValueType: 'Edm.DateTime' };
    case 'created': return { Key: key, Value: doc.created, ValueType: 'Edm.DateTime' };
    case 'listid': return { Key: key, Value: doc.listId, ValueType: 'Edm.String' };
    case 'listitemid': return text(String(doc.itemId));
    case 'contenttypeid': return text(contentTypeIdOf(doc));
    case 'contentclass': return text('STS_ListItem_GenericList');
    default: return { Key: key, Value: null, ValueType: 'Null' };
  }
}

/** The list a query is restricted to by a top-level `ListId:` clause, so other lists need no look (speed only). */
function restrictedListId(node: KqlNode): string | undefined {
  const clauses = node.type === 'and' ? node.items : [node];
  const clause = clauses.find((n) => n.type === 'property' && n.name.toLowerCase() === 'listid' && n.op !== '<>');
  return clause?.type === 'property' ? normaliseGuid(clause.value) : undefined;
}

/** Runs the query for `user` and returns SharePoint's postquery result object (minimal metadata). */
export function runSearch(
  store: EmulatorStore, siteUrl: string, user: SiteUser, docs: ReadonlyMap<string, ReadonlyMap<number, SearchDoc>>, query: KqlNode, request: SearchRequest
): Record<string, unknown> {
  const started = Date.now();
  const hits: { doc: SearchDoc; score: number }[] = [];
  const onlyList = restrictedListId(query);
  for (const [listId, listDocs] of docs) {
    if (onlyList !== undefined && listId.toLowerCase() !== onlyList) continue;
    const list = store.getList(listId);
    if (!list) continue;
    const ctx = listContext(store, list, siteUrl);
    const access = accessOf(ctx, user);
    if (!has(access.mask, 'ViewListItems')) continue;
    for (const doc of listDocs.values()) {
      // Trimmed with the crawled author: read security "own items only" reads only Author.
      if (!canRead(ctx, access, { authorId: doc.authorId } as ItemRow)) continue;
      if (matches(doc, siteUrl, query)) hits.push({ doc, score: rank(doc, query) });
    }
  }
  const sort = request.sortList?.[0];
  hits.sort((a, b) => {
    if (sort && sort.Property.toLowerCase() !== 'rank') {
      const key = sort.Property.toLowerCase();
      const av = key === 'listitemid' || key === 'docid' ? a.doc.itemId : key === 'title' ? a.doc.title.toLowerCase() : a.doc.modified;
      const bv = key === 'listitemid' || key === 'docid' ? b.doc.itemId : key === 'title' ? b.doc.title.toLowerCase() : b.doc.modified;
      if (av !== bv) return (av < bv ? -1 : 1) * (sort.Direction === 1 ? -1 : 1);
    } else if (a.score !== b.score) return b.score - a.score;
    return a.doc.listId === b.doc.listId ? a.doc.itemId - b.doc.itemId : a.doc.listId < b.doc.listId ? -1 : 1;
  });
  const withDuplicates = hits.length;
  let kept = hits;
  if (request.trimDuplicates !== false) {
    const seen = new Set<string>();
    kept = hits.filter((h) => (seen.has(h.doc.fingerprint) ? false : (seen.add(h.doc.fingerprint), true)));
  }
  const start = Math.max(0, Math.floor(request.startRow ?? 0));
  const limit = Math.min(MAX_ROW_LIMIT, Math.max(0, Math.floor(request.rowLimit ?? DEFAULT_ROW_LIMIT)));
  const page = kept.slice(start, start + limit);
  const selected = request.selectProperties && request.selectProperties.length > 0
    ? ['Rank', 'DocId', ...request.selectProperties.filter((p) => !/^(rank|docid)$/i.test(p))] : DEFAULT_PROPERTIES;
  return {
    'odata.type': 'Microsoft.Office.Server.Search.REST.SearchResult',
    ElapsedTime: Date.now() - started,
    PrimaryQueryResult: {
      CustomResults: [], QueryId: randomUUID(), QueryRuleId: '00000000-0000-0000-0000-000000000000', RefinementResults: null,
      RelevantResults: {
        GroupTemplateId: null, ItemTemplateId: null, Properties: [], ResultTitle: null, ResultTitleUrl: null,
        RowCount: page.length,
        Table: { Rows: page.map((h) => ({ Cells: selected.map((key) => cell(h.doc, siteUrl, h.score, key)) })) },
        TotalRows: kept.length,
        TotalRowsIncludingDuplicates: withDuplicates
      },
      SpecialTermResults: null
    },
    Properties: [], SecondaryQueryResults: [], SpellingSuggestion: '', TriggeredRules: []
  };
}
