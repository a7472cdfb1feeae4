/**
 * Links from the scorecard to the Data Inventory web part. The contract agreed with the inventory: on its page URL,
 * `asset=<id>` opens that record's details panel and `region`, `mission`, `department`, `domain` set its filters.
 */

/** The inventory filters a link can set (the scorecard's scope kinds below the organisation). */
export const INVENTORY_FILTER_KEYS = ['region', 'mission', 'department', 'domain'] as const;
export type InventoryFilterKey = (typeof INVENTORY_FILTER_KEYS)[number];
export type InventoryFilters = Partial<Record<InventoryFilterKey, string>>;

/** The URL when it is an absolute http(s) address, else undefined (never a javascript: or relative link). */
export function httpUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A page URL without its query and hash: the default inventory page (the workbench shows every web part on one page). */
export function pageUrlWithoutQuery(href: string): string {
  const url = httpUrl(href);
  if (!url) return '';
  url.search = '';
  url.hash = '';
  return url.toString();
}

function withParams(pageUrl: string, params: Record<string, string | undefined>): string | undefined {
  const url = httpUrl(pageUrl);
  if (!url) return undefined;
  // The page's own parameters (a SharePoint page's ?env=, a Teams tab's) stay; only ours are replaced.
  for (const [key, value] of Object.entries(params)) {
    url.searchParams.delete(key);
    if (value) url.searchParams.set(key, value);
  }
  return url.toString();
}

/** The inventory page opening one record's details panel; undefined when the page URL is not http(s). */
export function inventoryRecordUrl(pageUrl: string, assetId: number): string | undefined {
  return withParams(pageUrl, { asset: String(assetId) });
}

/** The inventory page filtered by the given scope values (blank values are left out); undefined when not http(s). */
export function inventoryFilteredUrl(pageUrl: string, filters: InventoryFilters): string | undefined {
  const params: Record<string, string | undefined> = {};
  for (const key of INVENTORY_FILTER_KEYS) params[key] = filters[key]?.trim() || undefined;
  return withParams(pageUrl, params);
}

/** The inventory filters of scopes (the shown scope, then the drilled row): the organisation adds none. */
export function scopeFilters(scopes: readonly { readonly kind: string; readonly value: string }[]): InventoryFilters {
  const filters: InventoryFilters = {};
  for (const scope of scopes) {
    const key = INVENTORY_FILTER_KEYS.find((k) => k === scope.kind);
    if (key && scope.value) filters[key] = scope.value;
  }
  return filters;
}
