/** The form's working copy of an AI system and the patch it sends: pure helpers, no React. */
import type { AISystem } from '../../../core/models/aiSystem';
import { AI_SYSTEMS_LIST } from '../../../core/schema/lists/aiSystems';
import { isEmptyValue, sameValue } from '../../../ui/form/formModel';

export type SystemDraft = Partial<AISystem>;

/** What the form edits: every schema field except the computed ones and the classification (the wizard's). */
export const EDITABLE_PROPERTIES: readonly (keyof AISystem)[] = AI_SYSTEMS_LIST.fields
  .filter((f) => !f.computed && f.property !== 'classificationProfile' && f.property !== 'applicabilityBasis' && f.property !== 'missions')
  .map((f) => f.property);

/** The editable properties whose value differs from the stored record; a cleared one is present as `undefined`. */
export function changedSystemValues(stored: SystemDraft, draft: SystemDraft): Partial<AISystem> {
  const patch: Record<string, unknown> = {};
  for (const property of EDITABLE_PROPERTIES) {
    const before = property === 'linkedDataAssets' ? (stored[property] ?? []).map((r) => r.id) : stored[property];
    const after = property === 'linkedDataAssets' ? (draft[property] ?? []).map((r) => r.id) : draft[property];
    if (!sameValue(before, after)) {
      patch[property] = isEmptyValue(draft[property]) ? (property === 'linkedDataAssets' ? [] : undefined) : draft[property];
    }
  }
  return patch as Partial<AISystem>;
}
