/**
 * Which template version does what. A key's versions live side by side (publishing version N+1 keeps N), so:
 * - a new assessment starts on the key's newest published version, unless the key's newest released version (published
 *   or retired) is retired: retiring a template stops new assessments;
 * - a running or completed assessment always reads the version it recorded, whatever happened to the template since;
 * - a lead edits only drafts; published and retired versions are never changed (their assessments read them).
 */
import type { AssessmentQuestion, AssessmentTemplate } from './types';
import { textIn, type LocalText, type TemplateLanguage, type TemplateVersion } from './templateModel';

/** The version an assessment recorded; assessments stored before versions existed ran version 1. */
export function recordedVersion(templateVersion: number | undefined): number {
  return templateVersion !== undefined && Number.isInteger(templateVersion) && templateVersion >= 1 ? templateVersion : 1;
}

/** One exact version of a key (the version an assessment runs against). */
export function findVersion<T extends TemplateVersion>(templates: readonly T[], key: string, version: number): T | undefined {
  return templates.find((t) => t.key === key && t.version === version);
}

/** Every version of a key, newest first. */
export function versionsOf<T extends TemplateVersion>(templates: readonly T[], key: string): T[] {
  return templates.filter((t) => t.key === key).sort((a, b) => b.version - a.version);
}

/** The version new assessments of `key` start on; undefined when none is published or the template was retired. */
export function startableVersion<T extends TemplateVersion>(templates: readonly T[], key: string): T | undefined {
  const released = versionsOf(templates, key).find((t) => t.state !== 'Draft');
  return released?.state === 'Published' ? released : undefined;
}

/** One startable version per key (for the assessment picker), optionally for one kind of record, in key order of first appearance. */
export function startableTemplates<T extends TemplateVersion>(templates: readonly T[], targetList?: string): T[] {
  const keys = [...new Set(templates.map((t) => t.key))];
  return keys.map((key) => startableVersion(templates, key)).filter((t): t is T => t !== undefined && (targetList === undefined || t.targetList === targetList));
}

/** The number the next version of `key` gets (drafts included, so two drafts never share a number). */
export function nextVersionNumber(templates: readonly TemplateVersion[], key: string): number {
  return versionsOf(templates, key).reduce((max, t) => Math.max(max, t.version), 0) + 1;
}

/** The key's current draft, when a lead has one open. */
export function openDraft<T extends TemplateVersion>(templates: readonly T[], key: string): T | undefined {
  return versionsOf(templates, key).find((t) => t.state === 'Draft');
}

/** A template version in one language, as the checklist and the scorer read it. */
export interface LocalisedTemplate {
  readonly template: AssessmentTemplate;
  /** Some text shows in English because its translation is missing (drafts only: published versions are complete). */
  readonly fellBack: boolean;
}

/**
 * A template version in `language`: every text in that language, English where a draft lacks the translation. The
 * questions come section by section; each carries its section's title, weight, answer type and level texts.
 */
export function localiseTemplate(template: TemplateVersion, language: TemplateLanguage): LocalisedTemplate {
  let fellBack = false;
  const pick = (text: LocalText): string => {
    const shown = textIn(text, language);
    if (shown.fallback) fellBack = true;
    return shown.text;
  };
  const questions: AssessmentQuestion[] = [];
  for (const section of template.body.sections) {
    const sectionTitle = pick(section.title);
    for (const q of section.questions) {
      const guidance = pick(q.guidance);
      questions.push({
        id: q.id,
        text: pick(q.text),
        guidance: guidance || undefined,
        category: q.category,
        likelihood: q.likelihood,
        impact: q.impact,
        evidenceRequired: q.evidenceRequired || undefined,
        answerType: q.answerType,
        levels: q.answerType === 'scale' ? q.levels.map(pick) : undefined,
        weight: q.weight,
        section: section.id,
        sectionTitle,
        sectionWeight: section.weight,
        frameworkRefs: q.frameworkRefs.length > 0 ? q.frameworkRefs : undefined
      });
    }
  }
  return {
    template: {
      key: template.key,
      version: template.version,
      title: pick(template.title),
      description: pick(template.description),
      targetList: template.targetList,
      questions,
      includeAIActObligations: template.body.includeAIActObligations || undefined
    },
    fellBack
  };
}
