/** Purview label check rules (DESIGN section 8): location resolution, rank mapping, drift, access flags, cache. */
export type { AccessFlag, CatalogueLabel, LabelDrift, LabelMapping, LocationKind, NotCheckableReason, ResolvedLocation, SharingPermission } from './types';
export { resolveLocation } from './location';
export { effectiveLabelMapping, LABEL_MAPPING_SETTING, labelDisplayName, labelRank, parseLabelMapping, type RankContext } from './rank';
export { ACCESS_FLAG_MINIMUM_LEVEL, accessFlags, isOvershared, labelDrift, sharingFound, summariseSharing, type SharingSummary } from './drift';
export { ACCESS_FLAGS, LABEL_DRIFTS } from './types';
export {
  cachedLabelDrift, cachedLabelRank, labelCacheFields, NOT_CHECKABLE_ID, readCachedLabel, scoringLabelRank, TRANSIENT_REASONS, UNLABELLED_ID,
  type CachedLabel, type LabelOutcome
} from './cache';
