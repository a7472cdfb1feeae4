import type { AIClassificationSubmission } from '../../models/aiClassificationSubmission';
import type { ListDefinition } from '../types';

/**
 * AIClassificationSubmissions: who submitted which answers of an AI system's classification (DESIGN sections 5 and
 * 6). The submitter is the item's Author, which SharePoint sets and no client can forge; the verification rule
 * reads it here instead of trusting a ClassifiedBy field on the system. Append-only: nobody edits a submission.
 */
export const AI_CLASSIFICATION_SUBMISSIONS_LIST: ListDefinition<AIClassificationSubmission> = {
  key: 'aiSubmissions',
  title: 'AIClassificationSubmissions',
  description: 'Submissions of AI system classification answers; the submitter is the author of the item. Nobody edits a submission.',
  majorVersionLimit: 100,
  itemLevelSecurity: { read: 'all', write: 'own' },
  access: 'appendOnly',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'System', property: 'system', displayName: 'AI system', type: 'Lookup', lookupList: 'aiSystems', required: true, indexed: true, group: 'identity' },
    { internalName: 'ProfileHash', property: 'profileHash', displayName: 'Answers submitted (hash)', type: 'Text', maxLength: 64, required: true, indexed: true, group: 'classification' },
    { internalName: 'Profile', property: 'profile', displayName: 'Answers submitted', type: 'Note', maxLength: 20000, group: 'classification' }
  ]
};
