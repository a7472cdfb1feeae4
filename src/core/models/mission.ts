import type { PersonRef } from './common';

/** A country office (list Missions, reference data): the denominator of rollout coverage. */
export interface Mission {
  /** The mission's name, e.g. "Bangladesh". */
  title: string;
  /** ISO 3166-1 alpha-3 code, e.g. "BGD"; "HQ" for headquarters. */
  code: string;
  region: string;
  regionalOffice?: string;
  focalPoint?: PersonRef;
}
