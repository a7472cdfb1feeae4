/**
 * Why a classification needs a governance lead's review: a derogation lowered the tier, or the answers are
 * incomplete or contradictory. Each rule is a named reason so the result screen can say which answer to revisit.
 */
import type { AIActProfile } from './types';

/** Review reason ids, in the order they are reported. */
export const AI_ACT_REVIEW_REASON_IDS = [
  'derogationApplied',
  'derogationWithoutAnnexIIIUse',
  'deepFakeWithoutSyntheticContent',
  'publicInterestTextWithoutSyntheticContent',
  'biometricUseWithoutTransparencyTrigger',
  'duplicateEntries'
] as const;
/** Why a classification needs review. */
export type AIActReviewReason = (typeof AI_ACT_REVIEW_REASON_IDS)[number];

/** Reference English explanation of each review reason; the UI localises by id. */
export const AI_ACT_REVIEW_REASONS: Readonly<Record<AIActReviewReason, string>> = {
  derogationApplied: 'An Art. 6(3) derogation took an Annex III system out of the high-risk tier; the assessment must be documented and checked.',
  derogationWithoutAnnexIIIUse: 'A derogation is ticked but no Annex III use is: Art. 6(3) only qualifies Annex III uses.',
  deepFakeWithoutSyntheticContent: 'Deep fake is ticked but generating synthetic content is not, although a deep fake is generated or manipulated content.',
  publicInterestTextWithoutSyntheticContent: 'Public-interest text is ticked but generating synthetic content is not, although such text is generated content.',
  biometricUseWithoutTransparencyTrigger: 'An emotion recognition or biometric categorisation use is ticked (Annex III 1(b)/1(c) or Art. 5(1)(f)/(g)) but the Art. 50(3) trigger is not.',
  duplicateEntries: 'A list of answers repeats an entry, which the questionnaire never produces: the stored profile may be corrupt.'
};

/**
 * True when Art. 6(3) takes the system out of the high-risk tier: it has an Annex III use, meets at least one
 * condition and does not profile natural persons (profiling always keeps it high-risk). Art. 6(3) qualifies only
 * Art. 6(2) (Annex III), so an Art. 6(1) product safety component stays high-risk and the derogation is not applied.
 */
export function derogationApplies(profile: AIActProfile): boolean {
  return (
    profile.annexIIIUses.length > 0 &&
    profile.derogations.length > 0 &&
    !profile.profilesNaturalPersons &&
    !profile.annexISafetyComponent
  );
}

function hasDuplicates(values: readonly string[]): boolean {
  return new Set(values).size !== values.length;
}

/** Every reason the profile's classification needs review, in `AI_ACT_REVIEW_REASON_IDS` order; empty when none. */
export function findReviewReasons(profile: AIActProfile): AIActReviewReason[] {
  const triggers = new Set(profile.transparencyTriggers);
  const generates = triggers.has('generatesSyntheticContent');
  const biometricUse =
    profile.annexIIIUses.some((use) => use === '1b' || use === '1c') ||
    profile.prohibitedPractices.some((practice) => practice === 'emotionRecognitionWorkEducation' || practice === 'biometricCategorisationSensitive');

  const found: Record<AIActReviewReason, boolean> = {
    // A lead must confirm the lower tier: the provider is accountable for the Art. 6(4) assessment.
    derogationApplied: derogationApplies(profile),
    // Contradictory: the derogation conditions only make sense for an Annex III use.
    derogationWithoutAnnexIIIUse: profile.derogations.length > 0 && profile.annexIIIUses.length === 0,
    // Incomplete: Art. 50(4) deep fakes are a kind of Art. 50(2) synthetic content, so 50(2) is probably missing.
    deepFakeWithoutSyntheticContent: triggers.has('deepFake') && !generates,
    // Incomplete: likewise, public-interest text under Art. 50(4) is AI-generated text under Art. 50(2).
    publicInterestTextWithoutSyntheticContent: triggers.has('publicInterestText') && !generates,
    // Incomplete: emotion recognition and biometric categorisation always carry the Art. 50(3) duty to inform.
    biometricUseWithoutTransparencyTrigger: biometricUse && !triggers.has('emotionRecognitionOrBiometricCategorisation'),
    // Corrupt: the wizard uses checkboxes, so a repeated id means the stored JSON was edited or merged badly.
    duplicateEntries: [profile.prohibitedPractices, profile.annexIIIUses, profile.derogations, profile.transparencyTriggers].some(hasDuplicates)
  };
  return AI_ACT_REVIEW_REASON_IDS.filter((reason) => found[reason]);
}
