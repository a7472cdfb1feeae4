/**
 * The AI Registry's only door to data. The container receives an implementation as a prop: PnPjs over the
 * SharePoint lists in production and in the workbench, an in-memory fake in tests. Nothing here imports SPFx or PnPjs.
 * Every method rejects with a `GovernanceError` whose `kind` tells the UI what to show.
 */
import type { ProcessingActivity } from '../../../core/privacy/model';
import type { AIActProfile } from '../../../core/aiAct/types';
import type { VerificationStatus } from '../../../core/aiRegistry/verification';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { Routing } from '../../../core/governanceRoles';
import type { AIApplicabilityBasis, AIApprovalStatus, AILifecycle, AIRiskTier, AISystem, AIVerificationState } from '../../../core/models/aiSystem';
import type { AIVerificationDecision } from '../../../core/models/aiVerification';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { Risk } from '../../../core/models/risk';
import type { MeetingAction } from '../../../core/models/meetingAction';

/** Filters on indexed AISystems columns, plus title search. */
export interface RegisterFilters {
  riskTier?: AIRiskTier;
  approvalStatus?: AIApprovalStatus;
  lifecycle?: AILifecycle;
  verificationState?: AIVerificationState;
  department?: string;
  search?: string;
}

export interface RegisterQuery {
  filters: RegisterFilters;
  /** Items per page (the list is never loaded whole). */
  pageSize: number;
}

/**
 * Where the governance roles (RACI, issue 19) route a system's verification: the Accountable for "verify AI
 * classification" at the system, its mission (when it has one), that mission's region, its department or the
 * organisation, else the Governance Leads group; never the submitter of the answers.
 */
export interface VerificationRoute extends Pick<Routing, 'accountable' | 'resolvedAt' | 'informed'> {
  /** The person asked to verify; undefined when nobody but the submitter could. */
  readonly decider: PersonRef | undefined;
  /** Everyone whose verification counts by the route (the Accountable, or the Accountable group's members). */
  readonly deciders: readonly PersonRef[];
  /** The mission, region or department the Accountable was found for (undefined at record, organisation, fallback). */
  readonly scopeName?: string;
}

/** A system with its verification state as the decisions establish it (not the cached column). */
export interface RegisterRow {
  system: Stored<AISystem>;
  verification: VerificationStatus;
  /** Set for a classified system when the governance roles could be read. */
  route?: VerificationRoute;
  /** Why the route could not be read (the leads still verify; a routed Accountable's decision then does not count). */
  routeError?: GovernanceErrorKind;
}

export interface RegisterPage {
  items: RegisterRow[];
  continuation?: string;
  /** Set when the filters held search text: 'search' when SharePoint Search served it (it may lag recent changes). */
  searchSource?: 'search' | 'listScan';
}

/** The signed-in person and whether they are a governance lead (member of the leads' SharePoint group). */
export interface RegistryUser {
  person: PersonRef;
  isLead: boolean;
}

/** A dataset of the inventory, as the AI registry shows it. */
export interface DatasetOption {
  id: number;
  title: string;
  declaredSensitivity?: string;
  containsPersonalData: boolean;
  mission?: string;
}

/** The wizard's outcome: the answers and whether the Act binds the organisation or it aligns voluntarily (Art. 2(4)). */
export interface ClassificationSubmission {
  profile: AIActProfile;
  applicabilityBasis: AIApplicabilityBasis;
}

/** Stable code of a refused verification (the UI localises it). */
export type VerificationRefusal = 'notALead' | 'submitterCannotVerify' | 'notClassified' | 'notSubmitted';

export interface IAIRegistryService {
  /** One page of the register, unverified prohibited and high-risk systems first. */
  page(query: RegisterQuery, continuation?: string): Promise<RegisterPage>;
  getRow(id: number): Promise<RegisterRow>;
  create(values: AISystem): Promise<RegisterRow>;
  /** Saves the changed editable properties with If-Match `etag` (Conflict when someone saved first). */
  update(id: number, patch: Partial<AISystem>, etag: string): Promise<RegisterRow>;
  /**
   * Stores the answers and their computed classification with If-Match `etag`. Changed answers make the signed-in
   * user the submitter and reset verification to Unverified.
   */
  saveClassification(id: number, submission: ClassificationSubmission, etag: string): Promise<RegisterRow>;
  /**
   * Records the signed-in user's decision on the current answers: a lead's, or the routed Accountable's (the row's
   * `route`). Rejects with kind Validation and the issue code of a `VerificationRefusal` when the user may not verify
   * (the data would not count the decision anyway).
   */
  verify(id: number, decision: AIVerificationDecision, comment?: string): Promise<RegisterRow>;
  currentUser(): Promise<RegistryUser>;
  /**
   * The classified, submitted, unverified systems whose verification the governance roles route to the signed-in
   * user (and which they did not submit), in register order: their "Awaiting my verification" queue.
   */
  awaitingMyVerification(): Promise<RegisterRow[]>;
  /** Datasets whose title contains the text. */
  searchDatasets(text: string): Promise<DatasetOption[]>;
  /** The datasets with these ids (a system's linked datasets). */
  datasets(ids: readonly number[]): Promise<DatasetOption[]>;
  searchPeople(text: string): Promise<PersonRef[]>;
  /** The system's open risks in the Risk Register (not Closed), highest current score first. */
  openRisks(systemId: number): Promise<Stored<Risk>[]>;
  /** The governance meetings' actions about the system (list MeetingActions), one request. */
  meetingActions(systemId: number): Promise<Stored<MeetingAction>[]>;
  /** The privacy register's records of processing that use the system, by name. */
  processingActivities(systemId: number): Promise<Stored<ProcessingActivity>[]>;
  /** Every system matching the filters (for the register export), in register order. */
  exportRows(filters: RegisterFilters): Promise<RegisterRow[]>;
}
