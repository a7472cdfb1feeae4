/**
 * A stable fingerprint of a classification's answers. A lead's verification names the fingerprint of the answers it
 * looked at; when any answer changes the fingerprint changes, and the verification no longer counts.
 */
import { ANNEX_III_USE_IDS, DEROGATION_IDS, PROHIBITED_PRACTICE_IDS, TRANSPARENCY_TRIGGER_IDS } from '../aiAct/types';
import type { AIActProfile } from '../aiAct/types';

/** Bumped if the canonical form ever changes, so old fingerprints can never match new ones by accident. */
const VERSION = 'v1';

/** The ids of `catalogue` that `values` contains, in catalogue order: tick order and repeats are not answers. */
function canonicalList(values: readonly string[], catalogue: readonly string[]): string[] {
  const ticked = new Set(values);
  return catalogue.filter((id) => ticked.has(id));
}

/** The profile's answers in one fixed order, as text. */
export function canonicalProfile(profile: AIActProfile): string {
  return JSON.stringify([
    profile.role,
    canonicalList(profile.prohibitedPractices, PROHIBITED_PRACTICE_IDS),
    profile.annexISafetyComponent,
    canonicalList(profile.annexIIIUses, ANNEX_III_USE_IDS),
    canonicalList(profile.derogations, DEROGATION_IDS),
    profile.profilesNaturalPersons,
    canonicalList(profile.transparencyTriggers, TRANSPARENCY_TRIGGER_IDS),
    profile.generalPurposeModel,
    profile.publicBody
  ]);
}

/** 32-bit FNV-1a of `text` with a given offset basis, as 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Fingerprint of the answers, e.g. `v1-1a2b3c4d5e6f7a8b`. Not a security measure (leads are trusted to verify what they
 * see); it only detects that the answers changed. Two independent 32-bit hashes make an accidental match negligible.
 */
export function profileHash(profile: AIActProfile): string {
  const text = canonicalProfile(profile);
  return `${VERSION}-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}`;
}
