/**
 * Entries to items: each gets its reviewer (`routeReviewer`: the rule's first candidate who is not the principal,
 * else the fallback) and its recommendation (`recommend`, with the SoD conflicts among all the snapshot's
 * entitlements and the highest sensitivity of the inventory records on the resource's site).
 */
import { conflictingKeys, entitlementKey, recommend, routeReviewer, type HeldEntitlement } from '../../core/accessReviews';
import type { AccessReviewCampaign, AccessReviewItem, SoDRule } from '../../core/models/accessReview';
import type { Stored } from '../../core/models/common';
import { maxSensitivity, recordsOnSite, type LinkedRecord } from './inventoryLinks';
import type { CandidatesOf } from './reviewerCandidates';
import type { ScopeEntry } from './scopeEntries';

function held(entry: ScopeEntry): HeldEntitlement {
  return { principalKey: entry.principal.id, principalName: entry.principal.displayName, principalEmail: entry.principal.email, key: entitlementKey(entry.entitlementKind, entry.resourceKey, entry.entitlement) };
}

const cut = (text: string | undefined, max = 255): string | undefined => (text === undefined ? undefined : text.slice(0, max));

export function buildItems(
  campaign: Stored<AccessReviewCampaign>,
  entries: readonly ScopeEntry[],
  rules: readonly Stored<SoDRule>[],
  records: readonly LinkedRecord[],
  candidatesOf: CandidatesOf,
  now: Date
): AccessReviewItem[] {
  const conflicts = conflictingKeys(rules, entries.map(held));
  const sensitivityBySite = new Map<string, string | undefined>();
  const sensitivityOf = (siteUrl: string | undefined): string | undefined => {
    if (!siteUrl) return undefined;
    if (!sensitivityBySite.has(siteUrl)) sensitivityBySite.set(siteUrl, maxSensitivity(recordsOnSite(records, siteUrl)));
    return sensitivityBySite.get(siteUrl);
  };
  return entries.map((entry, index) => {
    const { principal } = entry;
    const key = held(entry);
    const routed = routeReviewer(candidatesOf(entry, index), principal.email, campaign.fallbackReviewer);
    const { recommendation, reasons } = recommend({
      principalType: principal.type,
      accountEnabled: principal.accountEnabled,
      lastSignIn: principal.lastSignIn,
      leftOrganisation: principal.leftOrganisation,
      sponsorCount: principal.sponsorCount,
      sodConflict: conflicts.has(`${principal.id.toLowerCase()}|${key.key}`),
      resourceSensitivity: sensitivityOf(entry.siteUrl)
    }, now);
    return {
      title: cut(`${principal.displayName} / ${entry.resourceName}`) as string,
      campaign: { id: campaign.id, title: campaign.title },
      principalKey: cut(principal.id) as string,
      principalName: cut(principal.displayName || principal.id) as string,
      principalEmail: cut(principal.email),
      principalType: principal.type,
      resourceKey: cut(entry.resourceKey) as string,
      resourceName: cut(entry.resourceName || entry.resourceKey) as string,
      resourceType: entry.resourceType,
      entitlement: cut(entry.entitlement) as string,
      entitlementKind: entry.entitlementKind,
      lastSignIn: principal.lastSignIn,
      accountEnabled: principal.accountEnabled,
      department: cut(principal.department),
      region: cut(principal.region ?? campaign.region, 100),
      reviewer: routed.reviewer,
      routedToFallback: routed.routedToFallback,
      recommendation,
      recommendationReasons: reasons.length > 0 ? JSON.stringify(reasons) : undefined
    };
  });
}
