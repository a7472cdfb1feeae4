import type { SPFI } from '@pnp/sp';
import type { AccessReviewCampaign, AccessReviewDecision, AccessReviewItem, SoDException, SoDRule } from '../../core/models/accessReview';
import type { AIClassificationSubmission } from '../../core/models/aiClassificationSubmission';
import type { AISystem } from '../../core/models/aiSystem';
import type { AIVerification } from '../../core/models/aiVerification';
import type { AssessmentTemplateRecord } from '../../core/assessments/templateModel';
import type { Assessment } from '../../core/models/assessment';
import type { DataAsset } from '../../core/models/dataAsset';
import type { GovernanceSetting } from '../../core/models/governanceSetting';
import type { Mission } from '../../core/models/mission';
import type { OwnershipDecision } from '../../core/models/ownershipDecision';
import type { OwnershipRequest } from '../../core/models/ownershipRequest';
import type { Dpia, DpiaDecision } from '../../core/privacy/dpiaModel';
import type { ProcessingActivity } from '../../core/privacy/model';
import type { ControlEvidenceRecord, FrameworkControlRecord } from '../../core/frameworks/records';
import type { Risk } from '../../core/models/risk';
import type { RiskAcceptance } from '../../core/models/riskAcceptance';
import type { ScorecardSnapshot } from '../../core/models/scorecardSnapshot';
import type { UsageObservation, UsageTriage } from '../../core/models/usageObservation';
import type { GovernanceRoleAssignment } from '../../core/models/governanceRole';
import type { MeetingAction } from '../../core/models/meetingAction';
import type { Procedure } from '../../core/models/procedure';
import type { LiteracyAcknowledgement, LiteracyMeasure } from '../../core/literacy/model';
import type { StakeholderRequirement } from '../../core/assessments/stakeholderRequirements';
import type { QualityMeasurement } from '../../core/quality/model';
import { LISTS } from '../../core/schema';
import type { ListKey } from '../../core/schema/types';
import { ListRepository, type RepositoryOptions } from './ListRepository';
import type { IListRepository } from './types';

/** The domain type stored in each list (core's `LISTS` registry is untyped per key, so the pairing lives here). */
export interface ListDomains {
  readonly dataAssets: DataAsset;
  readonly ownershipRequests: OwnershipRequest;
  readonly ownershipDecisions: OwnershipDecision;
  readonly aiSystems: AISystem;
  readonly aiVerifications: AIVerification;
  readonly aiSubmissions: AIClassificationSubmission;
  readonly risks: Risk;
  readonly riskAcceptances: RiskAcceptance;
  readonly assessments: Assessment;
  readonly usageObservations: UsageObservation;
  readonly usageTriage: UsageTriage;
  readonly scorecardSnapshots: ScorecardSnapshot;
  readonly missions: Mission;
  readonly governanceSettings: GovernanceSetting;
  readonly accessReviewCampaigns: AccessReviewCampaign;
  readonly accessReviewItems: AccessReviewItem;
  readonly accessReviewDecisions: AccessReviewDecision;
  readonly sodRules: SoDRule;
  readonly sodExceptions: SoDException;
  readonly governanceRoles: GovernanceRoleAssignment;
  readonly processingActivities: ProcessingActivity;
  readonly frameworkControls: FrameworkControlRecord;
  readonly controlEvidence: ControlEvidenceRecord;
  readonly dpias: Dpia;
  readonly dpiaDecisions: DpiaDecision;
  readonly procedures: Procedure;
  readonly meetingActions: MeetingAction;
  readonly assessmentTemplates: AssessmentTemplateRecord;
  readonly literacyMeasures: LiteracyMeasure;
  readonly literacyAcknowledgements: LiteracyAcknowledgement;
  readonly stakeholderRequirements: StakeholderRequirement;
  readonly dataQualityMeasurements: QualityMeasurement;
}

/** One repository per list, keyed like the schema. */
export type Repositories = { readonly [K in ListKey]: IListRepository<ListDomains[K]> };

/**
 * Builds every list's repository on one PnPjs root. Call it once per web part (or workbench user) and hand the
 * repositories to containers as props.
 */
export function createRepositories(sp: SPFI, options: RepositoryOptions = {}): Repositories {
  const repositories: Partial<Record<ListKey, IListRepository<unknown>>> = {};
  for (const key of Object.keys(LISTS) as ListKey[]) {
    repositories[key] = new ListRepository(sp, LISTS[key], options);
  }
  // Every key of LISTS is filled above, and LISTS[key] is the definition of ListDomains[key].
  return repositories as Repositories;
}
