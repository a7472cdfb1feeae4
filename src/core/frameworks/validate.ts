/**
 * Checks a crosswalk as a whole: what a single list item cannot know (another item with the same id, a mapping to a
 * control nobody created). Each problem has a stable code the UI localises; the English text is for logs.
 */
import { FRAMEWORK_IDS, MAPPING_STRENGTHS, controlKey, frameworkOfKey, type ControlKey } from './types';

/** Stable codes of crosswalk problems. */
export const CROSSWALK_ISSUE_CODES = ['frameworkUnknown', 'controlIdMissing', 'controlDuplicate', 'mappingTargetMissing', 'mappingSourceMissing', 'mappingSelf', 'mappingDuplicate', 'mappingStrengthUnknown', 'mappingsUnreadable'] as const;
export type CrosswalkIssueCode = (typeof CROSSWALK_ISSUE_CODES)[number];

/** One problem: its code, the control it is about and, for mappings, the other end. */
export interface CrosswalkIssue {
  readonly code: CrosswalkIssueCode;
  readonly key: ControlKey;
  readonly target?: ControlKey;
  readonly message: string;
}

/** A control as it may arrive from the list: the framework can be anything someone typed. */
export interface UncheckedControl {
  readonly framework: string;
  readonly id: string;
}

/** A mapping as it may arrive from the list. */
export interface UncheckedMapping {
  readonly from: string;
  readonly to: string;
  readonly strength: string;
}

/** Every problem of the crosswalk, controls first, in input order. An empty array means it is sound. */
export function validateCrosswalk(controls: readonly UncheckedControl[], mappings: readonly UncheckedMapping[]): CrosswalkIssue[] {
  const issues: CrosswalkIssue[] = [];
  const keys = new Set<ControlKey>();
  for (const control of controls) {
    const key = `${control.framework}:${control.id}`;
    if (!(FRAMEWORK_IDS as readonly string[]).includes(control.framework)) {
      issues.push({ code: 'frameworkUnknown', key, message: `${key}: "${control.framework}" is not a framework the crosswalk knows (${FRAMEWORK_IDS.join(', ')}).` });
      continue;
    }
    if (control.id.trim() === '') {
      issues.push({ code: 'controlIdMissing', key, message: `A ${control.framework} control has no id.` });
      continue;
    }
    const checked = controlKey({ framework: control.framework as (typeof FRAMEWORK_IDS)[number], id: control.id });
    if (keys.has(checked)) {
      issues.push({ code: 'controlDuplicate', key: checked, message: `${checked} appears more than once.` });
      continue;
    }
    keys.add(checked);
  }
  const pairs = new Set<string>();
  for (const mapping of mappings) {
    if (!(MAPPING_STRENGTHS as readonly string[]).includes(mapping.strength)) {
      issues.push({ code: 'mappingStrengthUnknown', key: mapping.from, target: mapping.to, message: `${mapping.from} -> ${mapping.to}: "${mapping.strength}" is not equivalent, partial or related.` });
    }
    if (!keys.has(mapping.from)) {
      issues.push({ code: 'mappingSourceMissing', key: mapping.from, target: mapping.to, message: `A mapping starts from ${mapping.from}, which is not a control of the crosswalk.` });
    }
    if (!keys.has(mapping.to)) {
      const known = frameworkOfKey(mapping.to) !== undefined;
      issues.push({ code: 'mappingTargetMissing', key: mapping.from, target: mapping.to, message: `${mapping.from} maps to ${mapping.to}, which ${known ? 'is not a control of the crosswalk' : 'names no known framework'}.` });
    }
    if (mapping.from === mapping.to) {
      issues.push({ code: 'mappingSelf', key: mapping.from, target: mapping.to, message: `${mapping.from} maps to itself.` });
      continue;
    }
    const pair = [mapping.from, mapping.to].sort().join('\n');
    if (pairs.has(pair)) {
      issues.push({ code: 'mappingDuplicate', key: mapping.from, target: mapping.to, message: `${mapping.from} and ${mapping.to} are mapped more than once.` });
    }
    pairs.add(pair);
  }
  return issues;
}
