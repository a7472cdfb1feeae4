import { SiteDirectory } from '../../../data/people/siteDirectory';
import { SiteUserSearch, type IPeopleSearch } from '../../../data/people/siteUserSearch';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { SpListSearch } from '../../../data/search/SpListSearch';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import { AIRegistryService } from './AIRegistryService';
import { FrameworkService } from './FrameworkService';
import type { IFrameworkService } from './IFrameworkService';
import type { IAIRegistryService } from './IAIRegistryService';
import type { IUsageMonitoringService } from './IUsageMonitoringService';
import { UsageMonitoringService } from './UsageMonitoringService';
import type { ILiteracyService } from './ILiteracyService';
import { LiteracyService } from './LiteracyService';

/** The registry and usage monitoring services of one web part instance. */
export interface AIRegistryServices {
  readonly registry: IAIRegistryService;
  readonly usage: IUsageMonitoringService;
  readonly frameworks: IFrameworkService;
  readonly literacy: ILiteracyService;
}

/**
 * The services of a web part (pass `this.context`; `people`: the web part's directory, site users when absent):
 * one PnPjs root per web part instance, built in onInit; usage monitoring matches against this registry.
 */
export function createAIRegistryServices(context: SpfxContextLike, people?: IPeopleSearch): AIRegistryServices {
  const sp = createSpfxSp(context);
  const repositories = createRepositories(sp);
  const directory = new SiteDirectory(sp);
  const registry = new AIRegistryService(repositories, people ?? new SiteUserSearch(sp), directory, { search: new SpListSearch(sp) });
  return { registry, usage: new UsageMonitoringService(sp, registry), frameworks: new FrameworkService(repositories), literacy: new LiteracyService(repositories, directory) };
}
