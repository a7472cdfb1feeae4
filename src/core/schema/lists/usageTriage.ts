import type { UsageTriage } from '../../models/usageObservation';
import { USAGE_TRIAGE_DECISIONS } from '../../models/usageObservation';
import type { ListDefinition } from '../types';

/**
 * UsageTriage: a lead's decision on an observed app (not AI, ignored, who follows it up), one item per app key. It
 * lives apart from UsageObservations because re-importing a period replaces that period's rows.
 */
export const USAGE_TRIAGE_LIST: ListDefinition<UsageTriage> = {
  key: 'usageTriage',
  title: 'UsageTriage',
  description: 'Decisions on apps found in AI usage exports: not AI, ignored, assigned owner.',
  majorVersionLimit: 100,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'App', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'AppKey', property: 'appKey', displayName: 'App key', type: 'Text', required: true, maxLength: 255, indexed: true, group: 'identity' },
    { internalName: 'Decision', property: 'decision', displayName: 'Decision', type: 'Choice', choices: USAGE_TRIAGE_DECISIONS, required: true, defaultValue: 'Open', indexed: true, group: 'triage' },
    { internalName: 'Reason', property: 'reason', displayName: 'Reason', type: 'Note', maxLength: 2000, group: 'triage' },
    { internalName: 'AssignedTo', property: 'assignedTo', displayName: 'Assigned to', type: 'User', indexed: true, group: 'triage' }
  ]
};
