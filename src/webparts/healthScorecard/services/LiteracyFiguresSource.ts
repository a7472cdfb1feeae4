import type { SPFI } from '@pnp/sp';
import type { LiteracyRegionFigures } from '../../../core/literacy/regionCoverage';
import { loadLiteracyFigures } from '../../../data/literacy/literacyFigures';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { ILiteracyFiguresSource } from './ILiteracyFiguresSource';

/** The scorecard's literacy figures over this site's AI systems, missions, literacy measures, acknowledgements and usage rows. */
export function literacyFiguresFor(sp: SPFI, clock: () => Date = () => new Date()): ILiteracyFiguresSource {
  const repositories = createRepositories(sp);
  return { load: (): Promise<LiteracyRegionFigures> => loadLiteracyFigures(repositories, clock()) };
}

/** The web part's source (pass `this.context`). */
export function createLiteracyFiguresSource(context: SpfxContextLike): ILiteracyFiguresSource {
  return literacyFiguresFor(createSpfxSp(context));
}
