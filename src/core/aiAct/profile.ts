/**
 * Reading a classification profile back from storage. Profiles live as JSON text in a SharePoint Note field, which
 * anyone with edit rights can change outside the wizard, so nothing is trusted: every field is type-checked and every
 * id checked against its catalogue before the engine sees it.
 */
import { AI_ACT_ROLES, ANNEX_III_USE_IDS, DEROGATION_IDS, PROHIBITED_PRACTICE_IDS, TRANSPARENCY_TRIGGER_IDS } from './types';
import type { AIActProfile } from './types';

/** Outcome of `parseAIActProfile`: `profile` is set only when `issues` is empty. */
export interface AIActProfileParseResult {
  profile?: AIActProfile;
  /** Every problem found, in field order, in plain English for logs and the lead's review. */
  issues: string[];
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBoolean(record: Readonly<Record<string, unknown>>, name: keyof AIActProfile, issues: string[]): boolean | undefined {
  const value = record[name];
  if (value === undefined) {
    issues.push(`Missing "${name}".`);
  } else if (typeof value !== 'boolean') {
    issues.push(`"${name}" must be true or false, not ${JSON.stringify(value)}.`);
  } else {
    return value;
  }
  return undefined;
}

function readList<T extends string>(record: Readonly<Record<string, unknown>>, name: keyof AIActProfile, ids: readonly T[], issues: string[]): T[] | undefined {
  const value = record[name];
  if (value === undefined) {
    issues.push(`Missing "${name}".`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.push(`"${name}" must be a list of ids, not ${JSON.stringify(value)}.`);
    return undefined;
  }
  const result: T[] = [];
  const before = issues.length;
  value.forEach((item: unknown) => {
    if (isOneOf(ids, item)) {
      result.push(item);
    } else {
      issues.push(`"${name}" contains an unknown id ${JSON.stringify(item)}; expected one of ${ids.join(', ')}.`);
    }
  });
  // Duplicates are kept: they are well-typed, and the engine flags them for review rather than hiding them.
  return issues.length === before ? result : undefined;
}

/** Checks every profile field of `record`, pushing one issue per problem; returns the profile when all are valid. */
function readProfile(record: Readonly<Record<string, unknown>>, issues: string[]): AIActProfile | undefined {
  const role = record.role;
  if (role === undefined) {
    issues.push('Missing "role".');
  } else if (!isOneOf(AI_ACT_ROLES, role)) {
    issues.push(`"role" must be one of ${AI_ACT_ROLES.join(', ')}, not ${JSON.stringify(role)}.`);
  }
  const prohibitedPractices = readList(record, 'prohibitedPractices', PROHIBITED_PRACTICE_IDS, issues);
  const annexISafetyComponent = readBoolean(record, 'annexISafetyComponent', issues);
  const annexIIIUses = readList(record, 'annexIIIUses', ANNEX_III_USE_IDS, issues);
  const derogations = readList(record, 'derogations', DEROGATION_IDS, issues);
  const profilesNaturalPersons = readBoolean(record, 'profilesNaturalPersons', issues);
  const transparencyTriggers = readList(record, 'transparencyTriggers', TRANSPARENCY_TRIGGER_IDS, issues);
  const generalPurposeModel = readBoolean(record, 'generalPurposeModel', issues);
  const publicBody = readBoolean(record, 'publicBody', issues);

  if (
    !isOneOf(AI_ACT_ROLES, role) || prohibitedPractices === undefined || annexISafetyComponent === undefined ||
    annexIIIUses === undefined || derogations === undefined || profilesNaturalPersons === undefined ||
    transparencyTriggers === undefined || generalPurposeModel === undefined || publicBody === undefined
  ) {
    return undefined;
  }
  return { role, prohibitedPractices, annexISafetyComponent, annexIIIUses, derogations, profilesNaturalPersons, transparencyTriggers, generalPurposeModel, publicBody };
}

/** The profile's property names, to reject unknown ones (a misspelt property would otherwise lose an answer). */
const PROFILE_KEYS: readonly (keyof AIActProfile)[] = [
  'role', 'prohibitedPractices', 'annexISafetyComponent', 'annexIIIUses', 'derogations', 'profilesNaturalPersons',
  'transparencyTriggers', 'generalPurposeModel', 'publicBody'
];

/**
 * Validates a stored profile: either the JSON text from SharePoint or an already parsed value. Reports invalid JSON,
 * a non-object, missing or unknown properties, wrong types and unknown ids, all at once. Never throws. The returned
 * profile holds fresh arrays, so later edits cannot alias the input.
 */
export function parseAIActProfile(json: unknown): AIActProfileParseResult {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      return { issues: [`The profile is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
    }
  }
  if (!isRecord(value)) {
    return { issues: [`The profile must be a JSON object, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`] };
  }
  const issues: string[] = [];
  const profile = readProfile(value, issues);
  for (const key of Object.keys(value)) {
    if (!(PROFILE_KEYS as readonly string[]).includes(key)) {
      issues.push(`Unknown property "${key}".`);
    }
  }
  return issues.length === 0 && profile !== undefined ? { profile, issues } : { issues };
}

/**
 * True when every answer of the profile is present and valid, so the wizard can enable "classify". Other properties
 * are ignored here (wizard state may carry its own), unlike `parseAIActProfile`, which rejects them in stored JSON.
 */
export function isCompleteProfile(profile: Partial<AIActProfile>): profile is AIActProfile {
  return isRecord(profile) && readProfile(profile, []) !== undefined;
}

/**
 * A deployer's profile with every answer "no": where the classification wizard starts, and the base that tests
 * override answer by answer. A fresh object each call, so callers may change it.
 */
export function emptyAIActProfile(overrides: Partial<AIActProfile> = {}): AIActProfile {
  return {
    role: 'deployer',
    prohibitedPractices: [],
    annexISafetyComponent: false,
    annexIIIUses: [],
    derogations: [],
    profilesNaturalPersons: false,
    transparencyTriggers: [],
    generalPurposeModel: false,
    publicBody: false,
    ...overrides
  };
}
