/**
 * EU AI Act classification (DESIGN section 5): the answer shapes, the reference catalogues the wizard shows, the
 * pure classification engine, and the validation of stored profiles.
 */
export { AI_ACT_ROLES, AI_ACT_TIERS, ANNEX_III_USE_IDS, DEROGATION_IDS, PROHIBITED_PRACTICE_IDS, TRANSPARENCY_TRIGGER_IDS } from './types';
export type { AIActClassification, AIActProfile, AIActRole, AIActTier, AnnexIIIUse, Derogation, ProhibitedPractice, TransparencyTrigger } from './types';
export { ANNEX_III_USES, DEROGATIONS, PROHIBITED_PRACTICES, TRANSPARENCY_TRIGGERS } from './catalogue';
export type { AIActPointLetter, AnnexIIIUseInfo, DerogationInfo, ProhibitedPracticeInfo, TransparencyTriggerInfo } from './catalogue';
export { AI_ACT_OBLIGATIONS, AI_ACT_OBLIGATION_IDS } from './obligations';
export type { AIActObligation, AIActObligationInfo } from './obligations';
export { AI_ACT_REVIEW_REASONS, AI_ACT_REVIEW_REASON_IDS, derogationApplies, findReviewReasons } from './review';
export type { AIActReviewReason } from './review';
export { classifyAISystem } from './classify';
export { emptyAIActProfile, isCompleteProfile, parseAIActProfile } from './profile';
export type { AIActProfileParseResult } from './profile';
