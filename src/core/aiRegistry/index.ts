/**
 * The AI registry's rules around the classification engine: stored classification columns, the answers' fingerprint,
 * verification by governance leads (segregation of duties), register order and linked-data summary.
 */
export { canonicalProfile, profileHash } from './profileHash';
export { classificationColumns, readClassification } from './classificationRecord';
export type { ClassificationColumns, StoredClassification } from './classificationRecord';
export { CLASSIFICATION_ANOMALIES, VERIFICATION_IGNORED_REASONS, awaitsVerificationBy, countingVerification, currentSubmission, deriveVerification } from './verification';
export type { ClassificationAnomaly, CurrentSubmission, VerificationIgnoredReason, VerificationStatus, VerificationVerdict } from './verification';
export { reviewPriority } from './priority';
export { summariseLinkedData } from './datasets';
export type { LinkedDataSummary, LinkedDatasetFacts } from './datasets';
