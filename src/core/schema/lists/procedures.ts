import { PROCEDURE_STATUSES, PROCEDURE_TYPES, type Procedure } from '../../models/procedure';
import type { ListDefinition } from '../types';

/**
 * Procedures (issue 19, part 3): the procedures library, one item per procedure, standard, template, guideline or
 * process map, with its owner, version, review date, the link to the document in a SharePoint library, and the RACI
 * activities and frameworks it governs. Only the governance leads write it (`leadsWrite`); everyone reads.
 */
export const PROCEDURES_LIST: ListDefinition<Procedure> = {
  key: 'procedures',
  title: 'Procedures',
  description: 'Governance procedures, standards, templates, guidelines and process maps: owner, version, review date, document link, and the activities they govern.',
  majorVersionLimit: 100,
  access: 'leadsWrite',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'procedure' },
    { internalName: 'ProcedureType', property: 'procedureType', displayName: 'Type', type: 'Choice', choices: PROCEDURE_TYPES, required: true, indexed: true, group: 'procedure' },
    { internalName: 'Owner', property: 'owner', displayName: 'Owner', type: 'User', indexed: true, group: 'procedure' },
    { internalName: 'DocumentVersion', property: 'documentVersion', displayName: 'Version', type: 'Text', maxLength: 20, group: 'procedure' },
    { internalName: 'ReviewDate', property: 'reviewDate', displayName: 'Review date', type: 'DateTime', dateOnly: true, indexed: true, group: 'procedure' },
    { internalName: 'DocumentLink', property: 'documentLink', displayName: 'Document', type: 'URL', group: 'procedure' },
    { internalName: 'RelatedActivities', property: 'relatedActivities', displayName: 'Related activities', type: 'Note', maxLength: 2000, group: 'links' },
    { internalName: 'RelatedFrameworks', property: 'relatedFrameworks', displayName: 'Related frameworks', type: 'Note', maxLength: 2000, group: 'links' },
    { internalName: 'Status', property: 'status', displayName: 'Status', type: 'Choice', choices: PROCEDURE_STATUSES, required: true, defaultValue: 'Active', indexed: true, group: 'procedure' },
    { internalName: 'Description', property: 'description', displayName: 'Description', type: 'Note', maxLength: 2000, group: 'procedure' }
  ]
};
