/** Maturity level of a scope from its mean score and custodian coverage (DESIGN section 4). */
import type { CoverageRate, MaturityLevel } from './types';

/** English names of the levels; the UI localises them by level. */
export const MATURITY_LEVEL_NAMES: Readonly<Record<MaturityLevel, string>> = {
  1: 'Initial',
  2: 'Developing',
  3: 'Defined',
  4: 'Managed',
  5: 'Optimised'
};

/** Lowest mean score of each level from 2 up: Developing 20, Defined 50, Managed 70, Optimised 85. */
export const MATURITY_MIN_SCORES = { developing: 20, defined: 50, managed: 70, optimised: 85 } as const;

/** Share of confirmed custodians a scope at or above 85 needs to be Optimised rather than Managed. */
export const OPTIMISED_MIN_CONFIRMED_CUSTODIAN_SHARE = 0.9;

/**
 * < 20 Initial, 20-49.9 Developing, 50-69.9 Defined, 70-84.9 Managed, >= 85 Optimised only with at least 90%
 * confirmed custodians (else Managed); undefined for an empty scope. Takes the one-decimal mean the UI shows, so
 * the level never contradicts the number beside it. The 90% test compares integers (numerator x 10 >= denominator
 * x 9) so 9 of 10 is exactly enough, with no floating-point doubt.
 */
export function maturityLevel(meanScore: number | undefined, confirmedCustodian: Pick<CoverageRate, 'numerator' | 'denominator'>): MaturityLevel | undefined {
  if (meanScore === undefined || !isFinite(meanScore)) {
    return undefined;
  }
  if (meanScore < MATURITY_MIN_SCORES.developing) {
    return 1;
  }
  if (meanScore < MATURITY_MIN_SCORES.defined) {
    return 2;
  }
  if (meanScore < MATURITY_MIN_SCORES.managed) {
    return 3;
  }
  if (meanScore < MATURITY_MIN_SCORES.optimised) {
    return 4;
  }
  const { numerator, denominator } = confirmedCustodian;
  const tenths = OPTIMISED_MIN_CONFIRMED_CUSTODIAN_SHARE * 10;
  return denominator > 0 && numerator * 10 >= denominator * tenths ? 5 : 4;
}
