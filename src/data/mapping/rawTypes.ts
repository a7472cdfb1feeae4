/* eslint-disable @rushstack/no-new-null -- these types describe SharePoint's wire format, which sends null for empty values */
/**
 * Raw SharePoint REST shapes, with internal names exactly as selected (see `selectFor`). Kept apart from the
 * domain types in src/core: only src/data/mapping converts between the two.
 */

/** An expanded person field: `Owner/Id,Owner/Title,Owner/EMail,Owner/Name`. */
export interface RawPerson {
  readonly Id: number;
  readonly Title?: string;
  /** SharePoint spells it with a capital M. */
  readonly EMail?: string | null;
  /** Login name (claims form on a tenant, e.g. `i:0#.f|membership|ada@contoso.org`). */
  readonly Name?: string | null;
}

/** An expanded lookup field: `X/Id,X/Title` (or the lookup's shown field). */
export interface RawLookup {
  readonly Id: number;
  readonly [shownField: string]: unknown;
}

/** A Hyperlink field value. */
export interface RawUrl {
  readonly Url: string;
  readonly Description?: string | null;
}

/** A list item as read with `selectFor(list)`: the item metadata plus one property per schema field. */
export interface RawItem {
  readonly Id: number;
  readonly 'odata.etag'?: string;
  /** Verbose-metadata responses carry the ETag here instead. */
  readonly __metadata?: { readonly etag?: string };
  readonly Created?: string;
  readonly Modified?: string;
  readonly Author?: RawPerson | null;
  readonly Editor?: RawPerson | null;
  readonly [internalName: string]: unknown;
}

/** A write body: internal names (and `<Name>Id` for person/lookup fields) to raw values. */
export type RawWriteBody = Record<string, unknown>;

/** A collection page as SharePoint returns it with minimal metadata. */
export interface RawPage {
  readonly value: readonly RawItem[];
  readonly 'odata.nextLink'?: string;
}
