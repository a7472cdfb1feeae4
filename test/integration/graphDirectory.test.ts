import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import type { GraphRequester } from '../../src/graph/client/types';
import { GraphDirectoryReader } from '../../src/graph/directory/GraphDirectoryReader';
import { assignmentOf, toPrincipal } from '../../src/graph/directory/mapping';
import { nextLinkPath } from '../../src/graph/directory/paging';
import type { DirectoryPrincipal } from '../../src/graph/directory/types';
import { directoryWorld, EmulatedDirectory, groupIdOfSite, GraphWorld } from '../../workbench/graph';
import { demoLocationUrl } from '../../workbench/seed/demoLocations';
import { startGraphHarness, type GraphHarness } from './support/graphHarness';

const NOW = new Date();
const topLevel = (log: readonly string[]): string[] => log.filter((l) => !l.startsWith('batch: '));

describe('Directory reads for access reviews through the Graph client v3 against the emulator', () => {
  let h: GraphHarness;
  before(async () => { h = await startGraphHarness(); });
  beforeEach(() => { h.graph.faults.clear(); h.graph.directory.signInActivityForbidden = false; h.graph.directory.leaveDateForbidden = false; });
  after(() => h.close());

  const reader = (pageSize = 999): GraphDirectoryReader => new GraphDirectoryReader(h.requester, { pageSize, now: () => NOW, maxRetryAfterSeconds: 2 });

  it('lists every Microsoft 365 group over several pages, with its site, Team flag and labels; not the security group', async () => {
    const world = h.graph.directory.world;
    const groups = await reader(7).listGroups();
    const expected = world.groups.filter((g) => g.unified);
    assert.ok(expected.length >= 50, 'the emulated tenant has about 60 groups');
    assert.deepEqual(groups.map((g) => g.id).sort(), expected.map((g) => g.id).sort());
    const pages = topLevel(h.graph.faults.served.log).filter((l) => l.startsWith('GET /groups?'));
    assert.equal(pages.length, Math.ceil(expected.length / 7), 'one request per page of 7');
    assert.ok(pages.slice(1).every((l) => l.includes('$skiptoken=')), 'later pages follow @odata.nextLink');
    assert.ok(!groups.some((g) => g.displayName === 'Identity Operators'));
    for (const g of groups) assert.equal(g.siteUrl, expected.find((e) => e.id === g.id)?.siteUrl, `${g.displayName} has its site`);
    assert.ok(groups.some((g) => g.isTeam) && groups.some((g) => !g.isTeam));
    assert.ok(groups.filter((g) => g.labelIds.length === 1).length > groups.length / 2, 'most groups carry a container label');
  });

  it('finds groups by name prefix, case-insensitively, with quotes escaped in the filter', async () => {
    const dtm = await reader().listGroups('dtm');
    assert.ok(dtm.length > 0 && dtm.every((g) => g.displayName.startsWith('DTM ')));
    assert.deepEqual(await reader().listGroups("O'Brien"), []);
    assert.ok(h.graph.faults.served.log.some((l) => l.includes("startswith(displayName,'O''Brien')")), 'the quote was doubled');
  });

  it('reads owners and members of every group in $batches of 20, with guests, disabled and departed people mapped', async () => {
    const world = h.graph.directory.world;
    const directoryReader = reader();
    const groups = await directoryReader.listGroups();
    h.graph.faults.clear();
    const progress: [number, number][] = [];
    const access = await directoryReader.groupAccess([...groups.map((g) => g.id), '00000000-0000-4000-8000-000000000001'], (done, total) => progress.push([done, total]));
    const n = groups.length;
    assert.deepEqual(topLevel(h.graph.faults.served.log).filter((l) => !l.startsWith('POST /$batch')), [], 'no read outside $batch (the unknown group was not listed, so it is read in a batch)');
    assert.equal(access.length, n, 'the unknown id is skipped');
    assert.deepEqual(progress[progress.length - 1], [n, n]);
    for (const a of access) {
      const planned = world.groups.find((g) => g.id === a.group.id);
      assert.deepEqual(a.owners.map((o) => o.id).sort(), [...(planned?.ownerIds ?? [])].sort(), `owners of ${a.group.displayName}`);
      assert.deepEqual(a.members.map((m) => m.id).sort(), [...(planned?.memberIds ?? [])].sort(), `members of ${a.group.displayName}`);
    }
    assert.equal(access.filter((a) => a.owners.length === 0).length, 6, 'six groups have no owner');
    assert.equal(access.filter((a) => a.owners.length === 1).length, 10, 'ten have a single owner');
    const everyone = new Map<string, DirectoryPrincipal>(access.flatMap((a) => [...a.owners, ...a.members]).map((p) => [p.id, p]));
    const guests = [...everyone.values()].filter((p) => p.type === 'Guest');
    // Owners and members: 2 reads a group; one batch for the unlisted id's details; then one round of user details
    // (15 users a read) and guests' sponsors. Nothing read one by one.
    const bound = Math.ceil((n * 2) / 20) + 1 + Math.ceil((Math.ceil(everyone.size / 15) + guests.length) / 20);
    assert.ok(h.graph.faults.served.batches <= bound, `${h.graph.faults.served.batches} batches for ${n} groups (at most ${bound})`);
    assert.ok(bound <= Math.ceil((n * 2) / 20) + 4);
    assert.ok(access.filter((a) => a.members.some((m) => m.type === 'Guest')).length === 15, 'fifteen groups let guests in');
    assert.ok(guests.every((g) => /@(partner|ngo)\.example$/.test(g.email ?? '')), 'a guest is matched by their home address, not the #EXT# UPN');
    assert.ok(guests.every((g) => typeof g.sponsorCount === 'number'));
    for (const g of guests) assert.equal(g.sponsorCount, world.users.find((u) => u.id === g.id)?.sponsorIds.length);
    for (const p of everyone.values()) {
      const planned = world.users.find((u) => u.id === p.id);
      assert.equal(p.accountEnabled, planned?.accountEnabled, `${p.displayName} enabled as in the directory`);
      assert.equal(p.lastSignIn, planned?.lastSignIn, `${p.displayName} last sign-in`);
      const left = planned?.employeeLeaveDateTime !== undefined && Date.parse(planned.employeeLeaveDateTime) < NOW.getTime();
      assert.equal(p.leftOrganisation === true, left, `${p.displayName} left or not`);
      assert.equal(p.region, planned?.officeLocation);
    }
    assert.ok([...everyone.values()].some((p) => p.accountEnabled === false), 'some members are disabled');
    assert.ok([...everyone.values()].some((p) => p.lastSignIn !== undefined && Date.parse(p.lastSignIn) < NOW.getTime() - 90 * 86_400_000), 'some have not signed in for 90 days');
  });

  it('a 429 with Retry-After inside a batch is retried alone and the read still succeeds', async () => {
    const directoryReader = reader();
    const groups = (await directoryReader.listGroups()).slice(0, 12);
    h.graph.faults.clear();
    h.graph.faults.inject({ status: 429, count: 1, retryAfterSeconds: 1, inBatch: true, pathContains: `/groups/${groups[3].id}/members` });
    const started = Date.now();
    const access = await directoryReader.groupAccess(groups.map((g) => g.id));
    assert.equal(access.length, 12);
    assert.ok(access[3].members.length > 0, 'the throttled group has its members');
    const log = h.graph.faults.served.log;
    assert.equal(log.filter((l) => l.includes(`/groups/${groups[3].id}/members`)).length, 2, 'sent again once');
    assert.equal(log.filter((l) => l.includes(`/groups/${groups[4].id}/members`)).length, 1, 'its neighbours once');
    assert.equal(h.graph.faults.served.faulted, 1);
    assert.ok(Date.now() - started >= 950, 'the retry waited for Retry-After');
  });

  it('a throttled page of the group list (503) is retried by the client and the list is complete', async () => {
    h.graph.faults.inject({ status: 503, count: 1, retryAfterSeconds: 0, inBatch: false, pathContains: '$skiptoken=' });
    const groups = await reader(20).listGroups();
    assert.equal(groups.length, h.graph.directory.world.groups.filter((g) => g.unified).length);
    assert.equal(h.graph.faults.served.faulted, 1);
  });

  it('gives each user their manager, and none (404 from Graph) where none is recorded or the user is unknown', async () => {
    const ids = ['jonas.weber@governance.example.org', 'helena.okafor@governance.example.org', 'nobody@governance.example.org'];
    const managers = await reader().managers(ids);
    assert.equal(managers.get(ids[0])?.displayName, 'Helena Okafor');
    assert.equal(managers.get(ids[0])?.email, 'helena.okafor@governance.example.org');
    assert.ok(managers.has(ids[1]) && managers.get(ids[1]) === undefined, 'a lead has no manager');
    assert.ok(managers.has(ids[2]) && managers.get(ids[2]) === undefined);
    assert.equal(managers.get(ids[0])?.leftOrganisation, false, 'the manager\'s own details were read');
    assert.equal(h.graph.faults.served.batches, 2, 'one batch of manager reads, one of their details');
  });

  it('finds users by e-mail or UPN (case-insensitive, quotes escaped); unknown addresses are absent', async () => {
    const world = h.graph.directory.world;
    const guest = world.users.find((u) => u.userType === 'Guest' && u.sponsorIds.length === 0);
    assert.ok(guest !== undefined);
    const wanted = ['Katarina.Novak@governance.example.org', "noor.d'costa@governance.example.org", guest.mail, 'ghost@partner.example', 'alice.moreau@governance.test'];
    const found = await reader().usersByEmail(wanted);
    assert.deepEqual([...found.keys()].sort(), ['alice.moreau@governance.test', guest.mail, 'katarina.novak@governance.example.org', "noor.d'costa@governance.example.org"].sort());
    assert.equal(found.get('katarina.novak@governance.example.org')?.region, 'European Economic Area');
    assert.equal(found.get("noor.d'costa@governance.example.org")?.displayName, "Noor D'Costa");
    const g = found.get(guest.mail);
    assert.equal(g?.type, 'Guest');
    assert.equal(g?.sponsorCount, 0, 'a guest nobody sponsors');
    assert.equal(found.get('katarina.novak@governance.example.org')?.lastSignIn, world.users.find((u) => u.mail === 'katarina.novak@governance.example.org')?.lastSignIn);
  });

  it('without AuditLog.Read.All (403 on signInActivity) reads users again without it instead of failing', async () => {
    h.graph.directory.signInActivityForbidden = true;
    const directoryReader = reader();
    const found = await directoryReader.usersByEmail(['jonas.weber@governance.example.org', 'mei.chen@governance.example.org']);
    assert.equal(found.size, 2);
    assert.ok([...found.values()].every((p) => p.lastSignIn === undefined && p.accountEnabled === true));
    const log = h.graph.faults.served.log;
    assert.ok(log.some((l) => l.includes('signInActivity')) && log.some((l) => l.includes('/users?') && !l.includes('signInActivity') && l.includes('employeeLeaveDateTime')), 'asked, refused, asked again without it (still with the leave date)');
    const groups = await directoryReader.listGroups('DTM');
    h.graph.faults.clear();
    const access = await directoryReader.groupAccess(groups.map((g) => g.id));
    assert.ok(access.every((a) => a.members.every((m) => m.lastSignIn === undefined)));
    assert.ok(!h.graph.faults.served.log.some((l) => l.includes('signInActivity')), 'the reader stopped asking for it');
  });

  it('when the leave date is refused too, reads users with neither, and says nothing about who left', async () => {
    h.graph.directory.signInActivityForbidden = true;
    h.graph.directory.leaveDateForbidden = true;
    const directoryReader = reader();
    const found = await directoryReader.usersByEmail(['jonas.weber@governance.example.org']);
    const jonas = found.get('jonas.weber@governance.example.org');
    assert.equal(jonas?.displayName, 'Jonas Weber');
    assert.equal(jonas?.leftOrganisation, undefined, 'unknown, not "stayed"');
    assert.equal(h.graph.faults.served.log.filter((l) => l.includes('/users?')).length, 3, 'full, without sign-in, without either');
    h.graph.faults.clear();
    await directoryReader.managers(['jonas.weber@governance.example.org']);
    assert.ok(!h.graph.faults.served.log.some((l) => /signInActivity|employeeLeaveDateTime/.test(l)), 'neither asked again');
  });

  it('reads enterprise apps and who holds which app role: users, guests, groups and service principals', async () => {
    const directoryReader = reader();
    const apps = await directoryReader.listApps();
    assert.deepEqual(apps.map((a) => a.displayName).sort(), ['BioEnrol Biometric Registration', 'CaseTrack Case Management', 'DocVault Document Management', 'Insight BI Platform', 'Ledger ERP Finance']);
    const access = await directoryReader.appAccess(apps.map((a) => a.id), () => undefined);
    const erp = access.find((a) => a.app.displayName === 'Ledger ERP Finance');
    assert.ok(erp !== undefined);
    const rolesOf = (id: string): string[] => erp.assignments.filter((x) => x.principal.id === id).map((x) => x.role.displayName).sort();
    const both = erp.assignments.filter((x) => x.role.displayName === 'Requisitioner').map((x) => x.principal.id).filter((id) => rolesOf(id).includes('Requisition Approver'));
    assert.equal(both.length >= 1, true, 'someone raises and approves requisitions');
    assert.ok(erp.assignments.some((x) => x.principal.type === 'Service principal' && x.role.displayName === 'Payment Releaser'));
    const all = access.flatMap((a) => a.assignments);
    assert.ok(all.some((x) => x.principal.type === 'Group' && x.principal.displayName === 'Identity Operators'));
    assert.ok(all.some((x) => x.principal.type === 'Guest'), 'a guest holds an app role');
    assert.ok(all.some((x) => x.role.displayName === 'Default Access'), "Graph's all-zero role id is Default Access");
    assert.ok(all.filter((x) => x.principal.type === 'User').every((x) => x.principal.email !== undefined && x.principal.accountEnabled !== undefined), 'assignees completed with their details');
  });

  it('reads directory roles and their members, including a group and a service principal', async () => {
    const directoryReader = reader();
    const roles = await directoryReader.listDirectoryRoles();
    assert.deepEqual(roles.map((r) => r.displayName).sort(), ['Global Administrator', 'SharePoint Administrator', 'Teams Administrator', 'User Administrator']);
    const access = await directoryReader.roleAccess(roles.map((r) => r.id));
    const members = (name: string): readonly DirectoryPrincipal[] => access.find((a) => a.role.displayName === name)?.members ?? [];
    assert.ok(members('Global Administrator').some((m) => m.displayName === 'Workbench Admin'));
    assert.ok(members('Global Administrator').some((m) => m.accountEnabled === false), 'a disabled account still holds Global Administrator');
    assert.ok(members('User Administrator').some((m) => m.type === 'Group'));
    assert.ok(members('Teams Administrator').some((m) => m.type === 'Service principal'));
  });

  it('refuses a next-page link to another host, and never calls it', async () => {
    const calls: string[] = [];
    const tampering: GraphRequester = {
      ...h.requester,
      get: async <T>(path: string): Promise<T> => {
        calls.push(path);
        const body = await h.requester.get<Record<string, unknown>>(path);
        const link = body['@odata.nextLink'];
        return (typeof link === 'string' ? { ...body, '@odata.nextLink': link.replace('https://graph.microsoft.com', 'https://graph.attacker.example') } : body) as T;
      }
    };
    await assert.rejects(new GraphDirectoryReader(tampering, { pageSize: 5 }).listGroups(), (e: unknown) => isGovernanceError(e) && /graph\.attacker\.example.*not Microsoft Graph/.test(e.message));
    assert.equal(calls.length, 1, 'only the first page was read');
    assert.throws(() => nextLinkPath('http://graph.microsoft.com/v1.0/groups'), /not Microsoft Graph/);
    assert.throws(() => nextLinkPath('https://graph.microsoft.com/beta/groups'), /another API version/);
    assert.equal(nextLinkPath('https://graph.microsoft.com/v1.0/groups?$skiptoken=abc'), '/groups?$skiptoken=abc');
  });

  it('skips objects without an id or name, and refuses an answer that is not a list', async () => {
    const fake = (groups: unknown): GraphRequester => ({
      ...h.requester,
      get: async <T>(): Promise<T> => groups as T,
      batch: async (requests) => requests.map((r) => ({ id: r.id, status: 404, headers: {}, body: { error: { code: 'itemNotFound', message: 'none' } } }))
    });
    const listed = await new GraphDirectoryReader(fake({ value: [{ id: 'a' }, { displayName: 'No id' }, null, { id: 'b', displayName: 'Kept' }] })).listGroups();
    assert.deepEqual(listed.map((g) => [g.id, g.displayName, g.siteUrl]), [['b', 'Kept', undefined]]);
    await assert.rejects(new GraphDirectoryReader(fake({ value: 'oops' })).listGroups(), (e: unknown) => isGovernanceError(e) && /without a list of results/.test(e.message));
    await assert.rejects(new GraphDirectoryReader(fake({ value: { id: 'x' } })).listDirectoryRoles(), (e: unknown) => isGovernanceError(e, 'Unknown'));
  });
});

describe('Directory objects as a review shows them', () => {
  const now = new Date('2026-06-01T00:00:00Z');

  it('maps users, guests, groups and service principals; devices and nameless objects are left out', () => {
    const user = { '@odata.type': '#microsoft.graph.user', id: 'u', displayName: 'Ann', userPrincipalName: 'ann@x.example', mail: null, accountEnabled: false, userType: 'Member', employeeLeaveDateTime: '2026-05-31T00:00:00Z', signInActivity: { lastSignInDateTime: '2025-01-02T03:04:05Z' } };
    assert.deepEqual(toPrincipal(user, now), {
      id: 'u', displayName: 'Ann', type: 'User', email: 'ann@x.example', accountEnabled: false, lastSignIn: '2025-01-02T03:04:05Z', department: undefined, region: undefined, leftOrganisation: true
    });
    assert.equal(toPrincipal({ ...user, employeeLeaveDateTime: '2026-07-01T00:00:00Z' }, now)?.leftOrganisation, false, 'a leave date ahead is not gone yet');
    assert.equal(toPrincipal({ ...user, employeeLeaveDateTime: null }, now)?.leftOrganisation, false);
    assert.equal(toPrincipal({ id: 'u', displayName: 'Ann' }, now)?.leftOrganisation, undefined, 'not read: unknown');
    assert.equal(toPrincipal({ ...user, userType: 'Guest', mail: 'ann@home.example' }, now)?.type, 'Guest');
    assert.equal(toPrincipal({ ...user, userType: 'Guest', mail: 'ann@home.example' }, now)?.email, 'ann@home.example');
    assert.equal(toPrincipal({ '@odata.type': '#microsoft.graph.group', id: 'g', displayName: 'Team' }, now)?.type, 'Group');
    assert.equal(toPrincipal({ '@odata.type': '#microsoft.graph.servicePrincipal', id: 's', displayName: 'App' }, now)?.type, 'Service principal');
    assert.equal(toPrincipal({ id: 's', displayName: 'App' }, now, 'ServicePrincipal')?.type, 'Service principal');
    assert.equal(toPrincipal({ '@odata.type': '#microsoft.graph.device', id: 'd', displayName: 'Laptop' }, now), undefined);
    assert.equal(toPrincipal({ id: 'x', displayName: '  ' }, now), undefined);
    assert.equal(toPrincipal('not an object', now), undefined);
    assert.deepEqual(assignmentOf({ principalId: 'p', principalType: 'Group', appRoleId: 'r', principalDisplayName: 'Ops' }), { principalId: 'p', kind: 'Group', appRoleId: 'r', displayName: 'Ops' });
    assert.equal(assignmentOf({ principalId: 'p', principalType: 'Device', appRoleId: 'r' }), undefined);
  });
});

describe('The emulated directory behind the seeded records', () => {
  // Records as the seed places them: files, libraries and pages on /sites/{mission}-{domain}.
  const records = ['BGD', 'AFG', 'KEN', 'SOM', 'COL', 'PER', 'UKR', 'JOR', 'NGA', 'ZAF', 'HQ'].flatMap((code) => ['displacement-tracking', 'counter-trafficking', 'finance']
    .map((domain, i) => demoLocationUrl(`${code}-${i}`, `${code.toLowerCase()}-${domain}`, `Dataset ${i}`, 'SharePoint Online', undefined)));
  const siteOf = (url: string): string | undefined => /^(https:\/\/contoso\.sharepoint\.com\/sites\/[^/]+)/.exec(url)?.[1];

  it('gives groups to the sites the records live on, with the ids the label world gives those sites', () => {
    const world = directoryWorld({ siteUrls: records });
    const recordSites = new Set(records.map(siteOf).filter((s): s is string => s !== undefined));
    const siteGroups = world.groups.filter((g) => g.siteUrl !== undefined && recordSites.has(g.siteUrl));
    assert.ok(siteGroups.length >= 10, `${siteGroups.length} groups sit on record sites`);
    assert.ok(new Set(siteGroups.map((g) => g.region)).size >= 8, 'in most regions');
    const labels = new GraphWorld();
    for (const g of siteGroups) {
      assert.equal(g.id, groupIdOfSite(g.siteUrl as string));
      const site = new URL(g.siteUrl as string);
      const drive = labels.siteDrive(site.host, site.pathname);
      if (drive.group !== undefined) assert.equal(drive.group.id, g.id, 'the label check meets the same group');
    }
  });

  it('depends only on the set of sites: order, duplicates and other URLs change nothing', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const a = directoryWorld({ siteUrls: records, now });
    const b = directoryWorld({ siteUrls: [...records].reverse().concat(records, ['https://www.activityinfo.org/x', 'https://contoso.sharepoint.com/sites/not-a-mission']), now });
    assert.deepEqual(b, a);
    const live = new EmulatedDirectory(() => records, () => now);
    assert.deepEqual(live.world.groups.map((g) => g.id), a.groups.map((g) => g.id));
    assert.ok(a.users.every((u) => /@(governance\.example\.org|partner\.example|ngo\.example)$/.test(u.mail)), 'fictional addresses only');
  });
});
