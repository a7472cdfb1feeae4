import type { AssessmentFinding, AssessmentTemplateRecord, StoredTemplateVersion, TemplateVersion } from '../../../core/assessments';
import * as templateStore from '../../../data/assessments/templateStore';
import * as requirementStore from '../../../data/assessments/requirementStore';
import type { RequirementDraft, StakeholderRequirement } from '../../../core/assessments/stakeholderRequirements';
import { obligationsFromClassification } from '../../../core/assessments';
import { GovernanceError } from '../../../core/errors';
import type { Assessment, AssessmentTargetList } from '../../../core/models/assessment';
import type { AssetType } from '../../../core/models/dataAsset';
import type { LookupRef, PersonRef, Stored } from '../../../core/models/common';
import type { Risk } from '../../../core/models/risk';
import { acceptanceNeedsLead, appetiteInForce, currentRiskScore, storedRiskScores } from '../../../core/risk';
import { ASSESSMENTS_LIST, DATA_ASSETS_LIST, RISKS_LIST } from '../../../core/schema';
import { validateRecord } from '../../../core/validation';
import { toGovernanceError } from '../../../data/errors/toGovernanceError';
import { routeRiskAcceptances, type RiskAcceptanceRoute } from '../../../data/governanceRoles/routeRiskAcceptance';
import { eq, substringOf, type ODataFilter } from '../../../data/odata/filter';
import { filterField } from '../../../data/odata/fieldRef';
import type { IPeopleSearch } from '../../../data/people/siteUserSearch';
import { GOVERNANCE_LEADS_GROUP, type ISiteDirectory } from '../../../data/people/siteDirectory';
import { planFilter } from '../../../data/query/planFilter';
import { readPlanned } from '../../../data/query/readMatching';
import type { Repositories } from '../../../data/repositories/createRepositories';
import type { IListRepository, PageQuery } from '../../../data/repositories/types';
import { loadOpenRisks } from '../../../data/risks/openRisks';
import { searchOrScanPage } from '../../../data/search/searchOrScan';
import type { IListSearch } from '../../../data/search/types';
import type { IRiskService, RiskFilters, RiskRegisterData, RiskSession, TargetRecord } from './IRiskService';

const PAGE_SIZE = 2000;

/** Records the target pickers offer for a search. */
const TARGET_MATCHES = 20;

/** Every page of a query (the register is hundreds to a few thousand risks; filters keep it under the threshold). */
async function loadAll<T>(repository: IListRepository<T>, query: PageQuery<T>): Promise<Stored<T>[]> {
  const out: Stored<T>[] = [];
  let continuation: string | undefined;
  do {
    const page = await repository.page({ top: PAGE_SIZE, ...query }, continuation);
    out.push(...page.items);
    continuation = page.continuation;
  } while (continuation);
  return out;
}

/** Every set filter becomes an escaped equality on its Risks column, one clause each (the planner orders them). */
export function riskClauses(filters: RiskFilters): ODataFilter[] {
  const parts: ODataFilter[] = [];
  if (filters.category) parts.push(eq(filterField(RISKS_LIST, 'category'), filters.category));
  if (filters.status) parts.push(eq(filterField(RISKS_LIST, 'status'), filters.status));
  if (filters.treatment) parts.push(eq(filterField(RISKS_LIST, 'treatment'), filters.treatment));
  if (filters.riskLevel) parts.push(eq(filterField(RISKS_LIST, 'riskLevel'), filters.riskLevel));
  if (filters.ownerId !== undefined) parts.push(eq(filterField(RISKS_LIST, 'riskOwner'), filters.ownerId));
  return parts;
}

/** Only editable fields reach a save from a form; computed ones (scores, level, AcceptedUntil) are the suite's. */
function editable(patch: Partial<Risk>): Partial<Risk> {
  const out: Partial<Risk> = { ...patch };
  for (const field of RISKS_LIST.fields) {
    if (field.computed) delete out[field.property];
  }
  return out;
}

/** Rejects with Validation before anything is sent when the merged record breaks a rule (residual above inherent...). */
function assertValid(record: Risk): void {
  const issues = validateRecord(RISKS_LIST, record, 'create');
  if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
}

/**
 * The Risk Register's service over the production data layer (PnPjs repositories), used by the web part in
 * SharePoint and by the workbench page against the emulator.
 */
/** The fields of an assessed record (data asset or AI system) that a risk raised from it needs. */
type TargetFields = { title: string; owner?: PersonRef; businessOwner?: PersonRef; assetType?: string };

/** Who answers for an assessed record: a data asset's owner, an AI system's business owner. */
function accountableOwner(item: TargetFields): PersonRef | undefined {
  return item.owner ?? item.businessOwner;
}

export class RiskService implements IRiskService {
  private readonly repositories: Repositories;
  private readonly people: IPeopleSearch;
  private readonly directory: ISiteDirectory;
  private sessionCache: Promise<RiskSession> | undefined;
  private templatesCache: Promise<StoredTemplateVersion[]> | undefined;
  private readonly search: IListSearch | undefined;

  /** @param search SharePoint Search for the target pickers; absent, they read the lists with `substringof`. */
  public constructor(repositories: Repositories, people: IPeopleSearch, directory: ISiteDirectory, search?: IListSearch) {
    this.search = search;
    this.repositories = repositories;
    this.people = people;
    this.directory = directory;
  }

  public session(): Promise<RiskSession> {
    if (!this.sessionCache) {
      this.sessionCache = this.loadSession().catch((error: unknown) => {
        this.sessionCache = undefined;
        throw error;
      });
    }
    return this.sessionCache;
  }

  public async loadRegister(filters: RiskFilters): Promise<RiskRegisterData> {
    const [risks, acceptances, session] = await Promise.all([
      // Planned full read (behind ID ranges when no filter narrows a large register), shown newest first.
      readPlanned(this.repositories.risks, riskClauses(filters)).then((all) => all.reverse()),
      loadAll(this.repositories.riskAcceptances, { orderBy: [{ field: 'id', ascending: true }] }),
      this.session()
    ]);
    const ids = new Set(risks.map((r) => r.id));
    // The routes are read with the register, not lazily by the accept dialog: whether an acceptance above the
    // appetite counts (the grid's state, the summary, the report) depends on them for every row, so the dialog
    // reading them again would only add round trips. One read of the matrix for the whole register, plus the
    // related assets and systems in batches of 50 ids, sent together, and a group's members per group named.
    const routing = await this.routeAcceptances(risks, session.appetite);
    return { risks, acceptances: acceptances.filter((a) => a.risk !== undefined && ids.has(a.risk.id)), ...routing };
  }

  /**
   * Routes the acceptance of the risks above the appetite (within it any of the risk's people accepts). When the
   * matrix or a related record cannot be read, the error is kept: only the leads' acceptances count meanwhile.
   */
  private async routeAcceptances(risks: readonly Stored<Risk>[], appetite: number): Promise<Pick<RiskRegisterData, 'routes' | 'routedIds' | 'routeError'>> {
    const above = risks.filter((risk) => acceptanceNeedsLead(risk, appetite));
    const routes = new Map<number, RiskAcceptanceRoute>();
    const routedIds = new Map<number, ReadonlySet<number>>();
    if (above.length === 0) return { routes, routedIds };
    try {
      const routed = await routeRiskAcceptances(this.repositories, this.directory, above);
      routed.forEach((route, i) => {
        routes.set(above[i].id, route);
        routedIds.set(above[i].id, route.deciderIds);
      });
      return { routes, routedIds };
    } catch (error) {
      return { routes: new Map(), routedIds: new Map(), routeError: toGovernanceError(error).kind };
    }
  }

  public getRisk(id: number): Promise<Stored<Risk>> {
    return this.repositories.risks.getById(id);
  }

  public async createRisk(values: Risk): Promise<Stored<Risk>> {
    const record: Risk = { ...editable(values), status: values.status ?? 'Open' } as Risk;
    assertValid(record);
    return this.repositories.risks.create({ ...record, ...storedRiskScores(record) }, { includeComputed: true });
  }

  public async updateRisk(id: number, patch: Partial<Risk>, etag: string): Promise<Stored<Risk>> {
    const current = await this.repositories.risks.getById(id);
    const changes = editable(patch);
    const merged: Risk = { ...current, ...changes };
    assertValid(merged);
    // If-Match with the caller's ETag: a risk changed since the user opened it fails with Conflict.
    await this.repositories.risks.update(id, { ...changes, ...storedRiskScores(merged) }, etag, { includeComputed: true });
    return this.repositories.risks.getById(id);
  }

  public async acceptRisk(risk: Stored<Risk>, expiresOn: string, comment: string | undefined): Promise<Stored<Risk>> {
    // The decision first: it is the evidence. If the risk update then meets a conflict, the decision still stands
    // and the user re-applies the status on the fresh record.
    await this.repositories.riskAcceptances.create({
      title: `Acceptance of risk ${risk.id}`.slice(0, 255),
      risk: { id: risk.id },
      decision: 'Accept',
      expiresOn,
      acceptedScore: currentRiskScore(risk),
      comment: comment?.trim() || undefined
    });
    await this.repositories.risks.update(risk.id, { status: 'Accepted', treatment: 'Accept', acceptedUntil: expiresOn }, risk.etag, { includeComputed: true });
    return this.repositories.risks.getById(risk.id);
  }

  public searchPeople(text: string): Promise<PersonRef[]> {
    return this.people.search(text);
  }

  public async searchTargets(list: AssessmentTargetList, text: string, assetType?: AssetType): Promise<TargetRecord[]> {
    const term = text.trim();
    const repository = this.targetRepository(list);
    const toTarget = (item: Stored<TargetFields>): TargetRecord => ({ list, id: item.id, title: item.title, owner: accountableOwner(item), assetType: item.assetType });
    const latest = { top: TARGET_MATCHES, orderBy: [{ field: 'id' as const, ascending: false }] };
    if (list === 'dataAssets' && assetType) {
      // One type of record (information systems): the indexed AssetType narrows the list below the view threshold, so
      // the list answers the title match itself; Search could not be narrowed by a column it may not have mapped.
      const byType = eq(filterField(DATA_ASSETS_LIST, 'assetType'), assetType);
      const filter = term ? planFilter(DATA_ASSETS_LIST, [byType, substringOf(term, 'Title')]) : byType;
      return (await repository.page({ ...latest, filter })).items.map(toTarget);
    }
    if (!term) return (await repository.page(latest)).items.map(toTarget);
    // The inventory outgrows the list view threshold: titles come from SharePoint Search (issue 21).
    const found = await searchOrScanPage({
      search: this.search, repository, text: term, pageSize: TARGET_MATCHES,
      scan: () => repository.page({ ...latest, filter: substringOf(term, 'Title') })
    });
    return found.items.slice(0, TARGET_MATCHES).map(toTarget);
  }

  public async getTarget(list: AssessmentTargetList, id: number): Promise<TargetRecord> {
    if (list === 'aiSystems') {
      const system = await this.repositories.aiSystems.getById(id);
      return { list, id, title: system.title, owner: system.businessOwner, obligations: obligationsFromClassification(system.classificationResult) };
    }
    const item = await this.targetRepository(list).getById(id);
    return { list, id, title: item.title, owner: accountableOwner(item), assetType: item.assetType };
  }

  public assessmentsOf(list: AssessmentTargetList, id: number): Promise<Stored<Assessment>[]> {
    // Planned: the record's id narrows; the target list alone matches every assessment of that kind.
    const filter = planFilter(ASSESSMENTS_LIST, [eq(filterField(ASSESSMENTS_LIST, 'targetList'), list), eq(filterField(ASSESSMENTS_LIST, 'targetId'), id)]);
    return loadAll(this.repositories.assessments, { filter, orderBy: [{ field: 'id', ascending: false }] });
  }

  public saveAssessment(values: Assessment): Promise<Stored<Assessment>> {
    return this.repositories.assessments.create(values);
  }

  public async updateFindings(id: number, findings: AssessmentFinding[], etag: string): Promise<Stored<Assessment>> {
    await this.repositories.assessments.update(id, { findings: JSON.stringify(findings) }, etag);
    return this.repositories.assessments.getById(id);
  }

  public loadTemplates(refresh = false): Promise<StoredTemplateVersion[]> {
    if (!this.templatesCache || refresh) {
      this.templatesCache = templateStore.readTemplates(this.repositories).catch((error: unknown) => {
        this.templatesCache = undefined;
        throw error;
      });
    }
    return this.templatesCache;
  }

  public async startTemplateDraft(key: string, blank?: Omit<TemplateVersion, 'version' | 'state'>): Promise<StoredTemplateVersion> {
    const templates = await this.loadTemplates(true);
    return this.afterTemplateWrite(templateStore.startDraft(this.repositories, templates, key, blank));
  }

  public saveTemplateDraft(id: number, template: TemplateVersion, etag: string): Promise<StoredTemplateVersion> {
    return this.afterTemplateWrite(templateStore.saveDraft(this.repositories, id, template, etag));
  }

  public publishTemplate(id: number, template: TemplateVersion, etag: string): Promise<StoredTemplateVersion> {
    return this.afterTemplateWrite(templateStore.publishDraft(this.repositories, id, template, etag));
  }

  public retireTemplate(id: number, etag: string): Promise<StoredTemplateVersion> {
    return this.afterTemplateWrite(templateStore.retireTemplate(this.repositories, id, etag));
  }

  public deleteTemplate(id: number, etag: string): Promise<void> {
    return this.afterTemplateWrite(templateStore.deleteTemplate(this.repositories, id, etag));
  }

  public getTemplateRecord(id: number): Promise<Stored<AssessmentTemplateRecord>> {
    return this.repositories.assessmentTemplates.getById(id);
  }

  /** Drops the cached catalogue once a write settles (either way: a failed write may have changed nothing or something). */
  private afterTemplateWrite<T>(write: Promise<T>): Promise<T> {
    return write.finally(() => {
      this.templatesCache = undefined;
    });
  }

  public requirementsOf(assessmentId: number): Promise<Stored<StakeholderRequirement>[]> {
    return requirementStore.requirementsOf(this.repositories, assessmentId);
  }

  public addRequirement(draft: RequirementDraft, assessment: LookupRef, system: LookupRef | undefined, sectionIds?: readonly string[]): Promise<Stored<StakeholderRequirement>> {
    return requirementStore.addRequirement(this.repositories, draft, assessment, system, sectionIds);
  }

  public updateRequirement(id: number, draft: RequirementDraft, etag: string, sectionIds?: readonly string[]): Promise<Stored<StakeholderRequirement>> {
    return requirementStore.updateRequirement(this.repositories, id, draft, etag, sectionIds);
  }

  public deleteRequirement(id: number, etag: string): Promise<void> {
    return requirementStore.deleteRequirement(this.repositories, id, etag);
  }

  public openRisksFor(list: 'dataAssets' | 'aiSystems', id: number): Promise<Stored<Risk>[]> {
    return loadOpenRisks(this.repositories, list, id);
  }

  private targetRepository(list: AssessmentTargetList): IListRepository<TargetFields> {
    return this.repositories[list] as unknown as IListRepository<TargetFields>;
  }

  private async loadSession(): Promise<RiskSession> {
    const [currentUser, leads, settings] = await Promise.all([
      this.directory.currentUser(),
      // No leads' group on the site means nobody can accept above appetite: safe, and the UI says why.
      this.directory.groupMembers(GOVERNANCE_LEADS_GROUP).catch((error: unknown) => {
        if (error instanceof GovernanceError && error.kind === 'NotFound') return [];
        throw error;
      }),
      this.repositories.governanceSettings.page({ filter: eq('Title', 'riskAppetite'), top: 1 })
    ]);
    const leadIds = leads.map((p) => p.id);
    const { appetite, ignored } = appetiteInForce(settings.items[0], leadIds);
    return { currentUser, leadIds, appetite, appetiteIgnored: ignored };
  }
}
