import type { Mission } from '../../models/mission';
import type { ListDefinition } from '../types';

/** Missions: reference list of country offices, seeded from `reference/missions.ts`. */
export const MISSIONS_LIST: ListDefinition<Mission> = {
  key: 'missions',
  title: 'Missions',
  description: 'Reference list of missions (country offices) with their region and focal point.',
  majorVersionLimit: 100,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Mission', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    // ISO3 codes are three letters (headquarters is "HQ"); the short limit catches spreadsheet columns pasted in the wrong place.
    { internalName: 'Code', property: 'code', displayName: 'Code (ISO3)', type: 'Text', required: true, maxLength: 3, indexed: true, group: 'identity' },
    { internalName: 'Region', property: 'region', displayName: 'Region', type: 'Text', required: true, maxLength: 255, indexed: true, group: 'organisation' },
    { internalName: 'RegionalOffice', property: 'regionalOffice', displayName: 'Regional office', type: 'Text', maxLength: 255, indexed: true, group: 'organisation' },
    { internalName: 'FocalPoint', property: 'focalPoint', displayName: 'Focal point', type: 'User', indexed: true, group: 'organisation' }
  ]
};
