/**
 * Seeds the information-system assessment (issue 18, part 4): one inventory record of type "Information system" (a
 * migration management information system; reused when the inventory already has it), a completed run of the
 * seeded `information-system` template by a lead with a few gaps, and four stakeholder requirements from different
 * institutions, written through the production repositories (validation and all).
 */
import { buildChecklist, evaluateAssessment, informationSystemTemplate, localiseTemplate, type AssessmentAnswer } from '../../src/core/assessments';
import { addRequirement } from '../../src/data/assessments/requirementStore';
import { eq } from '../../src/data/odata/filter';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { DEMO_USERS } from './demoUsers';
import type { DataAsset, Stored } from '../../src/core/models';

export const SEEDED_SYSTEM_TITLE = 'Migration management information system (MIMS) - Chad';

/** The gaps the assessment team found; every other yes/no question is "yes" and scale questions level 3. */
const GAPS: Readonly<Record<string, AssessmentAnswer>> = {
  'hosting-supported': { value: 'partial', note: 'Application server on an unsupported Windows Server 2012 R2.', evidence: [] },
  'backup-restore': { value: 'no', note: 'Nightly backups, but no restore has ever been tested.', evidence: [] },
  'open-standards': { value: 'partial', note: 'Exports to the border police are fixed-width files.', evidence: [] },
  'interoperability-maturity': { value: 'level', level: 2, note: 'Point-to-point exchanges only.', evidence: [] },
  'audit-log': { value: 'no', note: 'Changes are logged, views are not.', evidence: [] },
  'dpia-done': { value: 'no', note: 'Planned for next quarter.', evidence: [] },
  'support-team': { value: 'partial', note: 'One developer maintains the system.', evidence: [] },
  'funding-secured': { value: 'no', note: 'Project funding ends in June 2027.', evidence: [] }
};

const REQUIREMENTS = [
  { need: 'Biometric deduplication of arrivals against existing records', institution: 'Ministry of Interior, Directorate of Migration', priority: 'Must', source: 'Stakeholder workshop, N\'Djamena' },
  { need: 'Monthly anonymised statistics on arrivals by nationality and sex', institution: 'National Institute of Statistics (INSEED)', priority: 'Must', source: 'Interview with the head of demographic statistics', section: 'interfaces' },
  { need: 'Offline data capture at border posts with later synchronisation', institution: 'Border police', priority: 'Should', source: 'Field visit, Ngueli border post', section: 'operations' },
  { need: 'Referral of vulnerable migrants to partner case management', institution: 'UNHCR', priority: 'Could', source: 'Data sharing agreement review' }
] as const;

/**
 * Names a generated information-system record as the assessed system (only its title changes), so the inventory
 * keeps the number of records the reset asked for (`WORKBENCH_ASSETS=25000` means 25,000). Undefined when the
 * generator made no information system (a tiny inventory): the seed then creates one.
 */
async function nameSeededSystem(repos: ReturnType<typeof createRepositories>, candidateId: number | undefined): Promise<Stored<DataAsset> | undefined> {
  if (candidateId === undefined) return undefined;
  const candidate = await repos.dataAssets.getById(candidateId);
  const etag = await repos.dataAssets.update(candidate.id, { title: SEEDED_SYSTEM_TITLE }, candidate.etag);
  return { ...candidate, title: SEEDED_SYSTEM_TITLE, etag };
}

/** Returns the rows that failed (0; a failure throws). Idempotent: does nothing when the system already has a run. */
export async function seedSystemAssessment(emulator: EmulatorHandle, options: { now: Date; log: (line: string) => void; candidateId?: number }): Promise<number> {
  const lead = DEMO_USERS.find((u) => u.role === 'lead')!;
  const stored = emulator.store.getUserByLogin(lead.loginName);
  const repos = createRepositories(createNodeSp(emulator.siteUrl, { user: lead.loginName }));
  const found = (await repos.dataAssets.page({ filter: eq('Title', SEEDED_SYSTEM_TITLE), top: 1 })).items[0];
  const system = found ?? await nameSeededSystem(repos, options.candidateId) ?? await repos.dataAssets.create({
    title: SEEDED_SYSTEM_TITLE, assetType: 'Information system', containsPersonalData: true,
    description: 'Registers arrivals and departures at border posts and migrants assisted by the mission.'
  } as never);
  const existing = (await repos.assessments.page({ filter: eq('TargetId', system.id), top: 5 })).items.filter((a) => a.template === 'information-system');
  if (existing.length > 0) return 0;

  const template = localiseTemplate(informationSystemTemplate(), 'en').template;
  const questions = buildChecklist(template);
  const answers: Record<string, AssessmentAnswer> = {};
  for (const q of questions) answers[q.id] = GAPS[q.id] ?? (q.answerType === 'scale' ? { value: 'level', level: 3, evidence: [] } : { value: 'yes', evidence: q.evidenceRequired ? [`https://governance.example.org/evidence/mims/${q.id}`] : [] });
  const run = await repos.assessments.create({
    title: `${template.title}: ${system.title}`.slice(0, 255), template: template.key, templateVersion: template.version, targetList: 'dataAssets', targetId: system.id,
    answers: JSON.stringify(answers), findings: JSON.stringify(evaluateAssessment(questions, answers).findings),
    assessor: stored ? { id: stored.Id, title: lead.title } : undefined, assessmentDate: options.now.toISOString().slice(0, 10), status: 'Completed'
  });
  for (const r of REQUIREMENTS) await addRequirement(repos, { ...r }, { id: run.id }, { id: system.id });
  options.log(`seeded an information-system assessment of "${system.title}" with ${REQUIREMENTS.length} stakeholder requirements`);
  return 0;
}
