/**
 * The scorecard's privacy figures (issue 17 part 5) over the ProcessingActivities list (only the columns the figures
 * read), the DPIAs and their decision items: each DPIA's state is derived from its decisions by the same rules as
 * the DPIA panel (`deriveDpiaState`), never read from the State column the suite keeps for filters. Five requests
 * for an organisation's few hundred records: the register, the DPIAs, the decisions and the two groups' members.
 */
import type { Stored } from '../../core/models/common';
import type { Dpia } from '../../core/privacy/dpiaModel';
import { deriveDpiaState } from '../../core/privacy/dpiaRules';
import { PRIVACY_FIGURE_FIELDS, privacyFigures, type PrivacyFigureInput, type PrivacyFigures } from '../../core/privacy/privacyFigures';
import { DATA_PROTECTION_OFFICERS_GROUP, GOVERNANCE_LEADS_GROUP } from '../../core/roles';
import type { ISiteDirectory } from '../people/siteDirectory';
import { readAll } from '../query/readMatching';
import type { Repositories } from '../repositories/createRepositories';

export async function loadPrivacyFigures(
  repositories: Pick<Repositories, 'processingActivities' | 'dpias' | 'dpiaDecisions'>,
  directory: Pick<ISiteDirectory, 'groupMemberIds'>,
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
  const states = new Map<number, string[]>();
  for (const dpia of dpias as Stored<Dpia>[]) {
    const activity = byId.get(dpia.activity?.id ?? -1);
    if (activity === undefined) continue;
    const { state } = deriveDpiaState(dpia, decisions, { dpoIds, leadIds, activityOwner: activity.owner });
    states.set(activity.id, [...(states.get(activity.id) ?? []), state]);
  }
  return privacyFigures(records, today.toISOString().slice(0, 10), states);
}
