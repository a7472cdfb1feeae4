import type { AccessReviewDecision } from '../../models/accessReview';
import { ACCESS_REVIEW_DECISIONS } from '../../models/accessReview';
import type { ListDefinition } from '../types';

/**
 * AccessReviewDecisions: a reviewer's Keep / Remove / Don't know, one item per decision. The decider is the item's
 * Author (SharePoint sets it); the list is add-only, so nobody alters a decision once made (DESIGN sections 6, 10).
 */
export const ACCESS_REVIEW_DECISIONS_LIST: ListDefinition<AccessReviewDecision> = {
  key: 'accessReviewDecisions',
  title: 'AccessReviewDecisions',
  description: 'Reviewers\' decisions on access review items; decisions are added, never edited or deleted (a changed mind is a new decision).',
  majorVersionLimit: 100,
  itemLevelSecurity: { read: 'all', write: 'own' },
  access: 'appendOnly',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Item', property: 'item', displayName: 'Item', type: 'Lookup', lookupList: 'accessReviewItems', required: true, indexed: true, group: 'identity' },
    { internalName: 'Campaign', property: 'campaign', displayName: 'Campaign', type: 'Lookup', lookupList: 'accessReviewCampaigns', required: true, indexed: true, group: 'identity' },
    { internalName: 'Decision', property: 'decision', displayName: 'Decision', type: 'Choice', choices: ACCESS_REVIEW_DECISIONS, required: true, indexed: true, group: 'decision' },
    { internalName: 'Justification', property: 'justification', displayName: 'Justification', type: 'Note', maxLength: 2000, group: 'decision' }
  ]
};
