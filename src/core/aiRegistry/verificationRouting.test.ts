/**
 * Verification routed by the governance roles (issue 19, part 2): besides the leads, the Accountable the RACI routes
 * a system's verification to may verify it, and their decision counts; the submitter never does.
 */
import { emptyAIActProfile } from '../aiAct/profile';
import type { AISystem } from '../models/aiSystem';
import type { AIClassificationSubmission } from '../models/aiClassificationSubmission';
import type { AIVerification } from '../models/aiVerification';
import type { PersonRef, Stored } from '../models/common';
import { classificationColumns } from './classificationRecord';
import { profileHash } from './profileHash';
import { awaitsVerificationBy, deriveVerification } from './verification';

const submitter: PersonRef = { id: 11, title: 'Sofia Rossi' };
const lead: PersonRef = { id: 21, title: 'Helena Okafor' };
const kenya: PersonRef = { id: 31, title: 'Kwame Asante' };
const stranger: PersonRef = { id: 41, title: 'Ana Souza' };
const leads = new Set([lead.id]);
const profile = emptyAIActProfile({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true });

function system(overrides: Partial<Stored<AISystem>> = {}): Stored<AISystem> {
  return { id: 5, etag: '"1"', title: 'Border risk scorer', lifecycle: 'Pilot', approvalStatus: 'Pending review', ...classificationColumns(profile), classifiedBy: submitter, author: submitter, ...overrides };
}

function decision(author: PersonRef, created: string, overrides: Partial<Stored<AIVerification>> = {}): Stored<AIVerification> {
  return { id: Date.parse(created), etag: '"1"', title: 'Verification', system: { id: 5 }, decision: 'Verified', profileHash: profileHash(profile), author, created, ...overrides };
}

const submitted: Stored<AIClassificationSubmission>[] = [
  { id: 1, etag: '"1"', title: 'Submission', system: { id: 5 }, profileHash: profileHash(profile), author: submitter, created: '2026-11-01T10:00:00Z' }
];

describe('verification routed by the governance roles', () => {
  it('counts the routed Accountable\'s decision although they are not a lead', () => {
    const status = deriveVerification(system({ verificationState: 'Verified' }), [decision(kenya, '2026-11-02T10:00:00Z')], leads, submitted, new Set([kenya.id]));
    expect(status.state).toBe('Verified');
    expect(status.by).toEqual(kenya);
    expect(status.ignored).toEqual([]);
  });

  it('ignores the same decision when the route goes elsewhere (not a lead, not routed)', () => {
    const status = deriveVerification(system(), [decision(kenya, '2026-11-02T10:00:00Z')], leads, submitted, new Set([stranger.id]));
    expect(status.state).toBe('Unverified');
    expect(status.ignored.map((i) => i.reason)).toEqual(['notALead']);
    // Without a route (the default), only the leads count.
    expect(deriveVerification(system(), [decision(kenya, '2026-11-02T10:00:00Z')], leads, submitted).ignored.map((i) => i.reason)).toEqual(['notALead']);
  });

  it('never counts the submitter, even when the matrix routes to them', () => {
    const status = deriveVerification(system(), [decision(submitter, '2026-11-02T10:00:00Z')], leads, submitted, new Set([submitter.id]));
    expect(status.state).toBe('Unverified');
    expect(status.ignored.map((i) => i.reason)).toEqual(['submitterVerified']);
  });

  it('still counts a lead when the route names someone else, and the newest counting decision wins', () => {
    const routed = new Set([kenya.id]);
    const verified = decision(kenya, '2026-11-02T10:00:00Z');
    const returned = decision(lead, '2026-11-03T10:00:00Z', { decision: 'Returned', comment: 'Check 7(c)' });
    const status = deriveVerification(system(), [verified, returned], leads, submitted, routed);
    expect(status.state).toBe('Returned');
    expect(status.by).toEqual(lead);
  });

  it('still needs the current answers: a routed decision on older answers does not count', () => {
    const status = deriveVerification(system(), [decision(kenya, '2026-11-02T10:00:00Z', { profileHash: 'other' })], leads, submitted, new Set([kenya.id]));
    expect(status.ignored.map((i) => i.reason)).toEqual(['answersChanged']);
  });
});

describe('awaitsVerificationBy (the "Awaiting my verification" queue)', () => {
  const routed = new Set([kenya.id]);
  const unverified = { state: 'Unverified' as const, submittedBy: submitter };

  it('holds a submitted, unverified classification routed to the person', () => {
    expect(awaitsVerificationBy(system(), unverified, kenya, routed)).toBe(true);
  });

  it('leaves out what is not routed to them, what they submitted, what is decided, unsubmitted or unclassified', () => {
    expect(awaitsVerificationBy(system(), unverified, stranger, routed)).toBe(false);
    expect(awaitsVerificationBy(system(), { state: 'Unverified', submittedBy: kenya }, kenya, routed)).toBe(false);
    expect(awaitsVerificationBy(system(), { state: 'Verified', submittedBy: submitter }, kenya, routed)).toBe(false);
    expect(awaitsVerificationBy(system(), { state: 'Unverified', submittedBy: undefined }, kenya, routed)).toBe(false);
    expect(awaitsVerificationBy(system({ classificationProfile: undefined }), unverified, kenya, routed)).toBe(false);
  });
});
