import { ANNEX_III_USES, DEROGATIONS, PROHIBITED_PRACTICES, TRANSPARENCY_TRIGGERS } from './catalogue';
import { classifyAISystem } from './classify';
import { emptyAIActProfile } from './profile';
import type { AIActProfile, TransparencyTrigger } from './types';

/** A minimal-risk deployer profile with every answer "no", overridden per test. */
const profileOf = emptyAIActProfile;

describe('classifyAISystem: tiers and grounds', () => {
  it('is minimal with no grounds when every answer is no', () => {
    expect(classifyAISystem(profileOf())).toEqual({ tier: 'minimal', grounds: [], obligations: ['aiLiteracy'], needsReview: false });
  });

  it.each([
    ['manipulation', 'Art. 5(1)(a)'],
    ['exploitingVulnerabilities', 'Art. 5(1)(b)'],
    ['socialScoring', 'Art. 5(1)(c)'],
    ['crimePredictionByProfiling', 'Art. 5(1)(d)'],
    ['untargetedFacialScraping', 'Art. 5(1)(e)'],
    ['emotionRecognitionWorkEducation', 'Art. 5(1)(f)'],
    ['biometricCategorisationSensitive', 'Art. 5(1)(g)'],
    ['realTimeRemoteBiometricIdLawEnforcement', 'Art. 5(1)(h)']
  ] as const)('%s is prohibited under %s', (practice, ground) => {
    const result = classifyAISystem(profileOf({ prohibitedPractices: [practice] }));
    expect(result.tier).toBe('prohibited');
    expect(result.grounds).toEqual([ground]);
  });

  it('covers every prohibited practice of the catalogue', () => {
    expect(PROHIBITED_PRACTICES).toHaveLength(8);
  });

  it('cites several practices in point order, whatever the answer order', () => {
    const result = classifyAISystem(profileOf({ prohibitedPractices: ['realTimeRemoteBiometricIdLawEnforcement', 'socialScoring', 'manipulation'] }));
    expect(result.grounds).toEqual(['Art. 5(1)(a)', 'Art. 5(1)(c)', 'Art. 5(1)(h)']);
  });

  it.each([
    ['1a', 'Annex III 1(a)'], ['1b', 'Annex III 1(b)'], ['1c', 'Annex III 1(c)'], ['2', 'Annex III 2'],
    ['3a', 'Annex III 3(a)'], ['3b', 'Annex III 3(b)'], ['3c', 'Annex III 3(c)'], ['3d', 'Annex III 3(d)'],
    ['4a', 'Annex III 4(a)'], ['4b', 'Annex III 4(b)'],
    ['5a', 'Annex III 5(a)'], ['5b', 'Annex III 5(b)'], ['5c', 'Annex III 5(c)'], ['5d', 'Annex III 5(d)'],
    ['6a', 'Annex III 6(a)'], ['6b', 'Annex III 6(b)'], ['6c', 'Annex III 6(c)'], ['6d', 'Annex III 6(d)'], ['6e', 'Annex III 6(e)'],
    ['7a', 'Annex III 7(a)'], ['7b', 'Annex III 7(b)'], ['7c', 'Annex III 7(c)'], ['7d', 'Annex III 7(d)'],
    ['8a', 'Annex III 8(a)'], ['8b', 'Annex III 8(b)']
  ] as const)('Annex III %s is high-risk under "%s"', (use, ground) => {
    const result = classifyAISystem(profileOf({ annexIIIUses: [use] }));
    expect(result.tier).toBe('high');
    expect(result.grounds).toEqual([ground]);
    // Biometric categorisation and emotion recognition also need the Art. 50(3) answer, unticked here.
    expect(result.needsReview).toBe(use === '1b' || use === '1c');
  });

  it('tests every Annex III point of the catalogue', () => {
    expect(ANNEX_III_USES).toHaveLength(25);
  });

  it('makes an Annex I safety component high-risk under Art. 6(1)', () => {
    const result = classifyAISystem(profileOf({ annexISafetyComponent: true }));
    expect(result.tier).toBe('high');
    expect(result.grounds).toEqual(['Art. 6(1)']);
  });

  it('cites Art. 6(1) before Annex III points', () => {
    expect(classifyAISystem(profileOf({ annexISafetyComponent: true, annexIIIUses: ['2'] })).grounds).toEqual(['Art. 6(1)', 'Annex III 2']);
  });

  describe.each(DEROGATIONS.map((derogation) => derogation.id))('derogation %s', (derogation) => {
    it('takes an Annex III use out of the high-risk tier when the system does not profile people', () => {
      const result = classifyAISystem(profileOf({ annexIIIUses: ['7c'], derogations: [derogation] }));
      expect(result.tier).toBe('minimal');
      expect(result.grounds).toEqual(['Annex III 7(c)', 'Art. 6(3)']);
      expect(result.needsReview).toBe(true);
    });

    it('falls through to limited when a transparency trigger applies', () => {
      const result = classifyAISystem(profileOf({ annexIIIUses: ['4a'], derogations: [derogation], transparencyTriggers: ['interactsWithPersons'] }));
      expect(result.tier).toBe('limited');
      expect(result.grounds).toEqual(['Annex III 4(a)', 'Art. 6(3)', 'Art. 50(1)']);
    });

    it('does not apply when the system profiles people', () => {
      const result = classifyAISystem(profileOf({ annexIIIUses: ['7c'], derogations: [derogation], profilesNaturalPersons: true }));
      expect(result.tier).toBe('high');
      expect(result.grounds).toEqual(['Annex III 7(c)']);
      expect(result.needsReview).toBe(false);
    });

    it('does not lift an Art. 6(1) safety component, which Art. 6(3) does not cover', () => {
      const result = classifyAISystem(profileOf({ annexISafetyComponent: true, annexIIIUses: ['2'], derogations: [derogation] }));
      expect(result.tier).toBe('high');
      expect(result.grounds).toEqual(['Art. 6(1)', 'Annex III 2']);
    });
  });

  it.each<[TransparencyTrigger, TransparencyTrigger[], string[]]>([
    ['interactsWithPersons', ['interactsWithPersons'], ['Art. 50(1)']],
    ['generatesSyntheticContent', ['generatesSyntheticContent'], ['Art. 50(2)']],
    ['emotionRecognitionOrBiometricCategorisation', ['emotionRecognitionOrBiometricCategorisation'], ['Art. 50(3)']],
    // Deep fakes and public-interest text are generated content, so a complete profile ticks Art. 50(2) with them.
    ['deepFake', ['deepFake', 'generatesSyntheticContent'], ['Art. 50(2)', 'Art. 50(4)']],
    ['publicInterestText', ['publicInterestText', 'generatesSyntheticContent'], ['Art. 50(2)', 'Art. 50(4)']]
  ])('transparency trigger %s makes it limited', (_trigger, triggers, grounds) => {
    const result = classifyAISystem(profileOf({ transparencyTriggers: triggers }));
    expect(result.tier).toBe('limited');
    expect(result.grounds).toEqual(grounds);
    expect(result.needsReview).toBe(false);
  });

  it('tests every transparency trigger of the catalogue', () => {
    expect(TRANSPARENCY_TRIGGERS).toHaveLength(5);
  });

  it('cites Art. 50(4) once for a deep fake that is also public-interest text', () => {
    const result = classifyAISystem(profileOf({ transparencyTriggers: ['publicInterestText', 'deepFake', 'generatesSyntheticContent'] }));
    expect(result.grounds).toEqual(['Art. 50(2)', 'Art. 50(4)']);
  });
});

describe('classifyAISystem: combinations', () => {
  it('keeps Art. 50(1) on a high-risk chatbot', () => {
    const result = classifyAISystem(profileOf({ annexIIIUses: ['5a'], transparencyTriggers: ['interactsWithPersons'] }));
    expect(result.tier).toBe('high');
    expect(result.grounds).toEqual(['Annex III 5(a)', 'Art. 50(1)']);
    expect(result.obligations).toContain('discloseAIInteraction');
  });

  it('stays prohibited with Annex III uses, citing only the ban and the transparency grounds', () => {
    const result = classifyAISystem(profileOf({
      prohibitedPractices: ['emotionRecognitionWorkEducation'],
      annexIIIUses: ['1c', '4b'],
      annexISafetyComponent: true,
      transparencyTriggers: ['emotionRecognitionOrBiometricCategorisation', 'interactsWithPersons']
    }));
    expect(result.tier).toBe('prohibited');
    expect(result.grounds).toEqual(['Art. 5(1)(f)', 'Art. 50(1)', 'Art. 50(3)']);
  });

  it('classifies a migration risk-assessment tool as high under Annex III 7(b)', () => {
    const result = classifyAISystem(profileOf({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true }));
    expect(result.tier).toBe('high');
    expect(result.grounds).toEqual(['Annex III 7(b)']);
  });

  it('cites a biometric registration system under both Annex III 1(a) and 7(d), in annex order', () => {
    expect(classifyAISystem(profileOf({ annexIIIUses: ['7d', '1a'] })).grounds).toEqual(['Annex III 1(a)', 'Annex III 7(d)']);
  });
});

describe('classifyAISystem: determinism', () => {
  const profile = profileOf({
    role: 'both',
    annexISafetyComponent: true,
    annexIIIUses: ['7d', '1a', '4a'],
    transparencyTriggers: ['publicInterestText', 'interactsWithPersons', 'generatesSyntheticContent'],
    generalPurposeModel: true,
    publicBody: true
  });

  it('returns deep-equal results for the same input, without changing the input', () => {
    const snapshot = JSON.stringify(profile);
    expect(classifyAISystem(profile)).toEqual(classifyAISystem(profileOf(JSON.parse(snapshot) as Partial<AIActProfile>)));
    expect(JSON.stringify(profile)).toBe(snapshot);
  });

  it('does not depend on the order of the answers', () => {
    const reversed: AIActProfile = {
      ...profile,
      annexIIIUses: [...profile.annexIIIUses].reverse(),
      transparencyTriggers: [...profile.transparencyTriggers].reverse()
    };
    expect(classifyAISystem(reversed)).toEqual(classifyAISystem(profile));
  });

  it('never repeats a ground or an obligation, even for repeated answers', () => {
    const result = classifyAISystem(profileOf({ annexIIIUses: ['4a', '4a'], transparencyTriggers: ['interactsWithPersons', 'interactsWithPersons'] }));
    expect(result.grounds).toEqual(['Annex III 4(a)', 'Art. 50(1)']);
    expect(new Set(result.obligations).size).toBe(result.obligations.length);
  });
});
