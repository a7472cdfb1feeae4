/** Pre-fills a risk from an assessment finding ("raise risk"): the user reviews and saves it like any other risk. */
import type { AssessmentTargetList } from '../models/assessment';
import type { PersonRef } from '../models/common';
import type { Risk } from '../models/risk';
import type { AssessmentFinding } from './types';

/** The record an assessment ran against. */
export interface AssessmentTargetRef {
  readonly list: AssessmentTargetList;
  readonly id: number;
  readonly title: string;
  /** Who answers for the record (a data asset's owner, an AI system's business owner), when set. */
  readonly owner?: PersonRef;
}

const TITLE_MAX = 255;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The draft risk of a finding: its category and suggested scores, linked to the data asset or AI system assessed,
 * with the finding's note and evidence. Residual scores are left for the owner to assess after controls.
 */
export function riskFromFinding(finding: AssessmentFinding, target: AssessmentTargetRef, assessmentTitle: string): Risk {
  const description = [
    `Raised from the assessment "${assessmentTitle}" of ${target.title}.`,
    // The checklist item states what should hold; say it does not, so the line never reads like a pass.
    `${finding.answer === 'no' ? 'Not in place (answered No)' : 'Only partly in place'}: ${finding.text}`,
    finding.note ? `Assessor's note: ${finding.note}` : undefined
  ].filter((line): line is string => line !== undefined).join('\n');
  return {
    title: clip(`Gap in ${target.title}: ${finding.text.replace(/\.$/, '')}`, TITLE_MAX),
    description,
    category: finding.category,
    likelihood: finding.likelihood,
    impact: finding.impact,
    relatedAsset: target.list === 'dataAssets' ? { id: target.id, title: target.title } : undefined,
    relatedAISystem: target.list === 'aiSystems' ? { id: target.id, title: target.title } : undefined,
    // The record's owner owns the gap: they answer for the record and can treat it, while the assessor (often a
    // lead) stays free to accept the risk, which segregation of duties forbids its owner. No owner: flagged Unowned.
    riskOwner: target.owner,
    treatment: 'Mitigate',
    status: 'Open',
    evidenceLinks: finding.evidence.length > 0 ? finding.evidence.join('\n') : undefined
  };
}
