import type { RiskAcceptance } from '../../models/riskAcceptance';
import { RISK_ACCEPTANCE_DECISIONS } from '../../models/riskAcceptance';
import type { ListDefinition } from '../types';

/**
 * RiskAcceptances: a governance lead's decision to accept a risk above appetite (DESIGN section 7), one item per
 * decision. The decider is the item's Author, which SharePoint sets; provisioning makes the list add-only (`access`),
 * so nobody can alter a lead's decision, or their own, or pass theirs off as one.
 */
export const RISK_ACCEPTANCES_LIST: ListDefinition<RiskAcceptance> = {
  key: 'riskAcceptances',
  title: 'RiskAcceptances',
  description: 'Decisions accepting risks above the appetite, with their expiry; decisions are added, never edited or deleted (a changed mind is a new decision).',
  majorVersionLimit: 100,
  itemLevelSecurity: { read: 'all', write: 'own' },
  access: 'appendOnly',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Risk', property: 'risk', displayName: 'Risk', type: 'Lookup', lookupList: 'risks', required: true, indexed: true, group: 'identity' },
    { internalName: 'Decision', property: 'decision', displayName: 'Decision', type: 'Choice', choices: RISK_ACCEPTANCE_DECISIONS, required: true, indexed: true, group: 'acceptance' },
    { internalName: 'ExpiresOn', property: 'expiresOn', displayName: 'Expires on', type: 'DateTime', dateOnly: true, required: true, indexed: true, group: 'acceptance' },
    { internalName: 'AcceptedScore', property: 'acceptedScore', displayName: 'Accepted score', type: 'Number', integer: true, min: 1, max: 25, required: true, group: 'acceptance' },
    { internalName: 'Comment', property: 'comment', displayName: 'Comment', type: 'Note', maxLength: 2000, group: 'acceptance' }
  ]
};
