/** Risk maths (DESIGN section 7). */
export { residualExceedsInherent, riskLevel, riskScore } from './riskMath';
