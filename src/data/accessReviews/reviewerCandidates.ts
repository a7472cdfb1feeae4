/**
 * The reviewer candidates of each entry under the campaign's ReviewerRule, as site users: the group's owners
 * (resolved by e-mail, each e-mail once), the custodian of an inventory record on the group's site, the principal's
 * manager, or the named people taken in turn. `routeReviewer` then picks the first who is not the principal, or the
 * fallback. Apps, directory roles and imported rights have no owners or site here: under those two rules their items
 * go to the fallback reviewer (choose Manager or Named people for such scopes).
 */
import type { AccessReviewCampaign } from '../../core/models/accessReview';
import type { PersonRef } from '../../core/models/common';
import type { DirectoryPrincipal, IDirectoryReader } from '../../graph/directory/types';
import { recordsOnSite, type LinkedRecord } from './inventoryLinks';
import type { ScopeEntry } from './scopeEntries';
import type { SiteUserCache } from './siteUsers';

export type CandidatesOf = (entry: ScopeEntry, index: number) => (PersonRef | undefined)[];

export async function reviewerCandidates(
  campaign: Pick<AccessReviewCampaign, 'reviewerRule' | 'namedReviewers'>,
  entries: readonly ScopeEntry[],
  records: readonly LinkedRecord[],
  reader: IDirectoryReader,
  siteUsers: SiteUserCache
): Promise<CandidatesOf> {
  switch (campaign.reviewerRule) {
    case 'Resource owners': {
      await siteUsers.load(entries.flatMap((e) => (e.owners ?? []).map((o) => o.email)));
      return (entry) => (entry.owners ?? []).map((o) => siteUsers.get(o.email));
    }
    case 'Inventory custodian': {
      // One custodian per site: the first record on it that names one (records are in ID order).
      const bySite = new Map<string, PersonRef | undefined>();
      for (const entry of entries) {
        if (entry.siteUrl && !bySite.has(entry.siteUrl)) bySite.set(entry.siteUrl, recordsOnSite(records, entry.siteUrl).find((r) => r.custodian)?.custodian);
      }
      return (entry) => [entry.siteUrl ? bySite.get(entry.siteUrl) : undefined];
    }
    case 'Manager': {
      const directoryId = (e: ScopeEntry): string | undefined => (e.entitlementKind === 'Imported' ? e.directoryId : e.principal.id);
      const people = entries.filter((e) => e.principal.type === 'User' || e.principal.type === 'Guest');
      const userIds = Array.from(new Set(people.map(directoryId).filter((id): id is string => id !== undefined)));
      const managers = userIds.length > 0 ? await reader.managers(userIds) : new Map<string, DirectoryPrincipal | undefined>();
      await siteUsers.load(Array.from(managers.values()).map((m) => m?.email));
      return (entry) => {
        const id = directoryId(entry);
        return [id === undefined ? undefined : siteUsers.get(managers.get(id)?.email)];
      };
    }
    case 'Named people': {
      // In turn, so the work is shared; the others follow, so a named person who is the principal is skipped.
      const named = campaign.namedReviewers ?? [];
      return (_entry, index) => (named.length === 0 ? [] : [...named.slice(index % named.length), ...named.slice(0, index % named.length)]);
    }
  }
}
