import type { GovernanceError } from '../../core/errors';
import type { PersonRef, Stored } from '../../core/models/common';
import type { ListDefinition } from '../../core/schema/types';
import type { ODataFilter } from '../odata/filter';

/** Item metadata a query can sort on besides the schema's own fields. */
export type MetaSortField = 'id' | 'created' | 'modified';

/** One sort key: a domain property of the list (or item metadata); ascending unless said otherwise. */
export interface SortKey<T> {
  readonly field: Extract<keyof T, string> | MetaSortField;
  readonly ascending?: boolean;
}

/** A page query. Filter and sort on indexed fields: lists above 5,000 items reject anything else. */
export interface PageQuery<T> {
  /** Built with the `odata` builder (values escaped); field names are internal names from the schema. */
  readonly filter?: ODataFilter;
  readonly orderBy?: readonly SortKey<T>[];
  /** Page size, 1-5000 (SharePoint's maximum); default 100. */
  readonly top?: number;
  /**
   * Domain properties to read, mapped to internal names through the schema (`$select`/`$expand` name only those
   * columns: less to send and to parse on wide lists). Absent: every schema field plus author and editor. With a
   * select, items carry the chosen properties (when set) plus `id`, `etag` and `modified` only; an empty array
   * reads just that metadata (e.g. to collect the list's IDs).
   */
  readonly select?: readonly Extract<keyof T, string>[];
}

/** One page of items; pass `continuation` back to `page` (with the same query) for the next one. */
export interface Page<T> {
  readonly items: Stored<T>[];
  /** Opaque: absent on the last page. */
  readonly continuation?: string;
}

/** The outcome of one row of a bulk operation; a failed row never stops the others. */
export type RowResult<R> =
  | { readonly index: number; readonly ok: true; readonly item: R }
  | { readonly index: number; readonly ok: false; readonly error: GovernanceError };

/** One row of `updateMany`. */
export interface UpdateRow<T> {
  readonly id: number;
  readonly patch: Partial<T>;
  /** The ETag the caller read; the update fails with Conflict if the item changed since. */
  readonly etag: string;
}

/** What `updateMany` returns per updated row. */
export interface UpdatedItem {
  readonly id: number;
  readonly etag: string;
}

/** One entry of an item's version history (newest first, as SharePoint returns it). */
export interface VersionEntry<T> {
  /** `1.0`, `2.0`, ... */
  readonly label: string;
  readonly modified?: string;
  readonly editor?: PersonRef;
  /** The field values of that version (schema fields only). */
  readonly values: Partial<T>;
}

/** Options for writes. */
export interface WriteOptions {
  /** Also write fields marked `computed` in the schema (for the suite's own jobs and seeding). Default false. */
  readonly includeComputed?: boolean;
}

/**
 * Access to one SharePoint list as domain records. React containers receive this interface as a prop, so tests and
 * the workbench can pass another implementation. Every method rejects with a `GovernanceError`.
 */
export interface IListRepository<T> {
  readonly definition: ListDefinition<T>;
  /** One page of items; `continuation` is the value the previous page returned. */
  page(query?: PageQuery<T>, continuation?: string): Promise<Page<T>>;
  getById(id: number): Promise<Stored<T>>;
  /** Validates first (Validation error, nothing sent), creates, and returns the stored item as SharePoint has it. */
  create(values: T, options?: WriteOptions): Promise<Stored<T>>;
  /** Validates the patch, updates with If-Match `etag` (Conflict if stale) and returns the new ETag. */
  update(id: number, patch: Partial<T>, etag: string, options?: WriteOptions): Promise<string>;
  /** Deletes (to the recycle bin's equivalent: SharePoint's DELETE) with If-Match `etag`. */
  delete(id: number, etag: string): Promise<void>;
  /**
   * Creates many items through `$batch` (at most 100 per batch). Results are in input order; invalid rows are
   * reported without being sent. `item` holds the values sent plus the id, ETag and dates SharePoint assigned.
   */
  createMany(values: readonly T[], options?: WriteOptions): Promise<RowResult<Stored<T>>[]>;
  /** Deletes many items through `$batch`, each with its own If-Match; results (the ids) in input order. */
  deleteMany(rows: readonly { readonly id: number; readonly etag: string }[]): Promise<RowResult<number>[]>;
  /** Updates many items through `$batch`, each with its own If-Match; results in input order. */
  updateMany(rows: readonly UpdateRow<T>[], options?: WriteOptions): Promise<RowResult<UpdatedItem>[]>;
  /** The item's version history (the audit trail), newest first. */
  versions(id: number): Promise<VersionEntry<T>[]>;
  /** Number of items in the list (SharePoint's `ItemCount`). */
  count(): Promise<number>;
}
