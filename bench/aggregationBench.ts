/**
 * The scorecard's CPU work on loaded rows: scoring every asset plus the one-pass aggregation of every scope, next to
 * a bare loop over the same raw records, so the figure says what scoring and grouping cost above merely touching
 * the data (aggregation alone would hide scoring, the larger part).
 */
import { aggregateScorecard, type ScorecardAggregate } from '../src/core/scorecard';
import { scoreAsset } from '../src/core/scoring';
import type { Stored } from '../src/core/models/common';
import type { DataAsset } from '../src/core/models/dataAsset';
import { SCORING_SELECT } from '../src/webparts/healthScorecard/services/scoringRows';
import { generateDemoAssets } from '../workbench/seed/demoAssets';
import { createRandom } from '../workbench/seed/random';
import { SEED_REFERENCE } from '../workbench/seed/reference';
import { fmt, repeatSync, timedSync, type Row } from './measure';

/** The bare loop: every record, every SCORING_SELECT field read; counts defined ones (+ string lengths). */
function bareLoop(assets: readonly Stored<DataAsset>[]): number {
  let sum = 0;
  for (const asset of assets) {
    const record = asset as unknown as Record<string, unknown>;
    for (const key of SCORING_SELECT) {
      const value = record[key];
      if (value !== undefined) sum += typeof value === 'string' ? value.length : 1;
    }
  }
  return sum;
}

const MISSIONS = SEED_REFERENCE.missions.map((m) => ({ mission: m.mission, region: m.region }));

/** Scores every asset and aggregates every scope: the work both the ratio and the growth figures time. */
export function scoreAndAggregate(assets: readonly Stored<DataAsset>[], now: Date): ScorecardAggregate {
  const scored = assets.map((asset) => ({ asset, score: scoreAsset(asset, { now, custodianApprovalValid: asset.ownershipStatus === 'Confirmed' }) }));
  return aggregateScorecard(scored, { missions: MISSIONS, now });
}

export function benchAggregation(count: number, row: Row): void {
  const now = new Date();
  const people = { owners: [{ id: 1, title: 'Owner' }], custodians: [{ id: 2, title: 'Custodian' }] };
  const assets = generateDemoAssets(count, SEED_REFERENCE, people, createRandom(11), now)
    .map((asset, index): Stored<DataAsset> => ({ ...asset, id: index + 1, etag: '"1"' }));
  const scoring = repeatSync(() => timedSync(() => scoreAndAggregate(assets, now).scopes.length));
  const loop = repeatSync(() => timedSync(() => bareLoop(assets)));
  row(`score + aggregate ${count} assets (${scoring.last} scopes)`, fmt(scoring.stats));
  row(`bare loop, same ${count} raw records`, `${fmt(loop.stats, 1)}; ratio ${(scoring.stats.median / Math.max(loop.stats.median, 0.01)).toFixed(1)}x (checksum ${loop.last})`);
}

/** States once what the bare loop does. */
export function describeBareLoop(row: Row): void {
  row('bare loop: what it does', `one pass over the raw records reading the ${SCORING_SELECT.length} fields the scorecard selects, summing string lengths / 1 per defined value; no scoring, no grouping`);
}
