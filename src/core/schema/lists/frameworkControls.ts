import { FRAMEWORK_CHOICES } from '../../frameworks/types';
import type { FrameworkControlRecord } from '../../frameworks/records';
import type { ListDefinition } from '../types';

/**
 * FrameworkControls: the AI framework crosswalk (issue 18, part 3), one item per control of the EU AI Act, NIST AI
 * RMF 1.0, ISO/IEC 42001 Annex A and the OECD AI Principles, each with its outgoing mappings in a JSON column: about
 * 150 items, so the whole crosswalk is one read (no second list, no join). Seeded from the core's seed crosswalk;
 * governance leads maintain it (`leadsWrite`: mappings decide what evidence counts for).
 */
export const FRAMEWORK_CONTROLS_LIST: ListDefinition<FrameworkControlRecord> = {
  key: 'frameworkControls',
  title: 'FrameworkControls',
  description: 'Controls of the AI governance frameworks (EU AI Act, NIST AI RMF, ISO/IEC 42001 Annex A, OECD AI Principles) and the mappings between them.',
  majorVersionLimit: 100,
  access: 'leadsWrite',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Control title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'ControlKey', property: 'controlKey', displayName: 'Control key', type: 'Text', required: true, maxLength: 120, indexed: true, group: 'identity' },
    { internalName: 'Framework', property: 'framework', displayName: 'Framework', type: 'Choice', choices: FRAMEWORK_CHOICES, required: true, indexed: true, group: 'identity' },
    { internalName: 'ControlId', property: 'controlId', displayName: 'Control id', type: 'Text', required: true, maxLength: 60, group: 'identity' },
    { internalName: 'ControlGroup', property: 'controlGroup', displayName: 'Function or clause', type: 'Text', maxLength: 255, group: 'identity' },
    { internalName: 'SortOrder', property: 'sortOrder', displayName: 'Order', type: 'Number', integer: true, min: 0, max: 10000, group: 'identity' },
    { internalName: 'Obligations', property: 'obligations', displayName: 'AI Act obligations (ids)', type: 'Text', maxLength: 255, group: 'mappings' },
    { internalName: 'Mappings', property: 'mappings', displayName: 'Mappings (JSON)', type: 'Note', maxLength: 8000, group: 'mappings' }
  ]
};
