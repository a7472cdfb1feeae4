import type { JsonText } from './common';

/**
 * Keys the suite reads from GovernanceSettings at start. Anything absent falls back to the defaults in code, so an
 * empty settings list is a working configuration.
 */
export const GOVERNANCE_SETTING_KEYS = [
  'sensitivityTaxonomy',
  'scoreWeights',
  'defaultReviewCycleMonths',
  'riskAppetite',
  'aiReviewCycleMonths',
  // {"enabled": true} turns on reminder e-mails to nominees (core rule only until the Graph client lands).
  'ownershipReminders',
  // {"governance": 4, ...}: target maturity level per DMBOK area (src/core/maturity/targets.ts); leads' writes only.
  'maturityTargets'
] as const;
export type GovernanceSettingKey = (typeof GOVERNANCE_SETTING_KEYS)[number];

/** One setting (list GovernanceSettings): a key and its JSON value. */
export interface GovernanceSetting {
  /** The setting key (one of `GOVERNANCE_SETTING_KEYS`; unknown keys are kept but ignored). */
  title: string;
  /** JSON-serialised value, e.g. `{"ownership":30,...}` for scoreWeights. */
  value: JsonText;
  description?: string;
}
