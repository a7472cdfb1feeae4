import type { Risk } from '../../../core/models/risk';
import { loadOpenRisks } from '../../../data/risks/openRisks';
import { loadRecordActions } from '../../../data/procedures';
import type { MeetingAction } from '../../../core/models/meetingAction';
import { loadLinkedActivities } from '../../../data/privacy/linkedActivities';
import type { ProcessingActivity } from '../../../core/privacy/model';
import { GOVERNANCE_LEADS_GROUP } from '../../../core/roles';
import { GovernanceError } from '../../../core/errors';
import { classificationColumns, readClassification } from '../../../core/aiRegistry/classificationRecord';
import { REVIEW_PRIORITIES, reviewPriority } from '../../../core/aiRegistry/priority';
import { awaitsVerificationBy, currentSubmission, deriveVerification } from '../../../core/aiRegistry/verification';
import { routeVerifications } from '../../../data/governanceRoles/routeVerification';
import { toGovernanceError } from '../../../data/errors/toGovernanceError';
import type { AISystem } from '../../../core/models/aiSystem';
import type { AIVerificationDecision } from '../../../core/models/aiVerification';
import type { PersonRef, Stored } from '../../../core/models/common';
import { samePerson } from '../../../core/ownership/counting';
import { AI_CLASSIFICATION_SUBMISSIONS_LIST } from '../../../core/schema/lists/aiClassificationSubmissions';
import { AI_SYSTEMS_LIST } from '../../../core/schema/lists/aiSystems';
import { AI_VERIFICATIONS_LIST } from '../../../core/schema/lists/aiVerifications';
import { DATA_ASSETS_LIST } from '../../../core/schema/lists/dataAssets';
import type { IPeopleSearch } from '../../../data/people/siteUserSearch';
import type { ISiteDirectory, ISiteIdentity } from '../../../data/people/siteDirectory';
import { and, eq, or, substringOf, type ODataFilter } from '../../../data/odata/filter';
import { filterField } from '../../../data/odata/fieldRef';
import { pagePlanned } from '../../../data/query/pagePlanned';
import { planFilter } from '../../../data/query/planFilter';
import type { Repositories } from '../../../data/repositories/createRepositories';
import type { SortKey } from '../../../data/repositories/types';
import { searchOrScanPage } from '../../../data/search/searchOrScan';
import type { IListSearch } from '../../../data/search/types';
import { loadByLookup } from '../../../data/repositories/loadByLookup';
import type {
  ClassificationSubmission, DatasetOption, IAIRegistryService, RegisterFilters, RegisterPage, RegisterQuery, RegisterRow, RegistryUser, VerificationRefusal, VerificationRoute
} from './IAIRegistryService';

/** The site identity the registry needs: the signed-in user, the leads' group, and a group's members for routing. */
export type RegistryIdentity = ISiteIdentity & Pick<ISiteDirectory, 'groupMembers'>;

/** The SharePoint group whose members are governance leads (DESIGN section 1), unless the web part names another. */
export const DEFAULT_LEAD_GROUP = GOVERNANCE_LEADS_GROUP;

/** Filter properties that map one-to-one onto indexed AISystems columns. */
const EQUALITY_FILTERS = ['riskTier', 'approvalStatus', 'lifecycle', 'verificationState', 'department'] as const;

/** Rows per request when exporting the whole register. */
const EXPORT_PAGE = 500;

/** The register's order: unverified prohibited and high-risk systems first, newest first within. */
const REGISTER_ORDER: SortKey<AISystem>[] = [{ field: 'reviewPriority', ascending: true }, { field: 'id', ascending: false }];

/** Datasets the picker offers for a search. */
const DATASET_MATCHES = 20;

/** Ids per `or` filter: keeps request URLs short on a tenant. */
const IDS_PER_QUERY = 50;

function refusal(code: VerificationRefusal, message: string): GovernanceError {
  return new GovernanceError('Validation', message, { issues: [{ field: 'verification', code, message }] });
}

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** Only editable fields reach an update from a form: classification and verification columns are the suite's. */
function editable(patch: Partial<AISystem>): Partial<AISystem> {
  const out: Partial<AISystem> = { ...patch };
  for (const field of AI_SYSTEMS_LIST.fields) {
    if (field.computed || field.property === 'classificationProfile') delete out[field.property];
  }
  return out;
}

/**
 * The AI Registry's service over the production data layer (PnPjs repositories): used by the web part in SharePoint
 * and by the workbench page against the emulator. Verification state always comes from the decision items.
 */
export class AIRegistryService implements IAIRegistryService {
  private readonly repositories: Repositories;
  private readonly people: IPeopleSearch;
  private readonly identity: RegistryIdentity;
  private readonly leadGroup: string;
  private readonly now: () => Date;
  private me: Promise<PersonRef> | undefined;
  private readonly search: IListSearch | undefined;

  /** `options.search`: SharePoint Search for title searches; absent, they read the lists with `substringof`. */
  public constructor(repositories: Repositories, people: IPeopleSearch, identity: RegistryIdentity, options: { leadGroup?: string; now?: () => Date; search?: IListSearch } = {}) {
    this.search = options.search;
    this.repositories = repositories;
    this.people = people;
    this.identity = identity;
    this.leadGroup = options.leadGroup || DEFAULT_LEAD_GROUP;
    this.now = options.now ?? (() => new Date());
  }

  public async page(query: RegisterQuery, continuation?: string): Promise<RegisterPage> {
    if (query.filters.search?.trim()) return this.searchPage(query, continuation);
    // Planned: when no filter narrows a large register, pages are filled one review priority at a time by ID range.
    const page = await pagePlanned(
      this.repositories.aiSystems,
      { clauses: registerClauses(query.filters), orderBy: REGISTER_ORDER, top: query.pageSize, sortValues: REVIEW_PRIORITIES },
      continuation
    );
    return { items: await this.withVerification(page.items), continuation: page.continuation };
  }

  /** Search text through SharePoint Search (rank order), the other filters on the list read; see searchOrScan.ts. */
  private async searchPage(query: RegisterQuery, continuation?: string): Promise<RegisterPage> {
    const text = (query.filters.search ?? '').trim();
    const narrowing = buildRegisterFilter({ ...query.filters, search: undefined });
    const found = await searchOrScanPage({
      search: this.search, repository: this.repositories.aiSystems, text, narrowing, pageSize: query.pageSize, continuation,
      scan: (next) => this.repositories.aiSystems.page({ filter: titleContains(narrowing, text), orderBy: REGISTER_ORDER, top: query.pageSize }, next)
    });
    return { items: await this.withVerification(found.items), continuation: found.continuation, searchSource: found.source };
  }

  public async getRow(id: number): Promise<RegisterRow> {
    const [row] = await this.withVerification([await this.repositories.aiSystems.getById(id)]);
    return row;
  }

  public async create(values: AISystem): Promise<RegisterRow> {
    const record: AISystem = { ...editable(values), title: values.title, lifecycle: values.lifecycle, approvalStatus: values.approvalStatus, verificationState: 'Unverified', reviewPriority: reviewPriority(undefined, 'Unverified') };
    const created = await this.repositories.aiSystems.create(record, { includeComputed: true });
    return this.getRow(created.id);
  }

  public async update(id: number, patch: Partial<AISystem>, etag: string): Promise<RegisterRow> {
    await this.repositories.aiSystems.update(id, editable(patch), etag);
    return this.getRow(id);
  }

  public async saveClassification(id: number, submission: ClassificationSubmission, etag: string): Promise<RegisterRow> {
    const current = await this.repositories.aiSystems.getById(id);
    const columns = classificationColumns(submission.profile);
    const patch: Partial<AISystem> = { ...columns, applicabilityBasis: submission.applicabilityBasis };
    // Compared with the answers stored now (recomputed), never with the stored hash, which anyone could have kept.
    const changed = columns.profileHash !== readClassification(current)?.hash;
    if (changed || !(await this.hasSubmission(id, columns.profileHash))) {
      // The submission item is written first: its Author, set by SharePoint, is the submitter the rule reads. If the
      // record's save then fails, the item only names answers the record does not hold, which counts for nothing.
      await this.repositories.aiSubmissions.create({
        title: `Submission: ${current.title}`.slice(0, 255),
        system: { id },
        profileHash: columns.profileHash,
        profile: columns.classificationProfile
      });
    }
    if (changed) {
      // Any changed answer: no earlier verification covers them. ClassifiedBy is a display cache of the submitter.
      Object.assign(patch, {
        classifiedBy: await this.currentPerson(),
        verificationState: 'Unverified',
        verifiedBy: undefined,
        verifiedOn: undefined,
        reviewPriority: reviewPriority(columns.riskTier, 'Unverified')
      });
    }
    await this.repositories.aiSystems.update(id, patch, etag, { includeComputed: true });
    return this.getRow(id);
  }

  public async verify(id: number, decision: AIVerificationDecision, comment?: string): Promise<RegisterRow> {
    const [row, me, leads] = await Promise.all([this.getRow(id), this.currentPerson(), this.leads()]);
    const hash = readClassification(row.system)?.hash;
    if (hash === undefined) {
      throw refusal('notClassified', 'The system has no classification to verify.');
    }
    // A lead, or someone the governance roles route this system's verification to (issue 19).
    if (!leads.has(me.id) && !(row.route?.deciders ?? []).some((person) => person.id === me.id)) {
      throw refusal('notALead', `Only members of "${this.leadGroup}" or the Accountable the governance roles route this system to verify its classification.`);
    }
    if (!row.verification.submittedBy) {
      throw refusal('notSubmitted', 'These answers were not submitted through the registry: open the classification and save it first.');
    }
    if (samePerson(me, row.verification.submittedBy)) {
      throw refusal('submitterCannotVerify', 'The person who submitted a classification cannot verify it.');
    }
    await this.repositories.aiVerifications.create({
      title: `${decision}: ${row.system.title}`.slice(0, 255),
      system: { id },
      decision,
      profileHash: hash,
      comment: comment?.trim() || undefined
    });
    await this.cacheVerification(await this.getRow(id));
    return this.getRow(id);
  }

  public async currentUser(): Promise<RegistryUser> {
    const [person, leads] = await Promise.all([this.currentPerson(), this.leads()]);
    return { person, isLead: leads.has(person.id) };
  }

  public async awaitingMyVerification(): Promise<RegisterRow[]> {
    const me = await this.currentPerson();
    const found: RegisterRow[] = [];
    let continuation: string | undefined;
    do {
      // The cached state narrows through its index; only classified systems are routed (one matrix read per page).
      const page = await pagePlanned(
        this.repositories.aiSystems,
        { clauses: registerClauses({ verificationState: 'Unverified' }), orderBy: REGISTER_ORDER, top: EXPORT_PAGE, sortValues: REVIEW_PRIORITIES },
        continuation
      );
      const rows = await this.withVerification(page.items.filter((system) => readClassification(system) !== undefined));
      found.push(...rows.filter((row) => row.route !== undefined && awaitsVerificationBy(row.system, row.verification, me, routedIds(row.route))));
      continuation = page.continuation;
    } while (continuation);
    return found;
  }

  public async searchDatasets(text: string): Promise<DatasetOption[]> {
    const term = text.trim();
    if (term === '') return [];
    // The inventory is the list that outgrows the threshold: titles come from SharePoint Search (issue 21).
    const found = await searchOrScanPage({
      search: this.search, repository: this.repositories.dataAssets, text: term, pageSize: DATASET_MATCHES,
      scan: () => this.repositories.dataAssets.page({ filter: substringOf(term, filterField(DATA_ASSETS_LIST, 'title')), orderBy: [{ field: 'title', ascending: true }], top: DATASET_MATCHES })
    });
    return found.items.slice(0, DATASET_MATCHES).map(datasetOption);
  }

  public openRisks(systemId: number): Promise<Stored<Risk>[]> {
    return loadOpenRisks(this.repositories, 'aiSystems', systemId);
  }

  public meetingActions(systemId: number): Promise<Stored<MeetingAction>[]> {
    return loadRecordActions(this.repositories, AI_SYSTEMS_LIST.title, systemId);
  }

  public processingActivities(systemId: number): Promise<Stored<ProcessingActivity>[]> {
    return loadLinkedActivities(this.repositories, 'aiSystems', systemId);
  }

  public async datasets(ids: readonly number[]): Promise<DatasetOption[]> {
    const found: DatasetOption[] = [];
    for (const group of chunks([...new Set(ids)], IDS_PER_QUERY)) {
      const page = await this.repositories.dataAssets.page({ filter: or(...group.map((id) => eq('ID', id))), top: group.length });
      found.push(...page.items.map(datasetOption));
    }
    return found;
  }

  public searchPeople(text: string): Promise<PersonRef[]> {
    return this.people.search(text);
  }

  public async exportRows(filters: RegisterFilters): Promise<RegisterRow[]> {
    const rows: RegisterRow[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.page({ filters, pageSize: EXPORT_PAGE }, continuation);
      rows.push(...page.items);
      continuation = page.continuation;
    } while (continuation);
    return rows;
  }

  private currentPerson(): Promise<PersonRef> {
    if (!this.me) {
      this.me = this.identity.currentUser().catch((error: unknown) => {
        this.me = undefined;
        throw error;
      });
    }
    return this.me;
  }

  /** Read on every use: group membership changes, and a stale cache would count a former lead's decisions. */
  private leads(): Promise<ReadonlySet<number>> {
    return this.identity.groupMemberIds(this.leadGroup);
  }

  /**
   * Each system with the state its items establish (two queries per 50 systems, sent together) and, for the
   * classified ones, where the governance roles route their verification (one read of the matrix for all of them;
   * the routed Accountable's decisions count). When the matrix cannot be read, the rows say why and only the leads'
   * decisions count.
   */
  private async withVerification(systems: readonly Stored<AISystem>[]): Promise<RegisterRow[]> {
    if (systems.length === 0) return [];
    const ids = systems.map((s) => s.id);
    const [decisions, submissions, leads] = await Promise.all([
      loadByLookup(this.repositories.aiVerifications, filterField(AI_VERIFICATIONS_LIST, 'system'), ids),
      loadByLookup(this.repositories.aiSubmissions, filterField(AI_CLASSIFICATION_SUBMISSIONS_LIST, 'system'), ids),
      this.leads()
    ]);
    const submissionsOf = (system: Stored<AISystem>): typeof submissions => submissions.filter((s) => s.system?.id === system.id);
    const classified = systems.filter((system) => readClassification(system) !== undefined);
    const routes = new Map<number, VerificationRoute>();
    let routeError: RegisterRow['routeError'];
    try {
      const submitters = classified.map((system) => currentSubmission(system, submissionsOf(system)).submission?.author);
      const routed = await routeVerifications(this.repositories, this.identity, classified, submitters);
      routed.forEach(({ routing, decider, deciders, scopeName }, i) => {
        routes.set(classified[i].id, { accountable: routing.accountable, resolvedAt: routing.resolvedAt, informed: routing.informed, decider, deciders, scopeName });
      });
    } catch (error) {
      routeError = toGovernanceError(error).kind;
    }
    return systems.map((system) => {
      const route = routes.get(system.id);
      const verification = deriveVerification(system, decisions.filter((d) => d.system?.id === system.id), leads, submissionsOf(system), route === undefined ? undefined : routedIds(route));
      const row: RegisterRow = { system, verification };
      if (route !== undefined) row.route = route;
      if (routeError !== undefined && readClassification(system) !== undefined) row.routeError = routeError;
      return row;
    });
  }

  /** Whether a submission of system `id` names these answers. */
  private async hasSubmission(id: number, hash: string): Promise<boolean> {
    const submissions = await loadByLookup(this.repositories.aiSubmissions, filterField(AI_CLASSIFICATION_SUBMISSIONS_LIST, 'system'), [id]);
    return submissions.some((s) => s.profileHash === hash);
  }

  /** Copies the derived state to the record's indexed columns (for filtering and the register order). */
  private async cacheVerification(row: RegisterRow): Promise<void> {
    const { system, verification } = row;
    const patch: Partial<AISystem> = {
      // The caches follow the items: the fingerprint of the answers stored now and their submitter.
      profileHash: readClassification(system)?.hash,
      classifiedBy: verification.submittedBy ?? system.classifiedBy,
      verificationState: verification.state,
      verifiedBy: verification.state === 'Verified' ? verification.by : undefined,
      verifiedOn: verification.state === 'Verified' ? verification.on ?? this.now().toISOString() : undefined,
      reviewPriority: reviewPriority(system.riskTier, verification.state)
    };
    await this.repositories.aiSystems.update(system.id, patch, system.etag, { includeComputed: true });
  }
}

/** Site user ids of everyone the route lets verify. */
function routedIds(route: VerificationRoute): ReadonlySet<number> {
  return new Set(route.deciders.map((person) => person.id));
}

function datasetOption(asset: Stored<{ title: string; declaredSensitivity?: string; containsPersonalData: boolean; mission?: string }>): DatasetOption {
  return { id: asset.id, title: asset.title, declaredSensitivity: asset.declaredSensitivity, containsPersonalData: asset.containsPersonalData === true, mission: asset.mission };
}

/** Every set filter becomes an escaped equality on its column, one clause each; the search text goes to SharePoint Search. */
export function registerClauses(filters: RegisterFilters): ODataFilter[] {
  const parts: ODataFilter[] = [];
  for (const property of EQUALITY_FILTERS) {
    const value = filters[property];
    if (value !== undefined && value !== '') parts.push(eq(filterField(AI_SYSTEMS_LIST, property), value));
  }
  return parts;
}

/** The register's equality filters as one planned `$filter` (most selective first); undefined without filters. */
export function buildRegisterFilter(filters: RegisterFilters): ODataFilter | undefined {
  return planFilter(AI_SYSTEMS_LIST, registerClauses(filters));
}

/** The fallback when search cannot serve: the equalities first (they narrow through their indexes), then title contains. */
function titleContains(narrowing: ODataFilter | undefined, text: string): ODataFilter {
  const title = substringOf(text, filterField(AI_SYSTEMS_LIST, 'title'));
  return narrowing ? and(narrowing, title) : title;
}
