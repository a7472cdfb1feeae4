/**
 * Risk acceptance routed by the governance roles (issue 19, part 2), the counting rule only: above the appetite the
 * Accountable the RACI routes the risk to counts as a lead does; the owner never accepts their own risk; the leads
 * still count. The dialog's checks (`acceptanceRefusals`) follow the same route.
 */
import type { PersonRef, Stored } from '../models/common';
import type { Risk } from '../models/risk';
import type { RiskAcceptance } from '../models/riskAcceptance';
import { acceptanceRefusals, countingAcceptance, deriveAcceptance, type AcceptanceContext } from './acceptance';

const lead: PersonRef = { id: 2, title: 'Helena Okafor (lead)' };
const owner: PersonRef = { id: 10, title: 'Jonas Weber (owner)' };
const kwame: PersonRef = { id: 31, title: 'Kwame Asante (Kenya\'s Accountable)' };
const TODAY = new Date('2026-11-23T10:00:00Z');
// Current score 3 x 4 = 12, above the appetite of 9.
const risk: Stored<Risk> = { id: 5, etag: '"1"', title: 'Beneficiary registry shared with partners', likelihood: 4, impact: 5, residualLikelihood: 3, residualImpact: 4, status: 'Accepted', riskOwner: owner };
const base: AcceptanceContext = { leadIds: new Set([lead.id]), appetite: 9, today: TODAY };
const routedToKwame: AcceptanceContext = { ...base, routedIds: new Map([[risk.id, new Set([kwame.id])]]) };

function decision(author: PersonRef, id = 1): Stored<RiskAcceptance> {
  return { id, etag: '"1"', title: 'Acceptance', risk: { id: risk.id }, decision: 'Accept', expiresOn: '2027-05-01', acceptedScore: 12, author, created: '2026-11-20T10:00:00Z' };
}

describe('risk acceptance routed by the governance roles', () => {
  it('counts the routed Accountable above the appetite, although not a lead', () => {
    expect(countingAcceptance(decision(kwame), risk, routedToKwame)).toEqual({ counts: true });
    expect(deriveAcceptance(risk, [decision(kwame)], routedToKwame).state).toBe('accepted');
  });

  it('refuses the same person when the risk is not routed to them (another risk, or no route)', () => {
    expect(countingAcceptance(decision(kwame), risk, base)).toEqual({ counts: false, reason: 'notLead' });
    const otherRisk: AcceptanceContext = { ...base, routedIds: new Map([[99, new Set([kwame.id])]]) };
    expect(countingAcceptance(decision(kwame), risk, otherRisk)).toEqual({ counts: false, reason: 'notLead' });
    expect(deriveAcceptance(risk, [decision(kwame)], base).state).toBe('unsupported');
  });

  it('never counts the owner accepting their own risk, even when routed to them', () => {
    const routedToOwner: AcceptanceContext = { ...base, routedIds: new Map([[risk.id, new Set([owner.id])]]) };
    expect(countingAcceptance(decision(owner), risk, routedToOwner)).toEqual({ counts: false, reason: 'ownerAcceptsOwn' });
  });

  it('still counts a lead when the route names someone else', () => {
    expect(countingAcceptance(decision(lead), risk, routedToKwame)).toEqual({ counts: true });
  });

  it('offers the acceptance up front to the routed Accountable only, never to the owner', () => {
    expect(acceptanceRefusals(risk, kwame, routedToKwame)).toEqual([]);
    expect(acceptanceRefusals(risk, kwame, base).map((i) => i.code)).toEqual(['leadRequired']);
    const routedToOwner: AcceptanceContext = { ...base, routedIds: new Map([[risk.id, new Set([owner.id])]]) };
    expect(acceptanceRefusals(risk, owner, routedToOwner).map((i) => i.code)).toEqual(['ownerAcceptsOwn']);
  });
});
