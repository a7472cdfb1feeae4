import { isCompleteProfile, parseAIActProfile } from './profile';
import type { AIActProfile } from './types';

const VALID: AIActProfile = {
  role: 'deployer',
  prohibitedPractices: [],
  annexISafetyComponent: false,
  annexIIIUses: ['7b', '1a'],
  derogations: [],
  profilesNaturalPersons: true,
  transparencyTriggers: ['interactsWithPersons'],
  generalPurposeModel: false,
  publicBody: true
};

/** VALID without one answer, as a half-finished wizard or a truncated stored profile would have it. */
function without(key: keyof AIActProfile): Partial<AIActProfile> {
  const copy: Partial<AIActProfile> = { ...VALID };
  delete copy[key];
  return copy;
}

describe('parseAIActProfile', () => {
  it('reads a profile stored as JSON text', () => {
    expect(parseAIActProfile(JSON.stringify(VALID))).toEqual({ profile: VALID, issues: [] });
  });

  it('reads an already parsed object into fresh arrays', () => {
    const result = parseAIActProfile(VALID);
    expect(result.profile).toEqual(VALID);
    expect(result.profile?.annexIIIUses).not.toBe(VALID.annexIIIUses);
  });

  it('rejects unknown ids with a clear issue per id', () => {
    const result = parseAIActProfile({ ...VALID, annexIIIUses: ['7b', '9z'], prohibitedPractices: ['mindReading'] });
    expect(result.profile).toBeUndefined();
    expect(result.issues).toHaveLength(2);
    expect(result.issues[0]).toContain('"prohibitedPractices" contains an unknown id "mindReading"');
    expect(result.issues[1]).toContain('"annexIIIUses" contains an unknown id "9z"');
    expect(result.issues[1]).toContain('7b');
  });

  it('rejects an unknown role', () => {
    expect(parseAIActProfile({ ...VALID, role: 'importer' }).issues).toEqual(['"role" must be one of provider, deployer, both, not "importer".']);
  });

  it('rejects wrong types', () => {
    const result = parseAIActProfile({ ...VALID, publicBody: 'yes', derogations: 'preparatoryTask', transparencyTriggers: [1] });
    expect(result.profile).toBeUndefined();
    expect(result.issues).toEqual([
      '"derogations" must be a list of ids, not "preparatoryTask".',
      expect.stringContaining('"transparencyTriggers" contains an unknown id 1;') as unknown,
      '"publicBody" must be true or false, not "yes".'
    ]);
  });

  it('reports missing and unknown properties', () => {
    const result = parseAIActProfile({ ...without('generalPurposeModel'), annexIIIUse: ['7b'] });
    expect(result.issues).toEqual(['Missing "generalPurposeModel".', 'Unknown property "annexIIIUse".']);
  });

  it.each([
    ['invalid JSON', '{"role":', 'The profile is not valid JSON'],
    ['null', 'null', 'The profile must be a JSON object, not null.'],
    ['an array', [], 'The profile must be a JSON object, not an array.'],
    ['a number', 42, 'The profile must be a JSON object, not number.']
  ])('rejects %s', (_name, input, issue) => {
    const result = parseAIActProfile(input);
    expect(result.profile).toBeUndefined();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toContain(issue);
  });

  it('keeps duplicates, which the engine flags for review', () => {
    expect(parseAIActProfile({ ...VALID, annexIIIUses: ['7b', '7b'] }).profile?.annexIIIUses).toEqual(['7b', '7b']);
  });
});

describe('isCompleteProfile', () => {
  it('accepts a complete profile', () => {
    expect(isCompleteProfile(VALID)).toBe(true);
  });

  it('rejects a profile with an unanswered question', () => {
    expect(isCompleteProfile(without('publicBody'))).toBe(false);
    expect(isCompleteProfile({})).toBe(false);
  });

  it('ignores extra wizard state but not invalid answers', () => {
    expect(isCompleteProfile({ ...VALID, step: 3 } as Partial<AIActProfile>)).toBe(true);
    expect(isCompleteProfile({ ...VALID, role: 'importer' } as unknown as Partial<AIActProfile>)).toBe(false);
  });
});
