import type { SPFI } from '@pnp/sp';
import type { MeasurementRow } from '../../../core/quality/latest';
import { allMeasurements } from '../../../data/quality/qualityStore';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IQualityFiguresSource } from './IQualityFiguresSource';

/** The scorecard's quality figures over this site's DataQualityMeasurements. */
export function qualityFiguresFor(sp: SPFI): IQualityFiguresSource {
  const repositories = createRepositories(sp);
  return { load: (): Promise<readonly MeasurementRow[]> => allMeasurements(repositories) };
}

/** The web part's source (pass `this.context`). */
export function createQualityFiguresSource(context: SpfxContextLike): IQualityFiguresSource {
  return qualityFiguresFor(createSpfxSp(context));
}
