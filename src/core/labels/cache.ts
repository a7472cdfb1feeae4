import type { DataAsset } from '../models/dataAsset';
import { labelDrift } from './drift';
import { labelRank, type RankContext } from './rank';
import type { LabelDrift, NotCheckableReason } from './types';

/**
 * How a check is kept on the record (PurviewLabelId / PurviewLabelName / LabelCheckedOn), so the inventory and the
 * scorecard read it without calling Graph. Label ids are GUIDs, so two reserved ids cannot collide with a label:
 * - a label: its id and its name ("Parent / Child" for sub-labels);
 * - `unlabelled`: the location was read and carries no label (name empty);
 * - `not-checkable`: the location cannot be read; the name holds the reason code (e.g. `encrypted`).
 */
export const UNLABELLED_ID = 'unlabelled';
export const NOT_CHECKABLE_ID = 'not-checkable';

/** Reasons that say nothing about the location (a busy service, a network failure): never cached over a result. */
export const TRANSIENT_REASONS: readonly NotCheckableReason[] = ['throttled', 'failed'];

/** The outcome of checking one record's location. */
export type LabelOutcome =
  | { readonly kind: 'label'; readonly id: string; readonly name: string; readonly color?: string }
  | { readonly kind: 'unlabelled' }
  | { readonly kind: 'notCheckable'; readonly reason: NotCheckableReason };

/** A record's cached label as stored. */
export type CachedLabel =
  | { readonly state: 'neverChecked' }
  | { readonly state: 'label'; readonly id: string; readonly name: string; readonly checkedOn: string }
  | { readonly state: 'unlabelled'; readonly checkedOn: string }
  | { readonly state: 'notCheckable'; readonly reason: NotCheckableReason; readonly checkedOn: string };

/** The cached fields for an outcome, or undefined for transient failures (keep what the record has). */
export function labelCacheFields(outcome: LabelOutcome, checkedOn: Date): Pick<DataAsset, 'purviewLabelId' | 'purviewLabelName' | 'labelCheckedOn'> | undefined {
  const labelCheckedOn = checkedOn.toISOString();
  switch (outcome.kind) {
    case 'label':
      return { purviewLabelId: outcome.id, purviewLabelName: outcome.name.slice(0, 255), labelCheckedOn };
    case 'unlabelled':
      return { purviewLabelId: UNLABELLED_ID, purviewLabelName: '', labelCheckedOn };
    default:
      return TRANSIENT_REASONS.includes(outcome.reason) ? undefined : { purviewLabelId: NOT_CHECKABLE_ID, purviewLabelName: outcome.reason, labelCheckedOn };
  }
}

/** Reads the cached fields back. */
export function readCachedLabel(asset: Pick<DataAsset, 'purviewLabelId' | 'purviewLabelName' | 'labelCheckedOn'>): CachedLabel {
  const id = asset.purviewLabelId ?? '';
  const checkedOn = asset.labelCheckedOn ?? '';
  if (id === '' || checkedOn === '') return { state: 'neverChecked' };
  if (id === UNLABELLED_ID) return { state: 'unlabelled', checkedOn };
  if (id === NOT_CHECKABLE_ID) return { state: 'notCheckable', reason: (asset.purviewLabelName || 'failed') as NotCheckableReason, checkedOn };
  return { state: 'label', id, name: asset.purviewLabelName ?? '', checkedOn };
}

/** The cached label's rank (0 for "no label"), undefined when never checked, not checkable or unmapped. */
export function cachedLabelRank(asset: DataAsset, context: RankContext): number | undefined {
  const cached = readCachedLabel(asset);
  if (cached.state === 'unlabelled') return 0;
  if (cached.state !== 'label') return undefined;
  return labelRank({ id: cached.id, name: cached.name }, context);
}

/** The record's drift from its cache; undefined when it was never checked. */
export function cachedLabelDrift(asset: DataAsset, context: RankContext): LabelDrift | undefined {
  if (readCachedLabel(asset).state === 'neverChecked') return undefined;
  return labelDrift(asset.declaredSensitivity, cachedLabelRank(asset, context), context.taxonomy);
}

/** `ScoreContext.labelRank` from the cache: a rank, or 'notCheckable' (half the alignment share) otherwise. */
export function scoringLabelRank(asset: DataAsset, context: RankContext): number | 'notCheckable' {
  return cachedLabelRank(asset, context) ?? 'notCheckable';
}
