import type { AccessReviewItem } from '../../models/accessReview';
import { ENTITLEMENT_KINDS, PRINCIPAL_TYPES, RECOMMENDATIONS, RESOURCE_TYPES } from '../../models/accessReview';
import type { ListDefinition } from '../types';

/**
 * AccessReviewItems: the (principal, resource, entitlement) rows a campaign froze when it started, in `$batch`es, so
 * later directory changes do not change what is reviewed. Leads write it (`leadsWrite`): nobody can reassign an item
 * to themselves. A reviewer's "My reviews" reads it by Campaign + Reviewer (both indexed).
 */
export const ACCESS_REVIEW_ITEMS_LIST: ListDefinition<AccessReviewItem> = {
  key: 'accessReviewItems',
  title: 'AccessReviewItems',
  description: 'What each access review campaign reviews, frozen when it started: principal, resource, entitlement, reviewer and recommendation.',
  majorVersionLimit: 50,
  access: 'leadsWrite',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Campaign', property: 'campaign', displayName: 'Campaign', type: 'Lookup', lookupList: 'accessReviewCampaigns', required: true, indexed: true, group: 'identity' },
    { internalName: 'PrincipalKey', property: 'principalKey', displayName: 'Principal key', type: 'Text', maxLength: 255, required: true, indexed: true, group: 'principal' },
    { internalName: 'PrincipalName', property: 'principalName', displayName: 'Principal', type: 'Text', maxLength: 255, required: true, group: 'principal' },
    { internalName: 'PrincipalEmail', property: 'principalEmail', displayName: 'Principal e-mail', type: 'Text', maxLength: 255, indexed: true, group: 'principal' },
    { internalName: 'PrincipalType', property: 'principalType', displayName: 'Principal type', type: 'Choice', choices: PRINCIPAL_TYPES, required: true, group: 'principal' },
    { internalName: 'ResourceKey', property: 'resourceKey', displayName: 'Resource key', type: 'Text', maxLength: 255, required: true, indexed: true, group: 'resource' },
    { internalName: 'ResourceName', property: 'resourceName', displayName: 'Resource', type: 'Text', maxLength: 255, required: true, group: 'resource' },
    { internalName: 'ResourceType', property: 'resourceType', displayName: 'Resource type', type: 'Choice', choices: RESOURCE_TYPES, required: true, group: 'resource' },
    { internalName: 'Entitlement', property: 'entitlement', displayName: 'Entitlement', type: 'Text', maxLength: 255, required: true, group: 'resource' },
    { internalName: 'EntitlementKind', property: 'entitlementKind', displayName: 'Entitlement kind', type: 'Choice', choices: ENTITLEMENT_KINDS, required: true, group: 'resource' },
    { internalName: 'LastSignIn', property: 'lastSignIn', displayName: 'Last sign-in', type: 'DateTime', group: 'principal' },
    { internalName: 'AccountEnabled', property: 'accountEnabled', displayName: 'Account enabled', type: 'Boolean', group: 'principal' },
    { internalName: 'Department', property: 'department', displayName: 'Department', type: 'Text', maxLength: 255, group: 'principal' },
    { internalName: 'Region', property: 'region', displayName: 'Region', type: 'Text', maxLength: 100, indexed: true, group: 'principal' },
    { internalName: 'Reviewer', property: 'reviewer', displayName: 'Reviewer', type: 'User', indexed: true, group: 'review' },
    { internalName: 'RoutedToFallback', property: 'routedToFallback', displayName: 'Routed to fallback', type: 'Boolean', group: 'review' },
    { internalName: 'Recommendation', property: 'recommendation', displayName: 'Recommendation', type: 'Choice', choices: RECOMMENDATIONS, required: true, defaultValue: 'None', indexed: true, group: 'review' },
    { internalName: 'RecommendationReasons', property: 'recommendationReasons', displayName: 'Recommendation reasons', type: 'Note', maxLength: 2000, group: 'review' },
    { internalName: 'AppliedOn', property: 'appliedOn', displayName: 'Applied on', type: 'DateTime', indexed: true, computed: true, group: 'review' }
  ]
};
