import type { Stored } from '../../src/core/models/common';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { createNodeGraphRequester } from '../../src/graph/client/createNodeGraph';
import { LabelCheckRunner } from '../../src/webparts/dataInventory/services/LabelCheckRunner';

/** Missions whose labels the workbench has already checked on first start (the largest inventories). */
const CHECKED_MISSIONS = 8;

/**
 * Runs "Check labels" on the largest missions as a governance lead, through the production runner against the Graph
 * emulator, so label drift, oversharing and their scorecard figures show on first start instead of "Never checked"
 * everywhere (issue 22). Returns the number of records whose result could not be saved.
 */
export async function seedLabelChecks(
  siteUrl: string,
  graphBaseUrl: string,
  leadLogin: string,
  assets: readonly Stored<DataAsset>[],
  log: (line: string) => void
): Promise<number> {
  const counts = new Map<string, number>();
  for (const asset of assets) if (asset.mission) counts.set(asset.mission, (counts.get(asset.mission) ?? 0) + 1);
  const missions = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, CHECKED_MISSIONS).map(([mission]) => mission);
  const sp = createNodeSp(siteUrl, { user: leadLogin });
  const runner = new LabelCheckRunner(sp, createRepositories(sp), createNodeGraphRequester(graphBaseUrl, { user: leadLogin }));
  let checked = 0;
  let failed = 0;
  for (const mission of missions) {
    const result = await runner.run({ kind: 'mission', mission });
    checked += result.rows.length;
    failed += result.rows.filter((row) => row.outcome === 'failed' && row.writeError !== undefined).length;
  }
  log(`checked the Purview labels of ${checked} records in ${missions.length} missions (${missions.join(', ')})`);
  return failed;
}
