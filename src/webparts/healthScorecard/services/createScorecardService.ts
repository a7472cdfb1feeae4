import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import type { IScorecardService } from './IScorecardService';
import { ScorecardService } from './ScorecardService';

/** The scorecard service of a web part (pass `this.context`): one PnPjs root per web part instance, built in onInit. */
export function createScorecardService(context: SpfxContextLike): IScorecardService {
  return new ScorecardService(createRepositories(createSpfxSp(context)));
}
