/**
 * In-memory IAccessReviewService for component tests. Derives review state with the real rules (core), records
 * decisions authored by the signed-in user, refuses a stale ETag with Conflict, and can be told to fail chosen rows
 * or the campaign start, so the UI's failure paths are tested too. `calls` records what the UI asked for.
 */
import { campaignProgress, evidenceLines, parseReasons, reviewItems, type CheckedAccessFile, type EvidenceLine, type ImportedAccessRow, type SoDViolation } from '../../../core/accessReviews';
import { GovernanceError } from '../../../core/errors';
import type { AccessReviewCampaign, AccessReviewDecision, AccessReviewDecisionValue, AccessReviewItem, SoDException, SoDRule } from '../../../core/models/accessReview';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DirectoryApp, DirectoryGroup, DirectoryRole } from '../../../graph/directory/types';
import type {
  AccessReviewSession, CampaignDetail, CampaignDraft, CampaignRoutingScope, FallbackReviewerRoute, CampaignSummary, CloseResult, DecideResult, IAccessReviewService, MyReviewRow, Progress, StaleGroupRow
} from '../services/IAccessReviewService';

export interface FakeAccessReviewData {
  campaigns?: Stored<AccessReviewCampaign>[];
  items?: Stored<AccessReviewItem>[];
  decisions?: Stored<AccessReviewDecision>[];
  staleGroups?: StaleGroupRow[];
  groups?: DirectoryGroup[];
  apps?: DirectoryApp[];
  roles?: DirectoryRole[];
  people?: PersonRef[];
  rules?: Stored<SoDRule>[];
  violations?: SoDViolation[];
  checkedFile?: CheckedAccessFile;
}

export class FakeAccessReviewService implements IAccessReviewService {
  public campaigns: Stored<AccessReviewCampaign>[];
  public items: Stored<AccessReviewItem>[];
  public decisions: Stored<AccessReviewDecision>[];
  public readonly data: FakeAccessReviewData;
  /** Items whose decision the service refuses (per-row failure with this reason code). */
  public failingItems = new Map<number, string>();
  /** Thrown by createCampaign when it starts a campaign (e.g. the item limit). */
  public startError: GovernanceError | undefined;
  /**
   * The governance roles' proposal of a fallback reviewer (issue 19); absent by default, as where the suite runs
   * without routing, so the form asks the lead to choose. A test sets it to answer per scope.
   */
  public proposeFallbackReviewer?: (scope: CampaignRoutingScope) => Promise<FallbackReviewerRoute>;
  public readonly calls = {
    decide: [] as { itemIds: number[]; decision: AccessReviewDecisionValue; justification?: string }[],
    createCampaign: [] as { draft: CampaignDraft; start: boolean; importedRows?: readonly ImportedAccessRow[] }[],
    closeCampaign: [] as { id: number; etag: string }[],
    remediationFile: [] as { id: number; format: 'csv' | 'xlsx' }[],
    addException: [] as { principalKey: string; mitigatingControl: string; expiresOn: string }[],
    raiseRisk: [] as string[],
    checkAccessFile: [] as string[],
    listApps: 0
  };
  private nextId = 5000;
  private clock: number;

  public constructor(private readonly sessionValue: AccessReviewSession, data: FakeAccessReviewData, now: Date) {
    this.data = data;
    this.campaigns = (data.campaigns ?? []).slice();
    this.items = (data.items ?? []).slice();
    this.decisions = (data.decisions ?? []).slice();
    this.clock = now.getTime();
  }

  public async session(): Promise<AccessReviewSession> {
    return this.sessionValue;
  }

  private reviewed(campaign: Stored<AccessReviewCampaign>): ReturnType<typeof reviewItems> {
    return reviewItems(campaign, this.items.filter((i) => i.campaign.id === campaign.id), this.decisions);
  }

  public async myReviews(): Promise<MyReviewRow[]> {
    const me = this.sessionValue.currentUser;
    const rows: MyReviewRow[] = [];
    for (const campaign of this.campaigns.filter((c) => c.state === 'Active')) {
      for (const { item, state } of this.reviewed(campaign)) {
        const mine = item.reviewer?.id === me.id || state.expectedReviewer?.id === me.id || this.decisions.some((d) => d.item.id === item.id && d.author?.id === me.id);
        if (mine) rows.push({ item, campaign, state, reasons: parseReasons(item.recommendationReasons) });
      }
    }
    return rows.sort((a, b) => Number(a.state.decision !== undefined) - Number(b.state.decision !== undefined));
  }

  public async decide(rows: readonly MyReviewRow[], decision: AccessReviewDecisionValue, justification: string | undefined, onProgress?: Progress): Promise<DecideResult[]> {
    this.calls.decide.push({ itemIds: rows.map((r) => r.item.id), decision, justification });
    const results: DecideResult[] = [];
    rows.forEach((row, index) => {
      const failure = this.failingItems.get(row.item.id);
      if (failure) results.push({ itemId: row.item.id, ok: false, error: failure });
      else {
        this.clock += 1000;
        this.decisions.push({
          id: this.nextId++, etag: '"1"', title: `${decision} ${row.item.id}`, item: { id: row.item.id }, campaign: { id: row.campaign.id }, decision,
          justification, author: this.sessionValue.currentUser, created: new Date(this.clock).toISOString()
        });
        results.push({ itemId: row.item.id, ok: true });
      }
      onProgress?.(index + 1, rows.length);
    });
    return results;
  }

  public async listCampaigns(): Promise<CampaignSummary[]> {
    return this.campaigns.map((campaign) => ({ campaign, progress: campaign.state === 'Draft' ? undefined : campaignProgress(campaign, this.reviewed(campaign), new Date(this.clock)) }));
  }

  private campaign(id: number): Stored<AccessReviewCampaign> {
    const found = this.campaigns.find((c) => c.id === id);
    if (!found) throw new GovernanceError('NotFound', `No campaign ${id}`);
    return found;
  }

  public async campaignDetail(id: number): Promise<CampaignDetail> {
    const campaign = this.campaign(id);
    const reviewed = this.reviewed(campaign);
    return { campaign, reviewed, progress: campaignProgress(campaign, reviewed, new Date(this.clock)) };
  }

  public async createCampaign(draft: CampaignDraft, options: { readonly start: boolean; readonly importedRows?: readonly ImportedAccessRow[] }, onProgress?: Progress): Promise<Stored<AccessReviewCampaign>> {
    this.calls.createCampaign.push({ draft, start: options.start, importedRows: options.importedRows });
    if (options.start && this.startError) throw this.startError;
    onProgress?.(1, 1);
    const campaign: Stored<AccessReviewCampaign> = { ...draft, id: this.nextId++, etag: '"1"', state: options.start ? 'Active' : 'Draft', itemCount: options.start ? 0 : undefined };
    this.campaigns.push(campaign);
    return campaign;
  }

  private replace(next: Stored<AccessReviewCampaign>): Stored<AccessReviewCampaign> {
    this.campaigns = this.campaigns.map((c) => (c.id === next.id ? next : c));
    return next;
  }

  public async startCampaign(id: number): Promise<Stored<AccessReviewCampaign>> {
    const current = this.campaign(id);
    return this.replace({ ...current, state: 'Active', etag: `"${Number(current.etag.replace(/"/g, '')) + 1}"` });
  }

  public async closeCampaign(id: number, etag: string): Promise<CloseResult> {
    this.calls.closeCampaign.push({ id, etag });
    const current = this.campaign(id);
    if (current.etag !== etag) throw new GovernanceError('Conflict', 'Changed since read', { status: 412 });
    const campaign = this.replace({ ...current, state: 'Closed', closedOn: new Date(this.clock).toISOString(), etag: `"${Number(current.etag.replace(/"/g, '')) + 1}"` });
    return { campaign };
  }

  public async checkAccessFile(_file: Blob, fileName: string): Promise<CheckedAccessFile> {
    this.calls.checkAccessFile.push(fileName);
    return this.data.checkedFile ?? { rows: [], issues: [] };
  }

  public async markApplied(items: readonly Stored<AccessReviewItem>[], appliedOn: string): Promise<DecideResult[]> {
    const ids = new Set(items.map((i) => i.id));
    this.items = this.items.map((i) => (ids.has(i.id) ? { ...i, appliedOn } : i));
    return items.map((i) => ({ itemId: i.id, ok: true }));
  }

  public async remediationFile(campaignId: number, format: 'csv' | 'xlsx'): Promise<Blob> {
    this.calls.remediationFile.push({ id: campaignId, format });
    return new Blob(['Action,PrincipalKey\r\n'], { type: 'text/csv' });
  }

  public async evidence(campaignId: number): Promise<readonly EvidenceLine[]> {
    return evidenceLines(this.reviewed(this.campaign(campaignId)));
  }

  public async evidenceCsv(): Promise<Blob> {
    return new Blob(['ItemId\r\n'], { type: 'text/csv' });
  }

  public async staleGroups(onProgress?: Progress): Promise<StaleGroupRow[]> {
    const rows = this.data.staleGroups ?? [];
    onProgress?.(rows.length, rows.length);
    return rows;
  }

  public async searchGroups(text: string): Promise<DirectoryGroup[]> {
    return (this.data.groups ?? []).filter((g) => g.displayName.toLowerCase().startsWith(text.toLowerCase()));
  }

  public async listApps(): Promise<DirectoryApp[]> {
    this.calls.listApps++;
    return this.data.apps ?? [];
  }

  public async listDirectoryRoles(): Promise<DirectoryRole[]> {
    return this.data.roles ?? [];
  }

  public async searchPeople(text: string): Promise<PersonRef[]> {
    return (this.data.people ?? []).filter((p) => p.title.toLowerCase().includes(text.toLowerCase()));
  }

  public async sodRules(): Promise<Stored<SoDRule>[]> {
    return (this.data.rules ?? []).slice();
  }

  public async saveSoDRule(rule: SoDRule, existing?: { readonly id: number; readonly etag: string }): Promise<Stored<SoDRule>> {
    const saved: Stored<SoDRule> = { ...rule, id: existing?.id ?? this.nextId++, etag: '"1"' };
    this.data.rules = [...(this.data.rules ?? []).filter((r) => r.id !== saved.id), saved];
    return saved;
  }

  public async sodViolations(): Promise<SoDViolation[]> {
    return (this.data.violations ?? []).slice();
  }

  public async addException(violation: SoDViolation, mitigatingControl: string, expiresOn: string): Promise<Stored<SoDException>> {
    this.calls.addException.push({ principalKey: violation.principalKey, mitigatingControl, expiresOn });
    return { id: this.nextId++, etag: '"1"', title: violation.rule.title, rule: { id: violation.rule.id }, principalKey: violation.principalKey, principalName: violation.principalName, mitigatingControl, expiresOn };
  }

  public async raiseRisk(violation: SoDViolation): Promise<number> {
    this.calls.raiseRisk.push(violation.principalKey);
    return 501;
  }
}
