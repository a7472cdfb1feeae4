/**
 * The seeded workbench's access reviews, end to end through the production service, the Graph directory reader and
 * both emulators (issue 16 "Done when"): the reviewer persona's queue in the quarterly review of a region's groups,
 * their own memberships routed to the fallback, the closed campaign's remediation list, SoD violations with a lead's
 * exception and an expired one, and the scorecard's figures per region.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { entitlementKey } from '../../src/core/accessReviews';
import { isPrincipal } from '../../src/core/decisions';
import { GOVERNANCE_LEADS_GROUP } from '../../src/core/roles';
import { loadAccessFigures } from '../../src/data/accessReviews/accessFigures';
import { SiteDirectory } from '../../src/data/people/siteDirectory';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { createNodeGraphRequester } from '../../src/graph/client/createNodeGraph';
import { GraphDirectoryReader } from '../../src/graph/directory/GraphDirectoryReader';
import { AccessReviewService } from '../../src/webparts/accessReviews/services/AccessReviewService';
import { startEmulator, type EmulatorHandle } from '../../workbench/emulator';
import { mountGraphEmulator, type GraphEmulatorHandle } from '../../workbench/graph';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { SEEDED_REVIEW_REGION } from '../../workbench/seed/seedAccessReviews';
import { seedWorkbench } from '../../workbench/seed/seedWorkbench';
import { accessReviewServiceOver } from '../../src/webparts/accessReviews/services/accessReviewServiceOver';

const NOW = new Date('2026-11-23T12:00:00Z');
const lead = DEMO_USERS.find((u) => u.role === 'lead')?.loginName as string;
const reviewer = DEMO_USERS.find((u) => u.role === 'reviewer') ?? assert.fail('no reviewer persona');

describe('access reviews in the seeded workbench', () => {
  let emulator: EmulatorHandle;
  let graph: GraphEmulatorHandle;
  const serviceAs = (login: string): AccessReviewService => {
    const sp = createNodeSp(emulator.siteUrl, { user: login });
    const reader = new GraphDirectoryReader(createNodeGraphRequester(graph.baseUrl, { user: login }));
    return accessReviewServiceOver(sp, reader, { options: { clock: () => NOW } });
  };

  before(async () => {
    emulator = await startEmulator({ port: 0, dbPath: ':memory:' });
    graph = mountGraphEmulator(emulator);
    const summary = await seedWorkbench(emulator, { assetCount: 400, now: NOW, graphBaseUrl: graph.baseUrl });
    assert.equal(summary.failedRows, 0);
  });
  after(() => emulator.close());

  it('gives the reviewer persona a half-decided queue in the region\'s quarterly review, and their own access to the fallback', async () => {
    const rows = await serviceAs(reviewer.loginName).myReviews();
    const quarterly = rows.filter((r) => r.campaign.region === SEEDED_REVIEW_REGION);
    const open = quarterly.filter((r) => !r.state.decision);
    assert.ok(open.length >= 5, `${open.length} open items`);
    assert.ok(quarterly.length - open.length >= 3, 'some already decided');
    assert.ok(quarterly.every((r) => !isPrincipal({ id: 0, title: '', email: reviewer.email }, r.item.principalEmail)), 'never asked to review their own access');

    const detail = await serviceAs(lead).campaignDetail(quarterly[0].campaign.id);
    const own = detail.reviewed.filter((r) => r.item.principalEmail === reviewer.email);
    assert.ok(own.length > 0, 'the reviewer is a member of the groups they own');
    // Another owner of the group reviews them, or (where she is the only owner) the fallback.
    for (const r of own) assert.notEqual(r.item.reviewer?.email, reviewer.email);
    const routed = own.filter((r) => r.item.routedToFallback === true);
    assert.ok(routed.length > 0, 'a group she alone owns sends her membership to the fallback');
    for (const r of routed) assert.equal(r.item.reviewer?.id, detail.campaign.fallbackReviewer.id);
    assert.ok(detail.progress.completion > 0.2 && detail.progress.completion < 0.8, `completion ${detail.progress.completion}`);

    // Deciding one more in the reviewer's own name counts.
    const [next] = open;
    const [result] = await serviceAs(reviewer.loginName).decide([next], 'Keep', 'Works in the team.');
    assert.equal(result.ok, true);
    const after = (await serviceAs(reviewer.loginName).myReviews()).find((r) => r.item.id === next.item.id);
    assert.equal(after?.state.decision?.decision, 'Keep');
  });

  it('has a closed campaign whose remediation list holds its removals', async () => {
    const lead1 = serviceAs(lead);
    const closed = (await lead1.listCampaigns()).find((c) => c.campaign.state === 'Closed');
    assert.ok(closed, 'a closed campaign');
    assert.ok((closed.progress?.decided ?? 0) > closed.campaign.itemCount! / 2, 'the reviewers\' decisions were made before it closed, so they count');
    const csv = await (await lead1.remediationFile(closed.campaign.id, 'csv')).text();
    const lines = csv.trim().split(/\r?\n/);
    assert.match(lines[0], /^Action,PrincipalKey,PrincipalName/);
    assert.equal(lines.length - 1, closed.progress?.toRemove, 'one line per removal');
    assert.ok(lines.length > 2);
  });

  it('finds the planted SoD violations: one excepted by a lead, one whose exception expired, one in the imported system', async () => {
    const violations = await serviceAs(lead).sodViolations();
    const byRule = (prefix: string): typeof violations => violations.filter((v) => v.rule.title.startsWith(prefix));
    assert.equal(byRule('Edit vendors')[0]?.status, 'excepted');
    const raise = byRule('Raise and approve')[0];
    assert.equal(raise?.status, 'open');
    assert.equal(raise?.ignoredExceptions[0]?.reason, 'expired');
    assert.ok(byRule('Approve payments').some((v) => v.principalKey === 'isabel.ortega@governance.example.org' && v.status === 'open'));
  });

  it('finds a conflict between a directory role and an app role that no campaign snapshotted, from live directory reads', async () => {
    const reader = new GraphDirectoryReader(createNodeGraphRequester(graph.baseUrl, { user: lead }));
    const roles = await reader.roleAccess((await reader.listDirectoryRoles()).map((r) => r.id));
    const apps = await reader.appAccess((await reader.listApps()).map((a) => a.id));
    const pair = roles.flatMap(({ role, members }) => members.flatMap((m) => apps.flatMap(({ app, assignments }) =>
      assignments.filter((a) => a.principal.id === m.id).map((a) => ({ role, app, appRole: a.role, principal: m })))))[0];
    assert.ok(pair, 'the emulated directory has someone holding a directory role and an app role');
    const service = serviceAs(lead);
    const rule = await service.saveSoDRule({
      title: 'Administer the directory and hold a business role', entitlementA: entitlementKey('Directory role', pair.role.id, pair.role.displayName), labelA: pair.role.displayName,
      entitlementB: entitlementKey('App role', pair.app.id, pair.appRole.displayName), labelB: `${pair.app.displayName}: ${pair.appRole.displayName}`,
      riskStatement: 'An administrator can grant themselves what the business role controls.', active: true
    });
    const found = (await service.sodViolations()).filter((v) => v.rule.id === rule.id);
    assert.ok(found.some((v) => v.principalKey === pair.principal.id && v.status === 'open'), JSON.stringify(found.map((v) => v.principalName)));
  });

  it('feeds the scorecard\'s access figures per region', async () => {
    const sp = createNodeSp(emulator.siteUrl, { user: lead });
    const leads = await new SiteDirectory(sp).groupMemberIds(GOVERNANCE_LEADS_GROUP);
    const figures = await loadAccessFigures(createRepositories(sp), new GraphDirectoryReader(createNodeGraphRequester(graph.baseUrl, { user: lead })), leads, NOW);
    const region = figures.regions.find((r) => r.region === SEEDED_REVIEW_REGION);
    assert.ok(region && region.items > 0 && region.completion !== undefined && region.completion > 0 && region.completion < 1, JSON.stringify(region));
    const total = (key: 'openViolations' | 'staleGroups'): number => figures.regions.reduce((n, r) => n + r[key], 0);
    assert.ok(total('openViolations') >= 2, `open violations ${total('openViolations')}`);
    assert.ok(total('staleGroups') > 0);
    assert.ok(region.overdueReviews > 0, 'the quarterly review is past due with undecided items');
    assert.ok(figures.regions.filter((r) => r.region !== '').reduce((n, r) => n + r.staleGroups, 0) > total('staleGroups') / 2, 'most stale groups have a region');
    assert.equal(figures.details.filter((d) => d.figure === 'openViolations').length, total('openViolations'));
  });
});
