/**
 * In-memory IAIRegistryService for component tests. Applies the same core rules as the real one (classification
 * columns, verification counted from authored decisions, register order, ETags with Conflict on a stale one), so the
 * UI is tested against the behaviour it depends on. Records calls so tests can assert what was sent.
 */
import type { ProcessingActivity } from '../../../core/privacy/model';
import type { Risk } from '../../../core/models/risk';
import type { MeetingAction } from '../../../core/models/meetingAction';
import { classificationColumns, readClassification } from '../../../core/aiRegistry/classificationRecord';
import { reviewPriority } from '../../../core/aiRegistry/priority';
import { awaitsVerificationBy, deriveVerification } from '../../../core/aiRegistry/verification';
import type { AIClassificationSubmission } from '../../../core/models/aiClassificationSubmission';
import { GovernanceError } from '../../../core/errors';
import type { AISystem } from '../../../core/models/aiSystem';
import type { AIVerification, AIVerificationDecision } from '../../../core/models/aiVerification';
import type { PersonRef, Stored } from '../../../core/models/common';
import { samePerson } from '../../../core/ownership/counting';
import type {
  ClassificationSubmission, DatasetOption, IAIRegistryService, RegisterFilters, RegisterPage, RegisterQuery, RegisterRow, RegistryUser, VerificationRoute
} from '../services/IAIRegistryService';

export class FakeAIRegistryService implements IAIRegistryService {
  public systems: Stored<AISystem>[] = [];
  public decisions: Stored<AIVerification>[] = [];
  /** Submission items; `seed` writes one for a classified system, as its submitter (`classifiedBy`, else the author). */
  public submissions: Stored<AIClassificationSubmission>[] = [];
  public datasetsList: DatasetOption[] = [];
  public people: PersonRef[] = [];
  public me: PersonRef;
  public leads: Set<number>;
  /** Where the governance roles route each system's verification (by system id), set by tests; none: leads only. */
  public routes: Map<number, VerificationRoute> = new Map();
  public readonly calls: { saveClassification: ClassificationSubmission[]; verify: AIVerificationDecision[]; exportRows: number } = { saveClassification: [], verify: [], exportRows: 0 };
  private nextId = 1;
  private clock = Date.parse('2026-11-20T09:00:00Z');

  public constructor(me: PersonRef, leads: readonly PersonRef[]) {
    this.me = me;
    this.leads = new Set(leads.map((l) => l.id));
  }

  /** Adds a stored system as someone else registered it. */
  public seed(values: AISystem, author: PersonRef): Stored<AISystem> {
    const id = this.nextId++;
    const system: Stored<AISystem> = { verificationState: 'Unverified', reviewPriority: reviewPriority(values.riskTier, 'Unverified'), ...values, id, etag: '"1"', author, editor: author, created: this.tick() };
    this.systems.push(system);
    const hash = readClassification(system)?.hash;
    if (hash) this.submit(id, hash, values.classifiedBy ?? author);
    return system;
  }

  public async page(query: RegisterQuery, continuation?: string): Promise<RegisterPage> {
    const start = continuation ? Number(continuation) : 0;
    const matching = this.filtered(query.filters);
    const slice = matching.slice(start, start + query.pageSize);
    const next = start + query.pageSize < matching.length ? String(start + query.pageSize) : undefined;
    // As the real service: search text is served by SharePoint Search (the grid then says results may lag).
    return { items: slice.map((s) => this.row(s)), continuation: next, searchSource: query.filters.search?.trim() ? 'search' : undefined };
  }

  public async getRow(id: number): Promise<RegisterRow> {
    return this.row(this.find(id));
  }

  public async create(values: AISystem): Promise<RegisterRow> {
    return this.row(this.seed(values, this.me));
  }

  public async update(id: number, patch: Partial<AISystem>, etag: string): Promise<RegisterRow> {
    this.write(id, patch, etag);
    return this.getRow(id);
  }

  public async saveClassification(id: number, submission: ClassificationSubmission, etag: string): Promise<RegisterRow> {
    this.calls.saveClassification.push(submission);
    const current = this.find(id);
    const columns = classificationColumns(submission.profile);
    const patch: Partial<AISystem> = { ...columns, applicabilityBasis: submission.applicabilityBasis };
    if (columns.profileHash !== readClassification(current)?.hash) {
      this.submit(id, columns.profileHash, this.me);
      Object.assign(patch, { classifiedBy: this.me, verificationState: 'Unverified', verifiedBy: undefined, reviewPriority: reviewPriority(columns.riskTier, 'Unverified') });
    }
    this.write(id, patch, etag);
    return this.getRow(id);
  }

  public async verify(id: number, decision: AIVerificationDecision, comment?: string): Promise<RegisterRow> {
    this.calls.verify.push(decision);
    const row = this.row(this.find(id));
    if (!this.leads.has(this.me.id) && !(row.route?.deciders ?? []).some((p) => p.id === this.me.id)) throw refusal('notALead');
    if (!row.verification.submittedBy) throw refusal('notSubmitted');
    if (samePerson(this.me, row.verification.submittedBy)) throw refusal('submitterCannotVerify');
    const hash = readClassification(row.system)?.hash ?? '';
    this.decisions.push({ id: this.decisions.length + 1, etag: '"1"', title: decision, system: { id }, decision, profileHash: hash, comment, author: this.me, created: this.tick() });
    return this.getRow(id);
  }

  public async currentUser(): Promise<RegistryUser> {
    return { person: this.me, isLead: this.leads.has(this.me.id) };
  }

  public async awaitingMyVerification(): Promise<RegisterRow[]> {
    return this.filtered({}).map((s) => this.row(s)).filter((r) => r.route !== undefined && awaitsVerificationBy(r.system, r.verification, this.me, new Set(r.route.deciders.map((p) => p.id))));
  }

  public async searchDatasets(text: string): Promise<DatasetOption[]> {
    return this.datasetsList.filter((d) => d.title.toLowerCase().includes(text.toLowerCase()));
  }

  /** Open risks per system id, set by tests. */
  public risksBySystem: Map<number, Stored<Risk>[]> = new Map();

  /** Processing activities per system id, set by tests. */
  public activitiesBySystem: Map<number, Stored<ProcessingActivity>[]> = new Map();

  public async processingActivities(systemId: number): Promise<Stored<ProcessingActivity>[]> {
    return this.activitiesBySystem.get(systemId) ?? [];
  }

  /** Meeting actions per system id, for the details panel's section. */
  public readonly actionsBySystem = new Map<number, Stored<MeetingAction>[]>();

  public async meetingActions(systemId: number): Promise<Stored<MeetingAction>[]> {
    return this.actionsBySystem.get(systemId) ?? [];
  }

  public async openRisks(systemId: number): Promise<Stored<Risk>[]> {
    return this.risksBySystem.get(systemId) ?? [];
  }

  public async datasets(ids: readonly number[]): Promise<DatasetOption[]> {
    return this.datasetsList.filter((d) => ids.includes(d.id));
  }

  public async searchPeople(text: string): Promise<PersonRef[]> {
    return this.people.filter((p) => p.title.toLowerCase().includes(text.toLowerCase()));
  }

  public async exportRows(filters: RegisterFilters): Promise<RegisterRow[]> {
    this.calls.exportRows++;
    return this.filtered(filters).map((s) => this.row(s));
  }

  private filtered(filters: RegisterFilters): Stored<AISystem>[] {
    return this.systems
      .filter((s) => (!filters.riskTier || s.riskTier === filters.riskTier) && (!filters.approvalStatus || s.approvalStatus === filters.approvalStatus)
        && (!filters.lifecycle || s.lifecycle === filters.lifecycle) && (!filters.search || s.title.toLowerCase().includes(filters.search.toLowerCase())))
      .sort((a, b) => (a.reviewPriority ?? 99) - (b.reviewPriority ?? 99) || b.id - a.id);
  }

  private row(system: Stored<AISystem>): RegisterRow {
    const route = readClassification(system) === undefined ? undefined : this.routes.get(system.id);
    const routed = route === undefined ? undefined : new Set(route.deciders.map((p) => p.id));
    const verification = deriveVerification(system, this.decisions.filter((d) => d.system.id === system.id), this.leads, this.submissions, routed);
    return route === undefined ? { system, verification } : { system, verification, route };
  }

  private find(id: number): Stored<AISystem> {
    const system = this.systems.find((s) => s.id === id);
    if (!system) throw new GovernanceError('NotFound', `No system ${id}`);
    return system;
  }

  private write(id: number, patch: Partial<AISystem>, etag: string): void {
    const current = this.find(id);
    if (current.etag !== etag) throw new GovernanceError('Conflict', 'ETag mismatch', { status: 412 });
    const version = Number(current.etag.replace(/"/g, '')) + 1;
    const next: Stored<AISystem> = { ...current, ...patch, etag: `"${version}"`, editor: this.me };
    this.systems = this.systems.map((s) => (s.id === id ? next : s));
  }

  private submit(id: number, hash: string, author: PersonRef): void {
    this.submissions.push({ id: this.submissions.length + 1, etag: '"1"', title: 'Submission', system: { id }, profileHash: hash, author, created: this.tick() });
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }
}

function refusal(code: string): GovernanceError {
  return new GovernanceError('Validation', code, { issues: [{ field: 'verification', code, message: code }] });
}
