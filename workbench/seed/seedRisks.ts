/**
 * Seeds the Risk Register (issue 10) through the production repositories: the appetite setting, a few hundred risks
 * linked to seeded assets (and AI systems, when the AI registry seed has created some), the leads' acceptance
 * decisions authored by the leads themselves, and a few completed compliance assessments with findings.
 */
import {
  DATA_PROTECTION_TEMPLATE, MISSION_BASELINE_TEMPLATE, AI_ACT_DEPLOYER_TEMPLATE, buildChecklist, evaluateAssessment,
  obligationsFromClassification, riskFromFinding, type AssessmentAnswer, type AssessmentTemplate
} from '../../src/core/assessments';
import type { Assessment } from '../../src/core/models/assessment';
import type { LookupRef, PersonRef } from '../../src/core/models/common';
import { DEFAULT_RISK_APPETITE, currentRiskScore, storedRiskScores } from '../../src/core/risk';
import { eq } from '../../src/data/odata/filter';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { generateDemoRisks } from './demoRisks';
import { DEMO_USERS, type DemoRole } from './demoUsers';
import { createRandom, type Random } from './random';

/** Risks in the demo register. */
export const DEMO_RISK_COUNT = 320;

export interface SeedRisksOptions {
  readonly now: Date;
  readonly log: (line: string) => void;
  readonly count?: number;
}

function peopleOf(emulator: EmulatorHandle, roles: readonly DemoRole[]): (PersonRef & { loginName: string })[] {
  return DEMO_USERS.filter((u) => roles.includes(u.role)).flatMap((u) => {
    const stored = emulator.store.getUserByLogin(u.loginName);
    return stored ? [{ id: stored.Id, title: u.title, email: u.email, loginName: u.loginName }] : [];
  });
}

function repositoriesAs(emulator: EmulatorHandle, loginName: string): Repositories {
  return createRepositories(createNodeSp(emulator.siteUrl, { user: loginName }));
}

/** Seeds the register; returns the number of rows that failed. Idempotent: does nothing when risks exist. */
export async function seedRisks(emulator: EmulatorHandle, options: SeedRisksOptions): Promise<number> {
  const random = createRandom(20261010);
  const leads = peopleOf(emulator, ['lead']);
  const lead = leads[0];
  const repos = repositoriesAs(emulator, lead.loginName);
  if ((await repos.risks.count()) > 0) return 0;

  const setting = await repos.governanceSettings.page({ filter: eq('Title', 'riskAppetite'), top: 1 });
  if (setting.items.length === 0) {
    await repos.governanceSettings.create({ title: 'riskAppetite', value: JSON.stringify({ maxScore: DEFAULT_RISK_APPETITE }), description: 'Highest risk score accepted without a governance lead\'s decision.' });
  }

  const assetPage = await repos.dataAssets.page({ top: 600, orderBy: [{ field: 'id', ascending: true }] });
  const personal = assetPage.items.filter((a) => a.containsPersonalData);
  const assets: LookupRef[] = [...personal, ...assetPage.items].slice(0, 400).map((a) => ({ id: a.id, title: a.title }));
  const aiPage = await repos.aiSystems.page({ top: 200 });
  const aiSystems: LookupRef[] = aiPage.items.map((s) => ({ id: s.id, title: s.title }));
  if (assets.length === 0) return 0;

  const owners = peopleOf(emulator, ['lead', 'focalPoint', 'custodian', 'staff']);
  const demo = generateDemoRisks(options.count ?? DEMO_RISK_COUNT, assets, aiSystems, { owners, leads }, DEFAULT_RISK_APPETITE, random, options.now);
  let failed = 0;
  const stored: { id: number; index: number }[] = [];
  for (let start = 0; start < demo.length; start += 100) {
    const results = await repos.risks.createMany(demo.slice(start, start + 100).map((d) => d.risk), { includeComputed: true });
    for (const row of results) {
      if (row.ok) stored.push({ id: row.item.id, index: start + row.index });
      else failed++;
    }
  }

  // Each acceptance is created by the deciding lead, signed in as that lead: SharePoint records them as Author.
  for (const decider of leads) {
    const mine = stored.filter((s) => demo[s.index].acceptance?.by.id === decider.id);
    const results = await repositoriesAs(emulator, decider.loginName).riskAcceptances.createMany(mine.map((s) => ({
      title: `Acceptance of risk ${s.id}`,
      risk: { id: s.id },
      decision: 'Accept' as const,
      expiresOn: demo[s.index].acceptance?.expiresOn as string,
      acceptedScore: currentRiskScore(demo[s.index].risk),
      comment: random.pick(['Mitigation cost exceeds the benefit for this mission.', 'Accepted pending the platform migration next year.', 'Residual risk accepted by the Data Governance Board.'])
    })));
    failed += results.filter((r) => !r.ok).length;
  }
  options.log(`seeded ${stored.length} risks and ${demo.filter((d) => d.acceptance).length} acceptance decisions`);

  failed += await seedAssessments(repos, lead, assetPage.items.filter((a) => a.containsPersonalData).slice(0, 2), aiPage.items.slice(0, 1), random, options);
  return failed;
}

function randomAnswers(questions: readonly { id: string; evidenceRequired?: boolean }[], random: Random): Record<string, AssessmentAnswer> {
  const answers: Record<string, AssessmentAnswer> = {};
  for (const q of questions) {
    const r = random.next();
    const value = r < 0.55 ? 'yes' : r < 0.72 ? 'partial' : r < 0.9 ? 'no' : 'na';
    answers[q.id] = {
      value,
      note: value === 'yes' ? undefined : random.pick(['Not done yet.', 'Only for part of the data.', 'Waiting for the partner.']),
      evidence: value === 'yes' ? [`https://governance.example.org/evidence/${q.id}`] : []
    };
  }
  return answers;
}

/** A few completed assessments by a lead; the first finding of each is raised as a risk, as a lead would. */
async function seedAssessments(
  repos: Repositories, assessor: PersonRef, assets: readonly { id: number; title: string }[],
  systems: readonly { id: number; title: string; classificationResult?: string }[], random: Random, options: SeedRisksOptions
): Promise<number> {
  const mission = (await repos.missions.page({ top: 1, orderBy: [{ field: 'id', ascending: true }] })).items[0];
  const runs: { template: AssessmentTemplate; list: Assessment['targetList']; id: number; title: string; obligations?: string[] }[] = [
    ...assets.map((a) => ({ template: DATA_PROTECTION_TEMPLATE, list: 'dataAssets' as const, id: a.id, title: a.title })),
    ...(mission ? [{ template: MISSION_BASELINE_TEMPLATE, list: 'missions' as const, id: mission.id, title: mission.title }] : []),
    ...systems.map((s) => ({ template: AI_ACT_DEPLOYER_TEMPLATE, list: 'aiSystems' as const, id: s.id, title: s.title, obligations: obligationsFromClassification(s.classificationResult) }))
  ];
  let failed = 0;
  for (const run of runs) {
    const questions = buildChecklist(run.template, { obligations: run.obligations });
    const answers = randomAnswers(questions, random);
    const findings = evaluateAssessment(questions, answers).findings;
    const title = `${run.template.title}: ${run.title}`.slice(0, 255);
    if (findings.length > 0 && run.list !== 'missions') {
      const draft = riskFromFinding(findings[0], { list: run.list, id: run.id, title: run.title }, title);
      const risk = await repos.risks.create({ ...draft, riskOwner: assessor, ...storedRiskScores(draft) }, { includeComputed: true });
      findings[0] = { ...findings[0], riskId: risk.id };
    }
    try {
      await repos.assessments.create({
        title, template: run.template.key, templateVersion: run.template.version, targetList: run.list, targetId: run.id, answers: JSON.stringify(answers), findings: JSON.stringify(findings),
        assessor, assessmentDate: options.now.toISOString().slice(0, 10), status: 'Completed'
      });
    } catch {
      failed++;
    }
  }
  options.log(`seeded ${runs.length - failed} completed assessments`);
  return failed;
}
