/**
 * Which inventory records sit on a group's site: a DataAssets record whose LocationUrl is under the site's URL. The
 * URL column cannot be filtered, so the records are read once per operation with `$select` of the few columns
 * needed (LocationUrl, DeclaredSensitivity, Custodian): one request per 5,000 records (four for a 20,000-record
 * inventory), or fewer when a region (an indexed column) narrows them.
 */
import type { DataAsset } from '../../core/models/dataAsset';
import { DEFAULT_SENSITIVITY_LEVELS } from '../../core/models/dataAsset';
import type { Stored } from '../../core/models/common';
import { DATA_ASSETS_LIST } from '../../core/schema';
import { eq, type ODataFilter } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import type { Repositories } from '../repositories/createRepositories';
import { readPlanned } from '../query/readMatching';

export type LinkedRecord = Pick<Stored<DataAsset>, 'id' | 'locationUrl' | 'declaredSensitivity' | 'custodian'>;

/** `url` lower-cased without query, fragment or trailing slash, for prefix comparison. */
function normalise(url: string): string {
  return url.trim().toLowerCase().replace(/[?#].*$/, '').replace(/\/+$/, '');
}

/** True when `url` is the site itself or a page, list or file under it. */
export function isOnSite(url: string | undefined, siteUrl: string | undefined): boolean {
  if (!url || !siteUrl) return false;
  const site = normalise(siteUrl);
  const target = normalise(url);
  return site !== '' && (target === site || target.startsWith(`${site}/`));
}

/** The URL itself and every path prefix of it (its site, the site's parents), normalised. */
function sitePrefixes(url: string): Set<string> {
  const target = normalise(url);
  const hostEnd = target.indexOf('/', target.indexOf('//') + 2);
  const prefixes = new Set<string>([target]);
  for (let at = hostEnd; at > 0; at = target.indexOf('/', at + 1)) prefixes.add(target.slice(0, at));
  return prefixes;
}

/**
 * Counts locations per site prefix once (every path prefix of every URL), so "how many records on this site" is a
 * map lookup: the stale groups report asks it for every group of the tenant.
 */
export function recordsPerSite(urls: readonly string[]): (siteUrl: string | undefined) => number {
  const counts = new Map<string, number>();
  for (const url of urls) for (const prefix of sitePrefixes(url)) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  return (siteUrl) => (siteUrl ? counts.get(normalise(siteUrl)) ?? 0 : 0);
}

/**
 * The region of the first record (in the order given) located on each site, indexed once by site prefix so a
 * lookup per group is a map read rather than a scan of every record.
 */
export function regionPerSite(records: readonly { readonly url: string; readonly region: string }[]): (siteUrl: string | undefined) => string | undefined {
  const regions = new Map<string, string>();
  for (const { url, region } of records) for (const prefix of sitePrefixes(url)) if (!regions.has(prefix)) regions.set(prefix, region);
  return (siteUrl) => (siteUrl ? regions.get(normalise(siteUrl)) : undefined);
}

/** Records with a location, optionally of one region (and mission): planned, so a region of 19,000 records reads too. */
export async function readLinkedRecords(repositories: Repositories, region?: { readonly region: string; readonly mission?: string }): Promise<LinkedRecord[]> {
  const parts: ODataFilter[] = [];
  if (region) {
    if (region.mission) parts.push(eq(filterField(DATA_ASSETS_LIST, 'mission'), region.mission));
    parts.push(eq(filterField(DATA_ASSETS_LIST, 'region'), region.region));
  }
  const records = await readPlanned(repositories.dataAssets, parts, ['locationUrl', 'declaredSensitivity', 'custodian']);
  return records.filter((r) => r.locationUrl?.url);
}

/** Records on one site. */
export function recordsOnSite(records: readonly LinkedRecord[], siteUrl: string | undefined): LinkedRecord[] {
  return siteUrl ? records.filter((r) => isOnSite(r.locationUrl?.url, siteUrl)) : [];
}

/** The highest declared sensitivity among records (the levels' order), undefined when none declares one. */
export function maxSensitivity(records: readonly LinkedRecord[]): string | undefined {
  const levels: readonly string[] = DEFAULT_SENSITIVITY_LEVELS;
  let best = -1;
  for (const r of records) best = Math.max(best, levels.indexOf(r.declaredSensitivity ?? ''));
  return best >= 0 ? levels[best] : undefined;
}
