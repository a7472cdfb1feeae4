import type { AIVerification } from '../../models/aiVerification';
import { AI_VERIFICATION_DECISIONS } from '../../models/aiVerification';
import type { ListDefinition } from '../types';

/**
 * AIVerifications: governance leads' decisions on AI classifications (DESIGN sections 5 and 6). The verifier is the
 * item's Author, which SharePoint sets and no client can forge. Provisioning makes the list add-only (`access`), so
 * nobody can alter a verification once made, their own included (item-level security alone is bypassed by Edit).
 */
export const AI_VERIFICATIONS_LIST: ListDefinition<AIVerification> = {
  key: 'aiVerifications',
  title: 'AIVerifications',
  description: 'Governance leads\' verifications of AI system classifications; decisions are added, never edited or deleted (a changed mind is a new decision).',
  majorVersionLimit: 100,
  itemLevelSecurity: { read: 'all', write: 'own' },
  access: 'appendOnly',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'System', property: 'system', displayName: 'AI system', type: 'Lookup', lookupList: 'aiSystems', required: true, indexed: true, group: 'identity' },
    { internalName: 'Decision', property: 'decision', displayName: 'Decision', type: 'Choice', choices: AI_VERIFICATION_DECISIONS, required: true, indexed: true, group: 'classification' },
    { internalName: 'ProfileHash', property: 'profileHash', displayName: 'Answers verified (hash)', type: 'Text', maxLength: 64, required: true, indexed: true, group: 'classification' },
    { internalName: 'Comment', property: 'comment', displayName: 'Comment', type: 'Note', maxLength: 2000, group: 'classification' }
  ]
};
