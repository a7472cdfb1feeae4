import type { InventoryFilters } from '../services/IInventoryService';

/** What a link to the inventory asks for (the contract with the Health Scorecard's links). */
export interface IInventoryLink {
  /** `asset=<id>`: the record whose details open on load; only a positive whole number counts. */
  readonly assetId?: number;
  /** `region`, `mission`, `department`, `domain`: filters preset on load. */
  readonly filters: Pick<InventoryFilters, 'region' | 'mission' | 'department' | 'domain'>;
}

const FILTER_PARAMS = ['region', 'mission', 'department', 'domain'] as const;

/** Longest value taken from a link: longer ones are not names of the reference lists. */
const MAX_VALUE_LENGTH = 255;

/**
 * Reads the inventory's query parameters from a `location.search` string. Invalid values are ignored rather than
 * reported: a hand-edited link still opens the inventory. Values go to the filters as text (escaped by the OData
 * builder), never into markup.
 */
export function parseInventoryLink(search: string): IInventoryLink {
  const params = new URLSearchParams(search);
  const filters: { -readonly [K in keyof IInventoryLink['filters']]: string } = {};
  for (const name of FILTER_PARAMS) {
    const value = params.get(name)?.trim();
    if (value && value.length <= MAX_VALUE_LENGTH) filters[name] = value;
  }
  const asset = params.get('asset')?.trim() ?? '';
  const id = /^[1-9]\d{0,9}$/.test(asset) ? Number(asset) : undefined;
  return { assetId: id !== undefined && Number.isSafeInteger(id) ? id : undefined, filters };
}
