import type { AISystem } from '../../models/aiSystem';
import { AI_APPLICABILITY_BASES, AI_APPROVAL_STATUSES, AI_LIFECYCLES, AI_RISK_TIERS, AI_SYSTEM_TYPES, AI_VERIFICATION_STATES } from '../../models/aiSystem';
import type { ListDefinition } from '../types';

/** AISystems: the AI registry with its EU AI Act classification (DESIGN sections 3 and 5). */
export const AI_SYSTEMS_LIST: ListDefinition<AISystem> = {
  key: 'aiSystems',
  title: 'AISystems',
  description: 'Registry of AI systems in use or proposed, with their EU AI Act classification and verification.',
  majorVersionLimit: 500,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Description', property: 'description', displayName: 'Description', type: 'Note', maxLength: 4000, group: 'identity' },
    { internalName: 'Vendor', property: 'vendor', displayName: 'Vendor', type: 'Text', maxLength: 255, indexed: true, group: 'identity' },
    { internalName: 'SystemType', property: 'systemType', displayName: 'System type', type: 'Choice', choices: AI_SYSTEM_TYPES, indexed: true, group: 'identity' },
    { internalName: 'Purpose', property: 'purpose', displayName: 'Purpose', type: 'Note', maxLength: 4000, group: 'identity' },
    { internalName: 'BusinessOwner', property: 'businessOwner', displayName: 'Business owner', type: 'User', indexed: true, group: 'ownership' },
    { internalName: 'TechnicalOwner', property: 'technicalOwner', displayName: 'Technical owner', type: 'User', indexed: true, group: 'ownership' },
    { internalName: 'Department', property: 'department', displayName: 'Department', type: 'Text', maxLength: 255, indexed: true, group: 'organisation' },
    // Multi-value lookups cannot be indexed in SharePoint, so Missions and LinkedDataAssets are not.
    { internalName: 'Missions', property: 'missions', displayName: 'Missions', type: 'LookupMulti', lookupList: 'missions', group: 'organisation' },
    { internalName: 'Lifecycle', property: 'lifecycle', displayName: 'Lifecycle', type: 'Choice', choices: AI_LIFECYCLES, required: true, defaultValue: 'Proposed', indexed: true, group: 'lifecycle' },
    { internalName: 'ApprovalStatus', property: 'approvalStatus', displayName: 'Approval status', type: 'Choice', choices: AI_APPROVAL_STATUSES, required: true, defaultValue: 'Pending review', indexed: true, group: 'lifecycle' },
    { internalName: 'ClassificationProfile', property: 'classificationProfile', displayName: 'Classification profile (JSON)', type: 'Note', maxLength: 20000, group: 'classification' },
    { internalName: 'RiskTier', property: 'riskTier', displayName: 'AI Act risk tier', type: 'Choice', choices: AI_RISK_TIERS, indexed: true, computed: true, group: 'classification' },
    { internalName: 'ClassificationResult', property: 'classificationResult', displayName: 'Classification result (JSON)', type: 'Note', maxLength: 20000, computed: true, group: 'classification' },
    { internalName: 'ApplicabilityBasis', property: 'applicabilityBasis', displayName: 'Applicability basis', type: 'Choice', choices: AI_APPLICABILITY_BASES, indexed: true, group: 'classification' },
    { internalName: 'ClassifiedBy', property: 'classifiedBy', displayName: 'Classified by', type: 'User', computed: true, group: 'classification' },
    { internalName: 'VerifiedBy', property: 'verifiedBy', displayName: 'Verified by', type: 'User', indexed: true, computed: true, group: 'classification' },
    { internalName: 'VerifiedOn', property: 'verifiedOn', displayName: 'Verified on', type: 'DateTime', indexed: true, computed: true, group: 'classification' },
    { internalName: 'ProfileHash', property: 'profileHash', displayName: 'Profile hash', type: 'Text', maxLength: 64, computed: true, group: 'classification' },
    { internalName: 'VerificationState', property: 'verificationState', displayName: 'Verification state', type: 'Choice', choices: AI_VERIFICATION_STATES, defaultValue: 'Unverified', indexed: true, computed: true, group: 'classification' },
    { internalName: 'ReviewPriority', property: 'reviewPriority', displayName: 'Review priority', type: 'Number', integer: true, min: 0, max: 99, indexed: true, computed: true, group: 'classification' },
    { internalName: 'LinkedDataAssets', property: 'linkedDataAssets', displayName: 'Linked data assets', type: 'LookupMulti', lookupList: 'dataAssets', group: 'documentation' },
    { internalName: 'DpiaUrl', property: 'dpiaUrl', displayName: 'DPIA', type: 'URL', group: 'documentation' },
    { internalName: 'ModelCardUrl', property: 'modelCardUrl', displayName: 'Model card', type: 'URL', group: 'documentation' },
    { internalName: 'VendorTermsUrl', property: 'vendorTermsUrl', displayName: 'Vendor terms', type: 'URL', group: 'documentation' },
    { internalName: 'NextReviewDate', property: 'nextReviewDate', displayName: 'Next review date', type: 'DateTime', dateOnly: true, indexed: true, group: 'lifecycle' },
    // Usage monitoring matches observed apps on these (src/core/usage); one value per line.
    { internalName: 'WebDomains', property: 'webDomains', displayName: 'Web domains', type: 'Note', maxLength: 2000, group: 'identity' },
    { internalName: 'Aliases', property: 'aliases', displayName: 'Aliases', type: 'Note', maxLength: 2000, group: 'identity' }
  ]
};
