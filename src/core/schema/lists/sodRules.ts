import type { SoDRule } from '../../models/accessReview';
import type { ListDefinition } from '../types';

/** SoDRules: pairs of entitlements nobody should hold together, with the risk they carry. Leads write it. */
export const SOD_RULES_LIST: ListDefinition<SoDRule> = {
  key: 'sodRules',
  title: 'SoDRules',
  description: 'Segregation-of-duties rules: two conflicting entitlements and the risk of holding both.',
  majorVersionLimit: 100,
  access: 'leadsWrite',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'rule' },
    { internalName: 'EntitlementA', property: 'entitlementA', displayName: 'Entitlement A', type: 'Text', maxLength: 255, required: true, indexed: true, group: 'rule' },
    { internalName: 'LabelA', property: 'labelA', displayName: 'Entitlement A (name)', type: 'Text', maxLength: 255, required: true, group: 'rule' },
    { internalName: 'EntitlementB', property: 'entitlementB', displayName: 'Entitlement B', type: 'Text', maxLength: 255, required: true, indexed: true, group: 'rule' },
    { internalName: 'LabelB', property: 'labelB', displayName: 'Entitlement B (name)', type: 'Text', maxLength: 255, required: true, group: 'rule' },
    { internalName: 'RiskStatement', property: 'riskStatement', displayName: 'Risk statement', type: 'Note', maxLength: 2000, required: true, group: 'rule' },
    { internalName: 'Active', property: 'active', displayName: 'Active', type: 'Boolean', defaultValue: true, indexed: true, group: 'rule' }
  ]
};
