/**
 * Seeds the procedures library and three governance meetings' decisions and actions (issue 19, parts 3 and 5),
 * through the production repositories as a governance lead. Some procedures are past their review date; some actions
 * are overdue and owned by people one can sign in as (Jonas Weber, Kwame Asante, Amina Diallo), and a few concern
 * inventory and AI registry records, so their details show the meeting actions on them.
 */
import { normaliseMeetingAction } from '../../src/core/meetingActions';
import type { PersonRef } from '../../src/core/models/common';
import type { MeetingAction } from '../../src/core/models/meetingAction';
import type { Procedure } from '../../src/core/models/procedure';
import { isoDay, normaliseProcedure } from '../../src/core/procedures';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { demoPerson } from './demoPerson';
import { DEMO_USERS } from './demoUsers';

const DOCS = 'https://governance.example.org/sites/governance/Procedures';

/** The persona the browser test and the README name: owns an overdue action on the inventory's first record. */
export const OVERDUE_ACTION_OWNER = 'jonas.weber@governance.example.org';

/** Seeds both lists; returns the number of rows that failed. Idempotent: does nothing when procedures exist. */
export async function seedProcedures(emulator: EmulatorHandle, options: { now: Date; log: (line: string) => void }): Promise<number> {
  const { now, log } = options;
  const person = (email: string): PersonRef => demoPerson(emulator, email);
  const lead = DEMO_USERS.find((u) => u.role === 'lead');
  if (!lead) return 0;
  const repos = createRepositories(createNodeSp(emulator.siteUrl, { user: lead.loginName }));
  if ((await repos.procedures.count()) > 0) return 0;
  const day = (offset: number): string => isoDay(new Date(now.getTime() + offset * 86_400_000));

  const helena = person('helena.okafor@governance.example.org');
  const tomas = person('tomas.lindqvist@governance.example.org');
  const nadia = person('nadia.belkacem@governance.example.org');
  const samuel = person('samuel.osei@governance.example.org');
  const ines = person('ines.moreau@governance.example.org');
  const doc = (name: string): Procedure['documentLink'] => ({ url: `${DOCS}/${name}` });
  const procedures: Partial<Procedure>[] = [
    { title: 'Custodian nomination and approval procedure', procedureType: 'Procedure', owner: helena, documentVersion: '2.1', reviewDate: day(120), documentLink: doc('custodian-nomination.docx'), relatedActivities: 'approveOwnership', relatedFrameworks: 'iso42001\nISO 27001 A.5.9' },
    { title: 'Data ownership RACI process map', procedureType: 'Process map', owner: helena, documentVersion: '1.0', reviewDate: day(-20), documentLink: doc('ownership-process-map.vsdx'), relatedActivities: 'approveOwnership\ndecideAccessReviews' },
    { title: 'AI system classification standard', procedureType: 'Standard', owner: tomas, documentVersion: '1.3', reviewDate: day(200), documentLink: doc('ai-classification-standard.docx'), relatedActivities: 'verifyAIClassification', relatedFrameworks: 'euAiAct\nnistAiRmf' },
    { title: 'AI classification verification checklist', procedureType: 'Template', owner: tomas, documentVersion: '1.0', reviewDate: day(-45), documentLink: doc('ai-verification-checklist.xlsx'), relatedActivities: 'verifyAIClassification', relatedFrameworks: 'euAiAct' },
    { title: 'Risk acceptance procedure', procedureType: 'Procedure', owner: helena, documentVersion: '1.1', reviewDate: day(60), documentLink: doc('risk-acceptance.docx'), relatedActivities: 'acceptRisk', relatedFrameworks: 'iso42001\nISO 31000 6.5' },
    { title: 'Risk appetite guideline', procedureType: 'Guideline', owner: helena, documentVersion: '1', reviewDate: day(-90), documentLink: doc('risk-appetite.pdf'), relatedActivities: 'acceptRisk' },
    { title: 'Access review standard', procedureType: 'Standard', owner: ines, documentVersion: '3.0', reviewDate: day(30), documentLink: doc('access-review-standard.docx'), relatedActivities: 'decideAccessReviews', relatedFrameworks: 'ISO 27001 A.5.18' },
    { title: 'DPIA procedure', procedureType: 'Procedure', owner: nadia, documentVersion: '2.0', reviewDate: day(150), documentLink: doc('dpia-procedure.docx'), relatedActivities: 'validateDPIA', relatedFrameworks: 'GDPR Art. 35' },
    { title: 'DPIA template', procedureType: 'Template', owner: nadia, documentVersion: '2.0', reviewDate: day(-10), documentLink: doc('dpia-template.docx'), relatedActivities: 'validateDPIA' },
    { title: 'Data catalogue publication guideline', procedureType: 'Guideline', owner: tomas, documentVersion: '1.0', reviewDate: day(90), documentLink: doc('catalogue-publication.docx'), relatedActivities: 'Publish the data catalogue' },
    { title: 'Protection data sharing procedure', procedureType: 'Procedure', owner: samuel, documentVersion: '1.4', reviewDate: day(240), documentLink: doc('protection-data-sharing.docx'), relatedActivities: 'approveOwnership\nvalidateDPIA', relatedFrameworks: 'oecd' },
    { title: 'Legacy spreadsheet inventory instructions', procedureType: 'Guideline', owner: helena, documentVersion: '0.9', reviewDate: day(-400), documentLink: doc('legacy-inventory.docx'), relatedActivities: 'approveOwnership', status: 'Retired' }
  ];
  const procedureResults = await repos.procedures.createMany(procedures.map(normaliseProcedure));

  // Records the actions concern: the inventory's newest records (its first screen) and two AI systems.
  const assets = (await repos.dataAssets.page({ top: 3, orderBy: [{ field: 'id', ascending: false }], select: ['title'] })).items;
  const systems = (await repos.aiSystems.page({ top: 2, orderBy: [{ field: 'id', ascending: true }], select: ['title'] })).items;
  const asset = (n: number): Partial<MeetingAction> => (assets[n] ? { recordList: 'DataAssets', recordId: assets[n].id } : {});
  const system = (n: number): Partial<MeetingAction> => (systems[n] ? { recordList: 'AISystems', recordId: systems[n].id } : {});
  const jonas = person(OVERDUE_ACTION_OWNER);
  const kwame = person('kwame.asante@governance.example.org');
  const amina = person('amina.diallo@governance.example.org');
  const board = { meetingTitle: 'Data governance board', meetingDate: day(-35) };
  const aiBoard = { meetingTitle: 'AI governance committee', meetingDate: day(-21) };
  const regional = { meetingTitle: 'Regional focal points call', meetingDate: day(-7) };
  const actions: Partial<MeetingAction>[] = [
    { ...board, kind: 'Decision', actionText: 'Adopt the custodian nomination procedure v2.1 for every mission.', owner: helena, status: 'Done' },
    { ...board, kind: 'Action', actionText: 'Confirm the custodian of this dataset and record the approval.', owner: jonas, dueDate: day(-5), status: 'Open', ...asset(0), note: 'Raised because the record has no confirmed custodian.' },
    { ...board, kind: 'Action', actionText: 'Review the access list of this dataset with the mission.', owner: kwame, dueDate: day(-2), status: 'In progress', ...asset(1) },
    { ...board, kind: 'Action', actionText: 'Circulate the updated ownership process map.', owner: helena, dueDate: day(-20), status: 'Done' },
    { ...aiBoard, kind: 'Decision', actionText: 'All production AI systems are reclassified under the 1.3 standard by year end.', owner: tomas, status: 'Open', dueDate: day(60) },
    { ...aiBoard, kind: 'Action', actionText: 'Complete the model card of this AI system.', owner: jonas, dueDate: day(10), status: 'Open', ...system(0) },
    { ...aiBoard, kind: 'Action', actionText: 'Check the vendor terms of this AI system for data retention.', owner: tomas, dueDate: day(-3), status: 'Open', ...system(1) },
    { ...regional, kind: 'Action', actionText: 'Load the Central and West Africa missions\' inventories from the rollout kit.', owner: amina, dueDate: day(-1), status: 'Open' },
    { ...regional, kind: 'Action', actionText: 'Nominate custodians for the unassigned records of this mission.', owner: amina, dueDate: day(21), status: 'Open', ...asset(2) },
    { ...regional, kind: 'Action', actionText: 'Share the DPIA template with the focal points.', owner: nadia, dueDate: day(14), status: 'Dropped', note: 'Superseded by the DPIA training session.' }
  ];
  const actionResults = await repos.meetingActions.createMany(actions.map(normaliseMeetingAction));
  const failed = [...procedureResults, ...actionResults].filter((r) => !r.ok).length;
  log(`seeded ${procedureResults.length} procedures and ${actionResults.length} meeting items${failed > 0 ? ` (${failed} failed)` : ''}`);
  return failed;
}
