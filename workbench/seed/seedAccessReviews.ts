/**
 * Seeds the access reviews (issue 16) the way a tenant would live them, through the production service against the
 * SharePoint and Graph emulators: a lead writes three SoD rules naming the directory's real app roles and the
 * imported system's entitlements; an app-roles campaign ran, was decided by the principals' managers and closed
 * (its remediation list is ready); a quarterly review of a region's groups is half-decided by the group owners and
 * past its due date (the reviewer persona still has overdue items in their Teams queue); a One Identity-style
 * export is under review by named reviewers, one of whom appears in the file (their own items go to the other);
 * one SoD exception holds, one expired.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SoDViolation } from '../../src/core/accessReviews';
import { entitlementKey } from '../../src/core/accessReviews';
import type { AccessReviewDecisionValue, SoDRule } from '../../src/core/models/accessReview';
import type { PersonRef } from '../../src/core/models/common';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { createNodeGraphRequester } from '../../src/graph/client/createNodeGraph';
import { GraphDirectoryReader } from '../../src/graph/directory/GraphDirectoryReader';
import { AccessReviewService } from '../../src/webparts/accessReviews/services/AccessReviewService';
import type { MyReviewRow } from '../../src/webparts/accessReviews/services/IAccessReviewService';
import { DEMO_USERS } from './demoUsers';
import { accessReviewServiceOver } from '../../src/webparts/accessReviews/services/accessReviewServiceOver';

/** The region whose groups are under quarterly review (the reviewer persona's). */
export const SEEDED_REVIEW_REGION = 'Asia and the Pacific';
const SAMPLE = path.join(__dirname, '..', '..', '..', '..', 'workbench', 'samples', 'one-identity-access.csv');

const day = (now: Date, offset: number): string => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

function serviceAs(siteUrl: string, graphBaseUrl: string, login: string): AccessReviewService {
  const sp = createNodeSp(siteUrl, { user: login });
  const reader = new GraphDirectoryReader(createNodeGraphRequester(graphBaseUrl, { user: login }));
  // The service keeps the real clock: SharePoint dates decisions by it, and a campaign closed "at `now`" before its
  // decisions were made would count none of them.
  return accessReviewServiceOver(sp, reader);
}

/** What a careful reviewer answers: the recommendation when there is one, else keep. */
function answerOf(row: MyReviewRow): AccessReviewDecisionValue {
  return row.item.recommendation === 'Remove' ? 'Remove' : 'Keep';
}

/** Each demo user decides `share` of the undecided items in their queue of `campaignId` (all users but `skip`). */
async function decideShare(services: (login: string) => AccessReviewService, campaignId: number, share: number, keepFor: readonly string[]): Promise<number> {
  let decided = 0;
  for (const user of DEMO_USERS) {
    const service = services(user.loginName);
    const rows = (await service.myReviews()).filter((r) => r.campaign.id === campaignId && !r.state.decision);
    // The reviewer persona keeps most of theirs for the Teams demo.
    const count = Math.floor(rows.length * (keepFor.includes(user.loginName) ? 0.45 : share));
    for (const answer of ['Keep', 'Remove'] as const) {
      const chosen = rows.slice(0, count).filter((r) => answerOf(r) === answer);
      if (chosen.length === 0) continue;
      const results = await service.decide(chosen, answer, answer === 'Remove' ? 'No longer needed for the role.' : 'Still needed for current duties.');
      decided += results.filter((r) => r.ok).length;
    }
  }
  return decided;
}

function person(people: ReadonlyMap<string, PersonRef>, alias: string): PersonRef {
  const found = [...people.entries()].find(([login]) => login.includes(`|${alias}@`));
  if (!found) throw new Error(`demo user ${alias} is not seeded`);
  return found[1];
}

export async function seedAccessReviews(
  siteUrl: string,
  graphBaseUrl: string,
  people: ReadonlyMap<string, PersonRef>,
  now: Date,
  log: (line: string) => void
): Promise<number> {
  const cache = new Map<string, AccessReviewService>();
  const services = (login: string): AccessReviewService => {
    const found = cache.get(login) ?? serviceAs(siteUrl, graphBaseUrl, login);
    cache.set(login, found);
    return found;
  };
  const lead = DEMO_USERS.find((u) => u.role === 'lead')?.loginName as string;
  const reviewerPersona = DEMO_USERS.filter((u) => u.role === 'reviewer').map((u) => u.loginName);
  const helena = services(lead);
  const fallback = person(people, 'tomas.lindqvist');
  let failed = 0;

  // SoD rules over the directory's ERP roles and the imported SAP entitlements.
  const apps = await helena.listApps();
  const erp = apps.find((a) => a.displayName.startsWith('Ledger ERP'));
  const roleKey = (name: string): string => entitlementKey('App role', erp?.id ?? '', name);
  const sap = (name: string): string => entitlementKey('Imported', 'SAP ERP (Finance)', name);
  const rules: SoDRule[] = [
    { title: 'Raise and approve requisitions', entitlementA: roleKey('Requisitioner'), labelA: 'Ledger ERP: Requisitioner', entitlementB: roleKey('Requisition Approver'), labelB: 'Ledger ERP: Requisition Approver', riskStatement: 'One person can raise and approve their own purchase requisitions: unauthorised purchases go unchecked.', active: true },
    { title: 'Edit vendors and release payments', entitlementA: roleKey('Vendor Master Editor'), labelA: 'Ledger ERP: Vendor Master Editor', entitlementB: roleKey('Payment Releaser'), labelB: 'Ledger ERP: Payment Releaser', riskStatement: 'One person can create a vendor (or change its bank details) and release payments to it: the classic fictitious-vendor fraud.', active: true },
    { title: 'Approve payments and edit vendor master (SAP)', entitlementA: sap('Payment approver'), labelA: 'SAP ERP (Finance): Payment approver', entitlementB: sap('Vendor master editor'), labelB: 'SAP ERP (Finance): Vendor master editor', riskStatement: 'Held in the on-premises SAP system (One Identity export): payment approval and vendor master changes by the same person.', active: true }
  ];
  if (erp) for (const rule of rules) await helena.saveSoDRule(rule);
  else log('access reviews: the directory has no Ledger ERP app; SoD rules skipped');

  // 1. Enterprise apps: reviewed by managers, decided, closed (remediation list ready).
  const appsCampaign = await helena.createCampaign({
    title: 'Enterprise app roles (finance, biometrics, cases)', description: 'Who holds which role in the ERP, the biometric enrolment app and the case management system.',
    scopeKind: 'AppRoles', scope: JSON.stringify({ appIds: apps.filter((a) => /Ledger|BioEnrol|CaseTrack/.test(a.displayName)).map((a) => a.id) }),
    reviewerRule: 'Manager', fallbackReviewer: fallback, startDate: day(now, -40), dueDate: day(now, -10), recurrence: 'One-off',
    undecidedOutcome: 'Take recommendation', justificationRequired: false
  }, { start: true });
  await decideShare(services, appsCampaign.id, 0.85, []);
  const closing = (await helena.listCampaigns()).find((c) => c.campaign.id === appsCampaign.id)?.campaign;
  if (closing) await helena.closeCampaign(closing.id, closing.etag);

  // 2. The quarterly review of a region's groups, half-decided by the group owners.
  const quarterly = await helena.createCampaign({
    title: `${SEEDED_REVIEW_REGION} groups and Teams (quarterly)`, description: 'Members and owners of the Microsoft 365 groups behind the region\'s inventory records.',
    scopeKind: 'Region', scope: JSON.stringify({ region: SEEDED_REVIEW_REGION }), region: SEEDED_REVIEW_REGION,
    reviewerRule: 'Resource owners', fallbackReviewer: fallback, startDate: day(now, -35), dueDate: day(now, -4), recurrence: 'Quarterly',
    undecidedOutcome: 'Keep', justificationRequired: true
  }, { start: true });
  await decideShare(services, quarterly.id, 0.5, reviewerPersona);

  // 3. Access held in SAP and on-premises AD, from a One Identity export.
  const file = fs.readFileSync(SAMPLE);
  const checked = await helena.checkAccessFile(new Blob([file], { type: 'text/csv' }), 'one-identity-access.csv');
  log(`access reviews: the One Identity export has ${checked.rows.length} valid rows and ${checked.issues.length} reported`);
  const imported = await helena.createCampaign({
    title: 'SAP and file shares (One Identity export)', description: 'Access held outside Microsoft 365, exported from One Identity Manager.',
    scopeKind: 'Imported', scope: JSON.stringify({ fileName: 'one-identity-access.csv' }),
    reviewerRule: 'Named people', namedReviewers: [person(people, 'mei.chen'), person(people, 'isabel.ortega')], fallbackReviewer: fallback,
    startDate: day(now, -3), dueDate: day(now, 27), recurrence: 'Half-yearly', undecidedOutcome: 'Keep', justificationRequired: false
  }, { start: true, importedRows: checked.rows });
  await decideShare(services, imported.id, 0.3, []);

  // Exceptions: a lead accepts one violation with a control; an older exception of another has expired.
  const violations = await helena.sodViolations();
  const vendor = violations.find((v) => v.rule.title.startsWith('Edit vendors'));
  if (vendor) await helena.addException(vendor, 'Every new vendor and bank-detail change is countersigned by the Finance Officer; monthly review of payments to new vendors.', day(now, 90));
  const raiser = violations.find((v) => v.rule.title.startsWith('Raise and approve'));
  if (raiser) failed += await expiredException(siteUrl, lead, raiser, day(now, -5));
  log(`access reviews: 3 campaigns (one closed), ${rules.length} SoD rules, ${violations.length} violations`);
  return failed;
}

/** An exception that has run out (the service refuses to create one in the past; a year-old one looks like this). */
async function expiredException(siteUrl: string, leadLogin: string, violation: SoDViolation, expiresOn: string): Promise<number> {
  const repositories = createRepositories(createNodeSp(siteUrl, { user: leadLogin }));
  const results = await repositories.sodExceptions.createMany([{
    title: `${violation.principalName}: ${violation.rule.title}`.slice(0, 255), rule: { id: violation.rule.id }, principalKey: violation.principalKey,
    principalName: violation.principalName, principalEmail: violation.principalEmail, mitigatingControl: 'Temporary cover during the year-end closing; requisitions spot-checked weekly.', expiresOn
  }]);
  return results.filter((r) => !r.ok).length;
}
