import type { SPFI } from '@pnp/sp';
import type { PrivacyFigures } from '../../../core/privacy/privacyFigures';
import { SiteDirectory } from '../../../data/people/siteDirectory';
import { loadPrivacyFigures } from '../../../data/privacy/privacyFigures';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IPrivacyFiguresSource } from './IPrivacyFiguresSource';

/** The scorecard's privacy figures over this site's records of processing, DPIAs and their decisions. */
export function privacyFiguresFor(sp: SPFI, clock: () => Date = () => new Date()): IPrivacyFiguresSource {
  const repositories = createRepositories(sp);
  const directory = new SiteDirectory(sp);
  return { load: (): Promise<PrivacyFigures> => loadPrivacyFigures(repositories, directory, clock()) };
}

/** The web part's source (pass `this.context`). */
export function createPrivacyFiguresSource(context: SpfxContextLike): IPrivacyFiguresSource {
  return privacyFiguresFor(createSpfxSp(context));
}
