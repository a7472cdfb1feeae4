import { quote } from '../../data/odata/filter';
import type { GraphRequester } from '../client/types';
import { batchReads, itemsOf, type BatchRead, type BatchReadOptions, type ReadOutcome } from './batchReads';
import { toPrincipal } from './mapping';
import type { DirectoryPrincipal } from './types';

/** What a review shows of a person. */
export const USER_SELECT = 'id,displayName,mail,userPrincipalName,userType,accountEnabled,department,officeLocation';
/** Optional properties, most often refused first: sign-in activity (AuditLog.Read.All), then the leave date. */
const SIGN_IN = 'signInActivity';
const LEAVE_DATE = 'employeeLeaveDateTime';
/** Graph accepts at most 15 values in one `in (...)` of a `$filter`. */
const IN_LIMIT = 15;

/** Shared state of one reader: how many optional properties Graph refused (403) so far. */
export class UserReadContext {
  /** 0: none refused; 1: sign-in activity; 2: the leave date too. */
  private level = 0;

  public constructor(public readonly now: () => Date, public readonly options: BatchReadOptions) {}

  public get refused(): number {
    return this.level;
  }

  /** Records a refusal level reached (never lowers it): later reads leave those properties out. */
  public refuse(level: number): void {
    this.level = Math.max(this.level, level);
  }
}

/**
 * `$select` values for user details, best first, from the level not refused before: with sign-in activity and the
 * leave date, then without sign-in activity (no AuditLog.Read.All), then without the leave date either (its read
 * is governed by User-LifeCycleInfo.Read.All). A read that needed fallback k moves the level to `refused + k`.
 */
export function userSelects(context: UserReadContext): string[] {
  return [`${USER_SELECT},${LEAVE_DATE},${SIGN_IN}`, `${USER_SELECT},${LEAVE_DATE}`, USER_SELECT].slice(Math.min(context.refused, 2));
}

/** A read with its fallbacks, from `$select` values best first. */
export function withSelects(key: string, url: (select: string) => string, selects: readonly string[], collection?: string): BatchRead {
  return { key, url: url(selects[0]), fallbackUrls: selects.slice(1).map(url), collection };
}

/** A `$filter` value for a URL query: OData literals quoted (quotes doubled), then URL-encoded. */
export function filterParam(expression: string): string {
  return encodeURIComponent(expression);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function sponsorRead(id: string): BatchRead {
  return { key: `s:${id}`, url: `/users/${encodeURIComponent(id)}/sponsors?$select=id&$top=999`, collection: 'the sponsors of a guest' };
}

function withSponsors(principal: DirectoryPrincipal, outcome: ReadOutcome | undefined): DirectoryPrincipal {
  if (outcome === undefined) return principal;
  // A guest deleted between the reads has no sponsors to count; anything else that failed fails the read.
  if (!outcome.ok && outcome.status === 404) return principal;
  return { ...principal, sponsorCount: itemsOf(outcome).length };
}

/**
 * Completes users and guests read elsewhere (group members, app assignees, role members): their details and last
 * sign-in in `$filter=id in (...)` reads of 15, and the number of sponsors of each guest. Principals that are not
 * users pass through. A user the directory no longer has is marked as gone (`leftOrganisation`).
 */
export async function completeUsers(graph: GraphRequester, context: UserReadContext, principals: readonly DirectoryPrincipal[], details: boolean): Promise<Map<string, DirectoryPrincipal>> {
  const result = new Map(principals.map((p) => [p.id, p]));
  const userIds = Array.from(new Set(principals.filter((p) => p.type === 'User' || p.type === 'Guest').map((p) => p.id)));
  const start = context.refused;
  const selects = userSelects(context);
  const reads: BatchRead[] = details ? chunks(userIds, IN_LIMIT).map((ids, i) => {
    const filter = filterParam(`id in (${ids.map(quote).join(',')})`);
    return withSelects(`u:${i}`, (select) => `/users?$filter=${filter}&$select=${select}&$top=999`, selects, 'users');
  }) : [];
  const knownGuests = userIds.filter((id) => result.get(id)?.type === 'Guest');
  reads.push(...knownGuests.map(sponsorRead));
  if (reads.length === 0) return result;
  const first = await batchReads(graph, reads, context.options);
  context.refuse(start + first.fallbacks);
  if (details) {
    const found = new Set<string>();
    for (const read of reads.filter((r) => r.key.startsWith('u:'))) {
      for (const raw of itemsOf(first.outcomes.get(read.key))) {
        const user = toPrincipal(raw, context.now(), 'User');
        if (user !== undefined && result.has(user.id)) { result.set(user.id, user); found.add(user.id); }
      }
    }
    for (const id of userIds) if (!found.has(id)) result.set(id, { ...(result.get(id) as DirectoryPrincipal), leftOrganisation: true });
  }
  for (const id of knownGuests) result.set(id, withSponsors(result.get(id) as DirectoryPrincipal, first.outcomes.get(`s:${id}`)));
  // Guests first recognised by their details (app assignments name them only as 'User') get their sponsors now.
  const lateGuests = userIds.filter((id) => result.get(id)?.type === 'Guest' && !knownGuests.includes(id));
  if (lateGuests.length > 0) {
    const second = await batchReads(graph, lateGuests.map(sponsorRead), context.options);
    for (const id of lateGuests) result.set(id, withSponsors(result.get(id) as DirectoryPrincipal, second.outcomes.get(`s:${id}`)));
  }
  return result;
}
