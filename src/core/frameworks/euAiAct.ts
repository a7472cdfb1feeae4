/**
 * The EU AI Act controls, derived from the obligations catalogue the classification engine already uses
 * (`AI_ACT_OBLIGATIONS`): one control per cited provision, so Art. 50(4) carries both of its obligations. Nothing is
 * retyped: a new obligation in the catalogue becomes a control here. One control is added: "Art. 6", the
 * classification itself, which a lead's verification evidences.
 */
import { AI_ACT_OBLIGATIONS, type AIActObligation } from '../aiAct/obligations';
import type { FrameworkControl } from './types';

/** The control a verified classification always evidences. */
export const CLASSIFICATION_CONTROL_ID = 'Art. 6';

/** The obligation whose duty is to document the assessment a verified classification records (Art. 6(3)-(4)). */
export const DOCUMENTED_ASSESSMENT_OBLIGATION: AIActObligation = 'documentNonHighRiskAssessment';

/** The chapter an obligation belongs to, by the role the Act gives it (the catalogue's own sections). */
function groupOf(id: AIActObligation): string {
  if (id === 'aiLiteracy' || id === 'discontinue' || id === 'documentNonHighRiskAssessment') return 'General provisions and classification';
  if (['humanOversight', 'inputData', 'monitorAndReport', 'logs', 'informAffectedPersons', 'fria'].includes(id)) return 'High-risk: deployers (Art. 26-27)';
  if (id.startsWith('gpai')) return 'General-purpose AI models (Art. 53)';
  if (['discloseAIInteraction', 'markSyntheticContent', 'informExposedPersons', 'discloseDeepFake', 'disclosePublicInterestText'].includes(id)) return 'Transparency (Art. 50)';
  return 'High-risk: providers (Art. 9-17, 43, 49, 72)';
}

/** The EU AI Act controls: the classification first, then one per citation of the obligations catalogue, in its order. */
export function euAiActControls(): FrameworkControl[] {
  const controls: FrameworkControl[] = [{
    framework: 'euAiAct',
    id: CLASSIFICATION_CONTROL_ID,
    title: 'Classify the system under the risk rules (Art. 5, Art. 6 with Annex III, Art. 50) and have the result verified',
    group: 'General provisions and classification',
    obligations: []
  }];
  const byCitation = new Map<string, { title: string[]; obligations: AIActObligation[]; group: string }>();
  for (const obligation of AI_ACT_OBLIGATIONS) {
    const entry = byCitation.get(obligation.citation);
    if (entry) {
      entry.title.push(obligation.label);
      entry.obligations.push(obligation.id);
    } else {
      byCitation.set(obligation.citation, { title: [obligation.label], obligations: [obligation.id], group: groupOf(obligation.id) });
    }
  }
  for (const [citation, entry] of byCitation) {
    controls.push({ framework: 'euAiAct', id: citation, title: entry.title.join('; '), group: entry.group, obligations: entry.obligations });
  }
  return controls;
}
