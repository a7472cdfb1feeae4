/**
 * EU AI Act (Regulation (EU) 2024/1689) classification shapes (DESIGN section 5, issue 7). The id lists are
 * `as const` arrays so the UI can enumerate them and the parser can check stored JSON against them; each union type
 * is derived from its list, so the two never drift. This module imports nothing: models and schema reuse it.
 */

/** Art. 5(1) prohibited practices, in the order of points (a) to (h). */
export const PROHIBITED_PRACTICE_IDS = [
  'manipulation',
  'exploitingVulnerabilities',
  'socialScoring',
  'crimePredictionByProfiling',
  'untargetedFacialScraping',
  'emotionRecognitionWorkEducation',
  'biometricCategorisationSensitive',
  'realTimeRemoteBiometricIdLawEnforcement'
] as const;
/** A practice Art. 5(1) forbids outright. */
export type ProhibitedPractice = (typeof PROHIBITED_PRACTICE_IDS)[number];

/** Annex III high-risk uses: area number plus sub-point letter; area 2 has no sub-points. Annex order. */
export const ANNEX_III_USE_IDS = [
  '1a', '1b', '1c', '2', '3a', '3b', '3c', '3d', '4a', '4b', '5a', '5b', '5c', '5d',
  '6a', '6b', '6c', '6d', '6e', '7a', '7b', '7c', '7d', '8a', '8b'
] as const;
/** An Annex III point the system's intended purpose falls under (Art. 6(2)). */
export type AnnexIIIUse = (typeof ANNEX_III_USE_IDS)[number];

/** Art. 6(3) first subparagraph conditions, in the order of points (a) to (d). */
export const DEROGATION_IDS = [
  'narrowProceduralTask',
  'improvesCompletedHumanActivity',
  'detectsPatternsWithoutReplacingHumanAssessment',
  'preparatoryTask'
] as const;
/** A condition under which an Annex III system is not high-risk, unless it profiles natural persons. */
export type Derogation = (typeof DEROGATION_IDS)[number];

/** Art. 50 transparency triggers, in paragraph order (deepFake and publicInterestText are both Art. 50(4)). */
export const TRANSPARENCY_TRIGGER_IDS = [
  'interactsWithPersons',
  'generatesSyntheticContent',
  'emotionRecognitionOrBiometricCategorisation',
  'deepFake',
  'publicInterestText'
] as const;
/** A feature of the system that brings an Art. 50 transparency obligation. */
export type TransparencyTrigger = (typeof TRANSPARENCY_TRIGGER_IDS)[number];

/** The organisation's role for the system: provider (develops or has it developed under its name) or deployer (uses it). */
export const AI_ACT_ROLES = ['provider', 'deployer', 'both'] as const;
/** Role of the organisation under Art. 3(3)/(4). */
export type AIActRole = (typeof AI_ACT_ROLES)[number];

/** Risk tiers, most severe first (DESIGN section 5 precedence). */
export const AI_ACT_TIERS = ['prohibited', 'high', 'limited', 'minimal'] as const;
/** Outcome tier of a classification. */
export type AIActTier = (typeof AI_ACT_TIERS)[number];

/**
 * The answers of the classification questionnaire: facts about the system, never conclusions, so the tier is always
 * recomputed by `classifyAISystem`. Stored as JSON text in SharePoint (read it back with `parseAIActProfile`).
 */
export interface AIActProfile {
  role: AIActRole;
  prohibitedPractices: ProhibitedPractice[];
  /** Art. 6(1): safety component of (or itself) an Annex I product that needs third-party conformity assessment. */
  annexISafetyComponent: boolean;
  annexIIIUses: AnnexIIIUse[];
  /** Art. 6(3) conditions the system meets. */
  derogations: Derogation[];
  /** Profiling keeps an Annex III system high-risk whatever the derogations (Art. 6(3), last subparagraph). */
  profilesNaturalPersons: boolean;
  transparencyTriggers: TransparencyTrigger[];
  /** The system is built on a general-purpose AI model. */
  generalPurposeModel: boolean;
  /** Deployer is a public body or provides public services (Art. 27 fundamental-rights impact assessment). */
  publicBody: boolean;
}

/** Result of `classifyAISystem`: the tier and why, in a deterministic order. */
export interface AIActClassification {
  tier: AIActTier;
  /** Citations formatted exactly like "Art. 5(1)(c)", "Art. 6(1)", "Annex III 7(b)", "Art. 6(3)", "Art. 50(1)". */
  grounds: string[];
  /** Ids of `AI_ACT_OBLIGATIONS`, in catalogue order; the UI shows localised labels by id. */
  obligations: string[];
  /** True when a derogation lowered the tier, or the answers are incomplete or contradictory (`findReviewReasons`). */
  needsReview: boolean;
}
