import { classifyAISystem } from './classify';
import { AI_ACT_REVIEW_REASONS, AI_ACT_REVIEW_REASON_IDS, findReviewReasons } from './review';
import { emptyAIActProfile } from './profile';
import type { AIActProfile } from './types';

/** A minimal-risk deployer profile with every answer "no", overridden per test. */
const profileOf = emptyAIActProfile;

describe('needsReview', () => {
  it('explains every reason', () => {
    expect(Object.keys(AI_ACT_REVIEW_REASONS).sort()).toEqual([...AI_ACT_REVIEW_REASON_IDS].sort());
  });

  it.each<[string, Partial<AIActProfile>]>([
    ['derogationApplied', { annexIIIUses: ['3b'], derogations: ['improvesCompletedHumanActivity'] }],
    ['derogationWithoutAnnexIIIUse', { derogations: ['preparatoryTask'] }],
    ['derogationWithoutAnnexIIIUse', { annexISafetyComponent: true, derogations: ['preparatoryTask'] }],
    ['deepFakeWithoutSyntheticContent', { transparencyTriggers: ['deepFake'] }],
    ['publicInterestTextWithoutSyntheticContent', { transparencyTriggers: ['publicInterestText'] }],
    ['biometricUseWithoutTransparencyTrigger', { annexIIIUses: ['1c'] }],
    ['biometricUseWithoutTransparencyTrigger', { annexIIIUses: ['1b'] }],
    ['biometricUseWithoutTransparencyTrigger', { prohibitedPractices: ['emotionRecognitionWorkEducation'] }],
    ['biometricUseWithoutTransparencyTrigger', { prohibitedPractices: ['biometricCategorisationSensitive'] }],
    ['duplicateEntries', { annexIIIUses: ['4a', '4a'] }],
    ['duplicateEntries', { prohibitedPractices: ['socialScoring', 'socialScoring'] }],
    ['duplicateEntries', { transparencyTriggers: ['interactsWithPersons', 'interactsWithPersons'] }],
    ['duplicateEntries', { annexIIIUses: ['4a'], profilesNaturalPersons: true, derogations: ['preparatoryTask', 'preparatoryTask'] }]
  ])('flags %s', (reason, overrides) => {
    const profile = profileOf(overrides);
    expect(findReviewReasons(profile)).toEqual([reason]);
    expect(classifyAISystem(profile).needsReview).toBe(true);
  });

  it.each<[string, Partial<AIActProfile>]>([
    ['a plain high-risk system', { annexIIIUses: ['7b'] }],
    ['a derogation overridden by profiling', { annexIIIUses: ['7b'], derogations: ['preparatoryTask'], profilesNaturalPersons: true }],
    ['emotion recognition with its Art. 50(3) trigger', { annexIIIUses: ['1c'], transparencyTriggers: ['emotionRecognitionOrBiometricCategorisation'] }],
    ['a deep fake with synthetic content', { transparencyTriggers: ['deepFake', 'generatesSyntheticContent'] }],
    ['profiling without any Annex III use', { profilesNaturalPersons: true }]
  ])('does not flag %s', (_name, overrides) => {
    expect(classifyAISystem(profileOf(overrides)).needsReview).toBe(false);
  });

  it('reports several reasons in a fixed order', () => {
    const profile = profileOf({ annexIIIUses: ['1c', '1c'], derogations: ['narrowProceduralTask'], transparencyTriggers: ['deepFake'] });
    expect(findReviewReasons(profile)).toEqual(['derogationApplied', 'deepFakeWithoutSyntheticContent', 'biometricUseWithoutTransparencyTrigger', 'duplicateEntries']);
  });
});
