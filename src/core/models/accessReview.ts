import type { IsoDate, JsonText, LookupRef, PersonRef } from './common';

/** Lifecycle of a campaign: drafted by a lead, started (items snapshotted), closed (outcomes fixed). */
export const CAMPAIGN_STATES = ['Draft', 'Active', 'Closed'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

/** How often a campaign repeats: the next instance is drafted when one closes. */
export const CAMPAIGN_RECURRENCES = ['One-off', 'Quarterly', 'Half-yearly', 'Yearly'] as const;
export type CampaignRecurrence = (typeof CAMPAIGN_RECURRENCES)[number];

/** What an item nobody decided by the due date becomes when the campaign closes. */
export const UNDECIDED_OUTCOMES = ['Keep', 'Remove', 'Take recommendation'] as const;
export type UndecidedOutcome = (typeof UNDECIDED_OUTCOMES)[number];

/**
 * What a campaign reviews. Groups: chosen Microsoft 365 groups / Teams (and the sites behind them); Region: the groups
 * whose sites the inventory's records of a region or mission point at; Guests: every group with guests; AppRoles:
 * app role assignments of chosen enterprise apps; DirectoryRoles: members of chosen directory roles; Imported: rows of
 * an uploaded file (access held in One Identity Manager, on-premises AD or any other system).
 */
export const CAMPAIGN_SCOPE_KINDS = ['Groups', 'Region', 'Guests', 'AppRoles', 'DirectoryRoles', 'Imported'] as const;
export type CampaignScopeKind = (typeof CAMPAIGN_SCOPE_KINDS)[number];

/** Who reviews each item; `fallbackReviewer` takes what no rule resolves, self-reviews and "don't know". */
export const REVIEWER_RULES = ['Resource owners', 'Inventory custodian', 'Manager', 'Named people'] as const;
export type ReviewerRule = (typeof REVIEWER_RULES)[number];

/** The scope's parameters, stored as JSON in `Scope` (parsed and validated by `parseCampaignScope`). */
export interface CampaignScope {
  readonly kind: CampaignScopeKind;
  /** Groups: directory ids of the chosen groups. */
  readonly groupIds?: readonly string[];
  /** Region: the region, optionally narrowed to one mission. */
  readonly region?: string;
  readonly mission?: string;
  /** AppRoles: service principal ids of the chosen enterprise apps. */
  readonly appIds?: readonly string[];
  /** DirectoryRoles: ids of the chosen directory roles. */
  readonly roleIds?: readonly string[];
  /** Imported: the uploaded file's name (its rows are snapshotted when the campaign starts). */
  readonly fileName?: string;
}

/** A review campaign (list AccessReviewCampaigns; leads write it). */
export interface AccessReviewCampaign {
  title: string;
  description?: string;
  scopeKind: CampaignScopeKind;
  /** `CampaignScope` as JSON. */
  scope: JsonText;
  reviewerRule: ReviewerRule;
  /** Reviewers when the rule is "Named people". */
  namedReviewers?: PersonRef[];
  /** Decides what no rule resolves, every self-review and every "don't know". */
  fallbackReviewer: PersonRef;
  startDate: IsoDate;
  dueDate: IsoDate;
  recurrence: CampaignRecurrence;
  undecidedOutcome: UndecidedOutcome;
  justificationRequired: boolean;
  state: CampaignState;
  /** Region the campaign covers (for the scorecard's per-region figures); empty for organisation-wide ones. */
  region?: string;
  /** Number of items snapshotted when it started. */
  itemCount?: number;
  /** When a lead closed it: decisions made later do not count. */
  closedOn?: IsoDate;
  /** The campaign this one recurs from. */
  previousCampaign?: LookupRef;
}

export const PRINCIPAL_TYPES = ['User', 'Guest', 'Service principal', 'Group'] as const;
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number];

export const RESOURCE_TYPES = ['Group', 'Application', 'Directory role', 'External'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** The access reviewed: membership or ownership of a group, an app role, a directory role, or an imported right. */
export const ENTITLEMENT_KINDS = ['Member', 'Owner', 'App role', 'Directory role', 'Imported'] as const;
export type EntitlementKind = (typeof ENTITLEMENT_KINDS)[number];

/** Why the suite recommends removing (or looking closely at) an access. */
export const RECOMMENDATION_REASONS = ['disabled', 'leftOrganisation', 'noSignIn', 'sodConflict', 'guest', 'guestWithoutSponsor', 'highlyConfidential'] as const;
export type RecommendationReason = (typeof RECOMMENDATION_REASONS)[number];

export const RECOMMENDATIONS = ['Keep', 'Remove', 'None'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/**
 * One (principal, resource, entitlement) frozen when the campaign started (list AccessReviewItems; leads write it,
 * so nobody can reassign an item to themselves). The reviewer is a site user; the principal is a directory object
 * (or an imported account) identified by `principalKey` (object id or the file's account name) and `principalEmail`.
 */
export interface AccessReviewItem {
  title: string;
  campaign: LookupRef;
  principalKey: string;
  principalName: string;
  principalEmail?: string;
  principalType: PrincipalType;
  resourceKey: string;
  resourceName: string;
  resourceType: ResourceType;
  entitlement: string;
  entitlementKind: EntitlementKind;
  /** Last interactive sign-in, when the directory or the file gives it. */
  lastSignIn?: IsoDate;
  accountEnabled?: boolean;
  department?: string;
  region?: string;
  /** The assigned reviewer (a site user): the only person whose decision counts, until they answer "don't know". */
  reviewer?: PersonRef;
  /** The reviewer rule resolved nobody, or resolved the principal themselves: the fallback reviews. */
  routedToFallback?: boolean;
  recommendation: Recommendation;
  /** `RecommendationReason[]` as JSON. */
  recommendationReasons?: JsonText;
  /** When a lead marked a removal applied in the source system (or the suite applied it through Graph). */
  appliedOn?: IsoDate;
}

export const ACCESS_REVIEW_DECISIONS = ['Keep', 'Remove', "Don't know"] as const;
export type AccessReviewDecisionValue = (typeof ACCESS_REVIEW_DECISIONS)[number];

/**
 * A reviewer's answer (list AccessReviewDecisions, add-only). The decider is the item's Author, set by SharePoint:
 * deliberately not a field (DESIGN section 6).
 */
export interface AccessReviewDecision {
  title: string;
  item: LookupRef;
  /** Denormalised so a campaign's decisions are read with one indexed filter. */
  campaign: LookupRef;
  decision: AccessReviewDecisionValue;
  justification?: string;
}

/**
 * Two entitlements nobody should hold together (list SoDRules; leads write it). An entitlement key is
 * `<kind>:<resourceKey>:<entitlement>` (see `entitlementKey`), e.g. `Member:<group id>:Member`.
 */
export interface SoDRule {
  title: string;
  entitlementA: string;
  labelA: string;
  entitlementB: string;
  labelB: string;
  riskStatement: string;
  active: boolean;
}

/**
 * An accepted violation (list SoDExceptions, add-only): the approver is the Author and must be a lead who is not the
 * principal; after `expiresOn` the violation returns.
 */
export interface SoDException {
  title: string;
  rule: LookupRef;
  principalKey: string;
  principalName: string;
  principalEmail?: string;
  mitigatingControl: string;
  expiresOn: IsoDate;
}
