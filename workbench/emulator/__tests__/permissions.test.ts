/** Permission levels, role assignments, inheritance, enforcement (items, lists, $batch), ValidateUpdateListItem, Host and anonymous. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import type { EmulatorHandle } from '../index';
import { BUILT_IN_ROLES, ROLE_IDS } from '../permissions';
import { mountGraphEmulator } from '../../graph';
import { createList, listPath, seedUsers, sp, start, TEST_ADMIN } from './helpers';

const mask = (name: string): { high: number; low: number } => {
  const role = BUILT_IN_ROLES.find((r) => r.name === name);
  assert.ok(role, name);
  return role.mask;
};

describe('permission levels', () => {
  it('computes SharePoint\'s built-in masks from the flags', () => {
    assert.deepEqual(mask('Full Control'), { high: 2147483647, low: 4294967295 });
    assert.deepEqual(mask('Edit'), { high: 432, low: 1011030767 });
    assert.deepEqual(mask('Contribute'), { high: 432, low: 1011028719 });
    assert.deepEqual(mask('Read'), { high: 176, low: 138612833 });
    assert.deepEqual(mask('Design'), { high: 432, low: 1012866047 });
    assert.deepEqual(mask('Limited Access'), { high: 48, low: 134287360 });
    assert.equal(mask('Edit').low - mask('Contribute').low, 0x800, 'Edit is Contribute plus Manage Lists');
  });
});

describe('role assignments and enforcement', () => {
  let emu: EmulatorHandle;
  let users: ReturnType<typeof seedUsers>;
  const as = (login: string): Record<string, string> => ({ 'X-Workbench-User': login });
  const merge = (login: string): Record<string, string> => ({ 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', ...as(login) });
  const setEveryone = async (list: string, roleId: number): Promise<void> => {
    const everyone = emu.store.everyoneId;
    await sp(emu, 'POST', `${listPath(list)}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    for (const role of [ROLE_IDS.edit, ROLE_IDS.contribute, ROLE_IDS.design, ROLE_IDS.read]) {
      await sp(emu, 'POST', `${listPath(list)}/roleassignments/removeroleassignment(principalid=${everyone},roledefid=${role})`);
    }
    const added = await sp(emu, 'POST', `${listPath(list)}/roleassignments/addroleassignment(principalid=${everyone},roledefid=${roleId})`);
    assert.equal(added.status, 200, added.text);
  };

  before(async () => {
    emu = await start();
    users = seedUsers(emu);
    await createList(emu, 'Decisions', [], { WriteSecurity: 2 });
  });
  after(() => emu.close());

  it('gives a new site Everyone with Edit at the web, and site admins Full Control', async () => {
    const web = await sp(emu, 'GET', '/_api/web/roleassignments?$expand=Member,RoleDefinitionBindings');
    assert.equal(web.status, 200);
    assert.deepEqual(web.json.value.map((a: { Member: { PrincipalType: number; LoginName: string }; RoleDefinitionBindings: { Name: string }[] }) =>
      [a.Member.PrincipalType, a.Member.LoginName.startsWith('c:0-.f|rolemanager|spo-grid-all-users/'), a.RoleDefinitionBindings.map((r) => r.Name)]), [[4, true, ['Edit']]]);
    const alice = await sp(emu, 'GET', `${listPath('Decisions')}/effectivebasepermissions`, undefined, as(users.alice));
    assert.deepEqual([alice.json.High, alice.json.Low], ['432', '1011030767']);
    const admin = await sp(emu, 'GET', `${listPath('Decisions')}/effectivebasepermissions`, undefined, as(users.admin));
    assert.deepEqual([admin.json.High, admin.json.Low], ['2147483647', '4294967295']);
    const forAlice = await sp(emu, 'GET', `${listPath('Decisions')}/getusereffectivepermissions(@u)?@u='${encodeURIComponent(users.alice)}'`);
    assert.deepEqual([forAlice.json.High, forAlice.json.Low], ['432', '1011030767']);
    const levels = await sp(emu, 'GET', '/_api/web/roledefinitions');
    assert.deepEqual(levels.json.value.map((r: { Name: string }) => r.Name), ['Full Control', 'Design', 'Edit', 'Contribute', 'Read', 'Limited Access']);
    assert.deepEqual(levels.json.value.find((r: { Id: number }) => r.Id === ROLE_IDS.contribute).BasePermissions, { High: '432', Low: '1011028719' });
  });

  it('lets Edit and Design bypass "edit own items", and holds Contribute to it', async () => {
    const item = await sp(emu, 'POST', `${listPath('Decisions')}/items`, { Title: 'alice decides' }, as(users.alice));
    const url = `${listPath('Decisions')}/items(${item.json.Id as number})`;
    assert.equal((await sp(emu, 'POST', url, { Title: 'bob (Edit)' }, merge(users.bob))).status, 204, 'Edit includes Manage Lists');
    await setEveryone('Decisions', ROLE_IDS.contribute);
    assert.equal((await sp(emu, 'POST', url, { Title: 'bob (Contribute)' }, merge(users.bob))).status, 403);
    assert.equal((await sp(emu, 'DELETE', url, undefined, as(users.bob))).status, 403);
    assert.equal((await sp(emu, 'POST', url, { Title: 'alice (own)' }, merge(users.alice))).status, 204);
    await setEveryone('Decisions', ROLE_IDS.design);
    assert.equal((await sp(emu, 'POST', url, { Title: 'bob (Design)' }, merge(users.bob))).status, 204);
    await setEveryone('Decisions', ROLE_IDS.contribute);
  });

  it('breaks and resets inheritance; list assignments leave the web alone', async () => {
    await createList(emu, 'Scoped', []);
    const before = (await sp(emu, 'GET', `${listPath('Scoped')}?$select=HasUniqueRoleAssignments`)).json;
    assert.equal(before.HasUniqueRoleAssignments, false);
    assert.equal((await sp(emu, 'POST', `${listPath('Scoped')}/roleassignments/addroleassignment(principalid=${emu.store.everyoneId},roledefid=${ROLE_IDS.read})`)).status, 400, 'an inheriting list refuses its own assignments');
    await setEveryone('Scoped', ROLE_IDS.read);
    assert.equal((await sp(emu, 'GET', `${listPath('Scoped')}?$select=HasUniqueRoleAssignments`)).json.HasUniqueRoleAssignments, true);
    assert.equal((await sp(emu, 'POST', `${listPath('Scoped')}/items`, { Title: 'x' }, as(users.alice))).status, 403, 'Read cannot add');
    assert.equal((await sp(emu, 'GET', `${listPath('Scoped')}/items`, undefined, as(users.alice))).status, 200, 'Read can view');
    const web = await sp(emu, 'GET', '/_api/web/roleassignments?$expand=RoleDefinitionBindings');
    assert.deepEqual(web.json.value[0].RoleDefinitionBindings.map((r: { Name: string }) => r.Name), ['Edit']);
    assert.equal((await sp(emu, 'POST', `${listPath('Scoped')}/resetroleinheritance`)).status, 200);
    assert.equal((await sp(emu, 'POST', `${listPath('Scoped')}/items`, { Title: 'x' }, as(users.alice))).status, 201, 'inherits Edit again');
  });

  it('needs Manage Permissions for role endpoints and Manage Lists for list settings and columns', async () => {
    const denied = [
      await sp(emu, 'GET', '/_api/web/roleassignments', undefined, as(users.alice)),
      await sp(emu, 'POST', '/_api/web/roledefinitions', { Name: 'Mine', BasePermissions: { High: '0', Low: '1' } }, as(users.alice)),
      await sp(emu, 'POST', '/_api/web/sitegroups', { Title: 'Mine' }, as(users.alice)),
      await sp(emu, 'POST', `${listPath('Decisions')}/resetroleinheritance`, undefined, as(users.alice)),
      await sp(emu, 'POST', listPath('Decisions'), { WriteSecurity: 1 }, merge(users.alice)),
      await sp(emu, 'POST', `${listPath('Decisions')}/fields/CreateFieldAsXml`, { parameters: { SchemaXml: '<Field Type="Text" Name="X" DisplayName="X" />' } }, as(users.alice)),
      await sp(emu, 'POST', `${listPath('Decisions')}/fields/getbyinternalnameortitle('Title')`, { Indexed: true }, merge(users.alice))
    ];
    assert.deepEqual(denied.map((r) => r.status), [403, 403, 403, 403, 403, 403, 403]);
    assert.match(denied[0].json['odata.error'].code, /UnauthorizedAccessException/);
    assert.equal((await sp(emu, 'POST', '/_api/web/lists', { Title: 'ByAlice' }, as(users.alice))).status, 201, 'Edit at the web may create lists');
  });

  it('creates custom levels and groups, refuses duplicates, and grants through group membership', async () => {
    const created = await sp(emu, 'POST', '/_api/web/roledefinitions', { Name: 'Add Only', Description: 'add', Order: 200, BasePermissions: { High: '176', Low: String(0x1 | 0x2 | 0x10000) } });
    assert.equal(created.status, 201, created.text);
    assert.ok(created.json.Id > ROLE_IDS.edit);
    const duplicate = await sp(emu, 'POST', '/_api/web/roledefinitions', { Name: 'add only', BasePermissions: { High: '0', Low: '1' } });
    assert.equal(duplicate.status, 400);
    assert.match(duplicate.json['odata.error'].message.value, /already in use/);
    const group = await sp(emu, 'POST', '/_api/web/sitegroups', { Title: 'Approvers' });
    assert.equal(group.status, 201);
    assert.equal((await sp(emu, 'POST', '/_api/web/sitegroups', { Title: 'approvers' })).status, 400);
    const member = await sp(emu, 'POST', "/_api/web/sitegroups/getbyname('Approvers')/users", { LoginName: users.bob });
    assert.equal(member.status, 201);
    assert.equal(member.json.Title, "Bob O'Brien");
    await setEveryone('Decisions', ROLE_IDS.read);
    assert.equal((await sp(emu, 'POST', `${listPath('Decisions')}/roleassignments/addroleassignment(principalid=${group.json.Id as number},roledefid=${created.json.Id as number})`)).status, 200);
    assert.equal((await sp(emu, 'POST', `${listPath('Decisions')}/items`, { Title: 'bob via group' }, as(users.bob))).status, 201);
    assert.equal((await sp(emu, 'POST', `${listPath('Decisions')}/items`, { Title: 'alice' }, as(users.alice))).status, 403);
    const assignments = await sp(emu, 'GET', `${listPath('Decisions')}/roleassignments?$expand=Member,RoleDefinitionBindings`);
    assert.ok(assignments.json.value.some((a: { Member: { Title: string; PrincipalType: number }; RoleDefinitionBindings: { Name: string }[] }) =>
      a.Member.Title === 'Approvers' && a.Member.PrincipalType === 8 && a.RoleDefinitionBindings[0].Name === 'Add Only'));
    await setEveryone('Decisions', ROLE_IDS.contribute);
  });

  it('applies permissions to each $batch part', async () => {
    await createList(emu, 'ReadOnly', []);
    await setEveryone('ReadOnly', ROLE_IDS.read);
    const part = (title: string): string[] => ['--batch_1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${emu.siteUrl}${listPath('ReadOnly')}/items HTTP/1.1`, 'Accept: application/json', 'Content-Type: application/json', '', JSON.stringify({ Title: title }), ''];
    const body = [...part('one'), '--batch_1--', ''].join('\n');
    const batch = await sp(emu, 'POST', '/_api/$batch', body, { 'Content-Type': 'multipart/mixed; boundary=batch_1', ...as(users.alice) });
    assert.equal(batch.status, 200);
    assert.match(batch.text, /HTTP\/1\.1 403 Forbidden/);
    assert.equal(emu.store.getItems(emu.store.getList('ReadOnly')!.Id).size, 0);
  });

  it('ValidateUpdateListItem rewrites Author and dates for an editor, without a new version under bNewDocumentUpdate', async () => {
    await createList(emu, 'Rewrite', []);
    const item = await sp(emu, 'POST', `${listPath('Rewrite')}/items`, { Title: 'bob wrote this' }, as(users.bob));
    const url = `${listPath('Rewrite')}/items(${item.json.Id as number})`;
    const formValues = [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: users.alice }]) }, { FieldName: 'Created', FieldValue: '2020-01-02T03:04:05Z' }];
    const answer = await sp(emu, 'POST', `${url}/ValidateUpdateListItem`, { formValues, bNewDocumentUpdate: true }, as(users.alice));
    assert.equal(answer.status, 200, answer.text);
    assert.deepEqual(answer.json.value.map((v: { FieldName: string; HasException: boolean }) => [v.FieldName, v.HasException]), [['Author', false], ['Created', false]]);
    const after = (await sp(emu, 'GET', url)).json;
    assert.deepEqual([after.AuthorId, after.Created, after.OData__UIVersionString], [emu.store.getUserByLogin(users.alice)!.Id, '2020-01-02T03:04:05Z', '1.0']);
    const bad = await sp(emu, 'POST', `${url}/ValidateUpdateListItem`, { formValues: [{ FieldName: 'Nope', FieldValue: 'x' }], bNewDocumentUpdate: false }, as(users.alice));
    assert.equal(bad.json.value[0].HasException, true);
    await setEveryone('Rewrite', ROLE_IDS.contribute);
    await sp(emu, 'POST', listPath('Rewrite'), { WriteSecurity: 2 }, merge(users.admin));
    const denied = await sp(emu, 'POST', `${url}/ValidateUpdateListItem`, { formValues: [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: users.bob }]) }], bNewDocumentUpdate: true }, as(users.bob));
    assert.equal(denied.status, 403, 'a contributor may not rewrite an item that is not theirs');
  });
});

describe('who may call: Host header and anonymous requests', () => {
  let emu: EmulatorHandle;
  before(async () => { emu = await start(); });
  after(() => emu.close());

  const raw = (host: string, path: string): Promise<{ status: number; text: string }> => new Promise((resolve, reject) => {
    const url = new URL(emu.url);
    const req = request({ host: url.hostname, port: url.port, path, headers: { Host: host, Accept: 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => { text += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });

  it('refuses a Host other than its own loopback name and port (DNS rebinding)', async () => {
    const port = new URL(emu.url).port;
    const rebound = await raw(`evil.example:${port}`, '/sites/governance/_api/web');
    assert.equal(rebound.status, 421);
    assert.match(rebound.text, /Misdirected/);
    assert.equal((await raw(`127.0.0.1:${Number(port) + 1}`, '/_emulator/faults')).status, 421);
    assert.equal((await raw(`127.0.0.1:${port}`, '/_emulator/faults')).status, 200);
    assert.equal((await raw(`localhost:${port}`, '/_emulator/faults')).status, 200);
  });

  it('answers a request without identity 401, in SharePoint\'s shape and in Graph\'s', async () => {
    const anonymous = await sp(emu, 'GET', '/_api/web/lists', undefined, { 'X-Workbench-User': '' });
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.json['odata.error'].code, /UnauthorizedAccessException/);
    mountGraphEmulator(emu);
    const graph = await fetch(`${emu.url}/graph/v1.0/users?$top=1`);
    assert.equal(graph.status, 401);
    assert.equal(((await graph.json()) as { error: { code: string } }).error.code, 'InvalidAuthenticationToken');
    const signedIn = await fetch(`${emu.url}/graph/v1.0/users?$top=1`, { headers: { 'X-Workbench-User': TEST_ADMIN } });
    assert.equal(signedIn.status, 200);
  });
});

describe('an existing workbench database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-perms-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gains the permission tables, Everyone with Edit and a person-only users table on start, once', async () => {
    const dbPath = join(dir, 'old.sqlite');
    // The users table as the first release created it: no principal_type column.
    const old = new DatabaseSync(dbPath);
    old.exec(`CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, login TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL,
      email TEXT NOT NULL, is_admin INTEGER NOT NULL DEFAULT 0, job_title TEXT, department TEXT)`);
    old.prepare('INSERT INTO users (login, title, email, is_admin) VALUES (?, ?, ?, 0)').run('i:0#.f|membership|old@example.org', 'Old Member', 'old@example.org');
    old.close();
    for (let run = 0; run < 2; run++) {
      const emu = await start({ dbPath });
      try {
        assert.equal((await sp(emu, 'POST', '/_api/web/lists', { Title: `L${run}` }, { 'X-Workbench-User': 'old@example.org' })).status, 201, 'a member holds Edit');
        const web = await sp(emu, 'GET', '/_api/web/roleassignments?$expand=RoleDefinitionBindings');
        assert.deepEqual(web.json.value.map((a: { RoleDefinitionBindings: { Name: string }[] }) => a.RoleDefinitionBindings.map((r) => r.Name)), [['Edit']]);
        const people = await sp(emu, 'GET', '/_api/web/siteusers?$select=Title');
        assert.deepEqual(people.json.value.map((u: { Title: string }) => u.Title), ['Old Member', 'Test Admin'], 'Everyone is a principal, not a site user');
      } finally {
        await emu.close();
      }
    }
  });
});
