import type { Dpia } from '../../privacy/dpiaModel';
import { DPIA_STATES } from '../../privacy/dpiaModel';
import type { ListDefinition } from '../types';

/**
 * DPIAs: data protection impact assessments in the CNIL's method, one item per DPIA, each assessing one processing
 * activity. The sections are JSON in multi-line fields (read and written only through `readDpiaContent` and
 * `dpiaContentFields`); the state is a cache the suite keeps for filters, derived from the DPIADecisions items.
 * Indexed: what the register filters on (activity, state, mission, region).
 */
export const DPIAS_LIST: ListDefinition<Dpia> = {
  key: 'dpias',
  title: 'DPIAs',
  description: 'Data protection impact assessments (GDPR Art. 35, CNIL method) of processing activities.',
  majorVersionLimit: 500,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Activity', property: 'activity', displayName: 'Processing activity', type: 'Lookup', lookupList: 'processingActivities', required: true, indexed: true, group: 'identity' },
    { internalName: 'Mission', property: 'mission', displayName: 'Mission', type: 'Text', maxLength: 255, indexed: true, group: 'identity' },
    { internalName: 'Region', property: 'region', displayName: 'Region', type: 'Text', maxLength: 255, indexed: true, group: 'identity' },
    { internalName: 'State', property: 'state', displayName: 'State', type: 'Choice', choices: DPIA_STATES, defaultValue: 'Draft', indexed: true, computed: true, group: 'state' },
    { internalName: 'Context', property: 'context', displayName: 'Context (JSON)', type: 'Note', maxLength: 30000, group: 'sections' },
    { internalName: 'Principles', property: 'principles', displayName: 'Fundamental principles (JSON)', type: 'Note', maxLength: 30000, group: 'sections' },
    { internalName: 'Risks', property: 'risks', displayName: 'Risks (JSON)', type: 'Note', maxLength: 30000, group: 'sections' },
    { internalName: 'ActionPlan', property: 'actionPlan', displayName: 'Action plan (JSON)', type: 'Note', maxLength: 30000, group: 'sections' },
    { internalName: 'ContentHash', property: 'contentHash', displayName: 'Content fingerprint', type: 'Text', maxLength: 64, computed: true, group: 'state' },
    { internalName: 'SubmittedHash', property: 'submittedHash', displayName: 'Submitted for opinion (fingerprint)', type: 'Text', maxLength: 64, computed: true, group: 'state' }
  ]
};
