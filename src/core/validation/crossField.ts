/**
 * Rules that involve more than one field, stated by DESIGN. Kept beside the per-field rules (not in the schema) so
 * list definitions stay plain data that provisioning and the emulator can read without running code.
 */
import type { FieldIssue } from '../errors';
import { assessmentTemplateIssues } from '../assessments/templateRecordRules';
import { controlEvidenceIssues, frameworkControlIssues } from '../frameworks/records';
import { stakeholderRequirementIssues } from '../assessments/stakeholderRequirements';
import { processingActivityIssues } from '../privacy/validation';
import { residualExceedsInherent, riskScore } from '../risk/riskMath';
import type { ListKey } from '../schema/types';
import { fieldIssue } from './fieldRules';

/** A rule over a record's values; it runs only when every field it reads passed its own checks. */
export type CrossFieldRule = (values: Readonly<Record<string, unknown>>) => FieldIssue[];

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value);
}

/**
 * DESIGN section 7: residual likelihood x impact must not exceed the inherent score. Checked only when all four
 * values are present: on a partial update, callers merge the stored record with the changes before validating.
 */
export const residualNotAboveInherent: CrossFieldRule = (values) => {
  const { likelihood, impact, residualLikelihood, residualImpact } = values;
  if (!isNumber(likelihood) || !isNumber(impact) || !isNumber(residualLikelihood) || !isNumber(residualImpact)) {
    return [];
  }
  if (!residualExceedsInherent({ likelihood, impact }, { likelihood: residualLikelihood, impact: residualImpact })) {
    return [];
  }
  const inherentScore = riskScore(likelihood, impact);
  const residualScore = riskScore(residualLikelihood, residualImpact);
  return [
    fieldIssue(
      'residualLikelihood',
      'residualAboveInherent',
      `The residual score (${residualLikelihood} x ${residualImpact} = ${residualScore}) is above the inherent score ` +
        `(${likelihood} x ${impact} = ${inherentScore}). Lower the residual likelihood or impact: controls cannot add risk.`,
      { residualScore, inherentScore, max: inherentScore }
    )
  ];
};

/** The cross-field rules of each list. */
export const CROSS_FIELD_RULES: Readonly<Partial<Record<ListKey, readonly CrossFieldRule[]>>> = {
  risks: [residualNotAboveInherent],
  processingActivities: [processingActivityIssues],
  frameworkControls: [frameworkControlIssues],
  controlEvidence: [controlEvidenceIssues],
  assessmentTemplates: [assessmentTemplateIssues],
  stakeholderRequirements: [stakeholderRequirementIssues]
};
