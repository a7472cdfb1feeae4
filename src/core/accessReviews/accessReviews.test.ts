import type { AccessReviewCampaign, AccessReviewDecision, AccessReviewItem, SoDException, SoDRule } from '../models/accessReview';
import type { PersonRef, Stored } from '../models/common';
import {
  accessFiguresByRegion,
  campaignProgress,
  checkAccessFile,
  deriveItemReview,
  entitlementKey,
  evaluateSoD,
  finalOutcome,
  mayDecide,
  nextCampaign,
  parseCampaignScope,
  recommend,
  remediationRows,
  reviewItems,
  routeReviewer,
  staleReasons
} from './index';

const person = (id: number, alias: string): PersonRef => ({ id, title: alias, email: `${alias}@governance.example.org`, loginName: `i:0#.f|membership|${alias}@governance.example.org` });
const reviewer = person(10, 'jonas.weber');
const fallback = person(11, 'helena.okafor');
const principalUser = person(12, 'mei.chen');
const stranger = person(13, 'samuel.osei');

function campaign(overrides: Partial<Stored<AccessReviewCampaign>> = {}): Stored<AccessReviewCampaign> {
  return {
    id: 1, etag: '"1"', title: 'Q1 review', scopeKind: 'Groups', scope: '{"groupIds":["g1"]}', reviewerRule: 'Resource owners',
    fallbackReviewer: fallback, startDate: '2026-01-05', dueDate: '2026-01-31', recurrence: 'Quarterly', undecidedOutcome: 'Keep',
    justificationRequired: false, state: 'Active', ...overrides
  };
}

function item(overrides: Partial<AccessReviewItem> = {}, id = 100): Stored<AccessReviewItem> {
  return {
    id, etag: '"1"', title: 'x', campaign: { id: 1 }, principalKey: 'u-1', principalName: 'Ana Ruiz', principalEmail: 'ana.ruiz@governance.example.org',
    principalType: 'User', resourceKey: 'g1', resourceName: 'Kenya Data Team', resourceType: 'Group', entitlement: 'Member', entitlementKind: 'Member',
    reviewer, recommendation: 'Keep', ...overrides
  };
}

let nextId = 1000;
function decision(author: PersonRef | undefined, value: AccessReviewDecision['decision'], created: string, overrides: Partial<AccessReviewDecision> = {}): Stored<AccessReviewDecision> {
  nextId += 1;
  return { id: nextId, etag: '"1"', title: 'd', item: { id: 100 }, campaign: { id: 1 }, decision: value, justification: 'checked with the team', author, created, ...overrides };
}

describe('who may decide an access review item', () => {
  it('counts the assigned reviewer and ignores a decision authored by anyone else', () => {
    const state = deriveItemReview(item(), campaign(), [decision(stranger, 'Remove', '2026-01-10T10:00:00Z'), decision(reviewer, 'Keep', '2026-01-09T10:00:00Z')]);
    expect(state.decision?.decision).toBe('Keep');
    expect(state.ignored.map((i) => i.reason)).toEqual(['notEligible']);
  });

  it('never counts a decision on one\'s own access, even by the assigned reviewer', () => {
    const self = item({ principalEmail: reviewer.email, principalName: reviewer.title });
    const state = deriveItemReview(self, campaign(), [decision(reviewer, 'Keep', '2026-01-09T10:00:00Z')]);
    expect(state.decision).toBeUndefined();
    expect(state.ignored[0].reason).toBe('selfDecision');
    // The item is the fallback's: the reviewer resolved to the principal.
    expect(state.expectedReviewer).toEqual(fallback);
  });

  it('hands the item to the fallback after a "don\'t know", and only then lets the fallback decide', () => {
    const early = deriveItemReview(item(), campaign(), [decision(fallback, 'Remove', '2026-01-08T10:00:00Z')]);
    expect(early.decision).toBeUndefined();
    expect(early.ignored[0].reason).toBe('notEligible');
    const delegated = deriveItemReview(item(), campaign(), [decision(reviewer, "Don't know", '2026-01-08T10:00:00Z'), decision(fallback, 'Remove', '2026-01-09T10:00:00Z')]);
    expect(delegated.delegated).toBe(true);
    expect(delegated.decision?.decision).toBe('Remove');
    expect(delegated.expectedReviewer).toEqual(fallback);
  });

  it('ignores decisions made after the campaign closed and those without a required justification', () => {
    const closed = campaign({ state: 'Closed', closedOn: '2026-02-01T00:00:00Z', justificationRequired: true });
    const state = deriveItemReview(item(), closed, [
      decision(reviewer, 'Remove', '2026-01-10T10:00:00Z', { justification: '  ' }),
      decision(reviewer, 'Remove', '2026-02-02T10:00:00Z')
    ]);
    expect(state.decision).toBeUndefined();
    expect(state.ignored.map((i) => i.reason).sort()).toEqual(['missingJustification', 'tooLate']);
  });

  it('lets the newest counting decision win and offers the buttons only to whoever may decide', () => {
    const state = deriveItemReview(item(), campaign(), [decision(reviewer, 'Keep', '2026-01-09T10:00:00Z'), decision(reviewer, 'Remove', '2026-01-11T10:00:00Z')]);
    expect(state.decision?.decision).toBe('Remove');
    expect(mayDecide(reviewer, state, item())).toBe(true);
    expect(mayDecide(stranger, state, item())).toBe(false);
    expect(mayDecide(principalUser, state, item({ principalEmail: principalUser.email }))).toBe(false);
  });
});

describe('outcomes when a campaign closes', () => {
  it('applies the undecided rule: keep, remove, or the recommendation', () => {
    const undecided = deriveItemReview(item(), campaign(), []);
    const removeRecommended = { recommendation: 'Remove' as const };
    expect(finalOutcome(removeRecommended, { state: 'Active', undecidedOutcome: 'Remove' }, undecided)).toEqual({ source: 'open' });
    expect(finalOutcome(removeRecommended, { state: 'Closed', undecidedOutcome: 'Keep' }, undecided).outcome).toBe('Keep');
    expect(finalOutcome({ recommendation: 'Keep' }, { state: 'Closed', undecidedOutcome: 'Remove' }, undecided).outcome).toBe('Remove');
    expect(finalOutcome(removeRecommended, { state: 'Closed', undecidedOutcome: 'Take recommendation' }, undecided).outcome).toBe('Remove');
    expect(finalOutcome({ recommendation: 'None' }, { state: 'Closed', undecidedOutcome: 'Take recommendation' }, undecided).outcome).toBe('Keep');
  });

  it('lists exactly the removals in the remediation list, with who decided', () => {
    const closed = campaign({ state: 'Closed', closedOn: '2026-02-01T00:00:00Z', undecidedOutcome: 'Take recommendation' });
    const items = [item({}, 100), item({ recommendation: 'Remove' }, 101), item({}, 102)];
    const decisions = [decision(reviewer, 'Remove', '2026-01-10T10:00:00Z', { item: { id: 100 } }), decision(reviewer, 'Keep', '2026-01-10T10:00:00Z', { item: { id: 102 } })];
    const reviewed = reviewItems(closed, items, decisions);
    const rows = remediationRows(reviewed);
    expect(rows.map((r) => [r.ItemId, r.Source, r.DecidedBy])).toEqual([['100', 'decided', reviewer.email], ['101', 'undecidedRule', '']]);
    const progress = campaignProgress(closed, reviewed, new Date('2026-02-02'));
    expect(progress).toMatchObject({ total: 3, decided: 2, toRemove: 2, overdue: false });
    expect(campaignProgress(campaign(), reviewItems(campaign(), items, []), new Date('2026-02-02')).overdue).toBe(true);
  });
});

describe('recommendations', () => {
  const now = new Date('2026-06-30T00:00:00Z');
  it('recommends removal for disabled, departed, unused or conflicting access, with the reasons', () => {
    expect(recommend({ principalType: 'User', accountEnabled: false }, now)).toEqual({ recommendation: 'Remove', reasons: ['disabled'] });
    expect(recommend({ principalType: 'User', lastSignIn: '2026-03-01T00:00:00Z' }, now).reasons).toEqual(['noSignIn']);
    expect(recommend({ principalType: 'User', lastSignIn: '2026-05-01T00:00:00Z' }, now).recommendation).toBe('Keep');
    expect(recommend({ principalType: 'User', leftOrganisation: true, sodConflict: true }, now).reasons).toEqual(['leftOrganisation', 'sodConflict']);
  });
  it('asks for a close look, without recommending, at guests and Highly Confidential resources', () => {
    expect(recommend({ principalType: 'Guest', sponsorCount: 0 }, now)).toEqual({ recommendation: 'None', reasons: ['guestWithoutSponsor'] });
    expect(recommend({ principalType: 'User', resourceSensitivity: 'Highly Confidential' }, now)).toEqual({ recommendation: 'None', reasons: ['highlyConfidential'] });
    expect(recommend({ principalType: 'User' }, now)).toEqual({ recommendation: 'Keep', reasons: [] });
  });
});

describe('segregation of duties', () => {
  const finance = entitlementKey('App role', 'erp', 'Payment approver');
  const vendor = entitlementKey('App role', 'erp', 'Vendor master editor');
  const rule: Stored<SoDRule> = { id: 7, etag: '"1"', title: 'Pay and create vendors', entitlementA: finance, labelA: 'Approver', entitlementB: vendor, labelB: 'Vendor editor', riskStatement: 'Fictitious vendor fraud', active: true };
  const held = [
    { principalKey: 'u-1', principalName: 'Ana Ruiz', principalEmail: 'ana.ruiz@governance.example.org', key: finance },
    { principalKey: 'U-1', principalName: 'Ana Ruiz', principalEmail: 'ana.ruiz@governance.example.org', key: vendor.toUpperCase() },
    { principalKey: 'u-2', principalName: 'Ben Cole', key: finance }
  ];
  const leads = new Set([fallback.id]);
  const exception = (author: PersonRef, expiresOn: string, id = 50): Stored<SoDException> => ({
    id, etag: '"1"', title: 'e', rule: { id: 7 }, principalKey: 'u-1', principalName: 'Ana Ruiz', principalEmail: 'ana.ruiz@governance.example.org',
    mitigatingControl: 'Dual sign-off', expiresOn, author, created: '2026-01-01T00:00:00Z'
  });

  it('finds every principal holding both entitlements (keys compared case-insensitively)', () => {
    const violations = evaluateSoD([rule], held, [], leads, new Date('2026-03-01'));
    expect(violations.map((v) => [v.principalName, v.status])).toEqual([['Ana Ruiz', 'open']]);
    expect(evaluateSoD([{ ...rule, active: false }], held, [], leads, new Date('2026-03-01'))).toEqual([]);
  });

  it('excepts a violation only through a lead\'s unexpired exception that the principal did not approve', () => {
    const today = new Date('2026-03-01');
    expect(evaluateSoD([rule], held, [exception(fallback, '2026-06-30')], leads, today)[0].status).toBe('excepted');
    const expired = evaluateSoD([rule], held, [exception(fallback, '2026-02-28')], leads, today)[0];
    expect(expired.status).toBe('open');
    expect(expired.ignoredExceptions[0].reason).toBe('expired');
    expect(evaluateSoD([rule], held, [exception(stranger, '2026-06-30')], leads, today)[0].ignoredExceptions[0].reason).toBe('notEligible');
    const selfApproved = { ...fallback, email: 'ana.ruiz@governance.example.org' };
    expect(evaluateSoD([rule], held, [exception(selfApproved, '2026-06-30')], leads, today)[0].ignoredExceptions[0].reason).toBe('selfDecision');
  });
});

describe('recurrence, routing, stale groups, scope', () => {
  it('drafts the next quarter with the same window, clamping month ends', () => {
    const next = nextCampaign(campaign({ startDate: '2026-11-30', dueDate: '2026-12-31', title: 'Groups review (2026-11-30)' }));
    expect(next).toMatchObject({ startDate: '2027-02-28', dueDate: '2027-03-31', state: 'Draft', title: 'Groups review (2027-02-28)', previousCampaign: { id: 1 } });
    expect(nextCampaign(campaign({ recurrence: 'One-off' }))).toBeUndefined();
    expect(nextCampaign(campaign({ recurrence: 'Yearly', startDate: '2024-02-29', dueDate: '2024-03-15' }))?.startDate).toBe('2025-02-28');
  });

  it('routes a self-review and an unresolved item to the fallback', () => {
    expect(routeReviewer([reviewer], 'ana.ruiz@governance.example.org', fallback)).toEqual({ reviewer, routedToFallback: false, selfReviewAvoided: false });
    expect(routeReviewer([principalUser], principalUser.email, fallback)).toEqual({ reviewer: fallback, routedToFallback: true, selfReviewAvoided: true });
    expect(routeReviewer([undefined], 'x@y.org', fallback)).toEqual({ reviewer: fallback, routedToFallback: true, selfReviewAvoided: false });
    expect(routeReviewer([principalUser, reviewer], principalUser.email, fallback).reviewer).toEqual(reviewer);
  });

  it('names why a group is stale', () => {
    expect(staleReasons({ ownerCount: 0, guestCount: 2, guestsWithoutSponsor: 1, linkedRecords: 0 })).toEqual(['noOwner', 'guestsWithoutSponsor', 'noInventoryRecord']);
    expect(staleReasons({ ownerCount: 1, guestCount: 0, guestsWithoutSponsor: 0, linkedRecords: 3 })).toEqual(['singleOwner']);
    expect(staleReasons({ ownerCount: 2, guestCount: 4, guestsWithoutSponsor: 0, linkedRecords: 1 })).toEqual([]);
  });

  it('reads a stored scope defensively', () => {
    expect(parseCampaignScope('Groups', '{"groupIds":["a",""]}')).toMatchObject({ kind: 'Groups', groupIds: ['a'] });
    expect(parseCampaignScope('Groups', '{"groupIds":[]}')).toBeUndefined();
    expect(parseCampaignScope('Region', 'not json')).toBeUndefined();
    expect(parseCampaignScope('Guests', '{}')).toEqual(expect.objectContaining({ kind: 'Guests' }));
  });
});

describe('imported access files', () => {
  const headers = ['Account', 'Type', 'System', 'Entitlement', 'Last logon', 'Department'];
  it('reports each bad row and keeps the good ones', () => {
    const checked = checkAccessFile({
      headers,
      rows: [
        ['ana.ruiz@governance.example.org', 'User', 'SAP', 'Payment approver', '2026-05-01', 'Finance'],
        ['ana.ruiz@governance.example.org', 'user', 'sap', 'payment approver', '', ''],
        ['', 'User', 'SAP', 'X', '', ''],
        ['ben.cole@governance.example.org', 'Robot', 'SAP', 'X', '', ''],
        ['ghost@governance.example.org', 'User', 'SAP', 'X', '', ''],
        ['carla@governance.example.org', 'User', 'SAP', '', 'yesterday', ''],
        ['', '', '', '', '', '']
      ]
    }, (p) => !p.startsWith('ghost'));
    expect(checked.rows.map((r) => r.row)).toEqual([1]);
    expect(checked.issues.map((i) => [i.row, i.code])).toEqual([[2, 'duplicate'], [3, 'missingPrincipal'], [4, 'badPrincipalType'], [5, 'unknownPrincipal'], [6, 'emptyEntitlement'], [6, 'badDate']]);
  });

  it('refuses a file without the required columns or with too many rows', () => {
    expect(checkAccessFile({ headers: ['Account', 'System'], rows: [['a', 'b']] }).problem).toEqual({ code: 'missingColumns', columns: ['entitlement'] });
    const rows = Array.from({ length: 25001 }, () => ['a', 'b', 'c']);
    expect(checkAccessFile({ headers: ['Account', 'System', 'Entitlement'], rows }).problem).toMatchObject({ code: 'tooManyRows', limit: 25000 });
  });
});

describe('scorecard figures per region', () => {
  it('counts completion, overdue reviews, open violations and stale groups by region', () => {
    const active = campaign({ dueDate: '2026-01-31' });
    const items = [item({ region: 'Asia and the Pacific' }, 100), item({ region: 'Asia and the Pacific' }, 101), item({}, 102)];
    const reviewed = reviewItems(active, items, [decision(reviewer, 'Keep', '2026-01-10T10:00:00Z', { item: { id: 100 } })]);
    const figures = accessFiguresByRegion(
      [{ campaign: active, reviewed }, { campaign: campaign({ id: 2, state: 'Closed' }), reviewed }],
      [{ region: 'Asia and the Pacific', status: 'open' }, { region: 'Asia and the Pacific', status: 'excepted' }],
      [{ region: 'South America' }, {}],
      new Date('2026-02-10')
    );
    expect(figures).toEqual([
      { region: 'Asia and the Pacific', items: 2, decided: 1, completion: 0.5, overdueReviews: 1, openViolations: 1, staleGroups: 0 },
      { region: 'South America', items: 0, decided: 0, completion: undefined, overdueReviews: 0, openViolations: 0, staleGroups: 1 },
      { region: '', items: 1, decided: 0, completion: 0, overdueReviews: 1, openViolations: 0, staleGroups: 1 }
    ]);
  });
});
