import { classifyAISystem } from './classify';
import { AI_ACT_OBLIGATIONS, AI_ACT_OBLIGATION_IDS } from './obligations';
import { emptyAIActProfile } from './profile';
import type { AIActProfile } from './types';

/** A minimal-risk deployer profile with every answer "no", overridden per test. */
const profileOf = emptyAIActProfile;

const PROVIDER_HIGH = [
  'riskManagement', 'dataGovernance', 'technicalDocumentation', 'recordKeeping', 'transparencyToDeployers',
  'humanOversightDesign', 'accuracyRobustness', 'qualityManagement', 'conformityAssessment', 'registration', 'postMarketMonitoring'
];
const DEPLOYER_HIGH = ['humanOversight', 'inputData', 'monitorAndReport', 'logs', 'informAffectedPersons'];

describe('AI Act obligations', () => {
  it('catalogues every id once with a citation and a label', () => {
    expect(AI_ACT_OBLIGATIONS.map((obligation) => obligation.id)).toEqual([...AI_ACT_OBLIGATION_IDS]);
    expect(new Set(AI_ACT_OBLIGATION_IDS).size).toBe(AI_ACT_OBLIGATION_IDS.length);
    for (const obligation of AI_ACT_OBLIGATIONS) {
      expect(obligation.citation).toMatch(/^Art\. \d+(\(\d+\))?(\([a-z]\))?$/);
      expect(obligation.label.length).toBeGreaterThan(10);
    }
  });

  it.each<[string, Partial<AIActProfile>]>([
    ['minimal', {}],
    ['limited', { transparencyTriggers: ['interactsWithPersons'] }],
    ['high', { annexIIIUses: ['3b'] }],
    ['prohibited', { prohibitedPractices: ['socialScoring'] }]
  ])('lists AI literacy first for a %s system', (tier, overrides) => {
    const result = classifyAISystem(profileOf(overrides));
    expect(result.tier).toBe(tier);
    expect(result.obligations[0]).toBe('aiLiteracy');
  });

  it('gives a high-risk deployer the deployer duties only', () => {
    expect(classifyAISystem(profileOf({ annexIIIUses: ['4a'] })).obligations).toEqual(['aiLiteracy', ...DEPLOYER_HIGH]);
  });

  it('gives a high-risk provider the provider duties only', () => {
    expect(classifyAISystem(profileOf({ role: 'provider', annexIIIUses: ['4a'] })).obligations).toEqual(['aiLiteracy', ...PROVIDER_HIGH]);
  });

  it('gives role "both" both sets, in catalogue order', () => {
    expect(classifyAISystem(profileOf({ role: 'both', annexIIIUses: ['4a'] })).obligations).toEqual(['aiLiteracy', ...PROVIDER_HIGH, ...DEPLOYER_HIGH]);
  });

  it('leaves out Annex III-only duties (registration, informing affected persons) for an Art. 6(1)-only system', () => {
    const obligations = classifyAISystem(profileOf({ role: 'both', annexISafetyComponent: true, publicBody: true })).obligations;
    expect(obligations).not.toContain('registration');
    expect(obligations).not.toContain('informAffectedPersons');
    expect(obligations).not.toContain('fria');
    expect(obligations).toContain('conformityAssessment');
    expect(obligations).toContain('logs');
  });

  describe('fundamental-rights impact assessment (Art. 27)', () => {
    it('is required of a public-body deployer of an Annex III system', () => {
      expect(classifyAISystem(profileOf({ annexIIIUses: ['7b'], publicBody: true })).obligations).toContain('fria');
    });

    it('is not required of a private deployer', () => {
      expect(classifyAISystem(profileOf({ annexIIIUses: ['7b'] })).obligations).not.toContain('fria');
    });

    it('is not required of a public body that is only the provider', () => {
      expect(classifyAISystem(profileOf({ role: 'provider', annexIIIUses: ['7b'], publicBody: true })).obligations).not.toContain('fria');
    });

    it('is not required for critical infrastructure (Annex III 2) alone', () => {
      expect(classifyAISystem(profileOf({ annexIIIUses: ['2'], publicBody: true })).obligations).not.toContain('fria');
    });

    it.each(['5b', '5c'] as const)('is required of any deployer under Annex III %s', (use) => {
      expect(classifyAISystem(profileOf({ annexIIIUses: [use] })).obligations).toContain('fria');
    });

    it('is not required when a derogation lifts the system out of high-risk', () => {
      expect(classifyAISystem(profileOf({ annexIIIUses: ['7c'], derogations: ['preparatoryTask'], publicBody: true })).obligations).toEqual(['aiLiteracy']);
    });
  });

  it('tells a prohibited system to discontinue, with no high-risk duties', () => {
    const result = classifyAISystem(profileOf({ role: 'both', prohibitedPractices: ['crimePredictionByProfiling'], annexIIIUses: ['6d'], publicBody: true }));
    expect(result.obligations).toEqual(['aiLiteracy', 'discontinue']);
  });

  it('keeps transparency duties on a prohibited system', () => {
    const result = classifyAISystem(profileOf({ prohibitedPractices: ['manipulation'], transparencyTriggers: ['interactsWithPersons'] }));
    expect(result.obligations).toEqual(['aiLiteracy', 'discontinue', 'discloseAIInteraction']);
  });

  it('maps every transparency trigger to its duty', () => {
    const result = classifyAISystem(profileOf({
      transparencyTriggers: ['publicInterestText', 'deepFake', 'emotionRecognitionOrBiometricCategorisation', 'generatesSyntheticContent', 'interactsWithPersons']
    }));
    expect(result.obligations).toEqual(['aiLiteracy', 'discloseAIInteraction', 'markSyntheticContent', 'informExposedPersons', 'discloseDeepFake', 'disclosePublicInterestText']);
  });

  it('asks a provider to document a derogation (Art. 6(4)), not a deployer', () => {
    expect(classifyAISystem(profileOf({ role: 'provider', annexIIIUses: ['8a'], derogations: ['narrowProceduralTask'] })).obligations)
      .toEqual(['aiLiteracy', 'documentNonHighRiskAssessment']);
    expect(classifyAISystem(profileOf({ annexIIIUses: ['8a'], derogations: ['narrowProceduralTask'] })).obligations).toEqual(['aiLiteracy']);
  });

  it.each([
    ['deployer', ['aiLiteracy', 'gpaiModelProviderInfo']],
    ['provider', ['aiLiteracy', 'gpaiTechnicalDocumentation', 'gpaiDownstreamInformation', 'gpaiCopyrightPolicy', 'gpaiTrainingContentSummary']],
    ['both', ['aiLiteracy', 'gpaiTechnicalDocumentation', 'gpaiDownstreamInformation', 'gpaiModelProviderInfo', 'gpaiCopyrightPolicy', 'gpaiTrainingContentSummary']]
  ] as const)('gives a %s of a general-purpose-model system its GPAI duties', (role, expected) => {
    const result = classifyAISystem(profileOf({ role, generalPurposeModel: true }));
    expect(result.tier).toBe('minimal');
    expect(result.obligations).toEqual(expected);
  });
});
