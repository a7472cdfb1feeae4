/** Risk maths (DESIGN section 7): score = likelihood x impact on a 5x5 grid. */
import type { IsoDate } from '../models/common';
import type { Risk, RiskLevel } from '../models/risk';
import { parseIsoDate, utcDayNumber } from '../validation/isoDate';

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

/** The scoring fields of a risk (the part of `Risk` the maths reads). */
export type RiskScoring = Pick<Risk, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>;

/** True when both residual values are set: a risk without them has not been assessed after controls yet. */
export function hasResidual(risk: RiskScoring): boolean {
  return typeof risk.residualLikelihood === 'number' && typeof risk.residualImpact === 'number';
}

/** The residual score when assessed, else the inherent score (an unassessed risk is as bad as it was). */
export function currentRiskScore(risk: RiskScoring): number {
  return hasResidual(risk)
    ? riskScore(risk.residualLikelihood as number, risk.residualImpact as number)
    : riskScore(risk.likelihood, risk.impact);
}

/** The stored, indexed scoring columns, recomputed from the record on every save. */
export function storedRiskScores(risk: RiskScoring): Pick<Risk, 'inherentScore' | 'residualScore' | 'riskLevel'> {
  const residualScore = hasResidual(risk) ? riskScore(risk.residualLikelihood as number, risk.residualImpact as number) : undefined;
  return {
    inherentScore: riskScore(risk.likelihood, risk.impact),
    residualScore,
    riskLevel: riskLevel(currentRiskScore(risk))
  };
}

/** Statuses in which a risk is still being worked on (a due date can be missed). */
const ACTIVE_STATUSES: readonly Risk['status'][] = ['Open', 'In treatment'];

/** True when the date is a past UTC day relative to `today` (the due day itself is not late). */
export function isPastDay(date: IsoDate | undefined, today: Date): boolean {
  const parsed = date === undefined ? undefined : parseIsoDate(date);
  return parsed !== undefined && utcDayNumber(parsed) < utcDayNumber(today);
}

/** Overdue: still open or in treatment and its due date is a past day. Accepted and closed risks are never overdue. */
export function isOverdue(risk: Pick<Risk, 'status' | 'dueDate'>, today: Date): boolean {
  return ACTIVE_STATUSES.includes(risk.status) && isPastDay(risk.dueDate, today);
}

/** Unowned: not closed and nobody is accountable for it. */
export function isUnowned(risk: Pick<Risk, 'status' | 'riskOwner'>): boolean {
  return risk.status !== 'Closed' && (risk.riskOwner === undefined || risk.riskOwner === null || !(risk.riskOwner.id > 0));
}
