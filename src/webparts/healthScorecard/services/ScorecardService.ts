import { GovernanceError, isGovernanceError } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { ScorecardScopeType } from '../../../core/models/scorecardSnapshot';
import { fromSnapshot, toSnapshot } from '../../../core/scorecard';
import type { MissionScopeReference, ScorecardAggregate } from '../../../core/scorecard';
import { indexOwnership, type OwnershipIndex } from '../../../core/ownership';
import { recomputeStaleHealth } from '../../../data/jobs/recomputeHealth';
import { readMaturity, saveMaturityTargets } from '../../../data/maturity/maturityStore';
import type { MaturityData, MaturityTargets } from '../../../core/maturity';
import type { GovernanceSetting } from '../../../core/models/governanceSetting';
import { loadAll } from '../../../data/ownership/loadAll';
import { HealthSettingsSource } from '../../../data/labels/healthSettings';
import { and, eq, ge, isNull, lt } from '../../../data/odata/filter';
import type { ODataFilter } from '../../../data/odata/filter';
import type { Repositories } from '../../../data/repositories/createRepositories';
import type { CachedScoringRows, IScorecardCache } from './cache/IScorecardCache';
import { SCORECARD_CACHE_VERSION } from './cache/IScorecardCache';
import { packRows, RowsPacker, unpackRows, type CompactRows, type PackedBefore, type PackedPart } from './cache/compactRows';
import { boundedIdRanges, MAX_RANGE_SPAN, pageAlignedSpan } from './idRanges';
import type { IdRange } from './idRanges';
import type {
  IScorecardService,
  LoadProgress,
  RecomputeProgress,
  RecomputeResult,
  ScorecardAsset,
  ScorecardLoad,
  ScorecardRecord,
  ScorecardSnapshotPoint
} from './IScorecardService';
import { deletionsPossible, mergeDelta } from './mergeDelta';
import { scoreRecord, scoreRecords, SCORING_SELECT, toDerivedRow, toScorecardAsset, withDerivedOwnership } from './scoringRows';

/** The SharePoint group whose members are governance leads (the workbench creates it; tenants create it once). */
export { GOVERNANCE_LEADS_GROUP } from '../../../core/roles';

/** Tuning of the load. */
export interface ScorecardLoadOptions {
  /** Ranges loaded at the same time (browsers allow about six connections per host; leave some for the page). */
  readonly concurrency?: number;
  /** Items per request (SharePoint's maximum is 5,000). */
  readonly pageSize?: number;
  /** The browser cache and this site + list + user's key in it; without it every visit loads in full. */
  readonly cache?: { readonly store: IScorecardCache; readonly key: string };
  /** A cache older than this is reloaded in full (catches anything a delta cannot see). Default 7 days. */
  readonly fullReloadAfterMs?: number;
  /** Whether the signed-in user is a lead; default: membership of `GOVERNANCE_LEADS_GROUP`. */
  readonly isGovernanceLead?: () => Promise<boolean>;
  /** Site user ids of the governance leads (whose maturity targets count); default: nobody, so the default targets apply. */
  readonly governanceLeadIds?: () => Promise<ReadonlySet<number>>;
  /** Widest ID range one query reads (default SharePoint's 5,000-item threshold; tests lower it with the emulator's). */
  readonly maxRangeSpan?: number;
}

/** The reads a full load and a delta both need, in flight while the cache is read. */
interface ListReads {
  readonly ownership: Promise<OwnershipIndex>;
  /** The newest Modified before the load (the next delta's cursor). */
  readonly cursor: Promise<string | undefined>;
  /** The list's item count (progress; a delta's deletion check). */
  readonly count: Promise<number>;
}

const DEFAULT_CONCURRENCY = 4;
const DEFAULT_PAGE_SIZE = 2000;
const ID_PAGE_SIZE = 5000;
const DEFAULT_FULL_RELOAD_AFTER_MS = 7 * 24 * 3600 * 1000;

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new GovernanceError('Unknown', 'Loading the scorecard was cancelled.');
  }
}

/**
 * The scorecard's service over the production data layer (PnPjs repositories).
 * - Full load: only the scoring columns (`select`), in parallel pages partitioned on ID ranges (ID is always
 *   indexed, so each range query stays under the list view threshold).
 * - Revisit: the cached rows first, then a delta: items with `Modified` at or after the cursor (the newest
 *   Modified read just before the previous load, so edits made during a load are not missed; Modified is indexed
 *   by provisioning). Deletions: when the merged rows outnumber the list's ItemCount, the list's IDs are read
 *   (IDs only, partitioned) and the missing rows dropped; a full reload also runs once the cache is a week old.
 *   When more items changed than the threshold lets one query match (an import, the recompute job), the delta is
 *   read per ID range instead (`ID` range first, then `Modified`), so the cursor still advances.
 */
export class ScorecardService implements IScorecardService {
  private readonly concurrency: number;
  private readonly pageSize: number;
  private readonly fullReloadAfterMs: number;
  private missionCache: Promise<MissionScopeReference[]> | undefined;
  /** The label mapping: scores here rank cached labels exactly as the stored scores do. */
  private readonly settings: HealthSettingsSource;

  public constructor(
    private readonly repositories: Repositories,
    private readonly options: ScorecardLoadOptions = {},
    private readonly now: () => Date = () => new Date()
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    this.pageSize = Math.min(5000, Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE));
    this.fullReloadAfterMs = options.fullReloadAfterMs ?? DEFAULT_FULL_RELOAD_AFTER_MS;
    this.settings = new HealthSettingsSource(repositories.governanceSettings);
  }

  public async loadAssets(onProgress: LoadProgress, signal?: AbortSignal, onCached?: (cached: ScorecardLoad) => void): Promise<ScorecardLoad> {
    const cache = this.options.cache;
    // What both kinds of load read start with the cache read, so their round trip overlaps reading, unpacking and
    // scoring the cached rows (the delta's changed items still wait for the cursor: see `deltaLoad`).
    const reads = this.listReads();
    const [cached, settings] = await Promise.all([cache ? cache.store.read(cache.key) : Promise.resolve(undefined), this.settings.get()]);
    const fresh = cached !== undefined && this.now().getTime() - Date.parse(cached.fullLoadAt) < this.fullReloadAfterMs;
    // A damaged entry unpacks to undefined: a full reload, as for a miss.
    const cachedRows = cached && fresh && cached.cursor !== undefined ? unpackRows(cached.rows) : undefined;
    if (cached && cachedRows && cached.cursor !== undefined) {
      onCached?.({ records: scoreRecords(cachedRows, this.now(), settings), asOf: cached.savedAt, mode: 'cache', changed: 0, removed: 0 });
      return this.deltaLoad(cached, cachedRows, cached.cursor, reads, onProgress, signal);
    }
    return this.fullLoad(reads, onProgress, signal);
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

  public isGovernanceLead(): Promise<boolean> {
    return this.options.isGovernanceLead ? this.options.isGovernanceLead() : Promise.resolve(false);
  }

  public maturity(): Promise<MaturityData> {
    return readMaturity(this.repositories, this.options.governanceLeadIds ?? (() => Promise.resolve(new Set<number>())));
  }

  public saveMaturityTargets(targets: MaturityTargets, areaIds: readonly string[], existing: { readonly id: number; readonly etag: string } | undefined): Promise<Stored<GovernanceSetting>> {
    return saveMaturityTargets(this.repositories, targets, areaIds, existing);
  }

  public async snapshots(kind: ScorecardScopeType, value: string): Promise<ScorecardSnapshotPoint[]> {
    const filter = and(eq('ScopeType', kind), value === '' ? isNull('ScopeValue') : eq('ScopeValue', value));
    const points: ScorecardSnapshotPoint[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.repositories.scorecardSnapshots.page(
        { filter, select: ['takenOn', 'payload'], orderBy: [{ field: 'takenOn', ascending: true }], top: 500 },
        continuation
      );
      for (const item of page.items) {
        const parsed = fromSnapshot(item.payload);
        // A payload someone damaged by hand is skipped rather than failing the whole trend.
        if (parsed.ok) {
          // TakenOn is a date-time column holding a calendar date: keep the date part.
          points.push({ id: item.id, takenOn: item.takenOn.slice(0, 10), scope: parsed.payload.scope });
        }
      }
      continuation = page.continuation;
    } while (continuation);
    return points;
  }

  public async takeSnapshot(aggregate: ScorecardAggregate, takenOn: string): Promise<number> {
    const results = await this.repositories.scorecardSnapshots.createMany(toSnapshot(aggregate, takenOn));
    const failure = results.find((r) => !r.ok);
    if (failure && !failure.ok) {
      throw failure.error;
    }
    return results.length;
  }

  public async recomputeHealth(onProgress: RecomputeProgress, signal?: AbortSignal): Promise<RecomputeResult> {
    const [settings, ownership] = await Promise.all([this.settings.get(), this.ownershipIndex()]);
    return recomputeStaleHealth(this.repositories.dataAssets, { now: this.now(), onProgress, signal, settings, ownership });
  }

  /** Every request and decision, grouped for deriving each asset's ownership status. */
  private async ownershipIndex(): Promise<OwnershipIndex> {
    const [requests, decisions] = await Promise.all([loadAll(this.repositories.ownershipRequests), loadAll(this.repositories.ownershipDecisions)]);
    return indexOwnership(requests, decisions);
  }

  /**
   * The reads every load needs, started together. Each promise is also marked handled here, so one that fails while
   * the cache is still being read is not reported as unhandled; the load awaits it and fails with its error.
   */
  private listReads(): ListReads {
    const reads: ListReads = { ownership: this.ownershipIndex(), cursor: this.newestModified(), count: this.repositories.dataAssets.count() };
    [reads.ownership, reads.cursor, reads.count].forEach((read: Promise<unknown>) => read.catch(() => undefined));
    return reads;
  }

  /** The newest Modified in the list (server clock), read before a load starts; undefined for an empty list. */
  private async newestModified(): Promise<string | undefined> {
    const page = await this.repositories.dataAssets.page({ select: [], top: 1, orderBy: [{ field: 'modified', ascending: false }] });
    return page.items[0]?.modified;
  }

  private async fullLoad(reads: ListReads, onProgress: LoadProgress, signal: AbortSignal | undefined): Promise<ScorecardLoad> {
    const assets = this.repositories.dataAssets;
    // The highest ID bounds the ranges; the item count feeds the progress bar. The cursor is read before any item,
    // so an edit made during the load is read again by the next delta. The ownership lists are read beside the
    // assets (they hold far fewer items), for the derived statuses.
    const [last, count, cursor, index] = await Promise.all([
      assets.page({ select: [], top: 1, orderBy: [{ field: 'id', ascending: false }] }),
      reads.count,
      reads.cursor,
      reads.ownership
    ]);
    throwIfAborted(signal);
    let loaded = 0;
    onProgress(0, count);
    // Each range becomes scored rows, packed for the cache, as soon as it is in: the work fills the waits for the
    // other ranges' pages, and the read items die young (cheap to collect) instead of all 100,000 living until the
    // last range is in.
    const now = this.now();
    const settings = await this.settings.get();
    const packer = this.options.cache ? new RowsPacker() : undefined;
    const parts = await this.eachRange(last.items[0]?.id ?? 0, async (range) => {
      const items = await this.readRange(range, SCORING_SELECT, this.pageSize, signal, (n) => {
        loaded += n;
        onProgress(loaded, Math.max(count, loaded));
      });
      const records = items.map((item) => scoreRecord(toDerivedRow(item, index, now), now, settings));
      return { records, packed: packer?.pack(records.map((record) => record.asset)) };
    }, this.pageSize);
    const records = ([] as ScorecardRecord[]).concat(...parts.map((part) => part.records));
    const nowIso = this.now().toISOString();
    if (packer) {
      await this.write({ savedAt: nowIso, fullLoadAt: nowIso, cursor }, packer.finish(parts.map((part) => part.packed as PackedPart)));
    }
    return { records, asOf: nowIso, mode: 'full', changed: records.length, removed: 0 };
  }

  private async deltaLoad(
    cached: CachedScoringRows,
    cachedRows: readonly ScorecardAsset[],
    since: string,
    reads: ListReads,
    onProgress: LoadProgress,
    signal: AbortSignal | undefined
  ): Promise<ScorecardLoad> {
    // Ownership is re-derived on every load: a decision, a new request or an expiry changes statuses without
    // touching the assets. The new cursor is read before the changed items, so an edit landing between the two
    // reads is read again next time rather than missed.
    const ownership = reads.ownership;
    const [cursor, count] = await Promise.all([reads.cursor, reads.count, ownership]);
    let read = 0;
    const onPage = (n: number): void => {
      read += n;
      onProgress(read, read);
    };
    const changed = (await this.changedSince(new Date(since), signal, onPage)).map(toScorecardAsset);
    let merged = mergeDelta(cachedRows, changed);
    if (deletionsPossible(merged.rows.length, count)) {
      const ids = await this.liveIds(signal);
      merged = mergeDelta(cachedRows, changed, ids);
    }
    const nowIso = this.now().toISOString();
    const rows = withDerivedOwnership(merged.rows, await ownership, this.now());
    // Rows still the same objects as the cached ones keep their packed codes: repacking costs what changed.
    await this.save({ savedAt: nowIso, fullLoadAt: cached.fullLoadAt, cursor: cursor ?? since }, rows, { packed: cached.rows, rows: cachedRows });
    return { records: scoreRecords(rows, this.now(), await this.settings.get()), asOf: nowIso, mode: 'delta', changed: merged.changed, removed: merged.removed };
  }

  /**
   * Items modified at or after `since`: one `Modified ge` query while it matches few enough items; when SharePoint
   * refuses it (more changed than the threshold), the same filter behind each bounded ID range.
   */
  private async changedSince(since: Date, signal: AbortSignal | undefined, onPage: (n: number) => void): Promise<Stored<DataAsset>[]> {
    try {
      return await this.readAll(ge('Modified', since), SCORING_SELECT, this.pageSize, signal, onPage);
    } catch (error) {
      if (!isGovernanceError(error, 'ThresholdExceeded')) throw error;
    }
    const last = await this.repositories.dataAssets.page({ select: [], top: 1, orderBy: [{ field: 'id', ascending: false }] });
    const parts = await this.eachRange(last.items[0]?.id ?? 0, (range) =>
      this.readAll(and(ge('ID', range.from), lt('ID', range.to), ge('Modified', since)), SCORING_SELECT, this.pageSize, signal, onPage));
    return ([] as Stored<DataAsset>[]).concat(...parts);
  }

  /**
   * Runs `read` over ID ranges no wider than the threshold, `concurrency` at a time, results in range order. With
   * `pageSize` (a read of every item in each range), a range spans a whole number of pages: no short last page.
   */
  private async eachRange<R>(maxId: number, read: (range: IdRange) => Promise<R>, pageSize?: number): Promise<R[]> {
    const threshold = this.options.maxRangeSpan ?? MAX_RANGE_SPAN;
    const ranges = boundedIdRanges(maxId, this.concurrency, pageSize === undefined ? threshold : pageAlignedSpan(threshold, pageSize));
    const results: R[] = new Array<R>(ranges.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < ranges.length) {
        const index = next++;
        results[index] = await read(ranges[index]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, ranges.length) }, worker));
    return results;
  }

  /** Every ID the list holds now (IDs only, partitioned like the full load). */
  private async liveIds(signal: AbortSignal | undefined): Promise<Set<number>> {
    const last = await this.repositories.dataAssets.page({ select: [], top: 1, orderBy: [{ field: 'id', ascending: false }] });
    const parts = await this.eachRange(last.items[0]?.id ?? 0, (range) => this.readRange(range, [], ID_PAGE_SIZE, signal, () => undefined), ID_PAGE_SIZE);
    const ids = new Set<number>();
    parts.forEach((items) => items.forEach((item) => ids.add(item.id)));
    return ids;
  }

  private readRange(
    range: IdRange,
    select: readonly (keyof DataAsset & string)[],
    top: number,
    signal: AbortSignal | undefined,
    onPage: (count: number) => void
  ): Promise<Stored<DataAsset>[]> {
    return this.readAll(and(ge('ID', range.from), lt('ID', range.to)), select, top, signal, onPage, true);
  }

  private async readAll(
    filter: ODataFilter,
    select: readonly (keyof DataAsset & string)[],
    top: number,
    signal: AbortSignal | undefined,
    onPage: (count: number) => void,
    byId: boolean = false
  ): Promise<Stored<DataAsset>[]> {
    const out: Stored<DataAsset>[] = [];
    let continuation: string | undefined;
    do {
      throwIfAborted(signal);
      const page = await this.repositories.dataAssets.page(
        { filter, select: [...select], top, ...(byId ? { orderBy: [{ field: 'id' as const, ascending: true }] } : {}) },
        continuation
      );
      out.push(...page.items);
      onPage(page.items.length);
      continuation = page.continuation;
    } while (continuation);
    return out;
  }

  private async save(entry: Pick<CachedScoringRows, 'savedAt' | 'fullLoadAt' | 'cursor'>, rows: readonly ScorecardAsset[], before?: PackedBefore): Promise<void> {
    if (this.options.cache) {
      await this.write(entry, packRows(rows, before));
    }
  }

  private async write(entry: Pick<CachedScoringRows, 'savedAt' | 'fullLoadAt' | 'cursor'>, rows: CompactRows): Promise<void> {
    const cache = this.options.cache;
    if (cache) {
      await cache.store.write(cache.key, { version: SCORECARD_CACHE_VERSION, ...entry, rows });
    }
  }

  private async loadMissions(): Promise<MissionScopeReference[]> {
    const missions: MissionScopeReference[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.repositories.missions.page({ select: ['title', 'region'], top: 500, orderBy: [{ field: 'title', ascending: true }] }, continuation);
      missions.push(...page.items.map((m) => ({ mission: m.title, region: m.region })));
      continuation = page.continuation;
    } while (continuation);
    return missions;
  }
}
