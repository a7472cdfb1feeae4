import { emptyAIActProfile } from '../aiAct/profile';
import type { AISystem } from '../models/aiSystem';
import type { AIVerification } from '../models/aiVerification';
import type { PersonRef, Stored } from '../models/common';
import { classificationColumns, readClassification } from './classificationRecord';
import { summariseLinkedData } from './datasets';
import { reviewPriority } from './priority';
import { profileHash } from './profileHash';
import { countingVerification, deriveVerification } from './verification';

const submitter: PersonRef = { id: 11, title: 'Sofia Rossi' };
const lead: PersonRef = { id: 21, title: 'Helena Okafor' };
const otherLead: PersonRef = { id: 22, title: 'Tomas Lindqvist' };
const leads = new Set([lead.id, otherLead.id]);
const migrationProfile = emptyAIActProfile({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true });

function system(overrides: Partial<Stored<AISystem>> = {}): Stored<AISystem> {
  return {
    id: 5, etag: '"1"', title: 'Border risk scorer', lifecycle: 'Pilot', approvalStatus: 'Pending review',
    ...classificationColumns(migrationProfile), classifiedBy: submitter, author: submitter, ...overrides
  };
}

let nextId = 1;
function decision(author: PersonRef | undefined, overrides: Partial<Stored<AIVerification>> = {}): Stored<AIVerification> {
  const id = nextId++;
  return {
    id, etag: '"1"', title: 'Verification', system: { id: 5 }, decision: 'Verified', profileHash: profileHash(migrationProfile),
    author, created: `2026-11-0${Math.min(id, 9)}T10:00:00Z`, ...overrides
  };
}

describe('profileHash', () => {
  it('ignores tick order and repeats but changes with any answer', () => {
    const a = emptyAIActProfile({ annexIIIUses: ['7b', '4a'] });
    expect(profileHash(a)).toBe(profileHash(emptyAIActProfile({ annexIIIUses: ['4a', '7b', '4a'] })));
    expect(profileHash(a)).toMatch(/^v1-[0-9a-f]{16}$/);
    const variants = [
      { role: 'provider' as const }, { annexISafetyComponent: true }, { profilesNaturalPersons: true }, { generalPurposeModel: true },
      { publicBody: true }, { derogations: ['preparatoryTask' as const] }, { transparencyTriggers: ['interactsWithPersons' as const] },
      { prohibitedPractices: ['socialScoring' as const] }, { annexIIIUses: ['7b' as const] }
    ];
    for (const change of variants) {
      expect(profileHash({ ...a, ...change })).not.toBe(profileHash(a));
    }
  });
});

describe('classificationColumns / readClassification', () => {
  it('stores the tier, grounds and obligations computed by the engine, and reads them back', () => {
    const columns = classificationColumns(migrationProfile);
    expect(columns.riskTier).toBe('high');
    expect(JSON.parse(columns.classificationResult).grounds).toEqual(['Annex III 7(b)']);
    const read = readClassification(columns);
    expect(read?.classification.obligations).toContain('fria');
    expect(read?.hash).toBe(columns.profileHash);
    expect(readClassification({ classificationProfile: '{"role":"x"}' })).toBeUndefined();
    expect(readClassification({})).toBeUndefined();
  });
});

describe('verification (segregation of duties)', () => {
  it('counts a lead\'s verification of the current answers', () => {
    const status = deriveVerification(system(), [decision(lead)], leads);
    expect(status.state).toBe('Verified');
    expect(status.by).toEqual(lead);
  });

  it('ignores the submitter\'s own verification, even when the submitter is a lead', () => {
    const s = system({ classifiedBy: lead });
    expect(countingVerification(decision(lead), s, leads)).toEqual({ counts: false, reason: 'submitterVerified' });
    const status = deriveVerification(s, [decision(lead)], leads);
    expect(status.state).toBe('Unverified');
    expect(status.ignored.map((i) => i.reason)).toEqual(['submitterVerified']);
  });

  it('falls back to the record\'s creator as submitter when ClassifiedBy is empty', () => {
    const s = system({ classifiedBy: undefined, author: lead });
    expect(countingVerification(decision(lead), s, leads)).toEqual({ counts: false, reason: 'submitterVerified' });
  });

  it('ignores decisions by people outside the leads group, or without an author or date', () => {
    const s = system();
    expect(countingVerification(decision({ id: 99, title: 'Staff' }), s, leads)).toEqual({ counts: false, reason: 'notALead' });
    expect(countingVerification(decision(undefined), s, leads)).toEqual({ counts: false, reason: 'missingAuthor' });
    expect(countingVerification(decision(lead, { created: undefined }), s, leads)).toEqual({ counts: false, reason: 'missingCreated' });
    expect(countingVerification(decision(lead, { system: { id: 6 } }), s, leads)).toEqual({ counts: false, reason: 'systemMismatch' });
  });

  it('resets to Unverified when any answer changes after the verification', () => {
    const changed = system(classificationColumns({ ...migrationProfile, annexIIIUses: ['7b', '7c'] }));
    const status = deriveVerification(changed, [decision(lead)], leads);
    expect(status.state).toBe('Unverified');
    expect(status.ignored[0].reason).toBe('answersChanged');
  });

  it('lets the newest counting decision win (returned after verified)', () => {
    const verified = decision(lead, { created: '2026-11-01T10:00:00Z' });
    const returned = decision(otherLead, { created: '2026-11-02T10:00:00Z', decision: 'Returned', comment: 'Check 7(c)' });
    const status = deriveVerification(system(), [returned, verified], leads);
    expect(status.state).toBe('Returned');
    expect(status.by).toEqual(otherLead);
    expect(status.comment).toBe('Check 7(c)');
  });

  it('keeps an unclassified system Unverified', () => {
    const s = system({ classificationProfile: undefined, profileHash: undefined, riskTier: undefined });
    expect(deriveVerification(s, [decision(lead)], leads).state).toBe('Unverified');
  });
});

describe('reviewPriority', () => {
  it('puts unverified prohibited and high-risk systems first, verified ones last', () => {
    const order = [
      reviewPriority('high', 'Verified'), reviewPriority('minimal', 'Unverified'), reviewPriority('high', 'Unverified'),
      reviewPriority(undefined, 'Unverified'), reviewPriority('prohibited', 'Returned'), reviewPriority('limited', 'Unverified')
    ].sort((a, b) => a - b);
    expect(order).toEqual([0, 1, 2, 3, 4, 11]);
  });
});

describe('summariseLinkedData', () => {
  it('finds the highest declared sensitivity and flags personal data', () => {
    expect(summariseLinkedData([
      { declaredSensitivity: 'Internal', containsPersonalData: false },
      { declaredSensitivity: 'Highly Confidential', containsPersonalData: true },
      { containsPersonalData: false }
    ])).toEqual({ highestSensitivity: 'Highly Confidential', personalData: true, undeclared: 1 });
    expect(summariseLinkedData([])).toEqual({ highestSensitivity: undefined, personalData: false, undeclared: 0 });
    expect(summariseLinkedData([{ declaredSensitivity: 'Secret', containsPersonalData: false }, { declaredSensitivity: 'Confidential', containsPersonalData: false }]).highestSensitivity).toBe('Secret');
  });
});
