/**
 * Seeds measured data quality (issue 18, part 5) through the production repositories: measurements of a few hundred
 * inventory records across several missions (the missions with the most records, as a data-quality tool would start
 * with), three to six dimensions each, from a profiling tool or a rule set; about a third of the records measured
 * twice (about four months apart) so the history and a changed latest score show. Each measurement passes the
 * production validation first. Deterministic (seeded random), idempotent (does nothing when measurements exist).
 */
import type { DataAsset } from '../../src/core/models/dataAsset';
import type { Stored } from '../../src/core/models/common';
import { QUALITY_DIMENSIONS, type QualityMeasurement } from '../../src/core/quality/model';
import { measurementFromDraft, validateQualityMeasurement } from '../../src/core/quality/validation';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { DEMO_USERS } from './demoUsers';
import { createRandom } from './random';

/** How many missions, and records per mission at most. */
const MISSIONS = 4;
const PER_MISSION = 80;
/** Days before "now" of the earlier and the latest measurement. */
const EARLIER_DAYS = 135;
const LATEST_DAYS = [10, 25, 60] as const;
const SOURCES = ['Profiling tool (monthly run)', 'Validation rule set v3', 'Manual sample check'] as const;

/** The records to measure: the first `PER_MISSION` of each of the `MISSIONS` missions with most records, plus `also`. */
export function recordsToMeasure(assets: readonly Stored<DataAsset>[], also: readonly number[] = []): number[] {
  const byMission = new Map<string, number[]>();
  for (const asset of assets) {
    if (!asset.mission || asset.lifecycle === 'Archived') continue;
    const ids = byMission.get(asset.mission) ?? [];
    ids.push(asset.id);
    byMission.set(asset.mission, ids);
  }
  const sorted = [...byMission.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  // At least MISSIONS missions, more on a small inventory (records spread thin) until a few hundred records are chosen.
  const ids: number[] = [];
  sorted.forEach(([, found], n) => {
    if (n < MISSIONS || ids.length < MISSIONS * PER_MISSION / 4) ids.push(...found.slice(0, PER_MISSION));
  });
  return [...new Set([...ids, ...also])];
}

/** Returns the rows that failed. */
export async function seedQuality(emulator: EmulatorHandle, options: { now: Date; log: (line: string) => void; assets: readonly Stored<DataAsset>[]; also?: readonly number[] }): Promise<number> {
  const lead = DEMO_USERS.find((u) => u.role === 'lead')!;
  const repos = createRepositories(createNodeSp(emulator.siteUrl, { user: lead.loginName }));
  if ((await repos.dataQualityMeasurements.page({ top: 1, select: ['dimension'] })).items.length > 0) return 0;
  const random = createRandom(185);
  const day = (ago: number): string => new Date(options.now.getTime() - ago * 86_400_000).toISOString().slice(0, 10);
  const today = day(0);
  const rows: QualityMeasurement[] = [];
  const ids = recordsToMeasure(options.assets, options.also);
  for (const id of ids) {
    const dimensions = random.sample(QUALITY_DIMENSIONS, random.int(3, 6));
    const twice = random.chance(1 / 3);
    const latestOn = day(random.pick(LATEST_DAYS));
    for (const dimension of dimensions) {
      const base = random.int(55, 99) + random.int(0, 9) / 10;
      const measure = (score: number, measuredOn: string): void => {
        const draft = { dimension, score: String(Math.max(0, Math.min(100, score))), measuredOn, source: random.pick(SOURCES) };
        if (validateQualityMeasurement(draft, { id }, today).length === 0) rows.push(measurementFromDraft(draft, { id }));
      };
      // Measured twice: the earlier score differs both ways, so a newer lower score replaces an older higher one.
      if (twice) measure(Math.round((base + random.int(-12, 12)) * 10) / 10, day(EARLIER_DAYS));
      measure(base, latestOn);
    }
  }
  const results = await repos.dataQualityMeasurements.createMany(rows);
  const failed = results.filter((r) => !r.ok).length;
  options.log(`seeded ${rows.length - failed} data quality measurements of ${ids.length} records${failed > 0 ? ` (${failed} failed)` : ''}`);
  return failed;
}
