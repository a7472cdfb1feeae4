import type { MissionReference } from '../../src/core/reference';
import { DATA_SUBJECTS, DEPARTMENTS, DOMAINS, LEGAL_BASES, MISSIONS, PERSONAL_DATA_CATEGORIES, STORAGE_SYSTEMS } from '../../src/core/reference';

/** The reference data the seed draws from: the governance unit's own vocabularies and mission list. */
export interface SeedReference {
  readonly missions: readonly MissionReference[];
  readonly domains: readonly string[];
  readonly departments: readonly string[];
  readonly storageSystems: readonly string[];
  readonly personalDataCategories: readonly string[];
  readonly dataSubjects: readonly string[];
  readonly legalBases: readonly string[];
}

export const SEED_REFERENCE: SeedReference = {
  missions: MISSIONS,
  domains: DOMAINS,
  departments: DEPARTMENTS,
  storageSystems: STORAGE_SYSTEMS,
  personalDataCategories: PERSONAL_DATA_CATEGORIES,
  dataSubjects: DATA_SUBJECTS,
  legalBases: LEGAL_BASES
};
