/**
 * Reference choices and cross-field checks the inventory adds on top of the schema: regions and missions from the
 * Missions list, departments, domains and other vocabularies from core reference data.
 */
import type { FieldIssue } from '../../../core/errors';
import type { DataAsset } from '../../../core/models/dataAsset';
import { DEPARTMENTS, DOMAINS, LEGAL_BASES, STORAGE_SYSTEMS } from '../../../core/reference';
import { missionsIn, regionsOf } from '../../../ui/filterTypes';
import type { IMissionOption } from '../../../ui/filterTypes';
import type { AssetProperty } from '../../../ui/form/formModel';

/** Form choices per field for the current values; undefined keeps the schema's control. */
export function formOptions(missions: readonly IMissionOption[], property: AssetProperty, draft: Partial<DataAsset>): readonly string[] | undefined {
  switch (property) {
    case 'region':
      return missions.length > 0 ? regionsOf(missions) : undefined;
    case 'mission':
      return missions.length > 0 ? missionsIn(missions, draft.region).map((m) => m.title) : undefined;
    case 'department':
      return DEPARTMENTS;
    case 'domain':
      return DOMAINS;
    case 'storageSystem':
      return STORAGE_SYSTEMS;
    case 'legalBasis':
      return LEGAL_BASES;
    default:
      return undefined;
  }
}

/** A mission must belong to the chosen region (the Missions reference list says which). */
export function missionRegionIssues(missions: readonly IMissionOption[], draft: Partial<DataAsset>): FieldIssue[] {
  if (!draft.mission || !draft.region) {
    return [];
  }
  const mission = missions.find((m) => m.title === draft.mission);
  if (!mission || mission.region === draft.region) {
    return [];
  }
  return [
    {
      field: 'mission',
      code: 'missionRegionMismatch',
      message: `Mission ${mission.title} belongs to region ${mission.region}.`,
      params: { region: mission.region, mission: mission.title }
    }
  ];
}
