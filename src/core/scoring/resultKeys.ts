/**
 * A dimension's result packed into one number, so that scoring 100,000 assets allocates nothing per asset: the
 * missing codes as bits (times 64) plus the value in 40ths (every value a dimension can take, 0.3, 0.125, a fifth,
 * is a whole number of 40ths). `resultOf` unpacks a key into a shared, frozen result, built once per distinct key.
 */
import type { ScoreMissingCode } from './types';

/** A dimension's raw result before weighting. */
export interface DimensionResult {
  readonly value: number;
  readonly missing: readonly ScoreMissingCode[];
}

/** Every code in the order the scorers report them (the breakdown lists them in this order). */
const CODES: readonly ScoreMissingCode[] = [
  'owner', 'custodian', 'custodianApproval',
  'declaredSensitivity', 'personalDataBelowConfidential', 'underLabelled', 'labelNotCheckable', 'overshared',
  'locationUrl', 'storageSystem',
  'description', 'domain', 'dataSubjects', 'retentionPeriod', 'legalBasis',
  'neverReviewed', 'reviewOverdue'
];

/** The bit of each missing code in a result key. */
export const MISSING_BIT: Readonly<Record<ScoreMissingCode, number>> = Object.freeze(
  CODES.reduce((bits, code, index) => ({ ...bits, [code]: 1 << index }), {} as Record<ScoreMissingCode, number>)
);

const VALUE_STEPS = 40;
const KEY_BASE = 64;

const results = new Map<number, DimensionResult>();

/** The shared result of a key; callers must not (and cannot: it is frozen) change it. */
export function resultOf(key: number): DimensionResult {
  let result = results.get(key);
  if (result === undefined) {
    const mask = Math.floor(key / KEY_BASE);
    const missing = CODES.filter((_code, index) => (mask & (1 << index)) !== 0);
    result = Object.freeze({ value: (key % KEY_BASE) / VALUE_STEPS, missing: Object.freeze(missing) });
    results.set(key, result);
  }
  return result;
}
