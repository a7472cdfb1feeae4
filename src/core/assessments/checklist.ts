/** The items of one assessment run: a template's fixed questions plus, for AI systems, one per AI Act obligation. */
import { AI_ACT_OBLIGATIONS } from '../aiAct/obligations';
import type { AssessmentQuestion, AssessmentTemplate } from './types';

/** Question id of a generated obligation item (`obligation:<id>`), stable across runs so history compares. */
export function obligationQuestionId(obligationId: string): string {
  return `obligation:${obligationId}`;
}

/**
 * The obligation ids of an AI system's stored classification result (JSON `{ obligations: string[] }`); only ids
 * the catalogue knows, in catalogue order. Empty for a missing or unreadable result.
 */
export function obligationsFromClassification(resultJson: string | undefined): string[] {
  if (!resultJson) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(resultJson);
  } catch {
    return [];
  }
  const listed = typeof parsed === 'object' && parsed !== null ? (parsed as { obligations?: unknown }).obligations : undefined;
  if (!Array.isArray(listed)) return [];
  const wanted = new Set(listed.filter((id): id is string => typeof id === 'string'));
  return AI_ACT_OBLIGATIONS.filter((o) => wanted.has(o.id)).map((o) => o.id);
}

/** What the checklist depends on besides the template. */
export interface ChecklistContext {
  /** Obligation ids the target AI system's classification produced. */
  readonly obligations?: readonly string[];
}

/**
 * The checklist of a run. Obligation items cite their article; "human oversight" and the other deployer duties are
 * serious for the people affected, so a missed one suggests a high impact.
 */
export function buildChecklist(template: AssessmentTemplate, context: ChecklistContext = {}): AssessmentQuestion[] {
  const questions = template.questions.slice();
  if (template.includeAIActObligations) {
    const wanted = new Set(context.obligations ?? []);
    for (const obligation of AI_ACT_OBLIGATIONS) {
      if (!wanted.has(obligation.id)) continue;
      questions.push({
        id: obligationQuestionId(obligation.id),
        text: `${obligation.label} (${obligation.citation}).`,
        category: obligation.id === 'aiLiteracy' ? 'Operational' : 'Regulatory compliance',
        likelihood: 3,
        impact: obligation.id === 'aiLiteracy' ? 3 : 4,
        evidenceRequired: true
      });
    }
  }
  return questions;
}
