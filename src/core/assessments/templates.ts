/**
 * The built-in checklist templates (issue 10), as data. Question texts are the reference English of the checklist,
 * stored with each run so a run reads the same after a template changes (the version number tells them apart).
 */
import type { AssessmentTemplate } from './types';

/** Records of processing / data protection check for a dataset holding personal data. */
export const DATA_PROTECTION_TEMPLATE: AssessmentTemplate = {
  key: 'data-protection',
  version: 1,
  title: 'Data protection check (records of processing)',
  description: 'For a dataset with personal data: is its processing recorded, lawful, minimal, secured and time-limited?',
  targetList: 'dataAssets',
  questions: [
    { id: 'ropa-entry', text: 'The processing is recorded in the records of processing (purpose, categories, recipients).', category: 'Data protection', likelihood: 3, impact: 3, evidenceRequired: true },
    { id: 'legal-basis', text: 'A legal basis for the processing is identified and documented.', category: 'Regulatory compliance', likelihood: 3, impact: 4 },
    { id: 'minimisation', text: 'Only the personal data needed for the purpose is collected and kept.', category: 'Data protection', likelihood: 3, impact: 3 },
    { id: 'retention', text: 'A retention period is set and data past it is deleted or anonymised.', category: 'Data protection', likelihood: 3, impact: 3 },
    { id: 'access-control', text: 'Access is limited to the people who need it and reviewed at least yearly.', category: 'Information security', likelihood: 4, impact: 4 },
    { id: 'sharing-agreements', text: 'Every transfer to a partner or third party is covered by a data sharing agreement.', category: 'Third party and vendor', likelihood: 3, impact: 4, evidenceRequired: true },
    { id: 'data-subjects-informed', text: 'Data subjects are informed of the processing and of how to exercise their rights.', category: 'Data protection', likelihood: 2, impact: 3 },
    { id: 'dpia', text: 'A data protection impact assessment was done where the processing is high-risk (sensitive data, vulnerable people).', category: 'Data protection', likelihood: 3, impact: 5, evidenceRequired: true },
    { id: 'classification', text: 'The dataset is classified at least Confidential and carries the matching sensitivity label.', category: 'Information security', likelihood: 3, impact: 3 },
    { id: 'breach-procedure', text: 'The custodian knows how to report a personal data breach within the required time.', category: 'Operational', likelihood: 2, impact: 4 }
  ]
};

/** EU AI Act deployer obligations for a high-risk AI system: fixed items plus one per obligation of its classification. */
export const AI_ACT_DEPLOYER_TEMPLATE: AssessmentTemplate = {
  key: 'ai-act-deployer',
  version: 1,
  title: 'EU AI Act deployer obligations',
  description: 'For a high-risk AI system in use: are the obligations its classification produced met, with evidence?',
  targetList: 'aiSystems',
  includeAIActObligations: true,
  questions: [
    { id: 'classification-verified', text: 'The system\'s EU AI Act classification was verified by a governance lead other than its submitter.', category: 'Regulatory compliance', likelihood: 3, impact: 4 },
    { id: 'instructions-for-use', text: 'The provider\'s instructions for use are on file and followed.', category: 'AI transparency and accountability', likelihood: 3, impact: 3, evidenceRequired: true },
    { id: 'bias-testing', text: 'Outputs were checked for bias against the people the system affects, and results recorded.', category: 'AI fairness and bias', likelihood: 3, impact: 4 }
  ]
};

/** Data governance baseline for a mission (country office). */
export const MISSION_BASELINE_TEMPLATE: AssessmentTemplate = {
  key: 'mission-baseline',
  version: 1,
  title: 'Mission data governance baseline',
  description: 'For a mission: are the basics of data governance in place (people, inventory, custodians, agreements, training)?',
  targetList: 'missions',
  questions: [
    { id: 'focal-point', text: 'A data focal point is appointed for the mission.', category: 'Operational', likelihood: 3, impact: 3 },
    { id: 'inventory-started', text: 'The mission\'s datasets are recorded in the data inventory.', category: 'Data quality', likelihood: 3, impact: 3 },
    { id: 'registry-custodian', text: 'Every beneficiary registry has a confirmed data custodian.', category: 'Data protection', likelihood: 4, impact: 4 },
    { id: 'sharing-register', text: 'Data sharing agreements with partners are registered and current.', category: 'Third party and vendor', likelihood: 3, impact: 4, evidenceRequired: true },
    { id: 'training', text: 'Staff handling personal data completed data protection training this year.', category: 'Data protection', likelihood: 3, impact: 3 },
    { id: 'incident-reporting', text: 'Staff know how to report a data incident, and incidents are logged.', category: 'Information security', likelihood: 2, impact: 4 },
    { id: 'ai-tools-registered', text: 'AI tools used by the mission are registered in the AI registry.', category: 'AI transparency and accountability', likelihood: 3, impact: 3 }
  ]
};

/** Every built-in template, in the order the UI offers them. */
export const ASSESSMENT_TEMPLATES: readonly AssessmentTemplate[] = [DATA_PROTECTION_TEMPLATE, AI_ACT_DEPLOYER_TEMPLATE, MISSION_BASELINE_TEMPLATE];

/** A template by key; undefined when none has it. */
export function findTemplate(key: string, templates: readonly AssessmentTemplate[] = ASSESSMENT_TEMPLATES): AssessmentTemplate | undefined {
  return templates.find((t) => t.key === key);
}
