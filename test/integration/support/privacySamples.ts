import type { DpiaContent } from '../../../src/core/privacy/dpiaModel';
import type { ProcessingActivity } from '../../../src/core/privacy/model';

/** A complete controller record of processing: a mission's beneficiary registration, as the privacy tests start from. */
export function controllerRecord(overrides: Partial<ProcessingActivity> = {}): ProcessingActivity {
  return {
    title: 'Beneficiary registration - Chad',
    role: 'Controller',
    controller: 'The Organisation, Chief of Mission N\'Djamena',
    purposes: 'Register displaced persons to deliver assistance.',
    dataSubjectCategories: ['Internally displaced persons'],
    personalDataCategories: ['Identity and civil documents', 'Contact details'],
    recipients: 'Implementing partners under data sharing agreements.',
    legalBasis: 'Art. 6(1)(e) Public interest or official authority',
    securityMeasures: 'Role-based access, encryption at rest.',
    mission: 'Chad',
    region: 'Central and West Africa',
    ...overrides
  };
}

/** Every section filled: what a focal point submits for the DPO's opinion. */
export function completeDpiaContent(base: DpiaContent, ownerId: number): DpiaContent {
  const principle = { text: 'Documented in the data protection policy.', judgement: 'acceptable' as const };
  const keys = ['purposes', 'legalBasis', 'minimisation', 'accuracy', 'retention', 'information', 'consent', 'accessPortability', 'rectificationErasure', 'restrictionObjection', 'processors', 'transfers'] as const;
  return {
    context: { ...base.context, lifecycle: base.context.lifecycle ?? 'Collected at registration, erased 5 years after case closure.' },
    principles: Object.fromEntries(keys.map((k) => [k, principle])),
    risks: {
      illegitimateAccess: { sources: 'Staff, partners, attackers', impacts: 'Exposure of protection cases to persecutors', likelihood: 3, severity: 4, measures: 'Role-based access, MFA, encryption', residualLikelihood: 2, residualSeverity: 4 },
      unwantedModification: { sources: 'Staff error', impacts: 'Wrong eligibility decisions', likelihood: 2, severity: 3, measures: 'Audit trail, four-eyes checks', residualLikelihood: 1, residualSeverity: 3 },
      disappearance: { sources: 'Server failure', impacts: 'Assistance interrupted', likelihood: 2, severity: 3, measures: 'Daily backups', residualLikelihood: 1, residualSeverity: 2 }
    },
    actionPlan: [{ key: 'mfa', title: 'Enforce multi-factor authentication for partner accounts', owner: { id: ownerId, title: 'Lena Lead' }, dueDate: '2027-03-31', fearedEvent: 'illegitimateAccess' }]
  };
}
