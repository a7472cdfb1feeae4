/** An in-memory scorecard service for tests: serves fixed records, can hold the load open or fail it. */
import { GovernanceError } from '../../../core/errors';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { MissionScopeReference } from '../../../core/scorecard';
import type { IScorecardService, LoadProgress, ScorecardRecord } from '../services/IScorecardService';

export class FakeScorecardService implements IScorecardService {
  public loadCalls: number = 0;
  /** The next loads fail with this kind (one entry per load). */
  public failures: GovernanceErrorKind[] = [];
  /** When set, a load reports half of the records and waits for `release()`. */
  public hold: boolean = false;
  private releaseHeld: (() => void) | undefined;

  public constructor(private readonly records: ScorecardRecord[], private readonly missionList: MissionScopeReference[]) {}

  public async loadAssets(onProgress: LoadProgress): Promise<ScorecardRecord[]> {
    this.loadCalls++;
    const failure = this.failures.shift();
    if (failure) {
      throw new GovernanceError(failure, `Fake ${failure} failure`);
    }
    const total = this.records.length;
    onProgress(0, total);
    if (this.hold) {
      onProgress(Math.floor(total / 2), total);
      await new Promise<void>((resolve) => (this.releaseHeld = resolve));
    }
    onProgress(total, total);
    return this.records;
  }

  public async missions(): Promise<MissionScopeReference[]> {
    return this.missionList;
  }

  /** Lets a held load finish. */
  public release(): void {
    this.releaseHeld?.();
  }
}
