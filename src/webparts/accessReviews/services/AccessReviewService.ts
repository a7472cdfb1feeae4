/**
 * The Access Reviews web part's service over the production data layer (PnPjs repositories over the SharePoint
 * lists, and the directory reader over Graph), used by the web part and by the workbench page. Each operation lives
 * in src/data/accessReviews; this class holds the session and composes them.
 */
import { checkAccessFile as checkRows, parseCampaignScope, type CheckedAccessFile, type EvidenceLine, type ImportedAccessRow, type SoDViolation } from '../../../core/accessReviews';
import { GovernanceError } from '../../../core/errors';
import type { AccessReviewCampaign, AccessReviewDecisionValue, AccessReviewItem, SoDException, SoDRule } from '../../../core/models/accessReview';
import type { PersonRef, Stored } from '../../../core/models/common';
import { closeCampaign } from '../../../data/accessReviews/close';
import { recordDecisions } from '../../../data/accessReviews/decide';
import { evidenceCsv, evidenceOf, loadCampaignReview, remediationFile } from '../../../data/accessReviews/exports';
import { markApplied } from '../../../data/accessReviews/markApplied';
import { myReviews } from '../../../data/accessReviews/myReviews';
import { readAll } from '../../../data/query/readMatching';
import { SiteUserCache, type ResolveSiteUsers } from '../../../data/accessReviews/siteUsers';
import { startSnapshot } from '../../../data/accessReviews/snapshot';
import { addException, raiseRisk, sodViolations } from '../../../data/accessReviews/sod';
import { staleGroups } from '../../../data/accessReviews/staleGroups';
import { proposeFallbackReviewer, type CampaignRoutingScope, type FallbackReviewerRoute } from '../../../data/governanceRoles/routeAccessReviews';
import { GOVERNANCE_LEADS_GROUP, type ISiteDirectory } from '../../../data/people/siteDirectory';
import type { IPeopleSearch } from '../../../data/people/siteUserSearch';
import type { Repositories } from '../../../data/repositories/createRepositories';
import { readSpreadsheet, SpreadsheetError } from '../../../data/spreadsheet/readSpreadsheet';
import type { DirectoryApp, DirectoryGroup, DirectoryRole, IDirectoryReader } from '../../../graph/directory/types';
import type {
  AccessReviewSession, CampaignDetail, CampaignDraft, CampaignSummary, CloseResult, DecideResult, IAccessReviewService, MyReviewRow, Progress, StaleGroupRow
} from './IAccessReviewService';

export interface AccessReviewServiceOptions {
  /** Today, for tests; default the system clock. */
  readonly clock?: () => Date;
  /** The SharePoint group of governance leads (default "Governance Leads"). */
  readonly leadsGroup?: string;
  /** Removals may be applied through Graph (needs GroupMember.ReadWrite.All; off by default). */
  readonly graphRemovalEnabled?: boolean;
}

/** Closed campaigns whose progress the list shows (each costs its items' and decisions' reads). */
const CLOSED_WITH_PROGRESS = 5;
const EMAIL = /^[^\s@|]+@[^\s@|]+\.[^\s@|]+$/;

export class AccessReviewService implements IAccessReviewService {
  private readonly clock: () => Date;
  private readonly siteUsers: SiteUserCache;
  private sessionCache: Promise<AccessReviewSession> | undefined;

  public constructor(
    private readonly repositories: Repositories,
    private readonly reader: IDirectoryReader,
    resolveSiteUsers: ResolveSiteUsers,
    private readonly people: IPeopleSearch,
    private readonly directory: ISiteDirectory,
    private readonly options: AccessReviewServiceOptions = {}
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.siteUsers = new SiteUserCache(resolveSiteUsers);
  }

  public session(): Promise<AccessReviewSession> {
    if (!this.sessionCache) {
      this.sessionCache = this.loadSession().catch((error: unknown) => {
        this.sessionCache = undefined;
        throw error;
      });
    }
    return this.sessionCache;
  }

  public myReviews(): Promise<MyReviewRow[]> {
    return myReviews(this.repositories, this.session().then((s) => s.currentUser));
  }

  public async decide(rows: readonly MyReviewRow[], decision: AccessReviewDecisionValue, justification: string | undefined, onProgress?: Progress): Promise<DecideResult[]> {
    return recordDecisions(this.repositories, (await this.session()).currentUser, rows, decision, justification, onProgress);
  }

  public async listCampaigns(): Promise<CampaignSummary[]> {
    const campaigns = await readAll(this.repositories.accessReviewCampaigns);
    const closed = campaigns.filter((c) => c.state === 'Closed').sort((a, b) => (b.closedOn ?? '').localeCompare(a.closedOn ?? '')).slice(0, CLOSED_WITH_PROGRESS);
    const withProgress = new Set([...campaigns.filter((c) => c.state === 'Active'), ...closed].map((c) => c.id));
    return Promise.all(campaigns.reverse().map(async (campaign) =>
      withProgress.has(campaign.id) ? { campaign, progress: (await loadCampaignReview(this.repositories, campaign.id, this.clock())).progress } : { campaign }));
  }

  public campaignDetail(id: number): Promise<CampaignDetail> {
    return loadCampaignReview(this.repositories, id, this.clock());
  }

  public async createCampaign(draft: CampaignDraft, options: { readonly start: boolean; readonly importedRows?: readonly ImportedAccessRow[] }, onProgress?: Progress): Promise<Stored<AccessReviewCampaign>> {
    if (!parseCampaignScope(draft.scopeKind, draft.scope)) {
      const message = `The scope is incomplete for a ${draft.scopeKind} campaign: choose what it reviews.`;
      throw new GovernanceError('Validation', message, { issues: [{ field: 'scope', code: 'invalidScope', message }] });
    }
    // State is computed (written with includeComputed), so the other computed fields are dropped from what the form sent.
    const values: AccessReviewCampaign = { ...draft, state: 'Draft' };
    for (const computed of ['itemCount', 'closedOn', 'previousCampaign'] as const) delete values[computed];
    const created = await this.repositories.accessReviewCampaigns.create(values, { includeComputed: true });
    return options.start ? this.startCampaign(created.id, options.importedRows, onProgress) : created;
  }

  public startCampaign(id: number, importedRows: readonly ImportedAccessRow[] | undefined, onProgress?: Progress): Promise<Stored<AccessReviewCampaign>> {
    return startSnapshot({ repositories: this.repositories, reader: this.reader, siteUsers: this.siteUsers, now: this.clock() }, id, importedRows, onProgress);
  }

  public async proposeFallbackReviewer(scope: CampaignRoutingScope): Promise<FallbackReviewerRoute> {
    return proposeFallbackReviewer(this.repositories, this.directory, scope, (await this.session()).currentUser);
  }

  public closeCampaign(id: number, etag: string): Promise<CloseResult> {
    return closeCampaign(this.repositories, id, etag, this.clock());
  }

  public async checkAccessFile(file: Blob, fileName: string): Promise<CheckedAccessFile> {
    let table;
    try {
      table = await readSpreadsheet(file, fileName);
    } catch (error) {
      if (!(error instanceof SpreadsheetError)) throw error;
      throw new GovernanceError('Validation', `${fileName} cannot be read as an access file (${error.message || 'unreadable'}).`, { issues: [{ field: 'file', code: error.code, message: error.message, params: error.params }], cause: error });
    }
    // Only e-mail-like principals can be checked in the directory; other account names (AD, One Identity) pass.
    const emails = Array.from(new Set(table.rows.flat().filter((cell) => EMAIL.test(cell.trim())).map((cell) => cell.trim())));
    const known = emails.length > 0 ? await this.reader.usersByEmail(emails) : new Map();
    return checkRows(table, (principal) => !EMAIL.test(principal) || known.has(principal.toLowerCase()));
  }

  public markApplied(items: readonly Stored<AccessReviewItem>[], appliedOn: string): Promise<DecideResult[]> {
    return markApplied(this.repositories, items, appliedOn);
  }

  public async remediationFile(campaignId: number, format: 'csv' | 'xlsx'): Promise<Blob> {
    return remediationFile(await loadCampaignReview(this.repositories, campaignId, this.clock()), format);
  }

  public async evidence(campaignId: number): Promise<readonly EvidenceLine[]> {
    return evidenceOf(await loadCampaignReview(this.repositories, campaignId, this.clock()));
  }

  public async evidenceCsv(campaignId: number): Promise<Blob> {
    return evidenceCsv(await loadCampaignReview(this.repositories, campaignId, this.clock()));
  }

  public staleGroups(onProgress?: Progress): Promise<StaleGroupRow[]> {
    return staleGroups(this.repositories, this.reader, onProgress);
  }

  public searchGroups(text: string): Promise<DirectoryGroup[]> {
    return this.reader.listGroups(text.trim());
  }

  public listApps(): Promise<DirectoryApp[]> {
    return this.reader.listApps();
  }

  public listDirectoryRoles(): Promise<DirectoryRole[]> {
    return this.reader.listDirectoryRoles();
  }

  public searchPeople(text: string): Promise<PersonRef[]> {
    return this.people.search(text);
  }

  public sodRules(): Promise<Stored<SoDRule>[]> {
    return readAll(this.repositories.sodRules);
  }

  public async saveSoDRule(rule: SoDRule, existing?: { readonly id: number; readonly etag: string }): Promise<Stored<SoDRule>> {
    if (!existing) return this.repositories.sodRules.create(rule);
    await this.repositories.sodRules.update(existing.id, rule, existing.etag);
    return this.repositories.sodRules.getById(existing.id);
  }

  public async sodViolations(): Promise<SoDViolation[]> {
    return sodViolations(this.repositories, new Set((await this.session()).leadIds), this.clock(), this.reader);
  }

  public addException(violation: SoDViolation, mitigatingControl: string, expiresOn: string): Promise<Stored<SoDException>> {
    return addException(this.repositories, violation, mitigatingControl, expiresOn, this.clock());
  }

  public raiseRisk(violation: SoDViolation): Promise<number> {
    return raiseRisk(this.repositories, violation);
  }

  private async loadSession(): Promise<AccessReviewSession> {
    const [currentUser, leads] = await Promise.all([this.directory.currentUser(), this.directory.groupMemberIds(this.options.leadsGroup ?? GOVERNANCE_LEADS_GROUP)]);
    return { currentUser, isLead: leads.has(currentUser.id), leadIds: Array.from(leads), graphRemovalEnabled: this.options.graphRemovalEnabled === true };
  }
}
