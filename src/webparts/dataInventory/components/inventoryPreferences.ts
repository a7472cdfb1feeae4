import { INVENTORY_COLUMN_KEYS, SORTABLE_FIELDS } from '../../../ui/inventoryTypes';
import type { IInventorySort, InventoryColumnKey } from '../../../ui/inventoryTypes';
import type { InventoryFilters } from '../services/IInventoryService';

/** A named set of filters, sort and columns the user saved. */
export interface ISavedView {
  readonly name: string;
  readonly filters: InventoryFilters;
  readonly sort?: IInventorySort;
  readonly columns: readonly InventoryColumnKey[];
}

/** What the inventory keeps per site and user in this browser. */
export interface IInventoryPreferences {
  /** The column chooser's choice; the default columns when absent. */
  readonly columns?: readonly InventoryColumnKey[];
  readonly views: readonly ISavedView[];
}

export const MAX_VIEW_NAME_LENGTH = 80;
const MAX_VIEWS = 50;
const TEXT_FILTERS = ['region', 'mission', 'department', 'domain', 'declaredSensitivity', 'ownershipStatus', 'healthBand', 'labelDrift', 'search'] as const;
const BOOLEAN_FILTERS = ['containsPersonalData', 'overshared'] as const;

/** The localStorage key of a site's inventory preferences for one user. */
export function preferencesKey(siteUrl: string, loginName: string): string {
  return `governance.inventory.preferences.v1|${siteUrl.toLowerCase()}|${loginName.toLowerCase()}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function columnsFrom(value: unknown): InventoryColumnKey[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const keys = INVENTORY_COLUMN_KEYS.filter((key) => value.indexOf(key) >= 0);
  // The title opens the details: it is always shown.
  return keys.indexOf('title') >= 0 ? keys : ['title', ...keys];
}

function filtersFrom(value: unknown): InventoryFilters {
  const filters: Record<string, string | boolean> = {};
  if (!isRecord(value)) return filters;
  for (const name of TEXT_FILTERS) {
    const v = value[name];
    if (typeof v === 'string' && v !== '' && v.length <= 255) filters[name] = v;
  }
  for (const name of BOOLEAN_FILTERS) {
    if (typeof value[name] === 'boolean') filters[name] = value[name] as boolean;
  }
  // Choice values are checked again by the filter bar's options; unknown ones match nothing rather than fail.
  return filters as InventoryFilters;
}

function sortFrom(value: unknown): IInventorySort | undefined {
  if (!isRecord(value) || typeof value.ascending !== 'boolean') return undefined;
  const field = SORTABLE_FIELDS.find((f) => f === value.field);
  return field === undefined ? undefined : { field, ascending: value.ascending };
}

function viewFrom(value: unknown): ISavedView | undefined {
  if (!isRecord(value) || typeof value.name !== 'string') return undefined;
  const name = value.name.trim().slice(0, MAX_VIEW_NAME_LENGTH);
  if (name === '') return undefined;
  return { name, filters: filtersFrom(value.filters), sort: sortFrom(value.sort), columns: columnsFrom(value.columns) ?? [] };
}

/** Reads stored preferences defensively: anything malformed (hand-edited, an older shape) is dropped, never thrown. */
export function parsePreferences(text: string | undefined): IInventoryPreferences {
  let raw: unknown;
  try {
    raw = text ? JSON.parse(text) : undefined;
  } catch {
    raw = undefined;
  }
  if (!isRecord(raw)) return { views: [] };
  const views = Array.isArray(raw.views) ? raw.views.map(viewFrom).filter((v): v is ISavedView => v !== undefined).slice(0, MAX_VIEWS) : [];
  return { columns: columnsFrom(raw.columns), views };
}

/** The stored preferences; none when storage is unavailable (private mode, blocked by policy). */
export function loadPreferences(key: string | undefined): IInventoryPreferences {
  if (key === undefined) return { views: [] };
  try {
    return parsePreferences(window.localStorage.getItem(key) ?? undefined);
  } catch {
    return { views: [] };
  }
}

/** Stores the preferences; a full or blocked storage only loses them for the next visit. */
export function savePreferences(key: string | undefined, preferences: IInventoryPreferences): void {
  if (key === undefined) return;
  try {
    window.localStorage.setItem(key, JSON.stringify(preferences));
  } catch {
    // Nothing to tell the user: the choice still applies on this page.
  }
}

/** `views` with `view` in place of one of the same name (case-insensitive), else added, sorted by name. */
export function withView(views: readonly ISavedView[], view: ISavedView): ISavedView[] {
  const others = views.filter((v) => v.name.toLowerCase() !== view.name.toLowerCase());
  return [...others, view].sort((a, b) => a.name.localeCompare(b.name)).slice(0, MAX_VIEWS);
}
