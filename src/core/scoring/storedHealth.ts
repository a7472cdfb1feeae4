import type { DataAsset } from '../models/dataAsset';
import { DEFAULT_SENSITIVITY_LEVELS } from '../models/dataAsset';
import { cachedLabelDrift, scoringLabelRank } from '../labels/cache';
import { isOvershared } from '../labels/drift';
import type { RankContext } from '../labels/rank';
import { scoreAsset } from './scoreAsset';
import type { ScoreContext, ScoreWeights } from './types';

/** The columns derived from the rest of a DataAssets item and stored with it (indexed, so filters run in SharePoint). */
export type StoredHealthColumns = Pick<DataAsset, 'healthScore' | 'healthBand' | 'labelDrift' | 'overshared'>;

/** What scoring needs beyond the record: the taxonomy and the `purviewLabelMapping` setting, and custom weights. */
export interface HealthSettings extends Partial<RankContext> {
  readonly weights?: ScoreWeights;
}

function rankContextOf(settings: HealthSettings | undefined): RankContext {
  return { taxonomy: settings?.taxonomy ?? DEFAULT_SENSITIVITY_LEVELS, mapping: settings?.mapping, catalogue: settings?.catalogue };
}

/**
 * The score context of a record from its own cached label check: the label's rank through the mapping setting
 * (never checked, not checkable or unmapped earn half the alignment share) and whether it is overshared. Every
 * score of the suite (stored on save, shown live, aggregated by the scorecard) is computed with it, so they agree.
 * The custodian's approval counts while the ownership status is Confirmed.
 */
export function recordScoreContext(asset: DataAsset, now: Date, settings?: HealthSettings): ScoreContext {
  const rankContext = rankContextOf(settings);
  return {
    now,
    weights: settings?.weights,
    sensitivityRanks: rankContext.taxonomy,
    custodianApprovalValid: asset.ownershipStatus === 'Confirmed',
    labelRank: scoringLabelRank(asset, rankContext),
    overshared: isOvershared(asset.accessFlags, asset.declaredSensitivity, rankContext.taxonomy)
  };
}

/**
 * The derived columns stored on a DataAssets item: health score and band, label drift and oversharing, all from the
 * record itself (its cached label check included). Recomputed on every save, import, ownership change and check.
 */
export function storedHealth(asset: DataAsset, now: Date, settings?: HealthSettings): StoredHealthColumns {
  const context = recordScoreContext(asset, now, settings);
  const score = scoreAsset(asset, context);
  return {
    healthScore: score.score,
    healthBand: score.band,
    labelDrift: cachedLabelDrift(asset, rankContextOf(settings)),
    overshared: context.overshared === true
  };
}
