import type { OwnershipStatus } from '../core/models/dataAsset';
import type { HealthBand } from './healthTypes';
import type { LabelDrift } from '../core/labels/types';

/** The inventory's filter values (same shape as the service's `InventoryFilters`). */
export interface IInventoryFilterValues {
  region?: string;
  mission?: string;
  department?: string;
  domain?: string;
  declaredSensitivity?: string;
  ownershipStatus?: OwnershipStatus;
  healthBand?: HealthBand;
  containsPersonalData?: boolean;
  /** The stored drift of the cached Purview label (indexed LabelDrift). */
  labelDrift?: LabelDrift;
  /** Shared beyond the declared level at the last check (indexed Overshared). */
  overshared?: boolean;
  /** Title contains. */
  search?: string;
}

/** A mission of the reference list, for the region -> mission filter and the form's consistency check. */
export interface IMissionOption {
  readonly title: string;
  readonly code: string;
  readonly region: string;
}

/** The option lists the filters offer. */
export interface IInventoryFilterOptions {
  readonly missions: readonly IMissionOption[];
  readonly departments: readonly string[];
  readonly domains: readonly string[];
  readonly sensitivities: readonly string[];
}

/** Distinct regions of the missions, in first-seen order. */
export function regionsOf(missions: readonly IMissionOption[]): string[] {
  const regions: string[] = [];
  for (const m of missions) {
    if (regions.indexOf(m.region) < 0) {
      regions.push(m.region);
    }
  }
  return regions;
}

/** Missions of a region (all missions when no region is chosen), sorted by title. */
export function missionsIn(missions: readonly IMissionOption[], region: string | undefined): IMissionOption[] {
  return missions.filter((m) => !region || m.region === region).sort((a, b) => a.title.localeCompare(b.title));
}
