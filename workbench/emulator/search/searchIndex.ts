/**
 * The emulator's search index: list items crawled into documents a short, configurable delay after they change,
 * modelled on SharePoint Online's continuous crawl, which picks changes up some minutes later (the exact lag on a
 * tenant is not documented in any text we could read). An item created or changed within the delay keeps its last
 * crawled document (or none); a deleted item stays findable until the delay has passed since the crawler noticed.
 *
 * Crawled text: the item's Title plus every visible Text, Note, Choice and MultiChoice column (descriptions, tags,
 * keywords), as SharePoint puts a list item's column values in the full-text index.
 */
import type { EmulatorStore } from '../store';
import type { FieldDef, ItemRow, ListDef } from '../types';
import { words } from './kql';

/** Switches the workbench and tests turn: search on or off, and how long a change takes to be searchable. */
export interface SearchSettings {
  enabled: boolean;
  /** Milliseconds after an item's Modified before the crawler indexes that version (0: at once). */
  delayMs: number;
}

/** One crawled list item. */
export interface SearchDoc {
  readonly listId: string;
  readonly itemId: number;
  /** The item version crawled (owshiddenversion). */
  readonly version: number;
  readonly authorId: number;
  readonly title: string;
  readonly description: string;
  readonly modified: string;
  readonly created: string;
  /** Site-relative display form URL, e.g. `Lists/DataAssets/DispForm.aspx?ID=5`. */
  readonly relativePath: string;
  readonly titleWords: readonly string[];
  readonly descriptionWords: readonly string[];
  /** Every crawled word in column order (title first), for phrases and free text. */
  readonly words: readonly string[];
  /** Same text, same fingerprint: what TrimDuplicates collapses. */
  readonly fingerprint: string;
}

const TEXT_TYPES = new Set<FieldDef['TypeAsString']>(['Text', 'Note', 'Choice', 'MultiChoice']);

function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(' ');
  return typeof value === 'string' ? value.replace(/<[^>]*>/g, ' ') : '';
}

/** SharePoint's list URL segment for the emulator's lists (the title without spaces or symbols). */
export const listUrlName = (list: ListDef): string => list.Title.replace(/[^A-Za-z0-9_-]/g, '') || list.EntityName;

function crawl(list: ListDef, fields: readonly FieldDef[], row: ItemRow): SearchDoc {
  const title = textOf(row.values.Title);
  const descriptionField = fields.find((f) => f.InternalName.toLowerCase() === 'description' && TEXT_TYPES.has(f.TypeAsString));
  const description = descriptionField ? textOf(row.values[descriptionField.InternalName]) : '';
  const others = fields.filter((f) => TEXT_TYPES.has(f.TypeAsString) && !f.Hidden && f.InternalName !== 'Title');
  const text = [title, ...others.map((f) => textOf(row.values[f.InternalName]))].join(' ');
  const all = words(text);
  return {
    listId: list.Id, itemId: row.id, version: row.version, authorId: row.authorId, title, description,
    modified: row.modified, created: row.created, relativePath: `Lists/${listUrlName(list)}/DispForm.aspx?ID=${row.id}`,
    titleWords: words(title), descriptionWords: words(description), words: all, fingerprint: all.join(' ')
  };
}

/** The crawled documents of every list, brought up to date (within the delay) before each query. */
export class SearchIndex {
  private readonly docs = new Map<string, Map<number, SearchDoc>>();
  /** `listId/itemId` of deleted items still in the index, with when the crawler noticed. */
  private readonly goneSince = new Map<string, number>();

  public constructor(private readonly store: EmulatorStore, public readonly settings: SearchSettings) {}

  /** Crawls what the delay lets through and returns every list's documents. */
  public crawl(now: number = Date.now()): ReadonlyMap<string, ReadonlyMap<number, SearchDoc>> {
    const delay = Math.max(0, this.settings.delayMs);
    for (const list of this.store.listLists()) {
      const rows = this.store.getItems(list.Id);
      let docs = this.docs.get(list.Id);
      if (!docs) { docs = new Map(); this.docs.set(list.Id, docs); }
      const fields = this.store.getFields(list.Id);
      for (const row of rows.values()) {
        if (docs.get(row.id)?.version === row.version) continue;
        // Modified has whole seconds only: the extra second keeps a change from being found before its delay.
        if (delay === 0 || Date.parse(row.modified) + 1000 + delay <= now) docs.set(row.id, crawl(list, fields, row));
      }
      for (const id of docs.keys()) {
        if (rows.has(id)) continue;
        const key = `${list.Id}/${id}`;
        const since = this.goneSince.get(key) ?? now;
        if (now - since >= delay) { docs.delete(id); this.goneSince.delete(key); } else this.goneSince.set(key, since);
      }
    }
    return this.docs;
  }
}
