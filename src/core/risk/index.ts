/** Risk maths (DESIGN section 7), appetite and the acceptance rule. */
export { currentRiskScore, hasResidual, isOverdue, isPastDay, isUnowned, residualExceedsInherent, riskLevel, riskScore, storedRiskScores } from './riskMath';
export type { RiskScoring } from './riskMath';
export { DEFAULT_RISK_APPETITE, appetiteInForce, exceedsAppetite, parseRiskAppetite } from './appetite';
export type { AppetiteInForce } from './appetite';
export {
  ACCEPTANCE_FLAG_REASONS,
  ACCEPTANCE_ISSUE_CODES,
  ACCEPTANCE_ISSUE_MESSAGES,
  MAX_ACCEPTANCE_MONTHS,
  acceptanceNeedsLead,
  acceptanceRefusals,
  countingAcceptance,
  deriveAcceptance,
  validateAcceptance
} from './acceptance';
export type { AcceptanceContext, AcceptanceDerivation, AcceptanceFlagReason, AcceptanceIssueCode, AcceptanceState, AcceptanceVerdict, UnsupportedReason } from './acceptance';
