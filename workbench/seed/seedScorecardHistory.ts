/**
 * Twelve months of plausible Data Health Scorecard history, so the workbench's trend chart has something to show.
 * Each month is the real aggregate of the seeded inventory as it plausibly stood then: fewer assets (the rollout
 * was younger), fewer confirmed custodians, reviews and classifications (the work done since), scored on that
 * month's first day. So every payload is internally consistent (bands add up, rates match counts) and the
 * figures rise gently towards today's, at a different pace per region. Written by a governance lead, through the
 * production repositories, organisation and region scopes only (a snapshot taken from the UI stores every scope).
 */
import type { Stored } from '../../src/core/models/common';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { aggregateScorecard, toSnapshot } from '../../src/core/scorecard';
import type { MissionScopeReference } from '../../src/core/scorecard';
import { scoreAsset } from '../../src/core/scoring';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { DEMO_USERS } from './demoUsers';
import { createRandom } from './random';

/** Months of history before the current month. */
export const HISTORY_MONTHS = 12;

/** The first day of the month `monthsAgo` months before `now` (UTC), as an ISO date. */
export function monthStart(now: Date, monthsAgo: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 10);
}

/**
 * The inventory as it stood `monthsAgo` months back: each asset existed with a probability falling with age, and
 * some of today's improvements were not made yet. `pace` (per region, around 1) scales how much changed since.
 */
export function inventoryBack(assets: readonly DataAsset[], monthsAgo: number, pace: (asset: DataAsset) => number, seed: number): Stored<DataAsset>[] {
  const random = createRandom(seed);
  const out: Stored<DataAsset>[] = [];
  assets.forEach((asset, index) => {
    // Draw every number for every asset, so an asset's fate does not depend on the ones before it.
    const [existed, owned, reviewed, classified] = [random.next(), random.next(), random.next(), random.next()];
    const age = monthsAgo * pace(asset);
    if (existed < age * 0.03 || monthsAgo > onboardedMonthsAgo(asset.mission ?? '')) {
      return;
    }
    let then: DataAsset = asset;
    if (then.ownershipStatus === 'Confirmed' && owned < age * 0.04) {
      then = { ...then, ownershipStatus: 'Pending' };
    }
    if (then.lastReviewed !== undefined && reviewed < age * 0.035) {
      then = { ...then, lastReviewed: undefined };
    }
    if (then.declaredSensitivity !== undefined && classified < age * 0.02) {
      then = { ...then, declaredSensitivity: undefined };
    }
    out.push({ ...then, id: index + 1, etag: '"1"' });
  });
  return out;
}

/**
 * How many months ago a mission loaded its first records: from 6 to 35, fixed per name, so about a fifth of the
 * missions joined during the year shown and rollout coverage climbs too.
 */
export function onboardedMonthsAgo(mission: string): number {
  let hash = 0;
  for (let i = 0; i < mission.length; i++) {
    hash = (Math.imul(hash, 31) + mission.charCodeAt(i)) >>> 0;
  }
  return 6 + (hash % 30);
}

/** Seeds the monthly snapshots; returns the number of rows that failed to write. */
export async function seedScorecardHistory(
  siteUrl: string,
  assets: readonly DataAsset[],
  missions: readonly MissionScopeReference[],
  now: Date,
  log: (line: string) => void
): Promise<number> {
  const lead = DEMO_USERS.find((u) => u.role === 'lead');
  if (!lead) {
    return 0;
  }
  const regions = Array.from(new Set(missions.map((m) => m.region)));
  // Some regions started later or moved faster: a pace between 0.7 and 1.3, fixed per region.
  const paceOf = new Map(regions.map((region, i) => [region, 0.7 + (0.6 * ((i * 7) % regions.length)) / Math.max(1, regions.length - 1)]));
  const pace = (asset: DataAsset): number => paceOf.get(asset.region ?? '') ?? 1;
  const rows = [];
  for (let monthsAgo = HISTORY_MONTHS; monthsAgo >= 1; monthsAgo--) {
    const takenOn = monthStart(now, monthsAgo);
    const day = new Date(`${takenOn}T12:00:00Z`);
    // A review dated after that day had not happened yet: freshness is judged as of that month.
    const then = inventoryBack(assets, monthsAgo, pace, 5000 + monthsAgo).map((a) => (a.lastReviewed && a.lastReviewed > takenOn ? { ...a, lastReviewed: undefined } : a));
    const scored = then.map((asset) => ({ asset, score: scoreAsset(asset, { now: day, custodianApprovalValid: asset.ownershipStatus === 'Confirmed' }) }));
    const aggregate = aggregateScorecard(scored, { missions, now: day, scopes: ['organisation', 'region'] });
    rows.push(...toSnapshot(aggregate, takenOn));
  }
  const repositories = createRepositories(createNodeSp(siteUrl, { user: lead.loginName }));
  const results = await repositories.scorecardSnapshots.createMany(rows);
  const failed = results.filter((r) => !r.ok).length;
  log(`seeded ${results.length - failed} scorecard snapshots (${HISTORY_MONTHS} months, organisation and regions)`);
  return failed;
}
