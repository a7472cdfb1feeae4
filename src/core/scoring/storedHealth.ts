import type { DataAsset } from '../models/dataAsset';
import { scoreAsset } from './scoreAsset';

/**
 * The health columns stored on a DataAssets item (so band filters and sorts run on indexed columns). Purview
 * labels are not known here; the custodian's approval counts while the ownership status is Confirmed.
 */
export function storedHealth(asset: DataAsset, now: Date): Pick<DataAsset, 'healthScore' | 'healthBand'> {
  const score = scoreAsset(asset, { now, custodianApprovalValid: asset.ownershipStatus === 'Confirmed' });
  return { healthScore: score.score, healthBand: score.band };
}
