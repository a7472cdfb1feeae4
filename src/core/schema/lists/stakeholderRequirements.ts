import { REQUIREMENT_PRIORITIES, REQUIREMENT_SECTION_MAX, REQUIREMENT_TEXT_MAX, type StakeholderRequirement } from '../../assessments/stakeholderRequirements';
import type { ListDefinition } from '../types';

/**
 * StakeholderRequirements (issue 18, part 4): one item per need a stakeholder institution stated during an
 * information system's assessment; the assessment's report turns them into the requirements of terms of reference.
 * Indexed: the assessment run (the read) and the system (its requirements across runs).
 */
export const STAKEHOLDER_REQUIREMENTS_LIST: ListDefinition<StakeholderRequirement> = {
  key: 'stakeholderRequirements',
  title: 'StakeholderRequirements',
  description: 'Requirements stakeholder institutions stated during an information system assessment: need, institution, priority, source.',
  majorVersionLimit: 100,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Need', type: 'Text', required: true, maxLength: REQUIREMENT_TEXT_MAX, builtIn: true, indexed: true, group: 'requirement' },
    { internalName: 'Assessment', property: 'assessment', displayName: 'Assessment', type: 'Lookup', lookupList: 'assessments', required: true, indexed: true, group: 'identity' },
    { internalName: 'System', property: 'system', displayName: 'Information system', type: 'Lookup', lookupList: 'dataAssets', indexed: true, group: 'identity' },
    { internalName: 'Institution', property: 'institution', displayName: 'Stakeholder institution', type: 'Text', required: true, maxLength: REQUIREMENT_TEXT_MAX, group: 'requirement' },
    { internalName: 'Priority', property: 'priority', displayName: 'Priority', type: 'Choice', choices: REQUIREMENT_PRIORITIES, required: true, defaultValue: 'Should', group: 'requirement' },
    { internalName: 'Source', property: 'source', displayName: 'Source', type: 'Text', maxLength: REQUIREMENT_TEXT_MAX, group: 'requirement' },
    { internalName: 'Section', property: 'section', displayName: 'Assessment section', type: 'Text', maxLength: REQUIREMENT_SECTION_MAX, group: 'requirement' }
  ]
};
