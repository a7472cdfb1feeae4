import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { SPCollection, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { GovernanceError } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import type { ListDefinition } from '../../core/schema/types';
import { validateRecord, type ValidationMode } from '../../core/validation';
import { consoleErrorLog, type DataErrorLog } from '../errors/logError';
import { toGovernanceError } from '../errors/toGovernanceError';
import { itemFromRaw, metaFromRaw, toPerson, valuesFromRaw } from '../mapping/fromRaw';
import type { RawItem, RawWriteBody } from '../mapping/rawTypes';
import { selectFor, selectForFields, type ItemQueryShape } from '../mapping/select';
import { toWriteBody } from '../mapping/toRaw';
import { runInBatches, type BatchRow } from './batch';
import { checkQuery, checkSelect, checkTop } from './queryGuard';
import type { IListRepository, Page, PageQuery, RowResult, UpdatedItem, UpdateRow, VersionEntry, WriteOptions } from './types';

/** Options shared by every repository. */
export interface RepositoryOptions {
  /** Where failures are logged (with a source tag) before being rethrown; default: console. */
  readonly log?: DataErrorLog;
}

interface RawPageResult {
  readonly value: RawItem[];
  readonly nextLink?: string;
}

/** A raw version-history entry: schema fields by internal name plus SharePoint's version properties. */
interface RawVersion {
  readonly VersionLabel?: string;
  readonly Modified?: string;
  readonly Created?: string;
  readonly Editor?: unknown;
  readonly EditorId?: number;
  readonly [internalName: string]: unknown;
}

/** Keeps `odata.nextLink` (which PnPjs's default parser drops) next to the page's items. */
const pageParse = parseBinderWithErrorCheck(async (response): Promise<RawPageResult> => {
  const json = (await response.json()) as Record<string, unknown>;
  const verboseNext = (json.d as { __next?: string } | undefined)?.__next;
  const next = json['odata.nextLink'] ?? verboseNext;
  return { value: parseODataJSON(json) as RawItem[], nextLink: typeof next === 'string' && next.length > 0 ? next : undefined };
});

/**
 * The generic repository: one per list, built from its `ListDefinition`. All reads select exactly the schema's
 * fields, all writes go through the schema's validation and mapping, and every failure is a `GovernanceError`.
 */
export class ListRepository<T> implements IListRepository<T> {
  private readonly shape: ItemQueryShape;
  private readonly log: DataErrorLog;
  private readonly source: string;

  public constructor(private readonly sp: SPFI, public readonly definition: ListDefinition<T>, options: RepositoryOptions = {}) {
    this.shape = selectFor(definition);
    this.log = options.log ?? consoleErrorLog;
    this.source = `ListRepository:${definition.title}`;
  }

  public page(query: PageQuery<T> = {}, continuation?: string): Promise<Page<T>> {
    return this.run('page', async () => {
      const top = checkTop(query.top);
      const check = checkQuery(this.definition, query);
      const request = continuation !== undefined ? SPCollection([this.list(), this.nextLinkUrl(continuation)]) : this.pageQuery(query, top, check.orderBy);
      try {
        const result = await request.using(pageParse)<RawPageResult>();
        return { items: result.value.map((raw) => itemFromRaw(this.definition, raw)), continuation: result.nextLink };
      } catch (reason) {
        throw this.explainThreshold(toGovernanceError(reason), check.notIndexed);
      }
    });
  }

  public getById(id: number): Promise<Stored<T>> {
    return this.run('getById', () => this.read(id));
  }

  public create(values: T, options: WriteOptions = {}): Promise<Stored<T>> {
    return this.run('create', async () => {
      this.validate(values, 'create');
      const added = await this.list().items.add(toWriteBody(this.definition, values, options)) as RawItem;
      // Read back with the schema's select: the add response has person and lookup fields as bare ids only.
      return this.read(added.Id);
    });
  }

  public update(id: number, patch: Partial<T>, etag: string, options: WriteOptions = {}): Promise<string> {
    return this.run('update', async () => {
      this.validate(patch, 'update');
      const result = await this.list().items.getById(id).update(toWriteBody(this.definition, patch, options), etag);
      return result.etag ?? (await this.currentEtag(id));
    });
  }

  public delete(id: number, etag: string): Promise<void> {
    return this.run('delete', async () => {
      await this.list().items.getById(id).delete(etag);
    });
  }

  public createMany(values: readonly T[], options: WriteOptions = {}): Promise<RowResult<Stored<T>>[]> {
    return this.run('createMany', async () => {
      const results: RowResult<Stored<T>>[] = new Array(values.length);
      const rows: BatchRow<RawWriteBody>[] = [];
      values.forEach((value, index) => {
        const error = this.validationError(value, 'create');
        if (error !== undefined) {
          results[index] = { index, ok: false, error };
        } else {
          rows.push({ index, payload: toWriteBody(this.definition, value, options) });
        }
      });
      await runInBatches<RawWriteBody, Stored<T>>(
        this.sp,
        rows,
        (batched, row) => this.list(batched).items.add(row.payload).then((raw: RawItem) => ({ ...values[row.index], ...metaFromRaw(raw) })),
        results,
        (index, error) => this.log(`${this.source}.createMany[${index}]`, error)
      );
      return results;
    });
  }

  public updateMany(rows: readonly UpdateRow<T>[], options: WriteOptions = {}): Promise<RowResult<UpdatedItem>[]> {
    return this.run('updateMany', async () => {
      const results: RowResult<UpdatedItem>[] = new Array(rows.length);
      const toSend: BatchRow<UpdateRow<T>>[] = [];
      rows.forEach((row, index) => {
        const error = this.validationError(row.patch, 'update');
        if (error !== undefined) {
          results[index] = { index, ok: false, error };
        } else {
          toSend.push({ index, payload: row });
        }
      });
      await runInBatches<UpdateRow<T>, UpdatedItem>(
        this.sp,
        toSend,
        (batched, { payload }) =>
          this.list(batched).items.getById(payload.id).update(toWriteBody(this.definition, payload.patch, options), payload.etag)
            // A batch part's ETag header is always there on SharePoint; without it the caller must re-read.
            .then((r) => ({ id: payload.id, etag: r.etag ?? '' })),
        results,
        (index, error) => this.log(`${this.source}.updateMany[${index}]`, error)
      );
      return results;
    });
  }

  public deleteMany(rows: readonly { readonly id: number; readonly etag: string }[]): Promise<RowResult<number>[]> {
    return this.run('deleteMany', async () => {
      const results: RowResult<number>[] = new Array(rows.length);
      await runInBatches<{ id: number; etag: string }, number>(
        this.sp,
        rows.map((payload, index) => ({ index, payload })),
        (batched, { payload }) => this.list(batched).items.getById(payload.id).delete(payload.etag).then(() => payload.id),
        results,
        (index, error) => this.log(`${this.source}.deleteMany[${index}]`, error)
      );
      return results;
    });
  }

  public versions(id: number): Promise<VersionEntry<T>[]> {
    return this.run('versions', async () => {
      const raw = await this.list().items.getById(id).versions<RawVersion[]>();
      return raw.map((v) => ({
        label: v.VersionLabel ?? '',
        modified: v.Modified ?? v.Created,
        editor: toPerson(v.Editor) ?? (typeof v.EditorId === 'number' ? { id: v.EditorId, title: '' } : undefined),
        values: valuesFromRaw(this.definition, v)
      }));
    });
  }

  public count(): Promise<number> {
    return this.run('count', async () => {
      const info = await this.list().select('ItemCount')<{ ItemCount: number }>();
      return info.ItemCount;
    });
  }

  /** A fresh list queryable per request: PnPjs queryables carry their query string, so they are never reused. */
  private list(root: SPFI = this.sp): IList {
    return root.web.lists.getByTitle(this.definition.title);
  }

  private pageQuery(query: PageQuery<T>, top: number, orderBy: readonly { field: string; ascending: boolean }[]): IItems {
    const shape = query.select !== undefined ? selectForFields(checkSelect(this.definition, query.select)) : this.shape;
    const items = this.list().items.select(...shape.select).top(top);
    if (shape.expand.length > 0) {
      items.expand(...shape.expand);
    }
    if (query.filter !== undefined) {
      items.filter(query.filter.text);
    }
    for (const term of orderBy) {
      items.orderBy(term.field, term.ascending);
    }
    // Returned as is: wrapping it in another queryable would drop its query string.
    return items;
  }

  /**
   * The continuation is the server's own `odata.nextLink`. It is checked to point at this site's REST API, so a
   * tampered value cannot send the signed-in user's request (and digest) anywhere else.
   */
  private nextLinkUrl(continuation: string): string {
    const listUrl = this.list().toUrl();
    const apiRoot = listUrl.slice(0, listUrl.indexOf('/_api/') + '/_api/'.length);
    const resolved = new URL(continuation, listUrl).toString();
    if (!resolved.toLowerCase().startsWith(apiRoot.toLowerCase())) {
      throw new GovernanceError('Validation', 'The continuation does not belong to this list.', { issues: [{ field: 'continuation', code: 'invalidContinuation', message: 'The continuation does not belong to this list.' }] });
    }
    return resolved;
  }

  private explainThreshold(error: GovernanceError, notIndexed: readonly string[]): GovernanceError {
    if (error.kind !== 'ThresholdExceeded' || notIndexed.length === 0) {
      return error;
    }
    const message = `${error.message} (${this.definition.title}: ${notIndexed.join(', ')} ${notIndexed.length === 1 ? 'is' : 'are'} not indexed.)`;
    return new GovernanceError('ThresholdExceeded', message, { status: error.status, serverCode: error.serverCode, cause: error });
  }

  private async read(id: number): Promise<Stored<T>> {
    const raw = await this.list().items.getById(id).select(...this.shape.select).expand(...this.shape.expand)<RawItem>();
    return itemFromRaw(this.definition, raw);
  }

  private async currentEtag(id: number): Promise<string> {
    const raw = await this.list().items.getById(id).select('Id')<RawItem>();
    return metaFromRaw(raw).etag;
  }

  private validationError(values: Partial<T>, mode: ValidationMode): GovernanceError | undefined {
    // A property present as `undefined` clears the field when written (see toWriteBody); validation must see it as
    // a present empty value, or clearing a required field in an update would slip through.
    const present: Record<string, unknown> = { ...values };
    for (const key of Object.keys(present)) {
      if (present[key] === undefined) {
        present[key] = null;
      }
    }
    const issues = validateRecord(this.definition, present as Partial<T>, mode);
    if (issues.length === 0) {
      return undefined;
    }
    return new GovernanceError('Validation', issues.map((i) => i.message).join(' '), { issues });
  }

  private validate(values: Partial<T>, mode: ValidationMode): void {
    const error = this.validationError(values, mode);
    if (error !== undefined) {
      throw error;
    }
  }

  /** Runs one operation: normalises any failure, logs it with the source tag, and rethrows it. */
  private async run<R>(operation: string, work: () => Promise<R>): Promise<R> {
    try {
      return await work();
    } catch (reason) {
      const error = toGovernanceError(reason);
      // A refused page read is the query planner's cue to read by ID ranges (src/data/query): expected on large
      // lists, not a failure worth a console line. When nothing recovers, the user sees the error's message.
      if (!(operation === 'page' && error.kind === 'ThresholdExceeded')) {
        this.log(`${this.source}.${operation}`, error);
      }
      throw error;
    }
  }
}
