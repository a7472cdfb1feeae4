import type { UsageObservation } from '../../models/usageObservation';
import { USAGE_MATCH_STATUSES } from '../../models/usageObservation';
import type { ListDefinition } from '../types';

/**
 * UsageObservations: imported AI-usage rows, matched against the registry to find unregistered tools. Re-importing a
 * period replaces its rows: a run writes its rows under a new `ImportBatch`, then deletes the period's older rows;
 * readers show, per period, only the newest batch whose rows are all there (`BatchRows`), so a period is never mixed.
 */
export const USAGE_OBSERVATIONS_LIST: ListDefinition<UsageObservation> = {
  key: 'usageObservations',
  title: 'UsageObservations',
  description: 'AI app usage imported from usage exports, matched against the AI registry.',
  majorVersionLimit: 50,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'App', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Domain', property: 'domain', displayName: 'Web domain', type: 'Text', maxLength: 255, indexed: true, group: 'identity' },
    { internalName: 'Category', property: 'category', displayName: 'Category', type: 'Text', maxLength: 255, indexed: true, group: 'identity' },
    { internalName: 'Users', property: 'users', displayName: 'Users', type: 'Number', integer: true, min: 0, indexed: true, group: 'usage' },
    { internalName: 'Transactions', property: 'transactions', displayName: 'Transactions', type: 'Number', integer: true, min: 0, group: 'usage' },
    { internalName: 'RiskScore', property: 'riskScore', displayName: 'Risk score', type: 'Number', integer: true, min: 0, max: 10, group: 'usage' },
    { internalName: 'TrafficMb', property: 'trafficMb', displayName: 'Traffic (MB)', type: 'Number', min: 0, group: 'usage' },
    { internalName: 'Department', property: 'department', displayName: 'Department', type: 'Text', maxLength: 255, indexed: true, group: 'usage' },
    { internalName: 'PeriodStart', property: 'periodStart', displayName: 'Period start', type: 'DateTime', dateOnly: true, indexed: true, group: 'usage' },
    { internalName: 'PeriodEnd', property: 'periodEnd', displayName: 'Period end', type: 'DateTime', dateOnly: true, indexed: true, group: 'usage' },
    { internalName: 'MatchStatus', property: 'matchStatus', displayName: 'Match status', type: 'Choice', choices: USAGE_MATCH_STATUSES, required: true, defaultValue: 'Unmatched', indexed: true, group: 'match' },
    { internalName: 'MatchedSystem', property: 'matchedSystem', displayName: 'Matched AI system', type: 'Lookup', lookupList: 'aiSystems', indexed: true, group: 'match' },
    { internalName: 'Source', property: 'source', displayName: 'Source', type: 'Text', maxLength: 255, indexed: true, group: 'match' },
    { internalName: 'AppKey', property: 'appKey', displayName: 'App key', type: 'Text', maxLength: 255, indexed: true, computed: true, group: 'match' },
    { internalName: 'ImportBatch', property: 'importBatch', displayName: 'Import batch', type: 'Text', maxLength: 64, indexed: true, computed: true, group: 'match' },
    { internalName: 'BatchRows', property: 'batchRows', displayName: 'Rows in batch', type: 'Number', integer: true, min: 0, computed: true, group: 'match' }
  ]
};
