/**
 * Seeds AI literacy records (issue 19, part 4: EU AI Act Art. 4) through the production data layer: a governance
 * lead adds the measures (`addMeasure`, validated as in the form), and every acknowledgement is written by the person
 * it names, signed in as themselves (`acknowledgeMeasure`), so SharePoint makes them its Author.
 *
 * The story the AI Registry then tells:
 * - the public tools seeded with usage monitoring (seedUsage.ts) have measures for some of their usage departments:
 *   ChatGPT Enterprise is fully covered, Microsoft 365 Copilot and Otter.ai only partly (departments not covered);
 *   DeepL's only measure lapsed a few weeks ago;
 * - a verified system's measure was delivered before its classification was verified (the seed verifies today), so it
 *   no longer counts ("delivered before the reclassification");
 * - a mission audience on a system without usage: "No users known", not a gap;
 * - one system's measure names four people: three have acknowledged, Sofia Rossi (staff, not a lead) has not, so
 *   signing in as her and pressing "I have completed this" closes the gap (the browser test does it).
 */
import type { LiteracyMeasure } from '../../src/core/literacy/model';
import type { LookupRef, PersonRef, Stored } from '../../src/core/models/common';
import type { AISystem } from '../../src/core/models/aiSystem';
import { DEPARTMENTS } from '../../src/core/reference/vocabularies';
import { acknowledgeMeasure, addMeasure } from '../../src/data/literacy/literacyStore';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { demoPerson } from './demoPerson';
import { DEMO_USERS } from './demoUsers';

/** The persona who has not yet acknowledged the named measure (the README and the browser test name her). */
export const LITERACY_PERSONA = 'sofia.rossi@governance.example.org';

/** The measure naming four people, three of whom have acknowledged it. */
export const NAMED_MEASURE_TITLE = 'Pilot user briefing: responsible use and human review';

/** The people the named measure targets besides the persona; each acknowledges it as themselves. */
const ACKNOWLEDGED_BY = ['jonas.weber@governance.example.org', 'mei.chen@governance.example.org', 'fatima.rahman@governance.example.org'];

const EVIDENCE = 'https://governance.example.org/sites/governance/Literacy';
const D = DEPARTMENTS;

/** A generated system's mission: the seed names them "<template> (<mission>)". */
function missionOf(title: string): string | undefined {
  return /\(([^)]+)\)(?: \d+)?$/.exec(title)?.[1];
}

/** Seeds measures and acknowledgements; returns the rows that failed. Idempotent: does nothing when measures exist. */
export async function seedLiteracy(emulator: EmulatorHandle, options: { now: Date; log: (line: string) => void }): Promise<number> {
  const { now, log } = options;
  const lead = DEMO_USERS.find((u) => u.email === 'tomas.lindqvist@governance.example.org');
  if (!lead) return 0;
  const repos = createRepositories(createNodeSp(emulator.siteUrl, { user: lead.loginName }));
  if ((await repos.literacyMeasures.count()) > 0) return 0;
  const day = (offset: number): string => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  const systems = (await repos.aiSystems.page({ top: 500, orderBy: [{ field: 'id', ascending: true }], select: ['title', 'verificationState', 'lifecycle'] })).items;
  const byTitle = (title: string): LookupRef[] => systems.filter((s) => s.title === title).map((s) => ({ id: s.id }));
  // Generated systems (not the public tools with usage, not the two the meeting actions concern), in id order.
  const publicTools = new Set(['Microsoft 365 Copilot', 'ChatGPT Enterprise', 'DeepL Translator', 'DeepSeek', 'Otter.ai meeting notes', 'HireVue video interviews']);
  const generated = systems.slice(2).filter((s) => !publicTools.has(s.title) && missionOf(s.title) !== undefined);
  const inUse = (s: Stored<AISystem>): boolean => s.lifecycle === 'Production' || s.lifecycle === 'Pilot';
  const verified = generated.find((s) => s.verificationState === 'Verified' && inUse(s));
  const unverified = generated.filter((s) => s.verificationState === 'Unverified' && inUse(s));
  const [named, missionWide] = unverified;

  const people = (emails: readonly string[]): PersonRef[] => emails.map((email) => demoPerson(emulator, email));
  const departments = (...names: readonly string[]): Partial<LiteracyMeasure> => ({ audienceKind: 'Departments', audienceValues: names.join('\n') });
  const evidence = (name: string): LiteracyMeasure['evidenceLink'] => ({ url: `${EVIDENCE}/${name}` });
  const measures: Partial<LiteracyMeasure>[] = [
    { title: 'Copilot essentials for operations, finance and legal staff', ...departments(D[0], D[9], D[13]), coveredSystems: byTitle('Microsoft 365 Copilot'), format: 'E-learning', deliveredOn: day(-60), refreshMonths: 12,
      objective: 'Use Copilot with internal data: what it may see, checking its output, what never to paste.', evidenceLink: evidence('copilot-essentials.pptx') },
    { title: 'Generative AI assistants: safe use', ...departments(D[16], D[15], D[0], D[8]), coveredSystems: byTitle('ChatGPT Enterprise'), format: 'Workshop', deliveredOn: day(-120), refreshMonths: 12,
      objective: 'Prompting without personal data, verifying answers, the conditions of the approval.', evidenceLink: evidence('genai-safe-use-attendance.xlsx') },
    { title: 'Machine translation of confidential text', ...departments(D[15], D[13], D[5]), coveredSystems: byTitle('DeepL Translator'), format: 'Guidance note', deliveredOn: day(-400), refreshMonths: 12,
      objective: 'Which documents may be translated with DeepL, and how to check the translation.', evidenceLink: evidence('machine-translation-note.pdf') },
    { title: 'Meeting transcription: consent and retention briefing', ...departments(D[0]), coveredSystems: byTitle('Otter.ai meeting notes'), format: 'Briefing', deliveredOn: day(-30), refreshMonths: 6,
      objective: 'Ask every participant before recording; delete transcripts after 30 days.', evidenceLink: evidence('transcription-briefing.docx') },
    { title: 'AI in recruitment: human oversight workshop', ...departments(D[10]), coveredSystems: byTitle('HireVue video interviews'), format: 'Workshop', deliveredOn: day(-45), refreshMonths: 12,
      objective: 'A person reviews every recommendation; candidates are told and may ask for a human assessment.', evidenceLink: evidence('recruitment-oversight.pdf') }
  ];
  if (verified) {
    measures.push({ title: `Operating ${verified.title}: limits and escalation`, audienceKind: 'Roles', audienceValues: 'System operators\nMission data focal points', coveredSystems: [{ id: verified.id }],
      format: 'Workshop', deliveredOn: day(-100), refreshMonths: 24, objective: 'What the system may and may not be used for, and whom to tell when it fails.', evidenceLink: evidence('operators-workshop.pdf') });
  }
  if (missionWide) {
    measures.push({ title: `Mission briefing on ${missionWide.title}`, audienceKind: 'Missions', audienceValues: missionOf(missionWide.title), coveredSystems: [{ id: missionWide.id }],
      format: 'Briefing', deliveredOn: day(-20), refreshMonths: 12, evidenceLink: evidence('mission-briefing.pptx') });
  }
  if (named) {
    measures.push({ title: NAMED_MEASURE_TITLE, audienceKind: 'Named people', audiencePeople: people([...ACKNOWLEDGED_BY, LITERACY_PERSONA]), coveredSystems: [{ id: named.id }],
      format: 'Briefing', deliveredOn: day(-14), refreshMonths: 12, objective: `How the pilot of ${named.title} works, its known errors, and when a person must review its output.`, evidenceLink: evidence('pilot-briefing.docx') });
  }

  let failed = 0;
  const created: Stored<LiteracyMeasure>[] = [];
  for (const draft of measures) {
    try {
      created.push(await addMeasure(repos, draft, now));
    } catch (error) {
      failed++;
      log(`literacy measure "${draft.title ?? ''}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Each named person but the persona acknowledges as themselves (SharePoint records them as the Author).
  const namedMeasure = created.find((m) => m.title === NAMED_MEASURE_TITLE);
  let acknowledged = 0;
  if (namedMeasure) {
    for (const email of ACKNOWLEDGED_BY) {
      const login = DEMO_USERS.find((u) => u.email === email)?.loginName as string;
      const theirs = createRepositories(createNodeSp(emulator.siteUrl, { user: login }));
      try {
        await acknowledgeMeasure(theirs, namedMeasure.id, demoPerson(emulator, email), undefined, now);
        acknowledged++;
      } catch (error) {
        failed++;
        log(`literacy acknowledgement by ${email} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  log(`seeded ${created.length} literacy measures and ${acknowledged} acknowledgements${failed > 0 ? ` (${failed} failed)` : ''}`);
  return failed;
}
