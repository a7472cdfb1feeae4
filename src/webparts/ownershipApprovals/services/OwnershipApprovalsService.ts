import { GOVERNANCE_LEADS_GROUP } from '../../../core/roles';
import type { SPFI } from '@pnp/sp';
import { GovernanceError, isGovernanceError } from '../../../core/errors';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { OwnershipDecision } from '../../../core/models/ownershipDecision';
import type { OwnershipRequest } from '../../../core/models/ownershipRequest';
import { custodianQueue, listAnomalies, samePerson, validateDecision } from '../../../core/ownership';
import type { CustodianQueue, DecisionDraft, OwnershipAnomaly, StoredStatusAnomaly } from '../../../core/ownership';
import { eq, or } from '../../../data/odata/filter';
import { findStatusAnomalies } from '../../../data/ownership/statusAnomalies';
import { applyAssetOwnership, currentPerson, isCurrentUserInGroup, loadAll, reconcileOwnership } from '../../../data/ownership';
import type { Repositories } from '../../../data/repositories/createRepositories';
import type {
  ApprovalsViewer,
  BulkDecisionRow,
  DecisionOutcome,
  IOwnershipApprovalsService,
  RecomputeProgress,
  RecomputeSummary
} from './IOwnershipApprovalsService';

/** The SharePoint group whose members are governance leads, unless the web part names another. */
export const DEFAULT_LEADS_GROUP = GOVERNANCE_LEADS_GROUP;

/** Assets fetched per request by id (an `or` of indexed ID equalities keeps the URL short). */
const IDS_PER_QUERY = 40;

/**
 * The Ownership Approvals service over the production data layer (PnPjs repositories), used by the web part in
 * SharePoint or Teams and by the workbench against the emulator. Requests and decisions are read whole: the rule
 * needs every decision of an asset, and both lists hold far fewer items than the inventory.
 */
export class OwnershipApprovalsService implements IOwnershipApprovalsService {
  private viewerCache: Promise<ApprovalsViewer> | undefined;
  /** The requests and decisions being read, shared by the loads of one refresh (the leads' view needs them twice). */
  private listsInFlight: Promise<[Stored<OwnershipRequest>[], Stored<OwnershipDecision>[]]> | undefined;

  public constructor(
    private readonly sp: SPFI,
    private readonly repositories: Repositories,
    private readonly leadsGroup: string = DEFAULT_LEADS_GROUP,
    private readonly now: () => Date = () => new Date()
  ) {}

  public viewer(): Promise<ApprovalsViewer> {
    if (!this.viewerCache) {
      this.viewerCache = Promise.all([currentPerson(this.sp), isCurrentUserInGroup(this.sp, this.leadsGroup)])
        .then(([person, isLead]) => ({ person, isLead }))
        .catch((error: unknown) => {
          this.viewerCache = undefined;
          throw error;
        });
    }
    return this.viewerCache;
  }

  public async loadQueue(custodian: PersonRef): Promise<CustodianQueue> {
    const [requests, decisions] = await this.ownershipLists();
    const assetIds = new Set<number>();
    for (const request of requests) if (samePerson(request.nominee, custodian) && request.asset) assetIds.add(request.asset.id);
    for (const decision of decisions) if (samePerson(decision.author, custodian) && decision.asset) assetIds.add(decision.asset.id);
    const assets = await this.assetsById([...assetIds]);
    return custodianQueue(custodian, requests, decisions, assets, this.now());
  }

  public async decide(request: Stored<OwnershipRequest>, draft: DecisionDraft): Promise<DecisionOutcome> {
    const { person } = await this.viewer();
    // The request as stored now, not as the queue showed it: it may have been withdrawn since.
    const fresh = await this.repositories.ownershipRequests.getById(request.id);
    const issues = validateDecision(draft, fresh, person);
    if (issues.length > 0) {
      throw new GovernanceError('Validation', issues.map((issue) => issue.message).join(' '), { issues });
    }
    const comment = draft.comment?.trim();
    await this.repositories.ownershipDecisions.create({
      title: `${draft.decision}: ${fresh.asset.title ?? fresh.title}`.slice(0, 255),
      request: { id: fresh.id },
      asset: { id: fresh.asset.id },
      decision: draft.decision,
      comment: comment === undefined || comment === '' ? undefined : comment
    });
    // A read of the lists started before this decision must not be shared with the reload that follows it.
    this.listsInFlight = undefined;
    const applied = await applyAssetOwnership(this.repositories, fresh.asset.id, this.now());
    return { requestId: fresh.id, assetId: fresh.asset.id, status: applied.asset.ownershipStatus };
  }

  public async approveMany(requests: readonly Stored<OwnershipRequest>[]): Promise<BulkDecisionRow[]> {
    const rows: BulkDecisionRow[] = [];
    // One at a time: each decision re-derives its asset, and two requests may name the same asset.
    for (const request of requests) {
      try {
        rows.push({ requestId: request.id, ok: true, outcome: await this.decide(request, { decision: 'Approve' }) });
      } catch (error) {
        const kind = isGovernanceError(error) ? error.kind : 'Unknown';
        const codes = isGovernanceError(error) ? error.issues.map((issue) => issue.code) : [];
        rows.push({ requestId: request.id, ok: false, kind, codes });
      }
    }
    return rows;
  }

  public async anomalies(): Promise<OwnershipAnomaly[]> {
    const [requests, decisions] = await this.ownershipLists();
    return listAnomalies(requests, decisions);
  }

  public async statusAnomalies(): Promise<StoredStatusAnomaly[]> {
    const [requests, decisions] = await this.ownershipLists();
    return findStatusAnomalies(this.repositories, requests, decisions, this.now());
  }

  public recordUrl(assetId: number): string {
    const api = this.sp.web.toUrl();
    const site = api.slice(0, api.toLowerCase().indexOf('/_api/'));
    return `${site}/Lists/${this.repositories.dataAssets.definition.title}/DispForm.aspx?ID=${assetId}`;
  }

  public async recomputeAll(onProgress: RecomputeProgress, signal?: AbortSignal): Promise<RecomputeSummary> {
    const { person, isLead } = await this.viewer();
    if (!isLead) throw new GovernanceError('Forbidden', 'Only governance leads recompute ownership statuses.');
    const summary = await reconcileOwnership(this.repositories, this.now(), { onProgress, signal, raiseReattestationsAs: person });
    // It may have raised re-attestation requests: the reload that follows reads the lists afresh.
    this.listsInFlight = undefined;
    return summary;
  }

  /**
   * Both ownership lists, read whole. Calls made while a read is in flight share it (the leads' view asks for the
   * queue and both anomaly kinds at once); the next refresh reads again, so nothing stale is served.
   */
  private ownershipLists(): Promise<[Stored<OwnershipRequest>[], Stored<OwnershipDecision>[]]> {
    if (!this.listsInFlight) {
      const reading = Promise.all([loadAll(this.repositories.ownershipRequests), loadAll(this.repositories.ownershipDecisions)]);
      this.listsInFlight = reading;
      const clear = (): void => {
        if (this.listsInFlight === reading) this.listsInFlight = undefined;
      };
      reading.then(clear, clear);
    }
    return this.listsInFlight;
  }

  private async assetsById(ids: readonly number[]): Promise<Stored<DataAsset>[]> {
    const assets: Stored<DataAsset>[] = [];
    for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
      const chunk = ids.slice(start, start + IDS_PER_QUERY);
      const page = await this.repositories.dataAssets.page({ filter: or(...chunk.map((id) => eq('ID', id))), top: chunk.length });
      assets.push(...page.items);
    }
    return assets;
  }
}
