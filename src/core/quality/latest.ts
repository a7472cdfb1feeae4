/** The current scores of a record and of a scorecard scope: the latest measurement of each dimension counts. */
import type { Stored } from '../models/common';
import { QUALITY_DIMENSIONS, type QualityDimension, type QualityMeasurement } from './model';

/** The parts of a stored measurement the figures read. */
export type MeasurementRow = Pick<Stored<QualityMeasurement>, 'id' | 'asset' | 'dimension' | 'score' | 'measuredOn'> & Partial<Pick<QualityMeasurement, 'source' | 'note'>>;

/** True when `a` is later than `b`: the later date, on the same date the higher item id (added last). */
function isLater(a: MeasurementRow, b: MeasurementRow): boolean {
  const da = a.measuredOn.slice(0, 10);
  const db = b.measuredOn.slice(0, 10);
  return da !== db ? da > db : a.id > b.id;
}

/**
 * Per asset id, per dimension, the latest measurement (a newer lower score replaces an older higher one: the latest
 * is the data's state, not its best). Rows without an asset or with an unknown dimension are left out.
 */
export function latestByDimension<R extends MeasurementRow>(measurements: readonly R[]): Map<number, Map<QualityDimension, R>> {
  const out = new Map<number, Map<QualityDimension, R>>();
  for (const row of measurements) {
    const assetId = row.asset?.id;
    if (assetId === undefined || !(QUALITY_DIMENSIONS as readonly string[]).includes(row.dimension)) continue;
    let byDimension = out.get(assetId);
    if (!byDimension) {
      byDimension = new Map();
      out.set(assetId, byDimension);
    }
    const current = byDimension.get(row.dimension);
    if (!current || isLater(row, current)) byDimension.set(row.dimension, row);
  }
  return out;
}

/** One dimension's figures over a scope. */
export interface QualityDimensionFigures {
  readonly dimension: QualityDimension;
  /** The mean of the measured assets' latest scores, one decimal; undefined when none is measured. */
  readonly meanScore?: number;
  /** Assets of the scope with a measurement of this dimension. */
  readonly assetsMeasured: number;
  /** The oldest of those latest dates (`YYYY-MM-DD`), so stale measurements show; undefined when none. */
  readonly oldestMeasuredOn?: string;
}

export interface QualityScopeFigures {
  /** The scope's records (measured or not). */
  readonly assetsInScope: number;
  /** One row per dimension, in QUALITY_DIMENSIONS order. */
  readonly dimensions: readonly QualityDimensionFigures[];
}

/** Per dimension, over the records of a scope (`scopeAssetIds`): the mean latest score, how many measured, the oldest latest date. */
export function qualityByScope(measurements: readonly MeasurementRow[], scopeAssetIds: Iterable<number>): QualityScopeFigures {
  const scope = new Set(scopeAssetIds);
  return figuresOver(latestByDimension(measurements.filter((m) => m.asset !== undefined && scope.has(m.asset.id))), scope);
}

/** A group of the scorecard (a region, a mission...) and the ids of its records. */
export interface QualityGroup {
  readonly value: string;
  readonly assetIds: readonly number[];
}

/** {@link qualityByScope} for each group, the latest measurements worked out once for all of them. */
export function qualityByGroups(measurements: readonly MeasurementRow[], groups: readonly QualityGroup[]): (QualityScopeFigures & { value: string })[] {
  const latest = latestByDimension(measurements);
  return groups.map((group) => ({ value: group.value, ...figuresOver(latest, new Set(group.assetIds)) }));
}

/** The figures of the assets in `scope`, from the latest measurements of every asset. */
function figuresOver(latest: ReadonlyMap<number, ReadonlyMap<QualityDimension, MeasurementRow>>, scope: ReadonlySet<number>): QualityScopeFigures {
  const dimensions = QUALITY_DIMENSIONS.map((dimension): QualityDimensionFigures => {
    let sum = 0;
    let count = 0;
    let oldest: string | undefined;
    for (const assetId of scope) {
      const row = latest.get(assetId)?.get(dimension);
      if (!row) continue;
      sum += row.score;
      count += 1;
      const day = row.measuredOn.slice(0, 10);
      if (oldest === undefined || day < oldest) oldest = day;
    }
    return count === 0 ? { dimension, assetsMeasured: 0 } : { dimension, meanScore: Math.round((sum / count) * 10) / 10, assetsMeasured: count, oldestMeasuredOn: oldest };
  });
  return { assetsInScope: scope.size, dimensions };
}
