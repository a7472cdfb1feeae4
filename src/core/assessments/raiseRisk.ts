/** Pre-fills a risk from an assessment finding ("raise risk"): the user reviews and saves it like any other risk. */
import type { AssessmentTargetList } from '../models/assessment';
import type { Risk } from '../models/risk';
import type { AssessmentFinding } from './types';

/** The record an assessment ran against. */
export interface AssessmentTargetRef {
  readonly list: AssessmentTargetList;
  readonly id: number;
  readonly title: string;
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
    `Failed item (${finding.answer}): ${finding.text}`,
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
    treatment: 'Mitigate',
    status: 'Open',
    evidenceLinks: finding.evidence.length > 0 ? finding.evidence.join('\n') : undefined
  };
}
