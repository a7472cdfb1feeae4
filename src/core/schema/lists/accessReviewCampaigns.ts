import type { AccessReviewCampaign } from '../../models/accessReview';
import { CAMPAIGN_RECURRENCES, CAMPAIGN_SCOPE_KINDS, CAMPAIGN_STATES, REVIEWER_RULES, UNDECIDED_OUTCOMES } from '../../models/accessReview';
import type { ListDefinition } from '../types';

/**
 * AccessReviewCampaigns: recertification campaigns over groups, apps, directory roles or an imported file (issue 16).
 * Only governance leads write it (`leadsWrite`): a campaign decides who reviews whom.
 */
export const ACCESS_REVIEW_CAMPAIGNS_LIST: ListDefinition<AccessReviewCampaign> = {
  key: 'accessReviewCampaigns',
  title: 'AccessReviewCampaigns',
  description: 'Access review campaigns: scope, reviewers, dates, recurrence and what happens to undecided items.',
  majorVersionLimit: 100,
  access: 'leadsWrite',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'campaign' },
    { internalName: 'Description', property: 'description', displayName: 'Description', type: 'Note', maxLength: 2000, group: 'campaign' },
    { internalName: 'ScopeKind', property: 'scopeKind', displayName: 'Scope kind', type: 'Choice', choices: CAMPAIGN_SCOPE_KINDS, required: true, indexed: true, group: 'scope' },
    { internalName: 'Scope', property: 'scope', displayName: 'Scope', type: 'Note', maxLength: 20000, required: true, group: 'scope' },
    { internalName: 'ReviewerRule', property: 'reviewerRule', displayName: 'Reviewer rule', type: 'Choice', choices: REVIEWER_RULES, required: true, group: 'reviewers' },
    { internalName: 'NamedReviewers', property: 'namedReviewers', displayName: 'Named reviewers', type: 'UserMulti', group: 'reviewers' },
    { internalName: 'FallbackReviewer', property: 'fallbackReviewer', displayName: 'Fallback reviewer', type: 'User', required: true, indexed: true, group: 'reviewers' },
    { internalName: 'StartDate', property: 'startDate', displayName: 'Start date', type: 'DateTime', dateOnly: true, required: true, indexed: true, group: 'schedule' },
    { internalName: 'DueDate', property: 'dueDate', displayName: 'Due date', type: 'DateTime', dateOnly: true, required: true, indexed: true, group: 'schedule' },
    { internalName: 'Recurrence', property: 'recurrence', displayName: 'Recurrence', type: 'Choice', choices: CAMPAIGN_RECURRENCES, required: true, defaultValue: 'One-off', group: 'schedule' },
    { internalName: 'UndecidedOutcome', property: 'undecidedOutcome', displayName: 'Undecided at due date', type: 'Choice', choices: UNDECIDED_OUTCOMES, required: true, defaultValue: 'Keep', group: 'schedule' },
    { internalName: 'JustificationRequired', property: 'justificationRequired', displayName: 'Justification required', type: 'Boolean', defaultValue: true, group: 'schedule' },
    { internalName: 'State', property: 'state', displayName: 'State', type: 'Choice', choices: CAMPAIGN_STATES, required: true, defaultValue: 'Draft', indexed: true, computed: true, group: 'campaign' },
    { internalName: 'Region', property: 'region', displayName: 'Region', type: 'Text', maxLength: 100, indexed: true, group: 'scope' },
    { internalName: 'ItemCount', property: 'itemCount', displayName: 'Items', type: 'Number', integer: true, min: 0, computed: true, group: 'campaign' },
    { internalName: 'ClosedOn', property: 'closedOn', displayName: 'Closed on', type: 'DateTime', computed: true, indexed: true, group: 'campaign' },
    { internalName: 'PreviousCampaign', property: 'previousCampaign', displayName: 'Previous campaign', type: 'Lookup', lookupList: 'accessReviewCampaigns', indexed: true, computed: true, group: 'campaign' }
  ]
};
