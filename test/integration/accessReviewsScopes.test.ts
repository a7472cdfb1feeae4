/**
 * Access review scopes and reviewer rules against the emulator: Region (groups whose site hosts the region's
 * records) with the inventory custodian as reviewer, app roles with managers, directory roles with named people, and
 * an imported access file (checked, snapshotted, closed) whose remediation list and evidence keep formulas as text.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { ACCESS_REVIEW_DECISIONS_LIST, DATA_ASSETS_LIST } from '../../src/core/schema';
import { XLSX_MIME } from '../../src/data/spreadsheet/writeSpreadsheet';
import { FakeDirectoryReader, fakeGroup, fakeUser } from '../../src/webparts/accessReviews/testing/fakeDirectoryReader';
import { csvRows, draft, rest, reviewService, type ReviewerSession } from './support/accessReviewFixtures';
import { startHarness, type Harness, type UserKey } from './support/harness';

const alice = fakeUser('alice');
const bob = fakeUser('bob');
const erin = fakeUser('erin');
const dora = fakeUser('dora');
const EU_SITE = 'https://contoso.sharepoint.com/sites/eu-registration';
const ASIA_SITE = 'https://contoso.sharepoint.com/sites/asia-registration';

const reader = new FakeDirectoryReader({
  groups: [
    { group: fakeGroup('g-eu', 'EU registration', EU_SITE), owners: [bob], members: [erin, dora] },
    { group: fakeGroup('g-asia', 'Asia registration', ASIA_SITE), owners: [bob], members: [erin] },
    { group: fakeGroup('g-nosite', 'No site'), owners: [], members: [erin] }
  ],
  apps: [{ app: { id: 'app-sap', displayName: 'SAP Concur', appRoles: [{ id: 'r1', displayName: 'Approver' }] }, assignments: [{ principal: erin, role: { id: 'r1', displayName: 'Approver' } }, { principal: dora, role: { id: 'r1', displayName: 'Approver' } }] }],
  roles: [{ role: { id: 'role-ga', displayName: 'Global Administrator' }, members: [alice, bob] }],
  managers: { 'user-erin': bob }
});

describe('access review scopes and reviewer rules', () => {
  let h: Harness;
  const as = (user: UserKey): ReviewerSession => reviewService(h, user, reader);
  const asset = (title: string, url: string, region: string, extra: Partial<DataAsset> = {}): DataAsset =>
    ({ title, containsPersonalData: true, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', region, locationUrl: { url }, ...extra });

  before(async () => {
    h = await startHarness();
    await h.provision();
    const assets = h.repository(DATA_ASSETS_LIST);
    await assets.create(asset('EU caseload', `${EU_SITE}/Lists/Cases`, 'Europe', { custodian: h.people.alice, declaredSensitivity: 'Confidential' }));
    await assets.create(asset('Asia caseload', `${ASIA_SITE}/Lists/Cases`, 'Asia'));
  });
  after(() => h.close());

  it('Region: only the groups whose site hosts a record of the region; the record\'s custodian reviews', async () => {
    const { service, repositories } = as('lead');
    const c = await service.createCampaign(draft('Europe', { kind: 'Region', region: 'Europe' }, h.people.lead, { reviewerRule: 'Inventory custodian', region: 'Europe' }), { start: true });
    const items = (await service.campaignDetail(c.id)).reviewed.map((r) => r.item);
    assert.deepEqual(items.map((i) => `${i.resourceKey}:${i.principalKey}:${i.entitlementKind}`).sort(), ['g-eu:user-bob:Owner', 'g-eu:user-dora:Member', 'g-eu:user-erin:Member']);
    assert.ok(items.every((i) => i.reviewer?.id === h.people.alice.id && i.routedToFallback === false));
    assert.equal((await repositories.accessReviewCampaigns.getById(c.id)).itemCount, 3);
  });

  it('AppRoles with the Manager rule: a manager reviews, a principal without one goes to the fallback', async () => {
    const { service } = as('lead');
    const c = await service.createCampaign(draft('SAP roles', { kind: 'AppRoles', appIds: ['app-sap'] }, h.people.lead, { reviewerRule: 'Manager' }), { start: true });
    const items = (await service.campaignDetail(c.id)).reviewed.map((r) => r.item);
    const erinItem = items.find((i) => i.principalKey === 'user-erin');
    assert.equal(erinItem?.entitlementKind, 'App role');
    assert.equal(erinItem?.entitlement, 'Approver');
    assert.equal(erinItem?.reviewer?.id, h.people.bob.id);
    assert.equal(items.find((i) => i.principalKey === 'user-dora')?.routedToFallback, true);
  });

  it('DirectoryRoles with named people: a named reviewer never reviews their own role', async () => {
    const { service } = as('lead');
    const c = await service.createCampaign(draft('Admins', { kind: 'DirectoryRoles', roleIds: ['role-ga'] }, h.people.lead, { reviewerRule: 'Named people', namedReviewers: [h.people.alice, h.people.bob] }), { start: true });
    const items = (await service.campaignDetail(c.id)).reviewed.map((r) => r.item);
    assert.equal(items.find((i) => i.principalKey === 'user-alice')?.reviewer?.id, h.people.bob.id);
    assert.equal(items.find((i) => i.principalKey === 'user-bob')?.reviewer?.id, h.people.alice.id);
    assert.ok(items.every((i) => i.routedToFallback === false));
  });

  it('an imported access file: checked, snapshotted, closed; remediation and evidence keep formulas as text', async () => {
    const { service } = as('lead');
    const csv = 'Account,System,Role,LastLogon,Type\r\nerin@governance.test,SAP ECC,Approver,2020-01-01,User\r\nsvc-batch,SAP ECC,Batch,,Service principal\r\n=1+1,SAP ECC,Admin,,User\r\nghost@governance.test,SAP ECC,Viewer,,User\r\n';
    const checked = await service.checkAccessFile(new Blob([csv], { type: 'text/csv' }), 'sap.csv');
    assert.equal(checked.problem, undefined);
    assert.deepEqual(checked.rows.map((r) => r.principal), ['erin@governance.test', 'svc-batch', '=1+1']);
    assert.deepEqual(checked.issues.map((i) => i.code), ['unknownPrincipal']);
    const c = await service.createCampaign(draft('SAP ECC', { kind: 'Imported', fileName: 'sap.csv' }, h.people.lead, { reviewerRule: 'Named people', namedReviewers: [h.people.alice, h.people.bob], undecidedOutcome: 'Take recommendation' }), { start: true, importedRows: checked.rows });
    const reviewed = (await service.campaignDetail(c.id)).reviewed;
    const erinItem = reviewed.find((r) => r.item.principalKey === 'erin@governance.test')?.item;
    assert.equal(erinItem?.resourceType, 'External');
    assert.equal(erinItem?.entitlementKind, 'Imported');
    assert.equal(erinItem?.recommendation, 'Remove', 'no sign-in since 2020');
    assert.equal(erinItem?.principalName, 'erin', 'the directory\'s name for the file\'s account');
    const formula = reviewed.find((r) => r.item.principalKey === '=1+1')?.item;
    const svc = reviewed.find((r) => r.item.principalKey === 'svc-batch')?.item;
    // Bob forges a decision on an item alice reviews; it shows in the evidence as not counted.
    const aliceItem = [formula, svc].find((i) => i?.reviewer?.id === h.people.alice.id);
    await rest(h, 'bob', 'POST', `web/lists/getbytitle('${ACCESS_REVIEW_DECISIONS_LIST.title}')/items`, { Title: 'Forged', ItemId: aliceItem?.id, CampaignId: c.id, Decision: 'Keep', Justification: 'x' });
    const formulaRow = (await as(formula?.reviewer?.id === h.people.alice.id ? 'alice' : 'bob').service.myReviews()).find((r) => r.item.id === formula?.id);
    assert.ok(formulaRow);
    await as(formula?.reviewer?.id === h.people.alice.id ? 'alice' : 'bob').service.decide([formulaRow], 'Remove', '=HYPERLINK("http://x")');
    await service.closeCampaign(c.id, (await service.campaignDetail(c.id)).campaign.etag);

    const removals = await csvRows(await service.remediationFile(c.id, 'csv'));
    assert.deepEqual(removals.map((r) => r.PrincipalKey).sort(), ["'=1+1", 'erin@governance.test']);
    assert.equal(removals.find((r) => r.PrincipalKey === "'=1+1")?.Justification, '\'=HYPERLINK("http://x")');
    const xlsx = await service.remediationFile(c.id, 'xlsx');
    assert.equal(xlsx.type, XLSX_MIME);
    assert.ok(xlsx.size > 0);

    const applied = await service.markApplied(reviewed.filter((r) => r.item.principalKey !== 'svc-batch').map((r) => r.item), '2026-12-01');
    assert.ok(applied.every((r) => r.ok));
    const evidence = await csvRows(await service.evidenceCsv(c.id));
    assert.equal(evidence.length, 3);
    assert.match(evidence.find((e) => e.ItemId === String(aliceItem?.id))?.NotCounted ?? '', /Bob Requester: Keep .*\(notEligible\)/);
    assert.ok(evidence.find((e) => e.ItemId === String(formula?.id))?.AppliedOn.startsWith('2026-12-01'));

    // The Manager rule finds the manager of a file's account the directory knows by e-mail; others go to the fallback.
    const managed = await service.createCampaign(draft('SAP ECC by manager', { kind: 'Imported', fileName: 'sap.csv' }, h.people.lead, { reviewerRule: 'Manager' }), { start: true, importedRows: checked.rows });
    const byManager = (await service.campaignDetail(managed.id)).reviewed.map((r) => r.item);
    assert.equal(byManager.find((i) => i.principalKey === 'erin@governance.test')?.reviewer?.id, h.people.bob.id);
    assert.ok(byManager.filter((i) => i.principalKey !== 'erin@governance.test').every((i) => i.routedToFallback === true));
  });
});
