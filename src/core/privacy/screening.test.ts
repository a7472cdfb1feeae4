import { DPIA_THRESHOLD, parseScreeningAnswers, screenProcessing, screeningAISystem, serializeScreeningAnswers, dpiaMissing } from './screening';

describe('screenProcessing: the EDPB two-criteria threshold', () => {
  it('requires no DPIA with nothing met', () => {
    const result = screenProcessing({}, {});
    expect(result).toEqual({ met: [], grounds: [], dpiaRequired: false });
  });

  it('requires no DPIA with one criterion met', () => {
    const result = screenProcessing({ largeScale: true }, { dataSubjectCategories: ['Staff'] });
    expect(result.met).toEqual(['largeScale']);
    expect(result.dpiaRequired).toBe(false);
  });

  it('requires a DPIA at exactly two criteria, and names both as grounds', () => {
    const result = screenProcessing({ largeScale: true, matchingDatasets: true }, {});
    expect(DPIA_THRESHOLD).toBe(2);
    expect(result.dpiaRequired).toBe(true);
    expect(result.met).toEqual(['largeScale', 'matchingDatasets']);
    expect(result.grounds).toEqual([
      { criterion: 'largeScale', source: 'answer' },
      { criterion: 'matchingDatasets', source: 'answer' }
    ]);
  });

  it('counts a criterion once however many grounds it has', () => {
    const result = screenProcessing({ vulnerableSubjects: true }, { dataSubjectCategories: ['Migrants', 'Refugees'] });
    expect(result.met).toEqual(['vulnerableSubjects']);
    expect(result.grounds).toHaveLength(2);
    expect(result.dpiaRequired).toBe(false);
  });

  it('ignores answers that are false', () => {
    expect(screenProcessing({ largeScale: false, evaluationScoring: false }, {}).met).toEqual([]);
  });
});

describe('screenProcessing: rules from the record', () => {
  it('treats migrants as vulnerable data subjects without an answer', () => {
    const result = screenProcessing({}, { dataSubjectCategories: ['Migrants', 'Staff'] });
    expect(result.met).toEqual(['vulnerableSubjects']);
    expect(result.grounds).toEqual([{ criterion: 'vulnerableSubjects', source: 'vulnerableSubjects', detail: 'Migrants' }]);
  });

  it('treats refugees as vulnerable data subjects', () => {
    expect(screenProcessing({}, { dataSubjectCategories: ['Refugees'] }).met).toEqual(['vulnerableSubjects']);
  });

  it('does not treat staff or donors as vulnerable', () => {
    expect(screenProcessing({}, { dataSubjectCategories: ['Staff', 'Donors'] }).met).toEqual([]);
  });

  it('requires a DPIA for refugees plus large scale', () => {
    const result = screenProcessing({ largeScale: true }, { dataSubjectCategories: ['Refugees'] });
    expect(result.dpiaRequired).toBe(true);
    expect(result.met).toEqual(['largeScale', 'vulnerableSubjects']);
  });

  it('marks sensitive data from special categories and from sensitive inventory categories', () => {
    const result = screenProcessing({}, { specialCategories: ['Health data'], personalDataCategories: ['Biometric data', 'Contact details'] });
    expect(result.met).toEqual(['sensitiveData']);
    expect(result.grounds).toEqual([
      { criterion: 'sensitiveData', source: 'specialCategories', detail: 'Health data' },
      { criterion: 'sensitiveData', source: 'sensitiveCategories', detail: 'Biometric data' }
    ]);
  });
});

describe('screenProcessing: rules from linked AI systems', () => {
  it('a high-risk AI system marks innovative technology and automated decisions', () => {
    const result = screenProcessing({}, {}, [{ id: 1, title: 'Case triage model', riskTier: 'high', annexIIIArea7: false }]);
    expect(result.met).toEqual(['automatedDecisions', 'innovativeTechnology']);
    expect(result.dpiaRequired).toBe(true);
    expect(result.grounds.every((g) => g.source === 'highRiskAISystem' && g.detail === 'Case triage model')).toBe(true);
  });

  it('an Annex III area 7 system does too, whatever its tier', () => {
    const result = screenProcessing({}, {}, [{ id: 2, title: 'Visa triage', riskTier: 'minimal', annexIIIArea7: true }]);
    expect(result.met).toEqual(['automatedDecisions', 'innovativeTechnology']);
    expect(result.grounds[0].source).toBe('annexIIIArea7');
  });

  it('a limited or minimal system outside area 7 marks nothing', () => {
    expect(screenProcessing({}, {}, [{ id: 3, title: 'Chat assistant', riskTier: 'limited', annexIIIArea7: false }]).met).toEqual([]);
  });
});

describe('screening answers and AI facts', () => {
  it('round-trips answers and ignores unknown or malformed content', () => {
    const json = serializeScreeningAnswers({ preventsRights: true, largeScale: false });
    expect(parseScreeningAnswers(json)).toEqual({ largeScale: false, preventsRights: true });
    expect(parseScreeningAnswers('{"largeScale": "yes", "other": true}')).toEqual({});
    expect(parseScreeningAnswers('not json')).toEqual({});
    expect(parseScreeningAnswers(undefined)).toEqual({});
    expect(parseScreeningAnswers('[true]')).toEqual({});
  });

  it('reads Annex III area 7 from a stored classification profile', () => {
    const profile = JSON.stringify({
      role: 'deployer', prohibitedPractices: [], annexISafetyComponent: false, annexIIIUses: ['7c'], derogations: [],
      profilesNaturalPersons: false, transparencyTriggers: [], generalPurposeModel: false, publicBody: true
    });
    expect(screeningAISystem({ id: 4, title: 'Asylum file triage', classificationProfile: profile }).annexIIIArea7).toBe(true);
    expect(screeningAISystem({ id: 5, title: 'No profile' }).annexIIIArea7).toBe(false);
    expect(screeningAISystem({ id: 6, title: 'Broken', classificationProfile: '{' }).annexIIIArea7).toBe(false);
  });

  it('flags a required DPIA that names none', () => {
    expect(dpiaMissing({ dpiaRequired: true })).toBe(true);
    expect(dpiaMissing({ dpiaRequired: true, dpiaLink: { url: 'https://example.org/dpia' } })).toBe(false);
    expect(dpiaMissing({ dpiaRequired: false })).toBe(false);
  });
});
