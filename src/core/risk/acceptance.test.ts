import type { PersonRef, Stored } from '../models/common';
import type { Risk } from '../models/risk';
import type { RiskAcceptance } from '../models/riskAcceptance';
import { acceptanceRefusals, countingAcceptance, deriveAcceptance, validateAcceptance, type AcceptanceContext } from './acceptance';

const lead: PersonRef = { id: 2, title: 'Helena Okafor (lead)' };
const otherLead: PersonRef = { id: 3, title: 'Tomas Lindqvist (lead)' };
const owner: PersonRef = { id: 10, title: 'Jonas Weber (owner)' };
const staff: PersonRef = { id: 20, title: 'Sofia Rossi (staff)' };
const TODAY = new Date('2026-11-23T10:00:00Z');
const context: AcceptanceContext = { leadIds: new Set([lead.id, otherLead.id]), appetite: 9, today: TODAY };

/** Residual 3 x 4 = 12: above the appetite of 9. */
const risk: Stored<Risk> = { id: 5, etag: '"1"', title: 'Beneficiary registry shared with partners', likelihood: 4, impact: 5, residualLikelihood: 3, residualImpact: 4, status: 'Open', riskOwner: owner };

let nextId = 100;
function decision(author: PersonRef | undefined, overrides: Partial<Stored<RiskAcceptance>> = {}): Stored<RiskAcceptance> {
  return { id: nextId++, etag: '"1"', title: 'Acceptance', risk: { id: risk.id }, decision: 'Accept', expiresOn: '2027-05-31', acceptedScore: 12, author, created: '2026-11-20T09:00:00Z', ...overrides };
}

describe('which acceptance decisions count', () => {
  it('counts a lead\'s decision on a risk above appetite', () => {
    expect(countingAcceptance(decision(lead), risk, context)).toEqual({ counts: true });
  });

  it('refuses the risk owner accepting their own risk, even when the owner is a lead', () => {
    const leadOwned = { ...risk, riskOwner: lead };
    expect(countingAcceptance(decision(lead), leadOwned, context)).toEqual({ counts: false, reason: 'ownerAcceptsOwn' });
  });

  it('refuses a non-lead above appetite but not within it', () => {
    expect(countingAcceptance(decision(staff), risk, context)).toEqual({ counts: false, reason: 'notLead' });
    const low = { ...risk, residualLikelihood: 2, residualImpact: 3 };
    expect(countingAcceptance(decision(staff, { acceptedScore: 6 }), low, context)).toEqual({ counts: true });
  });

  it('ignores decisions without an author, for another risk, or covering a lower score than the risk has now', () => {
    expect(countingAcceptance(decision(undefined), risk, context)).toEqual({ counts: false, reason: 'missingAuthor' });
    expect(countingAcceptance(decision(lead, { risk: { id: 99 } }), risk, context)).toEqual({ counts: false, reason: 'riskMismatch' });
    expect(countingAcceptance(decision(lead, { acceptedScore: 8 }), risk, context)).toEqual({ counts: false, reason: 'scoreRaised' });
    expect(countingAcceptance(decision(lead, { created: undefined }), risk, context)).toEqual({ counts: false, reason: 'missingCreated' });
  });
});

describe('deriving a risk\'s acceptance', () => {
  it('holds until the expiry day inclusive, then returns the risk to review', () => {
    const accepted = { ...risk, status: 'Accepted' as const };
    const onDay = deriveAcceptance(accepted, [decision(lead, { expiresOn: '2026-11-23' })], context);
    expect(onDay.state).toBe('accepted');
    expect(onDay.reviewDue).toBe(false);
    const after = deriveAcceptance(accepted, [decision(lead, { expiresOn: '2026-11-22' })], context);
    expect(after.state).toBe('expired');
    expect(after.reviewDue).toBe(true);
  });

  it('flags an Accepted status above appetite with no counting decision as unsupported', () => {
    const forged = deriveAcceptance({ ...risk, status: 'Accepted' }, [decision(staff), decision(owner)], context);
    expect(forged.state).toBe('unsupported');
    expect(forged.needsLead).toBe(true);
    expect(forged.flagged.map((f) => f.reason)).toEqual(['notLead', 'ownerAcceptsOwn']);
  });

  it('lets the latest counting decision win (a later Decline ends an acceptance)', () => {
    const accepted = decision(lead, { created: '2026-11-01T09:00:00Z' });
    const declined = decision(otherLead, { decision: 'Decline', created: '2026-11-10T09:00:00Z' });
    expect(deriveAcceptance({ ...risk, status: 'Accepted' }, [declined, accepted], context).state).toBe('unsupported');
    expect(deriveAcceptance(risk, [accepted], context).state).toBe('accepted');
  });

  it('accepts a risk within appetite on its status alone, until its AcceptedUntil date', () => {
    const low: Stored<Risk> = { ...risk, residualLikelihood: 1, residualImpact: 2, status: 'Accepted', acceptedUntil: '2026-12-31' };
    expect(deriveAcceptance(low, [], context).state).toBe('accepted');
    expect(deriveAcceptance({ ...low, acceptedUntil: '2026-10-01' }, [], context).state).toBe('expired');
    expect(deriveAcceptance({ ...low, status: 'Open' }, [], context).state).toBe('none');
  });

  it('does not count an acceptance beyond 12 months, however it was written (issue 23, attack 3)', () => {
    // A lead's decision item written past the dialog's cap: 12 months after its Created date is the limit.
    expect(countingAcceptance(decision(lead, { expiresOn: '2027-11-20' }), risk, context)).toEqual({ counts: true });
    expect(countingAcceptance(decision(lead, { expiresOn: '2027-11-21' }), risk, context)).toEqual({ counts: false, reason: 'expiryTooFar' });
    const accepted = deriveAcceptance({ ...risk, status: 'Accepted' }, [decision(lead, { expiresOn: '2099-12-31' })], context);
    expect(accepted.state).toBe('unsupported');
    expect(accepted.unsupportedReason).toBe('leadDecisionMissing');
    expect(accepted.flagged.map((f) => f.reason)).toEqual(['expiryTooFar']);
    // A risk within appetite marked Accepted by hand "until 2099": no acceptance made by today can last that long.
    const low: Stored<Risk> = { ...risk, residualLikelihood: 1, residualImpact: 2, status: 'Accepted', acceptedUntil: '2099-12-31' };
    const forged = deriveAcceptance(low, [], context);
    expect(forged.state).toBe('unsupported');
    expect(forged.unsupportedReason).toBe('expiryTooFar');
    expect(forged.reviewDue).toBe(true);
    expect(deriveAcceptance({ ...low, acceptedUntil: '2027-11-23' }, [], context).state).toBe('accepted');
    expect(deriveAcceptance({ ...low, acceptedUntil: '2027-11-24' }, [], context).state).toBe('unsupported');
  });
});

describe('validating an acceptance before it is made', () => {
  it('tells the owner and non-leads why they cannot accept, and checks the expiry', () => {
    expect(validateAcceptance(risk, owner, '2027-01-31', context).map((i) => i.code)).toEqual(['ownerAcceptsOwn', 'leadRequired']);
    const staffIssues = validateAcceptance(risk, staff, '2027-01-31', context);
    expect(staffIssues.map((i) => i.code)).toEqual(['leadRequired']);
    expect(staffIssues[0].message).toBe('This risk scores 12, above the appetite of 9: only a governance lead can accept it.');
    expect(validateAcceptance(risk, lead, '2027-01-31', context)).toEqual([]);
    expect(validateAcceptance(risk, lead, undefined, context).map((i) => i.code)).toEqual(['expiryRequired']);
    expect(validateAcceptance(risk, lead, '2026-11-22', context).map((i) => i.code)).toEqual(['expiryInPast']);
    expect(validateAcceptance(risk, lead, '2027-11-24', context).map((i) => i.code)).toEqual(['expiryTooFar']);
    expect(validateAcceptance({ ...risk, status: 'Closed' }, lead, '2027-01-31', context).map((i) => i.code)).toEqual(['riskClosed']);
  });
});

describe('refusing the accept action up front', () => {
  it('gives the blocking reasons of validateAcceptance, without the expiry the dialog asks for', () => {
    expect(acceptanceRefusals({ ...risk, riskOwner: lead }, lead, context).map((i) => i.code)).toEqual(['ownerAcceptsOwn']);
    expect(acceptanceRefusals(risk, staff, context).map((i) => i.code)).toEqual(['leadRequired']);
    expect(acceptanceRefusals(risk, otherLead, context)).toEqual([]);
  });
});
