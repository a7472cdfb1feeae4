/** The decision-item rule shared by every module that records a decision as an authored item (DESIGN section 10). */
export { AUTHORED_DECISION_REASONS, isPrincipal, judgeAuthoredDecision, judgeInOrder } from './authoredDecision';
export type { AuthoredDecisionReason, AuthoredDecisionRule, AuthoredVerdict, IgnoredDecision, JudgedDecisions } from './authoredDecision';
