/**
 * Access reviews and segregation of duties (issue 16): who may decide an item and what it becomes, recommendations,
 * reviewer routing, SoD violations and exceptions, recurrence, stale groups, imported access files, and the campaign's
 * outcomes (progress, remediation list, evidence).
 */
export { checkAccessFile, ACCESS_FILE_COLUMNS, ACCESS_ROW_ISSUES } from './importRows';
export type { AccessFileColumn, AccessFileProblem, AccessRowIssue, AccessRowIssueCode, CheckedAccessFile, ImportedAccessRow } from './importRows';
export { MAX_CAMPAIGN_ITEMS } from './limits';
export { campaignProgress, decisionsByItem, evidenceLines, remediationRows, reviewItems, REMEDIATION_COLUMNS } from './outcomes';
export type { CampaignProgress, EvidenceLine, RemediationRow, ReviewedItem } from './outcomes';
export { DEFAULT_STALE_SIGN_IN_DAYS, parseReasons, recommend } from './recommendations';
export type { RecommendationFacts, RecommendationResult } from './recommendations';
export { nextCampaign } from './recurrence';
export { deriveItemReview, finalOutcome, mayDecide, startsWithFallback } from './reviewState';
export type { CampaignRule, FinalOutcome, ItemReviewState, OutcomeSource, ReviewIgnoredReason } from './reviewState';
export { routeReviewer } from './routing';
export type { RoutedReviewer } from './routing';
export { parseCampaignScope, serialiseCampaignScope } from './scope';
export { conflictingKeys, entitlementKey, evaluateSoD, judgeExceptions } from './sod';
export type { ExceptionIgnoredReason, HeldEntitlement, SoDViolation } from './sod';
export { staleReasons, STALE_GROUP_REASONS } from './staleGroups';
export type { GroupFacts, StaleGroupReason } from './staleGroups';
export { accessFiguresByRegion, UNASSIGNED_REGION } from './scorecardFigures';
export type { AccessFigureDetail, AccessFigures, AccessRegionFigures } from './scorecardFigures';
