import type { DpiaDecision } from '../../privacy/dpiaModel';
import { DPIA_DECISION_KINDS, DPIA_DECISION_VALUES } from '../../privacy/dpiaModel';
import type { ListDefinition } from '../types';

/**
 * DPIADecisions: the DPO's opinions and the controller's validations of DPIAs, one item per decision. The decider is
 * the item's Author, which SharePoint sets; provisioning makes the list add-only (`access`), so nobody can alter a
 * decision once made, their own included. A decision names the content it was made for (fingerprint and the DPIA's
 * Modified), so a changed DPIA needs new decisions.
 */
export const DPIA_DECISIONS_LIST: ListDefinition<DpiaDecision> = {
  key: 'dpiaDecisions',
  title: 'DPIADecisions',
  description: 'DPO opinions and controller validations of DPIAs; decisions are added, never edited or deleted (a changed mind is a new decision).',
  majorVersionLimit: 100,
  itemLevelSecurity: { read: 'all', write: 'own' },
  access: 'appendOnly',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Dpia', property: 'dpia', displayName: 'DPIA', type: 'Lookup', lookupList: 'dpias', required: true, indexed: true, group: 'identity' },
    { internalName: 'Kind', property: 'kind', displayName: 'Kind', type: 'Choice', choices: DPIA_DECISION_KINDS, required: true, indexed: true, group: 'decision' },
    { internalName: 'Decision', property: 'decision', displayName: 'Decision', type: 'Choice', choices: DPIA_DECISION_VALUES, required: true, indexed: true, group: 'decision' },
    { internalName: 'DecidedBy', property: 'decidedBy', displayName: 'Decided by', type: 'User', required: true, indexed: true, group: 'decision' },
    { internalName: 'ContentHash', property: 'contentHash', displayName: 'Content decided (fingerprint)', type: 'Text', maxLength: 64, required: true, group: 'decision' },
    { internalName: 'DpiaModified', property: 'dpiaModified', displayName: 'DPIA version (modified)', type: 'DateTime', group: 'decision' },
    { internalName: 'Comment', property: 'comment', displayName: 'Comment', type: 'Note', maxLength: 4000, group: 'decision' }
  ]
};
