import type { Risk } from '../../models/risk';
import { RISK_CATEGORIES, RISK_LEVELS, RISK_STATUSES, RISK_TREATMENTS } from '../../models/risk';
import type { ListDefinition } from '../types';

/** Risks: the data & AI risk register with inherent and residual scoring (DESIGN sections 3 and 7). */
export const RISKS_LIST: ListDefinition<Risk> = {
  key: 'risks',
  title: 'Risks',
  description: 'Data and AI risk register: inherent and residual likelihood and impact, controls, treatment and owner.',
  majorVersionLimit: 500,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Description', property: 'description', displayName: 'Description', type: 'Note', maxLength: 4000, group: 'identity' },
    { internalName: 'Category', property: 'category', displayName: 'Category', type: 'Choice', choices: RISK_CATEGORIES, indexed: true, group: 'identity' },
    { internalName: 'RelatedAsset', property: 'relatedAsset', displayName: 'Related asset', type: 'Lookup', lookupList: 'dataAssets', indexed: true, group: 'identity' },
    { internalName: 'RelatedAISystem', property: 'relatedAISystem', displayName: 'Related AI system', type: 'Lookup', lookupList: 'aiSystems', indexed: true, group: 'identity' },
    { internalName: 'Likelihood', property: 'likelihood', displayName: 'Likelihood', type: 'Number', integer: true, min: 1, max: 5, required: true, indexed: true, group: 'scoring' },
    { internalName: 'Impact', property: 'impact', displayName: 'Impact', type: 'Number', integer: true, min: 1, max: 5, required: true, indexed: true, group: 'scoring' },
    { internalName: 'ResidualLikelihood', property: 'residualLikelihood', displayName: 'Residual likelihood', type: 'Number', integer: true, min: 1, max: 5, group: 'scoring' },
    { internalName: 'ResidualImpact', property: 'residualImpact', displayName: 'Residual impact', type: 'Number', integer: true, min: 1, max: 5, group: 'scoring' },
    // Scores and level are stored (not only computed on read) so the register and heat map can sort and filter on them.
    { internalName: 'InherentScore', property: 'inherentScore', displayName: 'Inherent score', type: 'Number', integer: true, min: 1, max: 25, indexed: true, computed: true, group: 'scoring' },
    { internalName: 'ResidualScore', property: 'residualScore', displayName: 'Residual score', type: 'Number', integer: true, min: 1, max: 25, indexed: true, computed: true, group: 'scoring' },
    { internalName: 'RiskLevel', property: 'riskLevel', displayName: 'Risk level', type: 'Choice', choices: RISK_LEVELS, indexed: true, computed: true, group: 'scoring' },
    { internalName: 'Controls', property: 'controls', displayName: 'Controls', type: 'Note', maxLength: 4000, group: 'treatment' },
    { internalName: 'Treatment', property: 'treatment', displayName: 'Treatment', type: 'Choice', choices: RISK_TREATMENTS, indexed: true, group: 'treatment' },
    { internalName: 'RiskOwner', property: 'riskOwner', displayName: 'Risk owner', type: 'User', indexed: true, group: 'treatment' },
    { internalName: 'DueDate', property: 'dueDate', displayName: 'Due date', type: 'DateTime', dateOnly: true, indexed: true, group: 'treatment' },
    { internalName: 'Status', property: 'status', displayName: 'Status', type: 'Choice', choices: RISK_STATUSES, required: true, defaultValue: 'Open', indexed: true, group: 'treatment' },
    { internalName: 'EvidenceLinks', property: 'evidenceLinks', displayName: 'Evidence links', type: 'Note', maxLength: 4000, group: 'treatment' },
    // Written with the acceptance decision; indexed so a lead can list acceptances about to lapse.
    { internalName: 'AcceptedUntil', property: 'acceptedUntil', displayName: 'Accepted until', type: 'DateTime', dateOnly: true, indexed: true, computed: true, group: 'treatment' },
    { internalName: 'LastReviewed', property: 'lastReviewed', displayName: 'Last reviewed', type: 'DateTime', dateOnly: true, indexed: true, group: 'treatment' }
  ]
};
