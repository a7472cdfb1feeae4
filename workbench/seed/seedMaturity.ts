/**
 * Seeds the data governance maturity view (issue 18 part 2) through the production repositories: completed
 * `dmbok-maturity` runs for three missions in two regions, each assessed twice (about five months apart) so the
 * scorecard shows a trend, some areas answered "don't know"; and the leads' targets per area, written by a lead.
 * Runs after the templates are seeded (the runs record version 1).
 */
import { dmbokMaturityTemplate } from '../../src/core/assessments/templateSeed';
import type { AssessmentAnswer } from '../../src/core/assessments/types';
import { MATURITY_TARGETS_KEY, serializeMaturityTargets } from '../../src/core/maturity';
import type { Mission } from '../../src/core/models/mission';
import type { Stored } from '../../src/core/models/common';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { DEMO_USERS } from './demoUsers';

/** Targets the seeded lead set: higher where the suite's own work is (governance, security, metadata, quality). */
export const SEEDED_MATURITY_TARGETS = { governance: 4, security: 4, metadata: 4, quality: 4 } as const;

/** Days before "now" of each mission's two runs. */
const RUN_AGES_DAYS = [150, 20] as const;

/**
 * Answers of a mission's run: a level per area that grows by one on the later run in a few areas; `'dk'` is "don't
 * know". Fixed per mission so the figures (and the browser test reading them) never change between seeds.
 */
const ANSWER_PLANS: readonly (readonly (number | 'dk')[])[][] = [
  // area order: governance, architecture, modelling, storage, security, integration, documents, reference & master, warehousing & BI, metadata, quality
  [[2, 1, 2, 3, 2, 'dk', 2, 1, 2, 1, 2], [3, 2, 2, 3, 3, 2, 2, 'dk', 2, 2, 3]],
  [[1, 2, 'dk', 2, 3, 2, 1, 2, 1, 2, 1], [2, 2, 2, 2, 3, 2, 2, 2, 1, 3, 2]],
  [[3, 3, 2, 4, 3, 2, 3, 2, 3, 2, 'dk'], [4, 3, 3, 4, 4, 3, 3, 3, 3, 3, 3]]
];

function answersOf(levels: readonly (number | 'dk')[]): Record<string, AssessmentAnswer> {
  const sections = dmbokMaturityTemplate().body.sections;
  const answers: Record<string, AssessmentAnswer> = {};
  sections.forEach((section, n) => {
    const level = levels[n];
    answers[section.questions[0].id] = level === 'dk' ? { value: 'dontKnow' } : { value: 'level', level };
  });
  return answers;
}

/** Two missions of the first region that has two, and one of another region (Missions list order). */
function pickMissions(missions: readonly Stored<Mission>[]): Stored<Mission>[] {
  const byRegion = new Map<string, Stored<Mission>[]>();
  for (const m of missions) byRegion.set(m.region, [...(byRegion.get(m.region) ?? []), m]);
  const first = [...byRegion.values()].find((list) => list.length >= 2);
  if (!first) return missions.slice(0, 3);
  const other = [...byRegion.entries()].find(([region]) => region !== first[0].region)?.[1][0];
  return other ? [first[0], first[1], other] : first.slice(0, 2);
}

/** Returns the rows that failed. */
export async function seedMaturity(emulator: EmulatorHandle, options: { now: Date; log: (line: string) => void }): Promise<number> {
  const lead = DEMO_USERS.find((u) => u.role === 'lead')!;
  const repos = createRepositories(createNodeSp(emulator.siteUrl, { user: lead.loginName }));
  const assessor = emulator.store.getUserByLogin(lead.loginName);
  const missions = pickMissions((await repos.missions.page({ top: 200, orderBy: [{ field: 'id', ascending: true }] })).items);
  const template = dmbokMaturityTemplate();
  let runs = 0;
  for (const [n, mission] of missions.entries()) {
    for (const [r, ageDays] of RUN_AGES_DAYS.entries()) {
      const date = new Date(options.now.getTime() - ageDays * 24 * 3600 * 1000).toISOString().slice(0, 10);
      await repos.assessments.create({
        title: `${template.title.en}: ${mission.title}`.slice(0, 255), template: template.key, templateVersion: template.version,
        targetList: 'missions', targetId: mission.id, answers: JSON.stringify(answersOf(ANSWER_PLANS[n][r])), findings: '[]',
        assessor: assessor ? { id: assessor.Id, title: lead.title, email: lead.email } : undefined, assessmentDate: date, status: 'Completed'
      });
      runs++;
    }
  }
  await repos.governanceSettings.create({
    title: MATURITY_TARGETS_KEY,
    value: serializeMaturityTargets(SEEDED_MATURITY_TARGETS, template.body.sections.map((s) => s.id)),
    description: 'Target maturity level (1-5) per DMBOK area, set by governance leads.'
  });
  options.log(`seeded ${runs} DMBOK maturity runs for ${missions.length} missions and the leads' maturity targets`);
  return 0;
}
