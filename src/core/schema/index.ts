/**
 * The suite's list schema: one definition per SharePoint list, the registry keyed by `ListKey`, and the
 * provisioning order. Everything that creates, maps, validates or seeds list items starts here.
 */
import { ACCESS_REVIEW_CAMPAIGNS_LIST } from './lists/accessReviewCampaigns';
import { ACCESS_REVIEW_DECISIONS_LIST } from './lists/accessReviewDecisions';
import { ACCESS_REVIEW_ITEMS_LIST } from './lists/accessReviewItems';
import { AI_CLASSIFICATION_SUBMISSIONS_LIST } from './lists/aiClassificationSubmissions';
import { AI_SYSTEMS_LIST } from './lists/aiSystems';
import { AI_VERIFICATIONS_LIST } from './lists/aiVerifications';
import { ASSESSMENT_TEMPLATES_LIST } from './lists/assessmentTemplates';
import { ASSESSMENTS_LIST } from './lists/assessments';
import { CONTROL_EVIDENCE_LIST } from './lists/controlEvidence';
import { DATA_ASSETS_LIST } from './lists/dataAssets';
import { FRAMEWORK_CONTROLS_LIST } from './lists/frameworkControls';
import { DPIA_DECISIONS_LIST } from './lists/dpiaDecisions';
import { DPIAS_LIST } from './lists/dpias';
import { GOVERNANCE_SETTINGS_LIST } from './lists/governanceSettings';
import { MISSIONS_LIST } from './lists/missions';
import { OWNERSHIP_DECISIONS_LIST } from './lists/ownershipDecisions';
import { OWNERSHIP_REQUESTS_LIST } from './lists/ownershipRequests';
import { PROCESSING_ACTIVITIES_LIST } from './lists/processingActivities';
import { RISK_ACCEPTANCES_LIST } from './lists/riskAcceptances';
import { RISKS_LIST } from './lists/risks';
import { SCORECARD_SNAPSHOTS_LIST } from './lists/scorecardSnapshots';
import { SOD_EXCEPTIONS_LIST } from './lists/sodExceptions';
import { SOD_RULES_LIST } from './lists/sodRules';
import { USAGE_OBSERVATIONS_LIST } from './lists/usageObservations';
import { USAGE_TRIAGE_LIST } from './lists/usageTriage';
import { GOVERNANCE_ROLES_LIST } from './lists/governanceRoles';
import { MEETING_ACTIONS_LIST } from './lists/meetingActions';
import { PROCEDURES_LIST } from './lists/procedures';
import { LITERACY_ACKNOWLEDGEMENTS_LIST } from './lists/literacyAcknowledgements';
import { LITERACY_MEASURES_LIST } from './lists/literacyMeasures';
import { STAKEHOLDER_REQUIREMENTS_LIST } from './lists/stakeholderRequirements';
import { DATA_QUALITY_MEASUREMENTS_LIST } from './lists/dataQualityMeasurements';
import type { FieldDefinition, ListDefinition, ListKey } from './types';

export * from './types';
export {
  ACCESS_REVIEW_CAMPAIGNS_LIST,
  ACCESS_REVIEW_DECISIONS_LIST,
  ACCESS_REVIEW_ITEMS_LIST,
  AI_CLASSIFICATION_SUBMISSIONS_LIST,
  AI_SYSTEMS_LIST,
  AI_VERIFICATIONS_LIST,
  ASSESSMENT_TEMPLATES_LIST,
  ASSESSMENTS_LIST,
  CONTROL_EVIDENCE_LIST,
  DATA_ASSETS_LIST,
  FRAMEWORK_CONTROLS_LIST,
  DPIA_DECISIONS_LIST,
  DPIAS_LIST,
  GOVERNANCE_SETTINGS_LIST,
  MISSIONS_LIST,
  OWNERSHIP_DECISIONS_LIST,
  OWNERSHIP_REQUESTS_LIST,
  PROCESSING_ACTIVITIES_LIST,
  RISK_ACCEPTANCES_LIST,
  RISKS_LIST,
  SCORECARD_SNAPSHOTS_LIST,
  SOD_EXCEPTIONS_LIST,
  SOD_RULES_LIST,
  USAGE_OBSERVATIONS_LIST,
  USAGE_TRIAGE_LIST,
  GOVERNANCE_ROLES_LIST,
  PROCEDURES_LIST,
  MEETING_ACTIONS_LIST,
  LITERACY_MEASURES_LIST,
  LITERACY_ACKNOWLEDGEMENTS_LIST,
  STAKEHOLDER_REQUIREMENTS_LIST,
  DATA_QUALITY_MEASUREMENTS_LIST
};

/**
 * Every list by key. The value type is `ListDefinition<any>` because the registry holds definitions of different
 * domain types side by side; `ListDefinition<unknown>` would not accept them (its `fields` are keyed by the domain
 * type's properties). Callers that know the key use the typed constant (e.g. `RISKS_LIST`) instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const LISTS: Readonly<Record<ListKey, ListDefinition<any>>> = {
  missions: MISSIONS_LIST,
  governanceSettings: GOVERNANCE_SETTINGS_LIST,
  dataAssets: DATA_ASSETS_LIST,
  ownershipRequests: OWNERSHIP_REQUESTS_LIST,
  ownershipDecisions: OWNERSHIP_DECISIONS_LIST,
  aiSystems: AI_SYSTEMS_LIST,
  aiVerifications: AI_VERIFICATIONS_LIST,
  aiSubmissions: AI_CLASSIFICATION_SUBMISSIONS_LIST,
  risks: RISKS_LIST,
  riskAcceptances: RISK_ACCEPTANCES_LIST,
  assessments: ASSESSMENTS_LIST,
  usageObservations: USAGE_OBSERVATIONS_LIST,
  usageTriage: USAGE_TRIAGE_LIST,
  scorecardSnapshots: SCORECARD_SNAPSHOTS_LIST,
  accessReviewCampaigns: ACCESS_REVIEW_CAMPAIGNS_LIST,
  accessReviewItems: ACCESS_REVIEW_ITEMS_LIST,
  accessReviewDecisions: ACCESS_REVIEW_DECISIONS_LIST,
  sodRules: SOD_RULES_LIST,
  sodExceptions: SOD_EXCEPTIONS_LIST,
  governanceRoles: GOVERNANCE_ROLES_LIST,
  processingActivities: PROCESSING_ACTIVITIES_LIST,
  frameworkControls: FRAMEWORK_CONTROLS_LIST,
  controlEvidence: CONTROL_EVIDENCE_LIST,
  dpias: DPIAS_LIST,
  dpiaDecisions: DPIA_DECISIONS_LIST,
  procedures: PROCEDURES_LIST,
  meetingActions: MEETING_ACTIONS_LIST,
  assessmentTemplates: ASSESSMENT_TEMPLATES_LIST,
  literacyMeasures: LITERACY_MEASURES_LIST,
  literacyAcknowledgements: LITERACY_ACKNOWLEDGEMENTS_LIST,
  stakeholderRequirements: STAKEHOLDER_REQUIREMENTS_LIST,
  dataQualityMeasurements: DATA_QUALITY_MEASUREMENTS_LIST
};

/**
 * Every list in provisioning order: a lookup's target list always comes before the list that points to it, because
 * SharePoint needs the target list's id to create a lookup field. (A unit test checks the order.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- heterogeneous registry, see LISTS
export const ALL_LISTS: readonly ListDefinition<any>[] = [
  MISSIONS_LIST,
  GOVERNANCE_SETTINGS_LIST,
  DATA_ASSETS_LIST,
  OWNERSHIP_REQUESTS_LIST,
  OWNERSHIP_DECISIONS_LIST,
  AI_SYSTEMS_LIST,
  AI_VERIFICATIONS_LIST,
  AI_CLASSIFICATION_SUBMISSIONS_LIST,
  RISKS_LIST,
  RISK_ACCEPTANCES_LIST,
  ASSESSMENTS_LIST,
  USAGE_OBSERVATIONS_LIST,
  USAGE_TRIAGE_LIST,
  SCORECARD_SNAPSHOTS_LIST,
  ACCESS_REVIEW_CAMPAIGNS_LIST,
  ACCESS_REVIEW_ITEMS_LIST,
  ACCESS_REVIEW_DECISIONS_LIST,
  SOD_RULES_LIST,
  SOD_EXCEPTIONS_LIST,
  GOVERNANCE_ROLES_LIST,
  PROCESSING_ACTIVITIES_LIST,
  FRAMEWORK_CONTROLS_LIST,
  CONTROL_EVIDENCE_LIST,
  DPIAS_LIST,
  DPIA_DECISIONS_LIST,
  PROCEDURES_LIST,
  MEETING_ACTIONS_LIST,
  ASSESSMENT_TEMPLATES_LIST,
  LITERACY_MEASURES_LIST,
  LITERACY_ACKNOWLEDGEMENTS_LIST,
  STAKEHOLDER_REQUIREMENTS_LIST,
  DATA_QUALITY_MEASUREMENTS_LIST
];

/** The field of `list` with this SharePoint internal name (case-sensitive, as SharePoint's are); undefined if none. */
export function getField<T>(list: ListDefinition<T>, internalName: string): FieldDefinition<Extract<keyof T, string>> | undefined {
  return list.fields.find((field) => field.internalName === internalName);
}

/** The field of `list` mapped to this domain property; undefined if none. */
export function getFieldByProperty<T>(list: ListDefinition<T>, property: string): FieldDefinition<Extract<keyof T, string>> | undefined {
  return list.fields.find((field) => field.property === property);
}
