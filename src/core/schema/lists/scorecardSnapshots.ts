import type { ScorecardSnapshot } from '../../models/scorecardSnapshot';
import { SCORECARD_SCOPE_TYPES } from '../../models/scorecardSnapshot';
import type { ListDefinition } from '../types';

/** ScorecardSnapshots: periodic Data Health aggregates per scope, for trend charts. */
export const SCORECARD_SNAPSHOTS_LIST: ListDefinition<ScorecardSnapshot> = {
  key: 'scorecardSnapshots',
  title: 'ScorecardSnapshots',
  description: 'Periodic Data Health Scorecard aggregates per scope (organisation, region, mission, department, domain).',
  majorVersionLimit: 50,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'ScopeType', property: 'scopeType', displayName: 'Scope type', type: 'Choice', choices: SCORECARD_SCOPE_TYPES, required: true, indexed: true, group: 'identity' },
    { internalName: 'ScopeValue', property: 'scopeValue', displayName: 'Scope', type: 'Text', maxLength: 255, indexed: true, group: 'identity' },
    { internalName: 'TakenOn', property: 'takenOn', displayName: 'Taken on', type: 'DateTime', required: true, indexed: true, group: 'identity' },
    { internalName: 'Payload', property: 'payload', displayName: 'Payload (JSON)', type: 'Note', maxLength: 100000, group: 'figures' },
    { internalName: 'MeanScore', property: 'meanScore', displayName: 'Mean score', type: 'Number', min: 0, max: 100, indexed: true, group: 'figures' },
    { internalName: 'AssetCount', property: 'assetCount', displayName: 'Assets', type: 'Number', integer: true, min: 0, required: true, group: 'figures' },
    { internalName: 'ConfirmedCustodianPct', property: 'confirmedCustodianPct', displayName: 'Confirmed custodians (%)', type: 'Number', min: 0, max: 100, group: 'figures' },
    { internalName: 'ReviewedInCyclePct', property: 'reviewedInCyclePct', displayName: 'Reviewed in cycle (%)', type: 'Number', min: 0, max: 100, group: 'figures' },
    { internalName: 'MaturityLevel', property: 'maturityLevel', displayName: 'Maturity level', type: 'Number', integer: true, min: 1, max: 5, group: 'figures' }
  ]
};
