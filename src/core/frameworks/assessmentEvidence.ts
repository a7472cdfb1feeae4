/**
 * Template-driven evidence (issue 18, part 3, "assess once"): a completed assessment of an AI system is evidence for
 * the crosswalk controls its items name, without anyone typing a reference. An item counts when it was met:
 * - an item whose template question lists framework references (`frameworkRefs`), answered "yes", or at level 3 or
 *   above on a maturity scale (levels 1-2 are the gaps the information-system report lists too);
 * - an item the run generated for an EU AI Act obligation of the system's classification (`obligation:<id>`),
 *   answered "yes": evidence for the articles that carry that obligation.
 * Only each template's **latest** completed run counts: a later run that says "no" withdraws what an earlier "yes"
 * proved. Runs in progress or cancelled prove nothing. Each item is read against the template version its run
 * recorded, so publishing a new version never changes what an old run proved.
 */
import { parseAnswers } from '../assessments/evaluate';
import { localiseTemplate, findVersion, recordedVersion } from '../assessments/templateVersions';
import type { TemplateLanguage, TemplateVersion } from '../assessments/templateModel';
import type { AssessmentAnswer } from '../assessments/types';
import type { AssessmentStatus } from '../models/assessment';
import { isSafeHttpUrl } from '../validation/url';
import type { EvidenceRecord } from './coverage';
import type { Crosswalk } from './seed';
import { controlKey, type ControlKey } from './types';

/** The fields of a stored Assessments item this reads (one AI system's runs). */
export interface AssessmentRunItem {
  readonly id: number;
  readonly template: string;
  readonly templateVersion?: number;
  readonly targetId: number;
  readonly status: AssessmentStatus;
  readonly assessmentDate?: string;
  readonly answers?: string;
  readonly assessorName?: string;
}

/** The lowest maturity level that counts as met. */
export const MET_SCALE_LEVEL = 3;

const OBLIGATION_PREFIX = 'obligation:';

function met(answer: AssessmentAnswer | undefined): boolean {
  if (answer === undefined) return false;
  return answer.value === 'yes' || (answer.value === 'level' && typeof answer.level === 'number' && answer.level >= MET_SCALE_LEVEL);
}

/** Each template's latest completed run (by date, then item id). */
function latestCompleted(runs: readonly AssessmentRunItem[]): AssessmentRunItem[] {
  const latest = new Map<string, AssessmentRunItem>();
  for (const run of runs) {
    const date = run.assessmentDate?.slice(0, 10);
    if (run.status !== 'Completed' || !date) continue;
    const kept = latest.get(run.template);
    const keptDate = kept?.assessmentDate?.slice(0, 10) ?? '';
    if (!kept || date > keptDate || (date === keptDate && run.id > kept.id)) latest.set(run.template, run);
  }
  return [...latest.values()];
}

/**
 * The evidence `runs` (one AI system's assessments) give, titled in `language`. A reference the crosswalk does not
 * hold (a control leads removed since) is skipped: coverage counts only controls it knows.
 */
export function assessmentEvidence(runs: readonly AssessmentRunItem[], templates: readonly TemplateVersion[], crosswalk: Crosswalk, language: TemplateLanguage): EvidenceRecord[] {
  const known = new Set(crosswalk.controls.map(controlKey));
  const articlesOf = new Map<string, ControlKey[]>();
  const titles = new Map(crosswalk.controls.map((c) => [controlKey(c), `${c.id}: ${c.title}`] as const));
  for (const control of crosswalk.controls) {
    for (const obligation of control.obligations ?? []) articlesOf.set(obligation, [...(articlesOf.get(obligation) ?? []), controlKey(control)]);
  }
  const out: EvidenceRecord[] = [];
  for (const run of latestCompleted(runs)) {
    const version = findVersion(templates, run.template, recordedVersion(run.templateVersion));
    if (!version) continue;
    const template = localiseTemplate(version, language).template;
    const date = run.assessmentDate?.slice(0, 10);
    const reference = `${template.title}, v${version.version}, ${date}`;
    const answers = parseAnswers(run.answers);
    const add = (key: ControlKey, questionText: string, answer: AssessmentAnswer): void => {
      const link = answer.evidence?.find((l) => isSafeHttpUrl(l));
      out.push({ controlKey: key, systemId: run.targetId, kind: 'Assessment item', title: questionText, reference, link, author: run.assessorName, created: date });
    };
    for (const question of template.questions) {
      const answer = answers[question.id];
      if (!met(answer)) continue;
      for (const ref of new Set(question.frameworkRefs ?? [])) if (known.has(ref)) add(ref, question.text, answer);
    }
    if (version.body.includeAIActObligations) {
      for (const [id, answer] of Object.entries(answers)) {
        if (!id.startsWith(OBLIGATION_PREFIX) || answer.value !== 'yes') continue;
        for (const key of articlesOf.get(id.slice(OBLIGATION_PREFIX.length)) ?? []) add(key, titles.get(key) ?? key, answer);
      }
    }
  }
  return out;
}
