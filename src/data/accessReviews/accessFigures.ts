/**
 * The scorecard's access review figures (issue 16): the active campaigns judged at read time, the SoD violations of
 * the latest snapshots and the stale groups, each given a region: an item's own, a violation's principal's (from the
 * items that principal appears in), a group's (the region of the inventory records on its site, else where most of
 * its people work).
 */
import { accessFiguresByRegion, reviewItems, type AccessFigureDetail, type AccessFigures } from '../../core/accessReviews';
import { ACCESS_REVIEW_CAMPAIGNS_LIST } from '../../core/schema';
import type { IDirectoryReader } from '../../graph/directory/types';
import { eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import type { Repositories } from '../repositories/createRepositories';
import { regionPerSite } from './inventoryLinks';
import { campaignDecisions, campaignItems } from './reads';
import { readAll } from '../query/readMatching';
import { sodViolations } from './sod';
import { staleGroups } from './staleGroups';

export async function loadAccessFigures(repositories: Repositories, reader: IDirectoryReader, leadIds: ReadonlySet<number>, today: Date): Promise<AccessFigures> {
  const active = await readAll(repositories.accessReviewCampaigns, { filter: eq(filterField(ACCESS_REVIEW_CAMPAIGNS_LIST, 'state'), 'Active') });
  const [campaigns, violations, stale, located] = await Promise.all([
    Promise.all(active.map(async (campaign) => {
      const [items, decisions] = await Promise.all([campaignItems(repositories, campaign.id), campaignDecisions(repositories, campaign.id)]);
      return { campaign, reviewed: reviewItems(campaign, items, decisions) };
    })),
    sodViolations(repositories, leadIds, today, reader),
    staleGroups(repositories, reader),
    readAll(repositories.dataAssets, { select: ['locationUrl', 'region'] })
  ]);
  const regionOfPrincipal = new Map<string, string>();
  for (const { reviewed } of campaigns) for (const { item } of reviewed) if (item.region) regionOfPrincipal.set(item.principalKey.toLowerCase(), item.region);
  const regionOfSite = regionPerSite(located.flatMap((r) => (r.region && r.locationUrl?.url ? [{ url: r.locationUrl.url, region: r.region }] : [])));

  const details: AccessFigureDetail[] = [];
  const figures = accessFiguresByRegion(
    campaigns,
    violations.map((v) => ({ region: regionOfPrincipal.get(v.principalKey.toLowerCase()), status: v.status })),
    stale.map((g) => ({ region: regionOfSite(g.group.siteUrl) ?? g.region })),
    today
  );
  for (const { campaign, reviewed } of campaigns) {
    const overdue = campaign.state === 'Active' && campaign.dueDate < today.toISOString().slice(0, 10);
    if (!overdue) continue;
    for (const { item, state } of reviewed) {
      if (!state.decision) details.push({ region: item.region ?? campaign.region ?? '', figure: 'overdueReviews', subject: item.principalName, detail: `${item.resourceName}: ${item.entitlement}; ${campaign.title}` });
    }
  }
  for (const v of violations) {
    if (v.status === 'open') details.push({ region: regionOfPrincipal.get(v.principalKey.toLowerCase()) ?? '', figure: 'openViolations', subject: v.principalName, detail: v.rule.title });
  }
  for (const g of stale) details.push({ region: regionOfSite(g.group.siteUrl) ?? g.region ?? '', figure: 'staleGroups', subject: g.group.displayName, detail: '', reasons: g.reasons });
  return { asOf: today.toISOString(), regions: figures, details };
}
