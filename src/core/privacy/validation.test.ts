import { PROCESSING_ACTIVITIES_LIST } from '../schema';
import { validateRecord } from '../validation';
import type { ProcessingActivity } from './model';

/** A complete controller record that breaks no rule. */
function controllerRecord(overrides: Partial<ProcessingActivity> = {}): ProcessingActivity {
  return {
    title: 'Beneficiary registration',
    role: 'Controller',
    controller: 'The organisation, Data Protection Office',
    purposes: 'Register beneficiaries to deliver assistance.',
    dataSubjectCategories: ['Migrants'],
    personalDataCategories: ['Identity and civil documents', 'Contact details'],
    recipients: 'Implementing partners under data sharing agreements.',
    legalBasis: 'Art. 6(1)(e) Public interest or official authority',
    securityMeasures: 'Role-based access, encryption at rest.',
    ...overrides
  };
}

const codes = (values: Partial<ProcessingActivity>, mode: 'create' | 'update' = 'create'): string[] =>
  validateRecord(PROCESSING_ACTIVITIES_LIST, values, mode).map((i) => `${i.field}:${i.code}`);

describe('processing activity validation', () => {
  it('accepts a complete controller record', () => {
    expect(codes(controllerRecord())).toEqual([]);
  });

  it('requires the Art. 30(1) fields of a controller record', () => {
    const record = controllerRecord({ controller: undefined, purposes: ' ', dataSubjectCategories: [], personalDataCategories: undefined, recipients: undefined, legalBasis: undefined });
    expect(codes(record)).toEqual([
      'controller:privacyControllerRequired',
      'purposes:privacyControllerRequired',
      'dataSubjectCategories:privacyControllerRequired',
      'personalDataCategories:privacyControllerRequired',
      'recipients:privacyControllerRequired',
      'legalBasis:privacyControllerRequired'
    ]);
  });

  it('requires the Art. 30(2) fields of a processor record, not the controller ones', () => {
    const processor: ProcessingActivity = { title: 'Payroll for a partner', role: 'Processor', securityMeasures: 'Access control.' };
    expect(codes(processor)).toEqual(['processorControllers:privacyProcessorRequired', 'processingCategories:privacyProcessorRequired']);
    expect(codes({ ...processor, processorControllers: 'Partner agency', processingCategories: 'Payroll calculation' })).toEqual([]);
  });

  it('requires security measures and a title for both roles', () => {
    expect(codes(controllerRecord({ securityMeasures: undefined, title: '' }))).toEqual(['title:required', 'securityMeasures:required']);
  });

  it('refuses a transfer without a safeguard or a destination', () => {
    expect(codes(controllerRecord({ internationalTransfers: true }))).toEqual([
      'transferSafeguard:privacyTransferWithoutSafeguard',
      'transferDestinations:privacyTransferWithoutDestination'
    ]);
    expect(codes(controllerRecord({ internationalTransfers: true, transferDestinations: 'Cloud host in a third country', transferSafeguard: 'Art. 46(2)(c) Standard contractual clauses' }))).toEqual([]);
    expect(codes(controllerRecord({ internationalTransfers: false }))).toEqual([]);
  });

  it('refuses special categories without an Art. 9(2) condition', () => {
    expect(codes(controllerRecord({ specialCategories: ['Health data'] }))).toEqual(['art9Condition:privacySpecialWithoutCondition']);
    expect(codes(controllerRecord({ specialCategories: ['Health data'], art9Condition: 'Art. 9(2)(h) Health or social care' }))).toEqual([]);
  });

  it('refuses a retention rule without its period', () => {
    expect(codes(controllerRecord({ retentionUnit: 'Years' }))).toEqual(['retentionPeriod:privacyRetentionWithoutPeriod']);
    expect(codes(controllerRecord({ retentionTrigger: 'case closure' }))).toEqual(['retentionPeriod:privacyRetentionWithoutPeriod']);
    expect(codes(controllerRecord({ retentionPeriod: 5, retentionUnit: 'Years', retentionTrigger: 'case closure' }))).toEqual([]);
  });

  it('refuses a choice outside the lists (legal basis, safeguard)', () => {
    // The cross-field rule sees only values that passed their own checks, so it also says the basis is missing.
    expect(codes(controllerRecord({ legalBasis: 'Because' as ProcessingActivity['legalBasis'] }))[0]).toBe('legalBasis:invalidChoice');
  });

  it('checks a partial update only against the rules its properties name', () => {
    expect(codes({ dpiaRequired: true }, 'update')).toEqual([]);
    expect(codes({ internationalTransfers: true }, 'update')).toContain('transferSafeguard:privacyTransferWithoutSafeguard');
  });
});
