/**
 * The stale groups report: every group, with its owners, guests, guests nobody sponsors and the inventory records on
 * its site; only groups with a reason (`staleReasons`) are returned. Cost: Graph reads the groups' access in chunks
 * (the reader batches them); SharePoint reads the located records once, LocationUrl only, one request per 5,000
 * records (the URL column cannot be filtered, so per-site reads would cost one request per group instead).
 */
import { staleReasons, type StaleGroupReason } from '../../core/accessReviews';
import type { DirectoryGroup, DirectoryPrincipal, IDirectoryReader } from '../../graph/directory/types';
import type { Repositories } from '../repositories/createRepositories';
import { recordsPerSite } from './inventoryLinks';
import { readAll } from '../query/readMatching';

/** One row of the stale groups report. */
export interface StaleGroup {
  readonly group: DirectoryGroup;
  readonly ownerCount: number;
  readonly guestCount: number;
  readonly guestsWithoutSponsor: number;
  /** Inventory records whose location is on the group's site. */
  readonly linkedRecords: number;
  readonly reasons: readonly StaleGroupReason[];
  /** The region most of its owners and members work in, as the directory records it (for per-region figures). */
  readonly region?: string;
}

/** The most common region among people (ties: the first met); undefined when none has one. */
function commonRegion(people: readonly DirectoryPrincipal[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of people) if (p.region) counts.set(p.region, (counts.get(p.region) ?? 0) + 1);
  let best: string | undefined;
  for (const [region, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = region;
  return best;
}

/** Groups per `groupAccess` call, so progress moves while a large tenant is read. */
const GROUPS_PER_CALL = 50;

export async function staleGroups(repositories: Repositories, reader: IDirectoryReader, onProgress?: (done: number, total: number) => void): Promise<StaleGroup[]> {
  const [groups, located] = await Promise.all([
    reader.listGroups(),
    readAll(repositories.dataAssets, { select: ['locationUrl'] })
  ]);
  const onSite = recordsPerSite(located.map((r) => r.locationUrl?.url).filter((u): u is string => !!u));
  const rows: StaleGroup[] = [];
  for (let start = 0; start < groups.length; start += GROUPS_PER_CALL) {
    const chunk = groups.slice(start, start + GROUPS_PER_CALL);
    for (const { group, owners, members } of await reader.groupAccess(chunk.map((g) => g.id))) {
      const guests = members.filter((m) => m.type === 'Guest');
      const facts = {
        ownerCount: owners.length,
        guestCount: guests.length,
        guestsWithoutSponsor: guests.filter((g) => g.sponsorCount === 0).length,
        linkedRecords: onSite(group.siteUrl)
      };
      const reasons = staleReasons(facts);
      if (reasons.length > 0) rows.push({ group, ...facts, reasons, region: commonRegion([...owners, ...members]) });
    }
    onProgress?.(Math.min(start + GROUPS_PER_CALL, groups.length), groups.length);
  }
  return rows;
}
