import type { LiteracyAcknowledgement } from '../../literacy/model';
import type { ListDefinition } from '../types';

/**
 * LiteracyAcknowledgements (issue 19, part 4): a person's confirmation that they completed a literacy measure, one item
 * each. The person is the item's Author, which SharePoint sets; `Person` names who the item is for and must be its
 * Author (an item typed for someone else counts for nobody). Add-only like DPIADecisions (`appendOnly`).
 */
export const LITERACY_ACKNOWLEDGEMENTS_LIST: ListDefinition<LiteracyAcknowledgement> = {
  key: 'literacyAcknowledgements',
  title: 'LiteracyAcknowledgements',
  description: 'Acknowledgements of AI literacy measures, each authored by the person who completed the measure; added, never edited or deleted.',
  majorVersionLimit: 50,
  itemLevelSecurity: { read: 'all', write: 'own' },
  access: 'appendOnly',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Measure', property: 'measure', displayName: 'Literacy measure', type: 'Lookup', lookupList: 'literacyMeasures', required: true, indexed: true, group: 'identity' },
    { internalName: 'Person', property: 'person', displayName: 'Person', type: 'User', required: true, indexed: true, group: 'identity' },
    { internalName: 'Comment', property: 'comment', displayName: 'Comment', type: 'Note', maxLength: 2000, group: 'identity' }
  ]
};
