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
