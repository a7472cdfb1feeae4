/**
 * In-memory IRiskService for component tests. Behaves like the real one where the UI depends on it: indexed
 * filters, ETags with Conflict on a stale one, acceptance decisions authored by the signed-in user.
 */
import {
  nextVersionNumber, openDraft, recordedVersion, seedTemplates, toTemplateRecord, validateTemplate,
  type AssessmentFinding, type AssessmentTemplateRecord, type StoredTemplateVersion, type TemplateVersion
} from '../../../core/assessments';
import { GovernanceError } from '../../../core/errors';
import type { Assessment, AssessmentTargetList } from '../../../core/models/assessment';
import type { LookupRef, PersonRef, Stored } from '../../../core/models/common';
import type { AssetType } from '../../../core/models/dataAsset';
import { requirementFromDraft, validateRequirement, type RequirementDraft, type StakeholderRequirement } from '../../../core/assessments/stakeholderRequirements';
import type { Risk } from '../../../core/models/risk';
import type { RiskAcceptance } from '../../../core/models/riskAcceptance';
import { currentRiskScore, storedRiskScores } from '../../../core/risk';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { IRiskService, RiskAcceptanceRoute, RiskFilters, RiskRegisterData, RiskSession, TargetRecord } from '../services/IRiskService';

export class FakeRiskService implements IRiskService {
  public risks: Stored<Risk>[];
  public acceptances: Stored<RiskAcceptance>[] = [];
  public assessments: Stored<Assessment>[] = [];
  public targets: TargetRecord[] = [];
  /** The template catalogue: the seeded templates, as provisioning writes them. */
  public templates: StoredTemplateVersion[] = seedTemplates().map((t, i) => ({ ...t, id: 500 + i, etag: '"1"' }));
  public templateReads = 0;
  public requirements: Stored<StakeholderRequirement>[] = [];
  public sessionValue: RiskSession;
  /** Where the governance roles route each risk's acceptance (set by a test; `deciderIds` follows `deciders`). */
  public routes = new Map<number, Omit<RiskAcceptanceRoute, 'deciderIds'>>();
  /** Set to make the routes unreadable, as when the RACI list cannot be read. */
  public routeError: GovernanceErrorKind | undefined;
  public readonly calls: { loadRegister: RiskFilters[]; createRisk: Risk[]; acceptRisk: { id: number; expiresOn: string }[] } = { loadRegister: [], createRisk: [], acceptRisk: [] };
  private nextId = 1000;

  public constructor(risks: Stored<Risk>[], session: RiskSession) {
    this.risks = risks.slice();
    this.sessionValue = session;
  }

  public async session(): Promise<RiskSession> {
    return this.sessionValue;
  }

  public async loadRegister(filters: RiskFilters): Promise<RiskRegisterData> {
    this.calls.loadRegister.push(filters);
    const risks = this.risks.filter((r) =>
      (filters.category === undefined || r.category === filters.category) &&
      (filters.status === undefined || r.status === filters.status) &&
      (filters.treatment === undefined || r.treatment === filters.treatment) &&
      (filters.riskLevel === undefined || r.riskLevel === filters.riskLevel) &&
      (filters.ownerId === undefined || r.riskOwner?.id === filters.ownerId));
    if (this.routeError !== undefined) return { risks, acceptances: this.acceptances.slice(), routes: new Map(), routedIds: new Map(), routeError: this.routeError };
    const routes = new Map<number, RiskAcceptanceRoute>();
    for (const risk of risks) {
      const route = this.routes.get(risk.id);
      if (route !== undefined) routes.set(risk.id, { ...route, deciderIds: new Set(route.deciders.map((p) => p.id)) });
    }
    const routedIds = new Map([...routes].map(([id, route]) => [id, route.deciderIds] as const));
    return { risks, acceptances: this.acceptances.slice(), routes, routedIds };
  }

  public async getRisk(id: number): Promise<Stored<Risk>> {
    const risk = this.risks.find((r) => r.id === id);
    if (!risk) throw new GovernanceError('NotFound', `No risk ${id}`);
    return risk;
  }

  public async createRisk(values: Risk): Promise<Stored<Risk>> {
    this.calls.createRisk.push(values);
    const risk: Stored<Risk> = { ...values, ...storedRiskScores(values), id: this.nextId++, etag: '"1"' };
    this.risks.push(risk);
    return risk;
  }

  public async updateRisk(id: number, patch: Partial<Risk>, etag: string): Promise<Stored<Risk>> {
    const current = await this.getRisk(id);
    if (current.etag !== etag) throw new GovernanceError('Conflict', 'Changed since read', { status: 412 });
    const next: Stored<Risk> = { ...current, ...patch, etag: `"${Number(current.etag.replace(/"/g, '')) + 1}"` };
    this.risks = this.risks.map((r) => (r.id === id ? { ...next, ...storedRiskScores(next) } : r));
    return this.getRisk(id);
  }

  public async acceptRisk(risk: Stored<Risk>, expiresOn: string, comment: string | undefined): Promise<Stored<Risk>> {
    this.calls.acceptRisk.push({ id: risk.id, expiresOn });
    this.acceptances.push({
      id: this.nextId++, etag: '"1"', title: 'Acceptance', risk: { id: risk.id }, decision: 'Accept', expiresOn, acceptedScore: currentRiskScore(risk), comment,
      author: this.sessionValue.currentUser, created: '2026-11-23T10:00:00Z'
    });
    return this.updateRisk(risk.id, { status: 'Accepted', treatment: 'Accept', acceptedUntil: expiresOn }, risk.etag);
  }

  public async searchPeople(): Promise<PersonRef[]> {
    return [];
  }

  public async searchTargets(list: AssessmentTargetList, text: string, assetType?: AssetType): Promise<TargetRecord[]> {
    return this.targets.filter((t) => t.list === list && t.title.toLowerCase().includes(text.toLowerCase()) && (!assetType || t.assetType === assetType));
  }

  public async getTarget(list: AssessmentTargetList, id: number): Promise<TargetRecord> {
    const target = this.targets.find((t) => t.list === list && t.id === id);
    if (!target) throw new GovernanceError('NotFound', 'No target');
    return target;
  }

  public async assessmentsOf(list: AssessmentTargetList, id: number): Promise<Stored<Assessment>[]> {
    return this.assessments.filter((a) => a.targetList === list && a.targetId === id);
  }

  public async saveAssessment(values: Assessment): Promise<Stored<Assessment>> {
    const stored: Stored<Assessment> = { ...values, id: this.nextId++, etag: '"1"' };
    this.assessments.push(stored);
    return stored;
  }

  public async updateFindings(id: number, findings: AssessmentFinding[]): Promise<Stored<Assessment>> {
    this.assessments = this.assessments.map((a) => (a.id === id ? { ...a, findings: JSON.stringify(findings), etag: '"2"' } : a));
    return this.assessments.find((a) => a.id === id) as Stored<Assessment>;
  }

  public async requirementsOf(assessmentId: number): Promise<Stored<StakeholderRequirement>[]> {
    return this.requirements.filter((r) => r.assessment.id === assessmentId);
  }

  public async addRequirement(draft: RequirementDraft, assessment: LookupRef, system: LookupRef | undefined, sectionIds?: readonly string[]): Promise<Stored<StakeholderRequirement>> {
    const issues = validateRequirement(draft, sectionIds);
    if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
    const saved = { ...requirementFromDraft(draft, assessment, system), id: 900 + this.requirements.length, etag: '"1"' };
    this.requirements = [...this.requirements, saved];
    return saved;
  }

  public async updateRequirement(id: number, draft: RequirementDraft, etag: string, sectionIds?: readonly string[]): Promise<Stored<StakeholderRequirement>> {
    const issues = validateRequirement(draft, sectionIds);
    if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
    const current = this.requirements.find((r) => r.id === id);
    if (!current) throw new GovernanceError('NotFound', 'No such requirement');
    if (current.etag !== etag) throw new GovernanceError('Conflict', 'Changed since read', { status: 412 });
    const saved = { ...current, ...requirementFromDraft(draft, current.assessment, current.system), etag: `"${Number(etag.replace(/"/g, '')) + 1}"` };
    this.requirements = this.requirements.map((r) => (r.id === id ? saved : r));
    return saved;
  }

  public async deleteRequirement(id: number, etag: string): Promise<void> {
    const current = this.requirements.find((r) => r.id === id);
    if (current && current.etag !== etag) throw new GovernanceError('Conflict', 'Changed since read', { status: 412 });
    this.requirements = this.requirements.filter((r) => r.id !== id);
  }

  public async openRisksFor(list: 'dataAssets' | 'aiSystems', id: number): Promise<Stored<Risk>[]> {
    return this.risks.filter((r) => r.status !== 'Closed' && (list === 'dataAssets' ? r.relatedAsset?.id : r.relatedAISystem?.id) === id);
  }

  public async loadTemplates(): Promise<StoredTemplateVersion[]> {
    this.templateReads++;
    return this.templates.slice();
  }

  public async startTemplateDraft(key: string, blank?: Omit<TemplateVersion, 'version' | 'state'>): Promise<StoredTemplateVersion> {
    const existing = openDraft(this.templates, key);
    if (existing) return existing as StoredTemplateVersion;
    const latest = this.templates.filter((t) => t.key === key).sort((a, b) => b.version - a.version)[0] ?? (blank ? { ...blank, version: 0, state: 'Draft' as const } : undefined);
    if (!latest) throw new GovernanceError('NotFound', `No template ${key}`);
    const draft: StoredTemplateVersion = { ...latest, key, version: nextVersionNumber(this.templates, key), state: 'Draft', id: this.nextId++, etag: '"1"' };
    this.templates.push(draft);
    return draft;
  }

  public async saveTemplateDraft(id: number, template: TemplateVersion, etag: string): Promise<StoredTemplateVersion> {
    return this.writeTemplate(id, etag, { ...template, state: 'Draft' }, false);
  }

  public async publishTemplate(id: number, template: TemplateVersion, etag: string): Promise<StoredTemplateVersion> {
    return this.writeTemplate(id, etag, { ...template, state: 'Published' }, true);
  }

  public async retireTemplate(id: number, etag: string): Promise<StoredTemplateVersion> {
    const current = this.templateById(id);
    return this.writeTemplate(id, etag, { ...current, state: 'Retired' }, false);
  }

  public async deleteTemplate(id: number, etag: string): Promise<void> {
    const current = this.templateById(id);
    if (current.etag !== etag) throw new GovernanceError('Conflict', 'Changed since');
    if (this.assessments.some((a) => a.template === current.key && recordedVersion(a.templateVersion) === current.version)) {
      throw new GovernanceError('Validation', 'In use', { issues: [{ field: 'state', code: 'templateInUse', message: 'In use' }] });
    }
    this.templates = this.templates.filter((t) => t.id !== id);
  }

  public async getTemplateRecord(id: number): Promise<Stored<AssessmentTemplateRecord>> {
    const current = this.templateById(id);
    return { ...toTemplateRecord(current), id, etag: current.etag };
  }

  private templateById(id: number): StoredTemplateVersion {
    const found = this.templates.find((t) => t.id === id);
    if (!found) throw new GovernanceError('NotFound', `No template item ${id}`);
    return found;
  }

  private writeTemplate(id: number, etag: string, next: TemplateVersion, publishing: boolean): StoredTemplateVersion {
    const current = this.templateById(id);
    if (current.etag !== etag) throw new GovernanceError('Conflict', 'Someone saved this template first.');
    const issues = validateTemplate(next, { publishing });
    if (issues.length > 0) throw new GovernanceError('Validation', issues[0].code, { issues: issues.map((i) => ({ field: i.field, code: i.code, message: i.code })) });
    const saved: StoredTemplateVersion = { ...next, key: current.key, version: current.version, id, etag: `"${Number(current.etag.replace(/"/g, '')) + 1}"` };
    this.templates = this.templates.map((t) => (t.id === id ? saved : t));
    return saved;
  }
}
