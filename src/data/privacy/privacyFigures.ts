/**
 * The scorecard's privacy figures (issue 17 part 5) over the ProcessingActivities list (only the columns the figures
 * read), the DPIAs and their decision items: each DPIA's state is derived from its decisions by the same rules as
 * the DPIA panel (`deriveDpiaState`, with the Accountable the governance roles route each DPIA's validation to),
 * never read from the State column the suite keeps for filters. Six requests for an organisation's few hundred
 * records: the register, the DPIAs, the decisions, the two groups' members and one read of the RACI for every DPIA
 * (plus one per group an Accountable names).
 */
import type { Stored } from '../../core/models/common';
import type { Dpia } from '../../core/privacy/dpiaModel';
import { deriveDpiaState } from '../../core/privacy/dpiaRules';
import { PRIVACY_FIGURE_FIELDS, privacyFigures, type PrivacyFigureInput, type PrivacyFigures } from '../../core/privacy/privacyFigures';
import { DATA_PROTECTION_OFFICERS_GROUP, GOVERNANCE_LEADS_GROUP } from '../../core/roles';
import { routeDpiaValidations } from '../governanceRoles/routeDpia';
import type { ISiteDirectory } from '../people/siteDirectory';
import { readAll } from '../query/readMatching';
import type { Repositories } from '../repositories/createRepositories';

export async function loadPrivacyFigures(
  repositories: Pick<Repositories, 'processingActivities' | 'dpias' | 'dpiaDecisions' | 'governanceRoles'>,
  directory: Pick<ISiteDirectory, 'groupMemberIds' | 'groupMembers'>,
  today: Date
): Promise<PrivacyFigures> {
  const [records, dpias, decisions, dpoIds, leadIds] = await Promise.all([
    readAll(repositories.processingActivities, { select: [...PRIVACY_FIGURE_FIELDS] }),
    readAll(repositories.dpias),
    readAll(repositories.dpiaDecisions),
    directory.groupMemberIds(DATA_PROTECTION_OFFICERS_GROUP),
    directory.groupMemberIds(GOVERNANCE_LEADS_GROUP)
  ]);
  const byId = new Map<number, PrivacyFigureInput>(records.map((r) => [r.id, r]));
  const assessed = (dpias as Stored<Dpia>[]).flatMap((dpia) => {
    const activity = byId.get(dpia.activity?.id ?? -1);
    return activity === undefined ? [] : [{ dpia, activity }];
  });
  // Every DPIA routed in one call (one read of the matrix), so a routed Accountable's validation counts here too.
  const routes = await routeDpiaValidations(repositories, directory, assessed.map(({ dpia, activity }) => ({ id: dpia.id, author: dpia.author, mission: activity.mission, region: activity.region })));
  const states = new Map<number, string[]>();
  for (const [index, { dpia, activity }] of assessed.entries()) {
    const { state } = deriveDpiaState(dpia, decisions, { dpoIds, leadIds, activityOwner: activity.owner, routedIds: routes[index].deciderIds });
    states.set(activity.id, [...(states.get(activity.id) ?? []), state]);
  }
  return privacyFigures(records, today.toISOString().slice(0, 10), states);
}
