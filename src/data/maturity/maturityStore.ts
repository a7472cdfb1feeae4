/**
 * The data behind the scorecard's maturity section (issue 18 part 2), over the production repositories: the
 * `dmbok-maturity` template versions and runs (each one request, filtered on an indexed column), the missions with
 * their item ids and regions, and the leads' `maturityTargets` setting, written with If-Match. SharePoint refuses a
 * write to GovernanceSettings from anyone outside the leads group; the Editor check in `targetsInForce` covers a
 * site where that permission was widened by hand.
 */
import { GovernanceError } from '../../core/errors';
import { fromTemplateRecord } from '../../core/assessments/templateModel';
import type { Stored } from '../../core/models/common';
import type { GovernanceSetting } from '../../core/models/governanceSetting';
import {
  DMBOK_MATURITY_KEY, MATURITY_TARGETS_KEY, maturityAreas, maturityRuns, serializeMaturityTargets, targetsInForce,
  type MaturityData, type MaturityTargets
} from '../../core/maturity';
import { ASSESSMENT_TEMPLATES_LIST } from '../../core/schema/lists/assessmentTemplates';
import { ASSESSMENTS_LIST } from '../../core/schema/lists/assessments';
import { eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { readAll, readNarrowed } from '../query/readMatching';
import type { Repositories } from '../repositories/createRepositories';

type MaturityRepos = Pick<Repositories, 'assessments' | 'assessmentTemplates' | 'missions' | 'governanceSettings'>;

async function readSetting(repositories: Pick<Repositories, 'governanceSettings'>): Promise<Stored<GovernanceSetting> | undefined> {
  const page = await repositories.governanceSettings.page({ filter: eq('Title', MATURITY_TARGETS_KEY), top: 1 });
  return page.items[0];
}

/** Reads the runs, template, missions and targets setting; `leadIds` are the governance leads' site user ids. */
export async function readMaturity(repositories: MaturityRepos, leadIds: () => Promise<ReadonlySet<number>>): Promise<MaturityData> {
  const [templateItems, runItems, missionItems, setting, leads] = await Promise.all([
    readAll(repositories.assessmentTemplates, { filter: eq(filterField(ASSESSMENT_TEMPLATES_LIST, 'templateKey'), DMBOK_MATURITY_KEY) }),
    // The runs of one template through the indexed Template column (the view threshold narrows on it).
    readNarrowed(repositories.assessments, {
      filter: eq(filterField(ASSESSMENTS_LIST, 'template'), DMBOK_MATURITY_KEY),
      select: ['targetList', 'targetId', 'status', 'assessmentDate', 'templateVersion', 'answers']
    }),
    readAll(repositories.missions, { select: ['title', 'region'] }),
    readSetting(repositories),
    leadIds()
  ]);
  const templates = templateItems.map(fromTemplateRecord);
  const runs = maturityRuns(runItems.filter((r) => r.targetList === 'missions'), templates);
  return {
    areas: maturityAreas(templates),
    runs,
    missions: missionItems.map((m) => ({ id: m.id, mission: m.title, region: m.region ?? '' })),
    targets: targetsInForce(setting, [...leads]),
    setting
  };
}

/**
 * Saves every area's target (those not given: the default) as the `maturityTargets` setting: an update with
 * If-Match `etag` when the setting exists (Conflict when someone saved since), else a new item. Returns the
 * setting as stored now.
 */
export async function saveMaturityTargets(
  repositories: Pick<Repositories, 'governanceSettings'>, targets: MaturityTargets, areaIds: readonly string[], existing: { readonly id: number; readonly etag: string } | undefined
): Promise<Stored<GovernanceSetting>> {
  const value = serializeMaturityTargets(targets, areaIds);
  if (existing === undefined) {
    // Someone may have created it since this page read it: never add a second one.
    if (await readSetting(repositories)) throw new GovernanceError('Conflict', 'The maturity targets were saved by someone else meanwhile.');
    return repositories.governanceSettings.create({ title: MATURITY_TARGETS_KEY, value, description: 'Target maturity level (1-5) per DMBOK area, set by governance leads.' });
  }
  await repositories.governanceSettings.update(existing.id, { value }, existing.etag);
  return repositories.governanceSettings.getById(existing.id);
}
