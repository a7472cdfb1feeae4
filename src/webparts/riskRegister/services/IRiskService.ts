/**
 * The Risk Register's only door to data. The container receives an implementation as a prop: PnPjs over the
 * SharePoint lists in production and in the workbench, an in-memory fake in tests. Nothing here imports SPFx or
 * PnPjs. Every method rejects with a `GovernanceError` whose `kind` tells the UI what to show.
 */
import type { GovernanceErrorKind } from '../../../core/errors';
import type { RiskAcceptanceRoute } from '../../../data/governanceRoles/routeRiskAcceptance';
import type { AssetType } from '../../../core/models/dataAsset';
import type { AssessmentFinding, AssessmentTemplateRecord, StoredTemplateVersion, TemplateVersion } from '../../../core/assessments';
import type { Assessment, AssessmentTargetList } from '../../../core/models/assessment';
import type { RequirementDraft, StakeholderRequirement } from '../../../core/assessments/stakeholderRequirements';
import type { LookupRef, PersonRef, Stored } from '../../../core/models/common';
import type { Risk, RiskCategory, RiskLevel, RiskStatus, RiskTreatment } from '../../../core/models/risk';
import type { RiskAcceptance } from '../../../core/models/riskAcceptance';

/** Filters on indexed Risks columns (sent to SharePoint); free-text search runs on the loaded register. */
export interface RiskFilters {
  category?: RiskCategory;
  status?: RiskStatus;
  treatment?: RiskTreatment;
  riskLevel?: RiskLevel;
  /** Site user id of the risk owner. */
  ownerId?: number;
}

export type { RiskAcceptanceRoute };

/**
 * The register as loaded: the matching risks, every acceptance decision about them, and where the governance roles
 * route the acceptance of those above the appetite (issue 19 part 2).
 */
export interface RiskRegisterData {
  risks: Stored<Risk>[];
  acceptances: Stored<RiskAcceptance>[];
  /** Per risk id, the route of each risk above the appetite (risks within it are not routed). */
  routes?: ReadonlyMap<number, RiskAcceptanceRoute>;
  /** Per risk id, the site user ids whose acceptance above the appetite counts by the route (`AcceptanceContext.routedIds`). */
  routedIds?: ReadonlyMap<number, ReadonlySet<number>>;
  /** Why the routes could not be read: then only the leads accept above the appetite. */
  routeError?: GovernanceErrorKind;
}

/** Who is looking and the rules in force. */
export interface RiskSession {
  currentUser: PersonRef;
  /** Site user ids of the members of the governance leads' SharePoint group. */
  leadIds: number[];
  /** Highest score accepted without a lead's decision (GovernanceSettings `riskAppetite`). */
  appetite: number;
  /** The stored appetite was last changed by someone outside the leads group, so the default applies. */
  appetiteIgnored?: boolean;
}

/** A record an assessment can run against or a risk can link to. */
export interface TargetRecord {
  list: AssessmentTargetList;
  id: number;
  title: string;
  /** Who answers for the record (a data asset's owner, an AI system's business owner), when set. */
  owner?: PersonRef;
  /** For AI systems: obligation ids of its EU AI Act classification. */
  obligations?: string[];
  /** For inventory records: the record's type (some templates run against one type only). */
  assetType?: string;
}

export interface IRiskService {
  session(): Promise<RiskSession>;
  /** Every risk matching the filters (all pages) with the acceptance decisions about them and their routes. */
  loadRegister(filters: RiskFilters): Promise<RiskRegisterData>;
  getRisk(id: number): Promise<Stored<Risk>>;
  /** Validates (residual never above inherent), stores the scores and level, creates. */
  createRisk(values: Risk): Promise<Stored<Risk>>;
  /** Saves the changed properties with If-Match `etag`; rejects with kind Conflict when someone saved first. */
  updateRisk(id: number, patch: Partial<Risk>, etag: string): Promise<Stored<Risk>>;
  /**
   * Records the signed-in user's acceptance decision (an item they author) and marks the risk Accepted until
   * `expiresOn` with If-Match `etag`. Whether the decision counts is decided by the rule, not by this call.
   */
  acceptRisk(risk: Stored<Risk>, expiresOn: string, comment: string | undefined): Promise<Stored<Risk>>;
  searchPeople(text: string): Promise<PersonRef[]>;
  /**
   * Records of a list whose title contains the text (at most 20, newest first when the text is empty); for the
   * inventory, `assetType` keeps only records of that type (the information-system assessment's picker).
   */
  searchTargets(list: AssessmentTargetList, text: string, assetType?: AssetType): Promise<TargetRecord[]>;
  /** One record with what an assessment of it needs (AI systems: their classification's obligations). */
  getTarget(list: AssessmentTargetList, id: number): Promise<TargetRecord>;
  /** The record's assessments, newest first (its assessment history). */
  assessmentsOf(list: AssessmentTargetList, id: number): Promise<Stored<Assessment>[]>;
  saveAssessment(values: Assessment): Promise<Stored<Assessment>>;
  /** Stores findings again (e.g. the id of a risk raised from one) with If-Match `etag`. */
  updateFindings(id: number, findings: AssessmentFinding[], etag: string): Promise<Stored<Assessment>>;
  /**
   * Every assessment template version (AssessmentTemplates), one request, kept for the screen: the assessments and
   * templates views share it; `refresh` reads the list again (after a template write the cache is dropped anyway).
   */
  loadTemplates(refresh?: boolean): Promise<StoredTemplateVersion[]>;
  /** Opens the next version of `key` as a draft copied from its newest version (its open draft when there is one); `blank` starts a new key. */
  startTemplateDraft(key: string, blank?: Omit<TemplateVersion, 'version' | 'state'>): Promise<StoredTemplateVersion>;
  /** Saves a draft with If-Match `etag` (Conflict when someone saved it since; Validation with located issues). */
  saveTemplateDraft(id: number, template: TemplateVersion, etag: string): Promise<StoredTemplateVersion>;
  /** Publishes a draft as its version (every text in every language), with If-Match `etag`. */
  publishTemplate(id: number, template: TemplateVersion, etag: string): Promise<StoredTemplateVersion>;
  /** Retires a published version: no new assessment starts on the template; started ones keep it. */
  retireTemplate(id: number, etag: string): Promise<StoredTemplateVersion>;
  /** Deletes a version no assessment recorded; Validation `templateInUse` otherwise (retire it instead). */
  deleteTemplate(id: number, etag: string): Promise<void>;
  /** A template item as saved now (for the conflict dialog). */
  getTemplateRecord(id: number): Promise<Stored<AssessmentTemplateRecord>>;
  /** The stakeholder requirements captured in an assessment run, in capture order. */
  requirementsOf(assessmentId: number): Promise<Stored<StakeholderRequirement>[]>;
  /**
   * Validates (Validation with located issues, nothing sent) and adds a requirement to the run; a linked section must
   * be one of `sectionIds`, the run's template sections.
   */
  addRequirement(draft: RequirementDraft, assessment: LookupRef, system: LookupRef | undefined, sectionIds?: readonly string[]): Promise<Stored<StakeholderRequirement>>;
  /** Validates and saves with If-Match `etag` (Conflict when someone saved it since). */
  updateRequirement(id: number, draft: RequirementDraft, etag: string, sectionIds?: readonly string[]): Promise<Stored<StakeholderRequirement>>;
  /** Deletes with If-Match `etag` (Conflict when someone saved it since). */
  deleteRequirement(id: number, etag: string): Promise<void>;
  /** Open risks (not Closed) linked to a data asset or AI system, highest current score first. */
  openRisksFor(list: 'dataAssets' | 'aiSystems', id: number): Promise<Stored<Risk>[]>;
}
