/**
 * Seeds the privacy register (issue 17) through the production repositories: about 80 records of processing across
 * missions (beneficiary registration, protection case management, health assessments, biometric enrolment,
 * displacement tracking, resettlement, staff HR, donor reporting, and processor records for partner agencies),
 * each linked to the seeded datasets its processing uses (and, for some, to AI systems), with screening answers so
 * that some require a DPIA, some of those with one recorded and some without. Fictional: no real personal data.
 */
import type { LookupRef, PersonRef, Stored } from '../../src/core/models/common';
import type { DataAsset } from '../../src/core/models/dataAsset';
import type { ProcessingActivity } from '../../src/core/privacy/model';
import { screenProcessing, screeningAISystem, serializeScreeningAnswers, type ScreeningAISystem, type ScreeningAnswers } from '../../src/core/privacy/screening';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { DEMO_USERS } from './demoUsers';
import { createRandom } from './random';

/** Records of processing in the demo register. */
export const DEMO_PROCESSING_COUNT = 80;

/** One kind of processing the organisation records, with the datasets it uses (title prefixes of the seeded inventory). */
interface ProcessingTemplate {
  readonly name: string;
  readonly datasets: readonly string[];
  readonly values: Omit<ProcessingActivity, 'title' | 'mission' | 'region' | 'owner' | 'linkedDataAssets'>;
  readonly answers: ScreeningAnswers;
  /** Link a high-risk AI system (when the registry has one). */
  readonly highRiskAI?: boolean;
}

const CONTROLLER = 'The Organisation, represented by the Chief of Mission; contact: privacy@governance.example.org';
const DPO = 'Data Protection Office, dpo@governance.example.org';
const SECURITY = 'Role-based access on a need-to-know basis, encryption at rest and in transit, yearly access reviews, staff data protection training.';

const TEMPLATES: readonly ProcessingTemplate[] = [
  {
    name: 'Beneficiary registration',
    datasets: ['Assistance case registry', 'Cash transfer beneficiary list'],
    values: {
      role: 'Controller', controller: CONTROLLER, dpoContact: DPO, purposes: 'Register migrants and displaced persons to assess eligibility and deliver assistance.',
      dataSubjectCategories: ['Migrants', 'Internally displaced persons'], personalDataCategories: ['Identity and civil documents', 'Contact details', 'Family composition', 'Migration and legal status'],
      recipients: 'Implementing partners under data sharing agreements; financial service providers for cash transfers.', legalBasis: 'Art. 6(1)(e) Public interest or official authority',
      retentionPeriod: 7, retentionUnit: 'Years', retentionTrigger: 'closure of the case', securityMeasures: SECURITY
    },
    answers: { largeScale: true }
  },
  {
    name: 'Protection case management',
    datasets: ['Vulnerability screening records', 'Victims of trafficking case files', 'Protection monitoring dataset'],
    values: {
      role: 'Controller', controller: CONTROLLER, dpoContact: DPO, purposes: 'Manage protection cases, refer survivors to services and follow up their assistance.',
      dataSubjectCategories: ['Victims of trafficking', 'Migrants'], personalDataCategories: ['Protection and vulnerability information', 'Identity and civil documents', 'Contact details'],
      specialCategories: ['Health data'], art9Condition: 'Art. 9(2)(c) Vital interests (subject incapable of consent)',
      recipients: 'Referral partners (shelters, medical and legal services) with the survivor\'s informed consent.', legalBasis: 'Art. 6(1)(d) Vital interests',
      retentionPeriod: 10, retentionUnit: 'Years', retentionTrigger: 'closure of the case', securityMeasures: SECURITY
    },
    answers: { evaluationScoring: true },
    highRiskAI: true
  },
  {
    name: 'Migration health assessments',
    datasets: ['Health assessment results', 'TB screening register', 'Vaccination records'],
    values: {
      role: 'Controller', controller: CONTROLLER, dpoContact: DPO, purposes: 'Carry out pre-departure health assessments for resettlement and labour migration programmes.',
      dataSubjectCategories: ['Refugees', 'Migrants'], personalDataCategories: ['Health data', 'Identity and civil documents'],
      specialCategories: ['Health data'], art9Condition: 'Art. 9(2)(h) Health or social care',
      recipients: 'Receiving states\' health authorities; panel physicians.', internationalTransfers: true,
      transferDestinations: 'Resettlement states\' immigration and health authorities', transferSafeguard: 'Art. 46(3)(b) Administrative arrangement between public bodies',
      legalBasis: 'Art. 6(1)(e) Public interest or official authority', retentionPeriod: 5, retentionUnit: 'Years', retentionTrigger: 'departure', securityMeasures: SECURITY
    },
    answers: { largeScale: true }
  },
  {
    name: 'Biometric enrolment',
    datasets: ['Identity document verification log', 'Resettlement case tracker', 'Movement manifests'],
    values: {
      role: 'Controller', controller: CONTROLLER, dpoContact: DPO, purposes: 'Enrol fingerprints and facial images to establish and verify identity before movement.',
      dataSubjectCategories: ['Refugees', 'Migrants'], personalDataCategories: ['Biometric data', 'Identity and civil documents'],
      specialCategories: ['Biometric data (identification)'], art9Condition: 'Art. 9(2)(g) Substantial public interest',
      recipients: 'Resettlement states under data sharing agreements.', internationalTransfers: true, transferDestinations: 'Resettlement states',
      transferSafeguard: 'Art. 46(2)(a) Legally binding instrument between public bodies', legalBasis: 'Art. 6(1)(e) Public interest or official authority',
      retentionPeriod: 10, retentionUnit: 'Years', retentionTrigger: 'enrolment', securityMeasures: SECURITY
    },
    answers: { innovativeTechnology: true, largeScale: true },
    highRiskAI: true
  },
  {
    name: 'Displacement tracking surveys',
    datasets: ['Flow monitoring survey', 'Mobility tracking dataset', 'DTM baseline assessment'],
    values: {
      role: 'Controller', controller: CONTROLLER, dpoContact: DPO, purposes: 'Monitor population flows and needs at flow monitoring points.',
      dataSubjectCategories: ['Internally displaced persons', 'Host communities'], personalDataCategories: ['Location and movement', 'Family composition'],
      recipients: 'Humanitarian partners (aggregated data only).', legalBasis: 'Art. 6(1)(e) Public interest or official authority',
      retentionPeriod: 24, retentionUnit: 'Months', retentionTrigger: 'end of the survey round', securityMeasures: SECURITY
    },
    answers: { systematicMonitoring: true }
  },
  {
    name: 'Staff HR administration',
    datasets: ['Staff contracts register', 'Training attendance records'],
    values: {
      role: 'Controller', controller: CONTROLLER, dpoContact: DPO, purposes: 'Manage staff contracts, payroll, leave and training.',
      dataSubjectCategories: ['Staff'], personalDataCategories: ['Employment and education', 'Contact details', 'Financial data'],
      recipients: 'Payroll provider; pension fund; insurers.', legalBasis: 'Art. 6(1)(b) Contract',
      retentionPeriod: 7, retentionUnit: 'Years', retentionTrigger: 'end of employment', securityMeasures: SECURITY
    },
    answers: {}
  },
  {
    name: 'Donor reporting',
    datasets: ['Donor reporting workbook', 'Project portfolio dashboard'],
    values: {
      role: 'Controller', controller: CONTROLLER, dpoContact: DPO, purposes: 'Report project results to donors with aggregated beneficiary figures and donor contacts.',
      dataSubjectCategories: ['Donors', 'Partners and vendors'], personalDataCategories: ['Contact details'],
      recipients: 'Donor agencies\' programme officers.', legalBasis: 'Art. 6(1)(f) Legitimate interests',
      retentionPeriod: 10, retentionUnit: 'Years', retentionTrigger: 'project closure', securityMeasures: SECURITY
    },
    answers: {}
  },
  {
    name: 'Cash distribution for a partner agency',
    datasets: ['Cash distribution reconciliation', 'Vendor payments ledger'],
    values: {
      role: 'Processor', dpoContact: DPO, processorControllers: 'A partner UN agency, as controller, under a data processing agreement.',
      processingCategories: 'Reconciliation of cash distributions and payment lists on the controller\'s instructions.',
      dataSubjectCategories: ['Internally displaced persons'], personalDataCategories: ['Financial data', 'Contact details'],
      securityMeasures: SECURITY
    },
    answers: { matchingDatasets: true }
  }
];

/** Seeds the register; returns the number of rows that failed. Idempotent: does nothing when records exist. */
export async function seedPrivacy(emulator: EmulatorHandle, options: { now: Date; log: (line: string) => void; count?: number }): Promise<number> {
  const random = createRandom(20261203);
  const count = options.count ?? DEMO_PROCESSING_COUNT;
  const author = DEMO_USERS.find((u) => u.role === 'lead')!;
  const repos = createRepositories(createNodeSp(emulator.siteUrl, { user: author.loginName }));
  if ((await repos.processingActivities.count()) > 0) return 0;

  // The first 5,000 records (one request under the list view threshold at any inventory size).
  const assets = (await repos.dataAssets.page({ top: 5000, orderBy: [{ field: 'id', ascending: true }], select: ['title', 'mission', 'region', 'owner', 'containsPersonalData'] })).items;
  const systems = (await repos.aiSystems.page({ top: 500, select: ['title', 'riskTier', 'classificationProfile'] })).items;
  const facts: ScreeningAISystem[] = systems.map((s) => screeningAISystem({ id: s.id, title: s.title, riskTier: s.riskTier, classificationProfile: s.classificationProfile }));
  const highRisk = facts.filter((f) => f.riskTier === 'high' || f.annexIIIArea7);
  const focalPoints = DEMO_USERS.filter((u) => u.role === 'focalPoint').flatMap((u): PersonRef[] => {
    const stored = emulator.store.getUserByLogin(u.loginName);
    return stored ? [{ id: stored.Id, title: u.title, email: u.email }] : [];
  });

  const perTemplate = Math.ceil(count / TEMPLATES.length);
  const records: ProcessingActivity[] = [];
  for (const template of TEMPLATES) {
    const matching = assets.filter((a) => template.datasets.some((prefix) => a.title.startsWith(prefix)));
    // One record per mission: the datasets of that mission the processing uses.
    const byMission = new Map<string, Stored<DataAsset>[]>();
    for (const asset of matching) if (asset.mission) byMission.set(asset.mission, [...(byMission.get(asset.mission) ?? []), asset]);
    for (const [mission, used] of [...byMission].slice(0, perTemplate)) {
      const first = used[0];
      const linkedDataAssets: LookupRef[] = used.slice(0, 3).map((a) => ({ id: a.id, title: a.title }));
      const linkedAISystems: LookupRef[] = template.highRiskAI && highRisk.length > 0 && random.chance(0.5) ? [random.pick(highRisk)].map((s) => ({ id: s.id, title: s.title })) : [];
      const base: ProcessingActivity = {
        ...template.values,
        title: `${template.name} - ${mission}`,
        mission,
        region: first.region,
        owner: first.owner ?? (focalPoints.length > 0 ? random.pick(focalPoints) : undefined),
        linkedDataAssets,
        linkedAISystems: linkedAISystems.length > 0 ? linkedAISystems : undefined,
        reviewDate: new Date(options.now.getTime() + random.int(-60, 330) * 86400000).toISOString().slice(0, 10),
        screeningAnswers: serializeScreeningAnswers(template.answers)
      };
      const result = screenProcessing(template.answers, base, facts.filter((f) => linkedAISystems.some((l) => l.id === f.id)));
      // About half of the processing that needs a DPIA has one on file; the others are flagged in the register.
      const dpiaLink = result.dpiaRequired && random.chance(0.5) ? { url: `https://governance.example.org/dpia/${encodeURIComponent(base.title)}` } : undefined;
      records.push({ ...base, dpiaRequired: result.dpiaRequired, dpiaLink });
    }
  }
  let failed = 0;
  for (let start = 0; start < records.length; start += 100) {
    const results = await repos.processingActivities.createMany(records.slice(start, start + 100), { includeComputed: true });
    failed += results.filter((r) => !r.ok).length;
  }
  const required = records.filter((r) => r.dpiaRequired).length;
  options.log(`seeded ${records.length - failed} processing activities (${required} needing a DPIA, ${records.filter((r) => r.dpiaRequired && !r.dpiaLink).length} of them without one)${failed > 0 ? ` (${failed} failed)` : ''}`);
  return failed;
}
