import type { GovernanceSetting } from '../../models/governanceSetting';
import type { ListDefinition } from '../types';

/** GovernanceSettings: key/value configuration read at start; defaults live in code. */
export const GOVERNANCE_SETTINGS_LIST: ListDefinition<GovernanceSetting> = {
  key: 'governanceSettings',
  title: 'GovernanceSettings',
  description: 'Settings of the governance suite (taxonomy, score weights, review cycles, risk appetite) as JSON values.',
  majorVersionLimit: 500,
  access: 'leadsWrite',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Key', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Value', property: 'value', displayName: 'Value (JSON)', type: 'Note', required: true, maxLength: 20000, group: 'identity' },
    { internalName: 'Description', property: 'description', displayName: 'Description', type: 'Note', maxLength: 4000, group: 'identity' }
  ]
};
