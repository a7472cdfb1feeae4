import { GovernanceError } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { MissionScopeReference } from '../../../core/scorecard';
import { scoreAsset } from '../../../core/scoring';
import { and, ge, lt } from '../../../data/odata/filter';
import type { Repositories } from '../../../data/repositories/createRepositories';
import { partitionIdRanges } from './idRanges';
import type { IdRange } from './idRanges';
import type { IScorecardService, LoadProgress, ScorecardRecord } from './IScorecardService';

/** Tuning of the partitioned load. */
export interface ScorecardLoadOptions {
  /** Ranges loaded at the same time (browsers allow about six connections per host; leave some for the page). */
  readonly concurrency?: number;
  /** Items per request (SharePoint's maximum is 5,000). */
  readonly pageSize?: number;
}

const DEFAULT_CONCURRENCY = 4;
const DEFAULT_PAGE_SIZE = 2000;

/** The scoring fields plus the title, copied so the full records can be garbage-collected page by page. */
function toRecord(asset: Stored<DataAsset>, now: Date): ScorecardRecord {
  const score = scoreAsset(asset, { now, custodianApprovalValid: asset.ownershipStatus === 'Confirmed' });
  return {
    asset: {
      id: asset.id,
      title: asset.title,
      region: asset.region,
      mission: asset.mission,
      department: asset.department,
      domain: asset.domain,
      ownershipStatus: asset.ownershipStatus,
      custodian: asset.custodian,
      containsPersonalData: asset.containsPersonalData,
      lifecycle: asset.lifecycle
    },
    score
  };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new GovernanceError('Unknown', 'Loading the scorecard was cancelled.');
  }
}

/**
 * The scorecard's service over the production data layer (PnPjs repositories). Loads every asset in parallel pages
 * partitioned on ID ranges (ID is always indexed, so each range query stays under the list view threshold).
 * Left for later: selecting the scoring columns only (the repository selects every schema field) and a browser
 * cache with delta refresh.
 */
export class ScorecardService implements IScorecardService {
  private readonly repositories: Repositories;
  private readonly now: () => Date;
  private readonly concurrency: number;
  private readonly pageSize: number;
  private missionCache: Promise<MissionScopeReference[]> | undefined;

  public constructor(repositories: Repositories, options: ScorecardLoadOptions = {}, now: () => Date = () => new Date()) {
    this.repositories = repositories;
    this.now = now;
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    this.pageSize = Math.min(5000, Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE));
  }

  public async loadAssets(onProgress: LoadProgress, signal?: AbortSignal): Promise<ScorecardRecord[]> {
    const assets = this.repositories.dataAssets;
    // The highest ID bounds the ranges; the item count only feeds the progress bar.
    const [last, count] = await Promise.all([
      assets.page({ top: 1, orderBy: [{ field: 'id', ascending: false }] }),
      assets.count()
    ]);
    throwIfAborted(signal);
    const maxId = last.items[0]?.id ?? 0;
    const now = this.now();
    let loaded = 0;
    onProgress(0, count);
    const loadRange = async (range: IdRange): Promise<ScorecardRecord[]> => {
      const out: ScorecardRecord[] = [];
      const filter = and(ge('ID', range.from), lt('ID', range.to));
      let continuation: string | undefined;
      do {
        throwIfAborted(signal);
        const page = await assets.page({ filter, top: this.pageSize, orderBy: [{ field: 'id', ascending: true }] }, continuation);
        for (const item of page.items) {
          out.push(toRecord(item, now));
        }
        loaded += page.items.length;
        onProgress(loaded, Math.max(count, loaded));
        continuation = page.continuation;
      } while (continuation);
      return out;
    };
    const parts = await Promise.all(partitionIdRanges(maxId, this.concurrency).map(loadRange));
    return ([] as ScorecardRecord[]).concat(...parts);
  }

  public missions(): Promise<MissionScopeReference[]> {
    if (!this.missionCache) {
      this.missionCache = this.loadMissions().catch((error: unknown) => {
        this.missionCache = undefined;
        throw error;
      });
    }
    return this.missionCache;
  }

  private async loadMissions(): Promise<MissionScopeReference[]> {
    const missions: MissionScopeReference[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.repositories.missions.page({ top: 500, orderBy: [{ field: 'title', ascending: true }] }, continuation);
      missions.push(...page.items.map((m) => ({ mission: m.title, region: m.region })));
      continuation = page.continuation;
    } while (continuation);
    return missions;
  }
}
