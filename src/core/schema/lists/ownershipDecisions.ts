import type { OwnershipDecision } from '../../models/ownershipDecision';
import { OWNERSHIP_DECISIONS } from '../../models/ownershipDecision';
import type { ListDefinition } from '../types';

/**
 * OwnershipDecisions: the nominee's Approve/Decline, one item per decision. The decider is the item's Author,
 * which SharePoint sets and no client can forge; provisioning gives the list an add-only permission level
 * (`access: 'appendOnly'`), so nobody can alter a decision once made, their own included (DESIGN section 6).
 */
export const OWNERSHIP_DECISIONS_LIST: ListDefinition<OwnershipDecision> = {
  key: 'ownershipDecisions',
  title: 'OwnershipDecisions',
  description: 'Custodians\' decisions on ownership requests; decisions are added, never edited or deleted (a changed mind is a new decision).',
  majorVersionLimit: 100,
  itemLevelSecurity: { read: 'all', write: 'own' },
  access: 'appendOnly',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Request', property: 'request', displayName: 'Request', type: 'Lookup', lookupList: 'ownershipRequests', required: true, indexed: true, group: 'identity' },
    { internalName: 'Asset', property: 'asset', displayName: 'Asset', type: 'Lookup', lookupList: 'dataAssets', required: true, indexed: true, group: 'identity' },
    { internalName: 'Decision', property: 'decision', displayName: 'Decision', type: 'Choice', choices: OWNERSHIP_DECISIONS, required: true, indexed: true, group: 'ownership' },
    { internalName: 'Comment', property: 'comment', displayName: 'Comment', type: 'Note', maxLength: 2000, group: 'ownership' }
  ]
};
