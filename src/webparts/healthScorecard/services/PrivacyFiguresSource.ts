import type { SPFI } from '@pnp/sp';
import type { PrivacyFigures } from '../../../core/privacy/privacyFigures';
import { loadPrivacyFigures } from '../../../data/privacy/privacyFigures';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IPrivacyFiguresSource } from './IPrivacyFiguresSource';

/** The scorecard's privacy figures over this site's ProcessingActivities list. */
export function privacyFiguresFor(sp: SPFI, clock: () => Date = () => new Date()): IPrivacyFiguresSource {
  const repositories = createRepositories(sp);
  return { load: (): Promise<PrivacyFigures> => loadPrivacyFigures(repositories, clock()) };
}

/** The web part's source (pass `this.context`). */
export function createPrivacyFiguresSource(context: SpfxContextLike): IPrivacyFiguresSource {
  return privacyFiguresFor(createSpfxSp(context));
}
