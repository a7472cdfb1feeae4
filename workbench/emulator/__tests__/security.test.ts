/** Item-level security, list MERGE, versions, groups and persistence across restarts. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { EmulatorHandle } from '../index';
import { ROLE_IDS } from '../permissions';
import { createList, listPath, seedUsers, sp, start } from './helpers';

describe('item-level security, versions and groups', () => {
  let emu: EmulatorHandle;
  let users: ReturnType<typeof seedUsers>;
  before(async () => {
    emu = await start();
    users = seedUsers(emu);
    await createList(emu, 'Private', ['<Field Type="User" Name="Owner" DisplayName="Owner" />'], { EnableVersioning: true });
  });
  after(() => emu.close());

  it('updates list properties with MERGE and enforces WriteSecurity 2 for Contribute (admins exempt)', async () => {
    // Members hold Edit by default, whose Manage Lists bypasses item-level security: give them Contribute here.
    assert.equal((await sp(emu, 'POST', `${listPath('Private')}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`)).status, 200);
    const everyone = emu.store.everyoneId;
    assert.equal((await sp(emu, 'POST', `${listPath('Private')}/roleassignments/removeroleassignment(principalid=${everyone},roledefid=${ROLE_IDS.edit})`)).status, 200);
    assert.equal((await sp(emu, 'POST', `${listPath('Private')}/roleassignments/addroleassignment(principalid=${everyone},roledefid=${ROLE_IDS.contribute})`)).status, 200);
    const merged = await sp(emu, 'POST', listPath('Private'), { __metadata: { type: 'SP.List' }, WriteSecurity: 2, Description: 'own items', MajorVersionLimit: 50 }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    assert.equal(merged.status, 204);
    const list = (await sp(emu, 'GET', `${listPath('Private')}?$select=WriteSecurity,ReadSecurity,Description,MajorVersionLimit,EnableVersioning`)).json;
    assert.deepEqual([list.WriteSecurity, list.ReadSecurity, list.Description, list.MajorVersionLimit, list.EnableVersioning], [2, 1, 'own items', 50, true]);
    const mine = await sp(emu, 'POST', `${listPath('Private')}/items`, { Title: 'alice' }, { 'X-Workbench-User': users.alice });
    const url = `${listPath('Private')}/items(${mine.json.Id as number})`;
    const denied = await sp(emu, 'POST', url, { Title: 'bob was here' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', 'X-Workbench-User': users.bob });
    assert.equal(denied.status, 403);
    assert.match(denied.json['odata.error'].code, /UnauthorizedAccessException/);
    assert.equal((await sp(emu, 'DELETE', url, undefined, { 'X-Workbench-User': users.bob })).status, 403);
    assert.equal((await sp(emu, 'POST', url, { Title: 'alice 2' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', 'X-Workbench-User': users.alice })).status, 204);
    assert.equal((await sp(emu, 'POST', url, { Title: 'admin 3' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', 'X-Workbench-User': users.admin })).status, 204);
    assert.equal((await sp(emu, 'GET', url)).json.Title, 'admin 3');
    await sp(emu, 'POST', listPath('Private'), { WriteSecurity: 4 }, { 'X-HTTP-Method': 'MERGE' });
    assert.equal((await sp(emu, 'POST', `${listPath('Private')}/items`, { Title: 'x' }, { 'X-Workbench-User': users.alice })).status, 403);
    await sp(emu, 'POST', listPath('Private'), { WriteSecurity: 1 }, { 'X-HTTP-Method': 'MERGE' });
  });

  it('enforces ReadSecurity 2: reads return only own items (admins see all)', async () => {
    await sp(emu, 'POST', `${listPath('Private')}/items`, { Title: 'bob' }, { 'X-Workbench-User': users.bob });
    await sp(emu, 'POST', listPath('Private'), { ReadSecurity: 2 }, { 'X-HTTP-Method': 'MERGE' });
    const titles = async (login: string): Promise<string[]> =>
      (await sp(emu, 'GET', `${listPath('Private')}/items?$select=Title`, undefined, { 'X-Workbench-User': login })).json.value.map((v: { Title: string }) => v.Title);
    assert.deepEqual(await titles(users.bob), ['bob']);
    assert.deepEqual(await titles(users.alice), ['admin 3']);
    assert.deepEqual(await titles(users.admin), ['admin 3', 'bob']);
    assert.equal((await sp(emu, 'GET', `${listPath('Private')}/items(1)`, undefined, { 'X-Workbench-User': users.bob })).status, 404);
    await sp(emu, 'POST', listPath('Private'), { ReadSecurity: 1 }, { 'X-HTTP-Method': 'MERGE' });
  });

  it('returns every version with labels, ids and editors, newest first', async () => {
    const versions = await sp(emu, 'GET', `${listPath('Private')}/items(1)/versions`);
    assert.equal(versions.status, 200);
    const v = versions.json.value as { VersionLabel: string; VersionId: number; IsCurrentVersion: boolean; Title: string; Editor: { LookupId: number; LookupValue: string; Email: string } }[];
    assert.deepEqual(v.map((x) => x.VersionLabel), ['3.0', '2.0', '1.0']);
    assert.deepEqual(v.map((x) => x.VersionId), [1536, 1024, 512]);
    assert.deepEqual(v.map((x) => x.IsCurrentVersion), [true, false, false]);
    assert.deepEqual(v.map((x) => x.Title), ['admin 3', 'alice 2', 'alice']);
    assert.deepEqual(v[0].Editor, { LookupId: emu.store.getUserByLogin(users.admin)!.Id, LookupValue: 'Ada Admin', Email: 'admin@example.org' });
    assert.equal((await sp(emu, 'GET', `${listPath('Private')}/items(1)`)).json.OData__UIVersionString, '3.0');
  });

  it('serves site groups and their members', async () => {
    emu.store.upsertGroup('Governance Leads', [users.alice, users.bob]);
    const groups = await sp(emu, 'GET', '/_api/web/sitegroups');
    assert.deepEqual(groups.json.value.map((g: { Title: string }) => g.Title), ['Governance Leads']);
    const members = await sp(emu, 'GET', `/_api/web/sitegroups/getbyname('${encodeURIComponent('Governance Leads')}')/users?$select=Title,Email`);
    assert.deepEqual(members.json.value.map((u: { Title: string }) => u.Title), ['Alice Anders', "Bob O'Brien"]);
    assert.equal((await sp(emu, 'GET', "/_api/web/sitegroups/getbyname('Nope')/users")).status, 404);
    const mine = await sp(emu, 'GET', '/_api/web/currentuser/groups', undefined, { 'X-Workbench-User': users.alice });
    assert.deepEqual(mine.json.value.map((g: { Title: string }) => g.Title), ['Governance Leads']);
  });
});

describe('persistence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps users, lists, fields, items, versions and ids across a restart on a file database', async () => {
    const dbPath = join(dir, 'nested', 'governance.sqlite');
    const first = await start({ dbPath });
    assert.equal(first.store.isEmpty(), true);
    const users = seedUsers(first);
    await createList(first, 'Kept', ['<Field Type="Choice" Name="Status" DisplayName="Status"><CHOICES><CHOICE>A</CHOICE></CHOICES></Field>']);
    await sp(first, 'POST', `${listPath('Kept')}/items`, { Title: 'one', Status: 'A' }, { 'X-Workbench-User': users.bob });
    await sp(first, 'POST', `${listPath('Kept')}/items`, { Title: 'two' });
    await sp(first, 'DELETE', `${listPath('Kept')}/items(2)`);
    await sp(first, 'POST', `${listPath('Kept')}/items(1)`, { Title: 'one v2' }, { 'X-HTTP-Method': 'MERGE' });
    const bobId = first.store.getUserByLogin(users.bob)!.Id;
    await first.close();

    const second = await start({ dbPath });
    try {
      assert.equal(second.store.isEmpty(), false);
      assert.equal(second.store.getUserByLogin(users.bob)!.Id, bobId);
      const item = (await sp(second, 'GET', `${listPath('Kept')}/items(1)`)).json;
      assert.deepEqual([item.Title, item.Status, item.AuthorId, item['odata.etag']], ['one v2', 'A', bobId, '"2"']);
      const created = await sp(second, 'POST', `${listPath('Kept')}/items`, { Title: 'three' });
      assert.equal(created.json.Id, 3, 'ids are never reused');
      assert.equal((await sp(second, 'GET', `${listPath('Kept')}/items(1)/versions`)).json.value.length, 2);
    } finally {
      await second.close();
    }
  });
});
