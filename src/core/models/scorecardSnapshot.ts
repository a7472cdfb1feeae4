import type { IsoDate, JsonText } from './common';

/** Scopes the scorecard aggregates over (DESIGN section 4). */
export const SCORECARD_SCOPE_TYPES = ['organisation', 'region', 'mission', 'department', 'domain'] as const;
export type ScorecardScopeType = (typeof SCORECARD_SCOPE_TYPES)[number];

/** A periodic aggregate for one scope (list ScorecardSnapshots), kept for trends. */
export interface ScorecardSnapshot {
  /** Readable key, e.g. "mission:BGD 2026-11-01". */
  title: string;
  scopeType: ScorecardScopeType;
  /** The region / mission / department / domain name; empty for the organisation. */
  scopeValue?: string;
  takenOn: IsoDate;
  /** The full aggregate (coverage rates, dimension means...), JSON. */
  payload?: JsonText;
  /** Mean Data Health Score; absent for an empty scope (no score, not zero). */
  meanScore?: number;
  assetCount: number;
  /** Percentage (0-100) of assets with a confirmed custodian. */
  confirmedCustodianPct?: number;
  /** Percentage (0-100) of assets reviewed within their cycle. */
  reviewedInCyclePct?: number;
  /** Maturity level 1-5; absent for an empty scope. */
  maturityLevel?: number;
}
