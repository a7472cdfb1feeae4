import { EVIDENCE_KINDS } from '../../frameworks/types';
import type { ControlEvidenceRecord } from '../../frameworks/records';
import type { ListDefinition } from '../types';

/**
 * ControlEvidence: evidence recorded against a framework control, for an AI system or organisation-wide (no system).
 * Who recorded it is the item's Author, which SharePoint sets. Add-only (`appendOnly`): evidence is never edited or
 * deleted, a correction is a new item, so the coverage a lead reported can always be traced. Indexed: the control
 * and the system (the two reads), and the kind.
 */
export const CONTROL_EVIDENCE_LIST: ListDefinition<ControlEvidenceRecord> = {
  key: 'controlEvidence',
  title: 'ControlEvidence',
  description: 'Evidence for AI framework controls (links, assessment items, verifications), per AI system or organisation-wide; added, never edited.',
  majorVersionLimit: 50,
  itemLevelSecurity: { read: 'all', write: 'own' },
  access: 'appendOnly',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Evidence', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'ControlKey', property: 'controlKey', displayName: 'Control key', type: 'Text', required: true, maxLength: 120, indexed: true, group: 'identity' },
    { internalName: 'System', property: 'system', displayName: 'AI system', type: 'Lookup', lookupList: 'aiSystems', indexed: true, group: 'identity' },
    { internalName: 'Kind', property: 'kind', displayName: 'Kind', type: 'Choice', choices: EVIDENCE_KINDS, required: true, defaultValue: 'Link', indexed: true, group: 'evidence' },
    { internalName: 'EvidenceLink', property: 'evidenceLink', displayName: 'Link', type: 'URL', group: 'evidence' },
    { internalName: 'Reference', property: 'reference', displayName: 'Assessment or verification reference', type: 'Text', maxLength: 255, group: 'evidence' }
  ]
};
