import { emptyAIActProfile } from '../aiAct/profile';
import type { AISystem } from '../models/aiSystem';
import type { AIClassificationSubmission } from '../models/aiClassificationSubmission';
import type { AIVerification } from '../models/aiVerification';
import type { PersonRef, Stored } from '../models/common';
import { classificationColumns, readClassification } from './classificationRecord';
import { summariseLinkedData } from './datasets';
import { reviewPriority } from './priority';
import { profileHash } from './profileHash';
import { countingVerification, currentSubmission, deriveVerification, type CurrentSubmission } from './verification';

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

function submission(author: PersonRef | undefined, overrides: Partial<Stored<AIClassificationSubmission>> = {}): Stored<AIClassificationSubmission> {
  return { id: nextId++, etag: '"1"', title: 'Submission', system: { id: 5 }, profileHash: profileHash(migrationProfile), author, created: '2026-10-30T10:00:00Z', ...overrides };
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
  const current = (s: Stored<AISystem>, subs = [submission(submitter)]): CurrentSubmission => currentSubmission(s, subs);

  it('counts a lead\'s verification of the answers submitted by someone else', () => {
    const status = deriveVerification(system({ verificationState: 'Verified' }), [decision(lead)], leads, [submission(submitter)]);
    expect(status.state).toBe('Verified');
    expect(status.by).toEqual(lead);
    expect(status.submittedBy).toEqual(submitter);
    expect(status.anomalies).toEqual([]);
  });

  it('ignores the submitter\'s own verification, even when the submitter is a lead', () => {
    const s = system({ classifiedBy: lead });
    expect(countingVerification(decision(lead), s, leads, current(s, [submission(lead)]))).toEqual({ counts: false, reason: 'submitterVerified' });
    const status = deriveVerification(s, [decision(lead)], leads, [submission(lead)]);
    expect(status.state).toBe('Unverified');
    expect(status.ignored.map((i) => i.reason)).toEqual(['submitterVerified']);
  });

  it('takes the submitter from the submission\'s Author: a rewritten ClassifiedBy neither hides the submitter nor goes unflagged', () => {
    // Attack 1 of issue 23: a lead submits, rewrites ClassifiedBy to a colleague, then verifies.
    const s = system({ classifiedBy: submitter, verificationState: 'Verified' });
    const status = deriveVerification(s, [decision(lead)], leads, [submission(lead)]);
    expect(status.state).toBe('Unverified');
    expect(status.ignored.map((i) => i.reason)).toEqual(['submitterVerified']);
    expect(status.anomalies).toEqual(['classifiedByMismatch', 'storedStateMismatch']);
  });

  it('does not verify answers nobody submitted through the suite (changed by a plain edit)', () => {
    // Attack 2 of issue 23: answers changed by REST, the stored ProfileHash kept, the old verification still there.
    const verified = system({ verificationState: 'Verified' });
    const edited = { ...verified, ...classificationColumns(emptyAIActProfile()), profileHash: verified.profileHash, verificationState: 'Verified' as const };
    const status = deriveVerification(edited, [decision(lead)], leads, [submission(submitter)]);
    expect(status.state).toBe('Unverified');
    expect(status.ignored.map((i) => i.reason)).toEqual(['answersChanged']);
    expect(status.anomalies).toEqual(['notSubmitted', 'storedHashMismatch', 'storedStateMismatch']);
    // A fresh verification of the edited answers cannot count either until someone submits them.
    const fresh = decision(otherLead, { profileHash: profileHash(emptyAIActProfile()), created: '2026-11-09T12:00:00Z' });
    expect(countingVerification(fresh, edited, leads, current(edited))).toEqual({ counts: false, reason: 'notSubmitted' });
  });

  it('ignores decisions by people outside the leads group, or without an author or date', () => {
    const s = system();
    const c = current(s);
    expect(countingVerification(decision({ id: 99, title: 'Staff' }), s, leads, c)).toEqual({ counts: false, reason: 'notALead' });
    expect(countingVerification(decision(undefined), s, leads, c)).toEqual({ counts: false, reason: 'missingAuthor' });
    expect(countingVerification(decision(lead, { created: undefined }), s, leads, c)).toEqual({ counts: false, reason: 'missingCreated' });
    expect(countingVerification(decision(lead, { system: { id: 6 } }), s, leads, c)).toEqual({ counts: false, reason: 'systemMismatch' });
  });

  it('resets to Unverified when any answer changes after the verification', () => {
    const changedProfile = { ...migrationProfile, annexIIIUses: ['7b' as const, '7c' as const] };
    const changed = system(classificationColumns(changedProfile));
    const status = deriveVerification(changed, [decision(lead)], leads, [submission(submitter), submission(submitter, { profileHash: profileHash(changedProfile), created: '2026-11-20T09:00:00Z' })]);
    expect(status.state).toBe('Unverified');
    expect(status.ignored[0].reason).toBe('answersChanged');
  });

  it('needs a new verification when answers change and change back', () => {
    const verified = decision(lead, { created: '2026-11-05T10:00:00Z' });
    const resubmitted = submission(otherLead, { created: '2026-11-07T10:00:00Z' });
    const status = deriveVerification(system(), [verified], leads, [submission(submitter), resubmitted]);
    expect(status.state).toBe('Unverified');
    expect(status.ignored[0].reason).toBe('answersChanged');
    expect(status.submittedBy).toEqual(otherLead);
  });

  it('skips submissions without an Author or a Created date, and other systems\' submissions', () => {
    const subs = [submission(undefined), submission(submitter, { created: undefined }), submission(submitter, { system: { id: 6 } })];
    expect(currentSubmission(system(), subs).submission).toBeUndefined();
  });

  it('lets the newest counting decision win (returned after verified)', () => {
    const verified = decision(lead, { created: '2026-11-01T10:00:00Z' });
    const returned = decision(otherLead, { created: '2026-11-02T10:00:00Z', decision: 'Returned', comment: 'Check 7(c)' });
    const status = deriveVerification(system(), [returned, verified], leads, [submission(submitter)]);
    expect(status.state).toBe('Returned');
    expect(status.by).toEqual(otherLead);
    expect(status.comment).toBe('Check 7(c)');
  });

  it('keeps an unclassified system Unverified', () => {
    const s = system({ classificationProfile: undefined, profileHash: undefined, riskTier: undefined });
    const status = deriveVerification(s, [decision(lead)], leads, [submission(submitter)]);
    expect(status.state).toBe('Unverified');
    expect(status.anomalies).toEqual([]);
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
