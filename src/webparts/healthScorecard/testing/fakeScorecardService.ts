/** An in-memory scorecard service for tests: serves fixed records, can hold the load open or fail it. */
import { GovernanceError } from '../../../core/errors';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import type { GovernanceSetting } from '../../../core/models/governanceSetting';
import { MATURITY_TARGETS_KEY, parseMaturityTargets, serializeMaturityTargets, type MaturityData, type MaturityTargets } from '../../../core/maturity';
import type { ScorecardScopeType } from '../../../core/models/scorecardSnapshot';
import { findScope } from '../../../core/scorecard';
import type { MissionScopeReference, ScorecardAggregate } from '../../../core/scorecard';
import type {
  IScorecardService,
  LoadProgress,
  RecomputeProgress,
  RecomputeResult,
  ScorecardLoad,
  ScorecardRecord,
  ScorecardSnapshotPoint
} from '../services/IScorecardService';

export class FakeScorecardService implements IScorecardService {
  public loadCalls: number = 0;
  /** The next loads fail with this kind (one entry per load). */
  public failures: GovernanceErrorKind[] = [];
  /** When set, a load reports half of the records and waits for `release()`. */
  public hold: boolean = false;
  /** When set, loads first hand these rows over as the browser cache would (mode 'cache'). */
  public cached: { records: ScorecardRecord[]; asOf: string } | undefined;
  /** What `loadAssets` reports as "as of". */
  public asOf: string = '2026-11-15T12:00:00.000Z';
  public lead: boolean = false;
  /** Stored snapshots by "kind|value". */
  public stored: Map<string, ScorecardSnapshotPoint[]> = new Map();
  /** Aggregates passed to `takeSnapshot`, with their date. */
  public taken: { aggregate: ScorecardAggregate; takenOn: string }[] = [];
  public recomputeResult: RecomputeResult = { checked: 3, stale: 1, updated: 1, conflicts: 0, failed: 0 };
  /** What `maturity()` serves. */
  public maturityData: MaturityData = { areas: [], runs: [], missions: [], targets: { targets: {}, ignored: false, absent: true }, setting: undefined };
  /** The next target saves fail with this kind (one entry per save); a 'Conflict' also stores `conflictWith` as saved by someone else. */
  public saveFailures: GovernanceErrorKind[] = [];
  /** Targets another lead saved first, applied when a save meets a Conflict. */
  public conflictWith: MaturityTargets = {};
  /** Targets passed to `saveMaturityTargets`, with the ETag they were sent with. */
  public savedTargets: { targets: MaturityTargets; etag: string | undefined }[] = [];
  private releaseHeld: (() => void) | undefined;

  public constructor(private readonly records: ScorecardRecord[], private readonly missionList: MissionScopeReference[]) {}

  public async loadAssets(onProgress: LoadProgress, _signal?: AbortSignal, onCached?: (cached: ScorecardLoad) => void): Promise<ScorecardLoad> {
    this.loadCalls++;
    const failure = this.failures.shift();
    if (failure) {
      throw new GovernanceError(failure, `Fake ${failure} failure`);
    }
    if (this.cached) {
      onCached?.({ records: this.cached.records, asOf: this.cached.asOf, mode: 'cache', changed: 0, removed: 0 });
    }
    const total = this.records.length;
    onProgress(0, total);
    if (this.hold) {
      onProgress(Math.floor(total / 2), total);
      await new Promise<void>((resolve) => (this.releaseHeld = resolve));
    }
    onProgress(total, total);
    return { records: this.records, asOf: this.asOf, mode: this.cached ? 'delta' : 'full', changed: total, removed: 0 };
  }

  public async missions(): Promise<MissionScopeReference[]> {
    return this.missionList;
  }

  public async isGovernanceLead(): Promise<boolean> {
    return this.lead;
  }

  public async snapshots(kind: ScorecardScopeType, value: string): Promise<ScorecardSnapshotPoint[]> {
    return this.stored.get(`${kind}|${value}`) ?? [];
  }

  public async takeSnapshot(aggregate: ScorecardAggregate, takenOn: string): Promise<number> {
    this.taken.push({ aggregate, takenOn });
    for (const scope of aggregate.scopes) {
      const key = `${scope.kind}|${scope.value}`;
      this.stored.set(key, [...(this.stored.get(key) ?? []), { id: this.taken.length * 1000 + this.stored.size, takenOn, scope }]);
    }
    return aggregate.scopes.length;
  }

  public async recomputeHealth(onProgress: RecomputeProgress): Promise<RecomputeResult> {
    onProgress('reading', this.records.length, this.records.length);
    onProgress('saving', this.recomputeResult.updated, this.recomputeResult.stale);
    return this.recomputeResult;
  }

  /** Lets a held load finish. */
  public release(): void {
    this.releaseHeld?.();
  }

  /** Adds a stored snapshot of the organisation taken from `aggregate`. */
  public addOrganisationSnapshot(aggregate: ScorecardAggregate, takenOn: string): void {
    const scope = findScope(aggregate, 'organisation');
    if (scope) {
      const list = this.stored.get('organisation|') ?? [];
      this.stored.set('organisation|', [...list, { id: list.length + 1, takenOn, scope }]);
    }
  }

  public async maturity(): Promise<MaturityData> {
    return this.maturityData;
  }

  public async saveMaturityTargets(targets: MaturityTargets, areaIds: readonly string[], existing: { readonly id: number; readonly etag: string } | undefined): Promise<Stored<GovernanceSetting>> {
    this.savedTargets.push({ targets, etag: existing?.etag });
    const failure = this.saveFailures.shift();
    if (failure === 'Conflict') this.storeTargets(this.conflictWith, areaIds, { id: 8, title: 'Other Lead' });
    if (failure) throw new GovernanceError(failure, `Fake ${failure} failure`);
    return this.storeTargets(targets, areaIds, { id: 7, title: 'Lead' });
  }

  private storeTargets(targets: MaturityTargets, areaIds: readonly string[], editor: { id: number; title: string }): Stored<GovernanceSetting> {
    const previous = this.maturityData.setting;
    const value = serializeMaturityTargets(targets, areaIds);
    const setting: Stored<GovernanceSetting> = {
      id: previous?.id ?? 1, etag: `"${Number((previous?.etag ?? '"0"').replace(/"/g, '')) + 1}"`, title: MATURITY_TARGETS_KEY, value, editor, modified: '2026-11-15T12:00:00Z'
    };
    this.maturityData = { ...this.maturityData, setting, targets: { targets: parseMaturityTargets(value), ignored: false, absent: false } };
    return setting;
  }
}
