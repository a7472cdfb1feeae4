/**
 * Starting a campaign (issue 16, DESIGN section 10 "Snapshots for campaigns"): its scope is read, frozen into items
 * written in `$batch`es of 100, and only then is the campaign marked Active with its item count (If-Match). A scope
 * above MAX_CAMPAIGN_ITEMS is refused before anything is written; a failure part-way deletes the items written and
 * leaves the campaign Draft. SharePoint requests for N items: N/100 batches plus about six (campaign, SoD rules,
 * located records per 5,000, reviewers' e-mails per 8 distinct reviewers, the update and the read back).
 */
import { MAX_CAMPAIGN_ITEMS, parseCampaignScope, type ImportedAccessRow } from '../../core/accessReviews';
import { GovernanceError } from '../../core/errors';
import type { AccessReviewCampaign, AccessReviewItem } from '../../core/models/accessReview';
import type { Stored } from '../../core/models/common';
import { SOD_RULES_LIST } from '../../core/schema';
import type { IDirectoryReader } from '../../graph/directory/types';
import { eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import type { Repositories } from '../repositories/createRepositories';
import { MAX_BATCH_SIZE } from '../repositories/batch';
import { buildItems } from './buildItems';
import { readLinkedRecords, type LinkedRecord } from './inventoryLinks';
import { readAll } from '../query/readMatching';
import { reviewerCandidates } from './reviewerCandidates';
import { readScope } from './scopeEntries';
import type { SiteUserCache } from './siteUsers';

export interface SnapshotDeps {
  readonly repositories: Repositories;
  readonly reader: IDirectoryReader;
  readonly siteUsers: SiteUserCache;
  readonly now: Date;
}

function validation(field: string, code: string, message: string): GovernanceError {
  return new GovernanceError('Validation', message, { issues: [{ field, code, message }] });
}

/** Writes items 100 at a time (one `$batch` each), stopping at the first failed row. */
async function writeItems(repositories: Repositories, items: readonly AccessReviewItem[], onProgress?: (done: number, total: number) => void): Promise<{ written: Stored<AccessReviewItem>[]; failure?: { index: number; error: GovernanceError } }> {
  const written: Stored<AccessReviewItem>[] = [];
  for (let start = 0; start < items.length; start += MAX_BATCH_SIZE) {
    const results = await repositories.accessReviewItems.createMany(items.slice(start, start + MAX_BATCH_SIZE));
    for (const r of results) if (r.ok) written.push(r.item);
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) return { written, failure: { index: start + failed.index, error: failed.error } };
    onProgress?.(Math.min(start + MAX_BATCH_SIZE, items.length), items.length);
  }
  return { written };
}

/** Snapshots campaign `id` (a Draft) and marks it Active; resolves the campaign as stored. */
export async function startSnapshot(
  deps: SnapshotDeps,
  id: number,
  importedRows: readonly ImportedAccessRow[] | undefined,
  onProgress?: (done: number, total: number) => void
): Promise<Stored<AccessReviewCampaign>> {
  const { repositories, reader, siteUsers, now } = deps;
  const campaign = await repositories.accessReviewCampaigns.getById(id);
  if (campaign.state !== 'Draft') throw validation('state', 'notDraft', `"${campaign.title}" is ${campaign.state}: only a Draft campaign can be started.`);
  const scope = parseCampaignScope(campaign.scopeKind, campaign.scope);
  if (!scope) throw validation('scope', 'invalidScope', `The scope of "${campaign.title}" is damaged or incomplete; edit the campaign and choose its scope again.`);

  const needsRecords = scope.kind === 'Region' || campaign.reviewerRule === 'Inventory custodian' || scope.kind === 'Groups' || scope.kind === 'Guests';
  const [records, rules] = await Promise.all([
    needsRecords ? readLinkedRecords(repositories, scope.kind === 'Region' && scope.region ? { region: scope.region, mission: scope.mission } : undefined) : Promise.resolve<LinkedRecord[]>([]),
    readAll(repositories.sodRules, { filter: eq(filterField(SOD_RULES_LIST, 'active'), true) })
  ]);
  const entries = await readScope(scope, reader, records, importedRows);
  if (entries.length === 0) {
    throw validation('scope', 'emptyScope', `The scope of "${campaign.title}" holds no access to review (no members, assignments or rows found); check the scope before starting.`);
  }
  if (entries.length > MAX_CAMPAIGN_ITEMS) {
    throw validation('scope', 'tooManyItems', `This scope holds ${entries.length} accesses; a campaign reviews at most ${MAX_CAMPAIGN_ITEMS} (MAX_CAMPAIGN_ITEMS). Split it into smaller campaigns, for example one per region. Nothing was written.`);
  }
  const candidatesOf = await reviewerCandidates(campaign, entries, records, reader, siteUsers);
  const items = buildItems(campaign, entries, rules, records, candidatesOf, now);

  const { written, failure } = await writeItems(repositories, items, onProgress);
  if (failure) {
    const cleanup = await rollback(repositories, written);
    throw new GovernanceError(failure.error.kind, `Item ${failure.index + 1} of ${items.length} could not be written (${failure.error.message}); ${cleanup} and "${campaign.title}" stays in Draft.`, {
      status: failure.error.status, issues: failure.error.issues, serverCode: failure.error.serverCode, cause: failure.error
    });
  }
  try {
    await repositories.accessReviewCampaigns.update(id, { state: 'Active', itemCount: items.length }, campaign.etag, { includeComputed: true });
  } catch (error) {
    // Someone changed (or started) the campaign meanwhile: its items must not stay beside a Draft.
    await rollback(repositories, written);
    throw error;
  }
  return repositories.accessReviewCampaigns.getById(id);
}

/** Undo: a half-snapshotted campaign would be reviewed on part of its scope. Says what it removed. */
async function rollback(repositories: Repositories, written: readonly Stored<AccessReviewItem>[]): Promise<string> {
  const undone = await repositories.accessReviewItems.deleteMany(written.map((w) => ({ id: w.id, etag: w.etag })));
  const left = undone.filter((r) => !r.ok).length;
  return left === 0 ? `the ${written.length} items written were removed` : `${left} of the ${written.length} items written could not be removed`;
}
