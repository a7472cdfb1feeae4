/**
 * A `dmbok-maturity` run as the maturity view reads it: the mission it assessed, its date, and per DMBOK area (the
 * template's section) the level given and the "don't know" answers. Levels come from `evaluateAssessment`, against
 * the template version the run recorded, so a run keeps its meaning after leads publish a new version.
 */
import { evaluateAssessment, parseAnswers } from '../assessments/evaluate';
import type { LocalText, TemplateVersion } from '../assessments/templateModel';
import { findVersion, localiseTemplate, recordedVersion, versionsOf } from '../assessments/templateVersions';
import type { AssessmentStatus } from '../models/assessment';

/** The template key of the data governance maturity self-assessment (seeded by provisioning). */
export const DMBOK_MATURITY_KEY = 'dmbok-maturity';

/** A DMBOK knowledge area: the template section's id and its title in en/fr/es. */
export interface MaturityArea {
  readonly id: string;
  readonly title: LocalText;
}

/** The fields of a stored Assessments item the view reads. */
export interface MaturityRunItem {
  readonly id: number;
  readonly targetId: number;
  readonly status: AssessmentStatus;
  readonly assessmentDate?: string;
  readonly templateVersion?: number;
  readonly answers?: string;
}

/** One completed run of one mission: per area, its level (undefined: no level given) and its "don't know" count. */
export interface MissionMaturityRun {
  readonly id: number;
  readonly missionId: number;
  /** ISO date (`YYYY-MM-DD`). */
  readonly date: string;
  readonly levels: Readonly<Record<string, number | undefined>>;
  readonly dontKnow: Readonly<Record<string, number>>;
}

/**
 * The areas the view shows: the sections of the newest released (published or retired) version, so a draft's
 * half-edited sections never show; none when the template is missing.
 */
export function maturityAreas(templates: readonly TemplateVersion[]): MaturityArea[] {
  const released = versionsOf(templates, DMBOK_MATURITY_KEY).filter((t) => t.state !== 'Draft');
  const newest = released.reduce<TemplateVersion | undefined>((best, t) => (best === undefined || t.version > best.version ? t : best), undefined);
  return newest ? newest.body.sections.map((s) => ({ id: s.id, title: s.title })) : [];
}

/**
 * The completed runs, each scored against its own version. Only **completed** runs count: a run in progress is
 * half-answered, and a cancelled one was abandoned. A run without a date, or whose version is not in the list, is
 * left out (it cannot be placed in time or read).
 */
export function maturityRuns(items: readonly MaturityRunItem[], templates: readonly TemplateVersion[]): MissionMaturityRun[] {
  const runs: MissionMaturityRun[] = [];
  for (const item of items) {
    const date = item.assessmentDate?.slice(0, 10);
    if (item.status !== 'Completed' || !date) continue;
    const version = findVersion(templates, DMBOK_MATURITY_KEY, recordedVersion(item.templateVersion));
    if (!version) continue;
    const questions = localiseTemplate(version, 'en').template.questions;
    const maturity = evaluateAssessment(questions, parseAnswers(item.answers)).maturity;
    const levels: Record<string, number | undefined> = {};
    const dontKnow: Record<string, number> = {};
    for (const section of maturity?.sections ?? []) {
      levels[section.section] = section.level;
      dontKnow[section.section] = section.dontKnow;
    }
    runs.push({ id: item.id, missionId: item.targetId, date, levels, dontKnow });
  }
  return runs;
}
