import { LITERACY_AUDIENCE_KINDS, LITERACY_FORMATS, DEFAULT_REFRESH_MONTHS, type LiteracyMeasure } from '../../literacy/model';
import type { ListDefinition } from '../types';

/**
 * LiteracyMeasures (issue 19, part 4): AI literacy measures (EU AI Act Art. 4) with their audience and the AI systems
 * they cover. Only the governance leads write it (`leadsWrite`): a measure decides whose training counts.
 * The AI systems covered are a multi-value lookup like AISystems.Missions (not indexable): the list stays small (a few
 * hundred measures), so readers read it whole in one request.
 */
export const LITERACY_MEASURES_LIST: ListDefinition<LiteracyMeasure> = {
  key: 'literacyMeasures',
  title: 'LiteracyMeasures',
  description: 'AI literacy measures (EU AI Act Art. 4): audience, AI systems covered, delivery date, evidence and refresh interval.',
  majorVersionLimit: 100,
  access: 'leadsWrite',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'measure' },
    { internalName: 'AudienceKind', property: 'audienceKind', displayName: 'Audience kind', type: 'Choice', choices: LITERACY_AUDIENCE_KINDS, required: true, indexed: true, group: 'audience' },
    { internalName: 'AudienceValues', property: 'audienceValues', displayName: 'Audience (one per line)', type: 'Note', maxLength: 4000, group: 'audience' },
    { internalName: 'AudiencePeople', property: 'audiencePeople', displayName: 'Audience (named people)', type: 'UserMulti', group: 'audience' },
    { internalName: 'CoveredSystems', property: 'coveredSystems', displayName: 'AI systems covered', type: 'LookupMulti', lookupList: 'aiSystems', group: 'measure' },
    { internalName: 'Objective', property: 'objective', displayName: 'Objective', type: 'Note', maxLength: 4000, group: 'measure' },
    { internalName: 'Format', property: 'format', displayName: 'Format', type: 'Choice', choices: LITERACY_FORMATS, indexed: true, group: 'measure' },
    { internalName: 'DeliveredOn', property: 'deliveredOn', displayName: 'Date delivered', type: 'DateTime', dateOnly: true, indexed: true, group: 'delivery' },
    { internalName: 'EvidenceLink', property: 'evidenceLink', displayName: 'Evidence', type: 'URL', group: 'delivery' },
    { internalName: 'RefreshMonths', property: 'refreshMonths', displayName: 'Refresh interval (months)', type: 'Number', integer: true, min: 1, max: 120, defaultValue: DEFAULT_REFRESH_MONTHS, group: 'delivery' }
  ]
};
