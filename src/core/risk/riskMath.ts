/** Risk maths (DESIGN section 7): score = likelihood x impact on a 5x5 grid. */
import type { RiskLevel } from '../models/risk';

/** Likelihood x impact (1-25). Inputs are whole numbers 1-5; validation rejects anything else before it gets here. */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** Level of a 1-25 score: 1-4 Low, 5-9 Medium, 10-14 High, 15-25 Critical. */
export function riskLevel(score: number): RiskLevel {
  if (score >= 15) {
    return 'Critical';
  }
  if (score >= 10) {
    return 'High';
  }
  return score >= 5 ? 'Medium' : 'Low';
}

/** True when the residual score is above the inherent one, which the register refuses (controls cannot add risk). */
export function residualExceedsInherent(inherent: { likelihood: number; impact: number }, residual: { likelihood: number; impact: number }): boolean {
  return riskScore(residual.likelihood, residual.impact) > riskScore(inherent.likelihood, inherent.impact);
}
