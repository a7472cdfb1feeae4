/**
 * The classification as the AISystems list stores it: the answers (JSON), the computed tier (indexed), the rest of
 * the result (JSON) and the answers' fingerprint. Always recomputed from the answers, never typed in.
 */
import { classifyAISystem } from '../aiAct/classify';
import { parseAIActProfile } from '../aiAct/profile';
import type { AIActClassification, AIActProfile } from '../aiAct/types';
import type { AISystem } from '../models/aiSystem';
import { profileHash } from './profileHash';

/** The stored columns of a classification. */
export type ClassificationColumns = Required<Pick<AISystem, 'classificationProfile' | 'riskTier' | 'classificationResult' | 'profileHash'>>;

/** Classifies the answers and returns every column to store. */
export function classificationColumns(profile: AIActProfile): ClassificationColumns {
  const result = classifyAISystem(profile);
  return {
    classificationProfile: JSON.stringify(profile),
    riskTier: result.tier,
    classificationResult: JSON.stringify({ grounds: result.grounds, obligations: result.obligations, needsReview: result.needsReview }),
    profileHash: profileHash(profile)
  };
}

/** A record's classification read back: the answers and the result recomputed from them. */
export interface StoredClassification {
  readonly profile: AIActProfile;
  readonly classification: AIActClassification;
  readonly hash: string;
}

/**
 * The record's answers and their classification, recomputed (the stored result is a cache for lists and exports);
 * undefined when the system has not been classified or its stored answers are invalid.
 */
export function readClassification(system: Pick<AISystem, 'classificationProfile'>): StoredClassification | undefined {
  if (!system.classificationProfile) {
    return undefined;
  }
  const parsed = parseAIActProfile(system.classificationProfile);
  if (!parsed.profile) {
    return undefined;
  }
  return { profile: parsed.profile, classification: classifyAISystem(parsed.profile), hash: profileHash(parsed.profile) };
}
