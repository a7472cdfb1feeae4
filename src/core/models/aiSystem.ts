import { AI_ACT_TIERS, TRANSPARENCY_TRIGGER_IDS } from '../aiAct/types';
import type { AIActTier, TransparencyTrigger } from '../aiAct/types';
import type { IsoDate, JsonText, LinkValue, LookupRef, PersonRef } from './common';

/** Broad kind of AI system, for filtering the registry (not an AI Act category). */
export const AI_SYSTEM_TYPES = [
  'Generative AI assistant',
  'Machine learning model',
  'Computer vision',
  'Speech and language processing',
  'Biometric system',
  'Decision support / scoring',
  'Rules-based automation',
  'Other'
] as const;
export type AISystemType = (typeof AI_SYSTEM_TYPES)[number];

export const AI_LIFECYCLES = ['Proposed', 'Pilot', 'Production', 'Retired'] as const;
export type AILifecycle = (typeof AI_LIFECYCLES)[number];

export const AI_APPROVAL_STATUSES = [
  'Pending review',
  'Approved',
  'Approved with conditions',
  'Rejected',
  'In use without approval'
] as const;
export type AIApprovalStatus = (typeof AI_APPROVAL_STATUSES)[number];

/** EU AI Act risk tiers, most severe first (DESIGN section 5 precedence): the engine's tiers, so the two never drift. */
export const AI_RISK_TIERS = AI_ACT_TIERS;
export type AIRiskTier = AIActTier;

/**
 * Whether the AI Act binds the organisation for this system or it aligns voluntarily (Art. 2(4): the Act may not
 * bind an international organisation). Recorded apart from the tier, which is computed the same way either way.
 */
export const AI_APPLICABILITY_BASES = ['Legally applicable', 'Voluntary alignment'] as const;
export type AIApplicabilityBasis = (typeof AI_APPLICABILITY_BASES)[number];

/**
 * Verification state cached on the record (derived from AIVerifications decisions by the suite), so the register can
 * filter and sort on an indexed column; the decisions themselves stay the evidence.
 */
export const AI_VERIFICATION_STATES = ['Unverified', 'Verified', 'Returned'] as const;
export type AIVerificationState = (typeof AI_VERIFICATION_STATES)[number];

/** Art. 50 transparency triggers: the classification engine's ids (src/core/aiAct), kept under this name for existing users. */
export const AI_TRANSPARENCY_TRIGGERS = TRANSPARENCY_TRIGGER_IDS;
export type AITransparencyTrigger = TransparencyTrigger;

/** An AI system in the registry (list AISystems). */
export interface AISystem {
  title: string;
  description?: string;
  vendor?: string;
  systemType?: AISystemType;
  purpose?: string;
  businessOwner?: PersonRef;
  technicalOwner?: PersonRef;
  department?: string;
  /** Missions where the system is used (lookups to Missions). */
  missions?: LookupRef[];
  lifecycle: AILifecycle;
  approvalStatus: AIApprovalStatus;
  /** The classification questionnaire's answers (DESIGN section 5), JSON. Changing it resets verification. */
  classificationProfile?: JsonText;
  /** Tier computed from the profile by the suite; indexed so the registry filters on it. */
  riskTier?: AIRiskTier;
  /** The rest of the computed result (grounds, obligations, needsReview), JSON. */
  classificationResult?: JsonText;
  applicabilityBasis?: AIApplicabilityBasis;
  /** Who last submitted the classification: the verifier must be someone else. */
  classifiedBy?: PersonRef;
  verifiedBy?: PersonRef;
  verifiedOn?: IsoDate;
  /** Hash of the stored profile's answers (`profileHash`): a verification counts only for the answers it names. */
  profileHash?: string;
  /** Cached verification state, recomputed by the suite on every classification change and verification. */
  verificationState?: AIVerificationState;
  /** Register order: unverified prohibited and high-risk systems first (`reviewPriority`); indexed for sorting. */
  reviewPriority?: number;
  linkedDataAssets?: LookupRef[];
  dpiaUrl?: LinkValue;
  modelCardUrl?: LinkValue;
  vendorTermsUrl?: LinkValue;
  nextReviewDate?: IsoDate;
  /** Web domains or URLs the system is reached on, one per line: usage monitoring matches observed apps on them. */
  webDomains?: string;
  /** Other names the system goes by in usage exports, one per line (leads extend the list as exports show them). */
  aliases?: string;
}
