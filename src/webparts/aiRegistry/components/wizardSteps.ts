/**
 * The classification wizard's steps as data: which answer each step fills and which options it offers. The texts come
 * from the localised strings by step key and option id; the answers land in an `AIActProfile`.
 */
import { ANNEX_III_USE_IDS, DEROGATION_IDS, PROHIBITED_PRACTICE_IDS, TRANSPARENCY_TRIGGER_IDS } from '../../../core/aiAct/types';
import type { AIActProfile } from '../../../core/aiAct/types';

export type WizardStepKey = keyof IAIRegistryStrings['Steps'];

/** A step with several options ticked at once (a list answer of the profile). */
export interface MultiStep {
  readonly kind: 'multi';
  readonly key: WizardStepKey;
  readonly property: 'prohibitedPractices' | 'annexIIIUses' | 'derogations' | 'transparencyTriggers';
  readonly options: readonly string[];
  /** Where each option's label is in the strings. */
  readonly labels: 'Practices' | 'AnnexUses' | 'Derogations' | 'Triggers';
}

/** A yes/no step (a boolean answer of the profile). */
export interface YesNoStep {
  readonly kind: 'yesNo';
  readonly key: WizardStepKey;
  readonly property: 'annexISafetyComponent' | 'profilesNaturalPersons' | 'generalPurposeModel' | 'publicBody';
}

/** The role step. */
export interface RoleStep {
  readonly kind: 'role';
  readonly key: 'role';
}

export type WizardStep = MultiStep | YesNoStep | RoleStep;

const MIGRATION_USES = ['7a', '7b', '7c', '7d'] as const;

/** The steps in order: the most decisive questions (prohibited practices) come before the high-risk ones. */
export const WIZARD_STEPS: readonly WizardStep[] = [
  { kind: 'role', key: 'role' },
  { kind: 'multi', key: 'prohibited', property: 'prohibitedPractices', options: PROHIBITED_PRACTICE_IDS, labels: 'Practices' },
  { kind: 'yesNo', key: 'productSafety', property: 'annexISafetyComponent' },
  { kind: 'multi', key: 'highRiskUses', property: 'annexIIIUses', options: ANNEX_III_USE_IDS.filter((id) => !(MIGRATION_USES as readonly string[]).includes(id)), labels: 'AnnexUses' },
  { kind: 'multi', key: 'migration', property: 'annexIIIUses', options: MIGRATION_USES, labels: 'AnnexUses' },
  { kind: 'multi', key: 'derogations', property: 'derogations', options: DEROGATION_IDS, labels: 'Derogations' },
  { kind: 'yesNo', key: 'profiling', property: 'profilesNaturalPersons' },
  { kind: 'multi', key: 'transparency', property: 'transparencyTriggers', options: TRANSPARENCY_TRIGGER_IDS, labels: 'Triggers' },
  { kind: 'yesNo', key: 'generalPurpose', property: 'generalPurposeModel' },
  { kind: 'yesNo', key: 'publicBody', property: 'publicBody' }
];

/** The profile with `option` ticked or unticked in a list answer (other entries of the list are kept). */
export function toggleOption(profile: AIActProfile, step: MultiStep, option: string, checked: boolean): AIActProfile {
  const current = profile[step.property] as readonly string[];
  const next = checked ? (current.includes(option) ? current : [...current, option]) : current.filter((id) => id !== option);
  return { ...profile, [step.property]: next };
}

/** The profile with every option of this step unticked ("none of these"). */
export function clearStep(profile: AIActProfile, step: MultiStep): AIActProfile {
  const current = profile[step.property] as readonly string[];
  return { ...profile, [step.property]: current.filter((id) => !step.options.includes(id)) };
}
