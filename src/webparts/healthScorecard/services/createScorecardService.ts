import type { SPFI } from '@pnp/sp';
import { DATA_ASSETS_LIST } from '../../../core/schema/lists/dataAssets';
import { isCurrentUserInGroup, SiteDirectory } from '../../../data/people/siteDirectory';
import { createRepositories } from '../../../data/repositories/createRepositories';
import { createSpfxSp, type SpfxContextLike } from '../../../data/sp/createSp';
import { createBrowserScorecardCache } from './cache/createBrowserScorecardCache';
import { scorecardCacheKey } from './cache/IScorecardCache';
import type { IScorecardService } from './IScorecardService';
import { GOVERNANCE_LEADS_GROUP, ScorecardService } from './ScorecardService';

/**
 * The scorecard service on a PnPjs root: browser cache keyed by site + list + signed-in user, governance leads
 * recognised by membership of the "Governance Leads" SharePoint group. The web part and the workbench both use it.
 */
export function scorecardServiceFor(sp: SPFI, siteUrl: string, loginName: string): IScorecardService {
  return new ScorecardService(createRepositories(sp), {
    cache: { store: createBrowserScorecardCache(), key: scorecardCacheKey(siteUrl, DATA_ASSETS_LIST.title, loginName) },
    isGovernanceLead: () => isCurrentUserInGroup(sp, GOVERNANCE_LEADS_GROUP),
    governanceLeadIds: () => new SiteDirectory(sp).groupMemberIds(GOVERNANCE_LEADS_GROUP)
  });
}

/** The scorecard service of a web part (pass `this.context`): one PnPjs root per web part instance, built in onInit. */
export function createScorecardService(context: SpfxContextLike & { pageContext: { web: { absoluteUrl: string }; user: { loginName: string } } }): IScorecardService {
  return scorecardServiceFor(createSpfxSp(context), context.pageContext.web.absoluteUrl, context.pageContext.user.loginName);
}
