/** Renders the Access Reviews container with a fake service, a small world of campaigns and items, and the real English strings. */
import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import * as shared from 'GovernanceSuiteStrings';
import * as strings from 'AccessReviewsWebPartStrings';
import type { SoDViolation } from '../../../core/accessReviews';
import type { AccessReviewCampaign, AccessReviewDecision, AccessReviewItem, SoDRule } from '../../../core/models/accessReview';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DirectoryGroup } from '../../../graph/directory/types';
import { AccessReviews } from '../components/AccessReviews';
import type { IAccessReviewsProps } from '../components/IAccessReviewsProps';
import { FakeAccessReviewService, type FakeAccessReviewData } from './fakeAccessReviewService';

export { strings };

export const NOW = new Date('2026-11-23T10:00:00Z');
export const LEAD: PersonRef = { id: 2, title: 'Helena Okafor', email: 'helena@contoso.com' };
export const FALLBACK: PersonRef = { id: 3, title: 'Maria Lopez', email: 'maria@contoso.com' };
export const REVIEWER: PersonRef = { id: 10, title: 'Jonas Weber', email: 'jonas@contoso.com' };

export const FINANCE: DirectoryGroup = { id: 'g-fin', displayName: 'Finance team', isTeam: true, labelIds: [] };

function campaign(id: number, title: string, overrides: Partial<AccessReviewCampaign> = {}): Stored<AccessReviewCampaign> {
  return {
    id, etag: '"1"', title, scopeKind: 'Groups', scope: '{"groupIds":["g-fin"]}', reviewerRule: 'Resource owners', fallbackReviewer: FALLBACK,
    startDate: '2026-11-01', dueDate: '2026-12-31', recurrence: 'One-off', undecidedOutcome: 'Keep', justificationRequired: false, state: 'Active', itemCount: 4, ...overrides
  };
}

function item(id: number, campaignId: number, principalName: string, overrides: Partial<AccessReviewItem> = {}): Stored<AccessReviewItem> {
  return {
    id, etag: '"1"', title: `${principalName} item`, campaign: { id: campaignId }, principalKey: `p-${id}`, principalName, principalEmail: `${principalName.split(' ')[0].toLowerCase()}@contoso.com`,
    principalType: 'User', resourceKey: 'g-fin', resourceName: 'Finance team', resourceType: 'Group', entitlement: 'Member', entitlementKind: 'Member',
    reviewer: REVIEWER, recommendation: 'Keep', ...overrides
  };
}

/** Two active campaigns (the first overdue), four items for the reviewer, one item about the reviewer themselves. */
export function world(): Required<Pick<FakeAccessReviewData, 'campaigns' | 'items' | 'decisions'>> & FakeAccessReviewData {
  const campaigns = [
    campaign(1, 'Q4 finance review', { dueDate: '2026-11-20' }),
    campaign(2, 'Guest access review', { justificationRequired: true })
  ];
  const items = [
    item(101, 1, 'Ann Lee', { principalType: 'Guest', principalEmail: 'ann@partner.example', recommendation: 'Remove', recommendationReasons: '["noSignIn","guestWithoutSponsor"]' }),
    item(102, 1, 'Bob Stone'),
    item(103, 1, 'Carla Diaz', { resourceKey: 'app-pay', resourceName: 'Payroll', resourceType: 'Application', entitlement: 'Approver', entitlementKind: 'App role', recommendation: 'Remove', recommendationReasons: '["disabled"]' }),
    item(201, 2, 'Dan Guest', { resourceName: 'Sales team', principalType: 'Guest', recommendation: 'None', recommendationReasons: '["guest"]' }),
    item(104, 1, 'Jonas Weber', { principalEmail: REVIEWER.email })
  ];
  const decisions: Stored<AccessReviewDecision>[] = [
    { id: 900, etag: '"1"', title: 'self', item: { id: 104 }, campaign: { id: 1 }, decision: 'Keep', author: REVIEWER, created: '2026-11-10T09:00:00Z' }
  ];
  const rule: Stored<SoDRule> = { id: 7, etag: '"1"', title: 'Pay and approve', entitlementA: 'App role:app-pay:Clerk', labelA: 'Payroll clerk', entitlementB: 'App role:app-pay:Approver', labelB: 'Payroll approver', riskStatement: 'One person could pay themselves.', active: true };
  const violation: SoDViolation = { rule, principalKey: 'p-103', principalName: 'Carla Diaz', principalEmail: 'carla@contoso.com', status: 'open', ignoredExceptions: [] };
  return {
    campaigns, items, decisions, rules: [rule], violations: [violation], groups: [FINANCE], people: [FALLBACK, LEAD],
    staleGroups: [{ group: FINANCE, ownerCount: 1, guestCount: 3, guestsWithoutSponsor: 2, linkedRecords: 0, reasons: ['singleOwner', 'guestsWithoutSponsor', 'noInventoryRecord'] }]
  };
}

export function renderAccessReviews(user: PersonRef = REVIEWER, props: Partial<IAccessReviewsProps> = {}, data: FakeAccessReviewData = world()): RenderResult & { service: FakeAccessReviewService } {
  const isLead = user.id === LEAD.id;
  const service = new FakeAccessReviewService({ currentUser: user, isLead, leadIds: [LEAD.id], graphRemovalEnabled: false }, data, NOW);
  const result = render(<AccessReviews service={service} strings={strings} shared={shared} now={() => NOW} locale="en-US" {...props} />);
  return { ...result, service };
}
