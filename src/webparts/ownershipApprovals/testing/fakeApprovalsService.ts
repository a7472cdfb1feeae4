/** An in-memory approvals service for tests: keeps requests, decisions and assets, and applies core's rule. */
import { GovernanceError } from '../../../core/errors';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { OwnershipDecision } from '../../../core/models/ownershipDecision';
import type { OwnershipRequest } from '../../../core/models/ownershipRequest';
import { custodianQueue, deriveOwnership, indexOwnership, listAnomalies, listStatusAnomalies, validateDecision } from '../../../core/ownership';
import type { CustodianQueue, DecisionDraft, OwnershipAnomaly, StoredStatusAnomaly } from '../../../core/ownership';
import type {
  ApprovalsViewer,
  BulkDecisionRow,
  DecisionOutcome,
  IOwnershipApprovalsService,
  RecomputeProgress,
  RecomputeSummary
} from '../services/IOwnershipApprovalsService';

export class FakeApprovalsService implements IOwnershipApprovalsService {
  public decided: { requestId: number; draft: DecisionDraft }[] = [];
  /** The next decide calls fail with these kinds (one per call). */
  public decideFailures: GovernanceErrorKind[] = [];
  public recomputeCalls: number = 0;
  private nextId: number = 1000;

  public constructor(
    private readonly me: ApprovalsViewer,
    public readonly requests: Stored<OwnershipRequest>[],
    public readonly decisions: Stored<OwnershipDecision>[],
    public readonly assets: Stored<DataAsset>[],
    private readonly now: Date
  ) {}

  public async viewer(): Promise<ApprovalsViewer> {
    return this.me;
  }

  public async loadQueue(custodian: PersonRef): Promise<CustodianQueue> {
    return custodianQueue(custodian, this.requests, this.decisions, this.assets, this.now);
  }

  public async decide(request: Stored<OwnershipRequest>, draft: DecisionDraft): Promise<DecisionOutcome> {
    const failure = this.decideFailures.shift();
    if (failure) throw new GovernanceError(failure, `Fake ${failure}`);
    const issues = validateDecision(draft, request, this.me.person);
    if (issues.length > 0) throw new GovernanceError('Validation', 'invalid', { issues });
    this.decided.push({ requestId: request.id, draft });
    this.decisions.push({
      id: this.nextId++,
      etag: '"1"',
      created: this.now.toISOString(),
      author: this.me.person,
      title: draft.decision,
      request: { id: request.id, title: request.title },
      asset: request.asset,
      decision: draft.decision,
      comment: draft.comment
    });
    const asset = this.assets.find((a) => a.id === request.asset.id) as Stored<DataAsset>;
    const status = deriveOwnership(asset, this.requests, this.decisions, this.now).status;
    asset.ownershipStatus = status;
    return { requestId: request.id, assetId: asset.id, status };
  }

  public async approveMany(requests: readonly Stored<OwnershipRequest>[]): Promise<BulkDecisionRow[]> {
    const rows: BulkDecisionRow[] = [];
    for (const request of requests) {
      try {
        rows.push({ requestId: request.id, ok: true, outcome: await this.decide(request, { decision: 'Approve' }) });
      } catch (error) {
        rows.push({ requestId: request.id, ok: false, kind: (error as GovernanceError).kind, codes: [] });
      }
    }
    return rows;
  }

  public async anomalies(): Promise<OwnershipAnomaly[]> {
    return listAnomalies(this.requests, this.decisions);
  }

  public async statusAnomalies(): Promise<StoredStatusAnomaly[]> {
    return listStatusAnomalies(this.assets, indexOwnership(this.requests, this.decisions), this.now);
  }

  public recordUrl(assetId: number): string {
    return `https://contoso.sharepoint.com/sites/governance/Lists/DataAssets/DispForm.aspx?ID=${assetId}`;
  }

  /** Stores every asset's derived status, as the real job does (the re-attestation count is made up). */
  public async recomputeAll(onProgress: RecomputeProgress): Promise<RecomputeSummary> {
    this.recomputeCalls++;
    onProgress(0, this.assets.length);
    let changed = 0;
    for (const asset of this.assets) {
      const status = deriveOwnership(asset, this.requests, this.decisions, this.now).status;
      if (asset.ownershipStatus !== status) changed++;
      asset.ownershipStatus = status;
    }
    onProgress(this.assets.length, this.assets.length);
    return { checked: this.assets.length, changed, failed: 0, reattestationsRaised: 2 };
  }
}
