/** Types shared by every list's domain model. */

/** A SharePoint user as the suite shows it. `id` is the site user id (the `<Field>Id` value in REST). */
export interface PersonRef {
  readonly id: number;
  readonly title: string;
  readonly email?: string;
  readonly loginName?: string;
}

/** A lookup value: the target item's id and its shown field (usually Title). */
export interface LookupRef {
  readonly id: number;
  readonly title?: string;
}

/** A hyperlink field value. */
export interface LinkValue {
  readonly url: string;
  readonly description?: string;
}

/** What SharePoint sets on every item: the client never writes these. */
export interface ItemMeta {
  readonly id: number;
  /** The item's ETag (`"3"` style, quotes included) for If-Match on update. */
  readonly etag: string;
  readonly created?: string;
  readonly modified?: string;
  readonly author?: PersonRef;
  readonly editor?: PersonRef;
}

/** A domain record as read from a list: its fields plus the item metadata. */
export type Stored<T> = T & ItemMeta;

/** ISO 8601 date (`YYYY-MM-DD`) or date-time string. */
export type IsoDate = string;

/**
 * Text that holds serialised JSON (SharePoint Note fields such as a classification profile or a snapshot payload).
 * Kept as a string in the domain so the generic mapper stays schema-driven; parse it where it is used.
 */
export type JsonText = string;
