/** Contextinfo, digest, identity, lists, fields and item CRUD with SharePoint Online's value shapes. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EmulatorHandle } from '../index';
import { createList, listPath, seedUsers, sp, start } from './helpers';

const FIELDS = [
  '<Field Type="Text" Name="Code" DisplayName="Code" MaxLength="10" Indexed="TRUE" />',
  '<Field Type="Note" Name="Notes" DisplayName="Notes" RichText="FALSE" />',
  '<Field Type="Choice" Name="Status" DisplayName="Status &amp; state"><CHOICES><CHOICE>Draft</CHOICE><CHOICE>Approved</CHOICE></CHOICES><Default>Draft</Default></Field>',
  '<Field Type="MultiChoice" Name="Tags" DisplayName="Tags"><CHOICES><CHOICE>PII</CHOICE><CHOICE>Health</CHOICE></CHOICES></Field>',
  '<Field Type="Number" Name="Score" DisplayName="Score" Min="0" Max="100" />',
  '<Field Type="Boolean" Name="Active" DisplayName="Active"><Default>1</Default></Field>',
  '<Field Type="DateTime" Name="ReviewDate" DisplayName="Review date" Format="DateOnly" />',
  '<Field Type="User" Name="Owner" DisplayName="Owner" UserSelectionMode="PeopleOnly" />',
  '<Field Type="UserMulti" Name="Custodians" DisplayName="Custodians" Mult="TRUE" />',
  '<Field Type="URL" Name="Link" DisplayName="Link" Format="Hyperlink" />'
];

describe('emulator core', () => {
  let emu: EmulatorHandle;
  let users: ReturnType<typeof seedUsers>;
  before(async () => {
    emu = await start();
    users = seedUsers(emu);
    await createList(emu, 'Missions', ['<Field Type="Text" Name="MissionCode" DisplayName="Code" />']);
    await createList(emu, 'Data Assets', [...FIELDS, '<Field Type="Lookup" Name="Mission" DisplayName="Mission" List="Missions" ShowField="MissionCode" />']);
  });
  after(() => emu.close());

  it('serves contextinfo and requires a digest on writes', async () => {
    const info = await sp(emu, 'POST', '/_api/contextinfo', undefined, { 'X-RequestDigest': '' });
    assert.equal(info.status, 200);
    assert.equal(info.json.FormDigestTimeoutSeconds, 1800);
    assert.match(info.json.FormDigestValue, /^0x[0-9A-F]+,/);
    assert.equal(info.json.WebFullUrl, emu.siteUrl);
    const denied = await sp(emu, 'POST', `${listPath('Data Assets')}/items`, { Title: 'x' }, { 'X-RequestDigest': '' });
    assert.equal(denied.status, 403);
    assert.match(denied.json['odata.error'].message.value, /security validation for this page is invalid/);
    assert.equal(denied.json['odata.error'].message.lang, 'en-US');
  });

  it('resolves identity from header and cookie, answers anonymous and unknown logins with 401', async () => {
    const byHeader = await sp(emu, 'GET', '/_api/web/currentuser', undefined, { 'X-Workbench-User': users.alice });
    assert.equal(byHeader.json.Title, 'Alice Anders');
    assert.equal(byHeader.json.LoginName, users.alice);
    assert.equal(byHeader.json.UserPrincipalName, 'alice@example.org');
    const byCookie = await sp(emu, 'GET', '/_api/web/currentuser', undefined, { 'X-Workbench-User': '', Cookie: `other=1; workbench-user=${encodeURIComponent(users.bob)}` });
    assert.equal(byCookie.json.Title, "Bob O'Brien");
    const anonymous = await sp(emu, 'GET', '/_api/web/currentuser', undefined, { 'X-Workbench-User': '' });
    assert.equal(anonymous.status, 401, 'no identity is anonymous, never the site admin');
    assert.match(anonymous.json['odata.error'].code, /UnauthorizedAccessException/);
    const unknown = await sp(emu, 'GET', '/_api/web/currentuser', undefined, { 'X-Workbench-User': 'nobody@example.org' });
    assert.equal(unknown.status, 401);
    assert.ok(unknown.json['odata.error'].code.includes('UnauthorizedAccessException'));
  });

  it('serves the web, site users with $filter, getuserbyid and ensureuser', async () => {
    const web = await sp(emu, 'GET', '/_api/web');
    assert.equal(web.json.ServerRelativeUrl, '/sites/governance');
    assert.equal(web.json.Url, emu.siteUrl);
    const filtered = await sp(emu, 'GET', `/_api/web/siteusers?$filter=${encodeURIComponent("Email eq 'ALICE@example.org'")}&$select=Id,Title`);
    assert.deepEqual(filtered.json.value.map((u: { Title: string }) => u.Title), ['Alice Anders']);
    assert.equal(filtered.json.value[0].Email, undefined);
    const id = filtered.json.value[0].Id as number;
    assert.equal((await sp(emu, 'GET', `/_api/web/getuserbyid(${id})`)).json.Email, 'alice@example.org');
    assert.equal((await sp(emu, 'POST', '/_api/web/ensureuser', { logonName: 'bob@example.org' })).json.Title, "Bob O'Brien");
    assert.equal((await sp(emu, 'POST', '/_api/web/ensureuser', { logonName: 'ghost@example.org' })).status, 404);
  });

  it('ensureuser adds a directory person who is not a site user yet, once', async () => {
    emu.store.addDirectoryUser({ loginName: 'i:0#.f|membership|dana@example.org', title: 'Dana Directory', email: 'dana@example.org' });
    const listed = async (): Promise<string[]> => (await sp(emu, 'GET', '/_api/web/siteusers')).json.value.map((u: { Title: string }) => u.Title);
    assert.ok(!(await listed()).includes('Dana Directory'), 'not listed before');
    const first = await sp(emu, 'POST', '/_api/web/ensureuser', { logonName: 'DANA@example.org' });
    assert.equal(first.json.Title, 'Dana Directory');
    assert.ok((await listed()).includes('Dana Directory'), 'a site user now');
    const again = await sp(emu, 'POST', '/_api/web/ensureuser', { logonName: 'i:0#.f|membership|dana@example.org' });
    assert.equal(again.json.Id, first.json.Id, 'the same site user the second time');
    assert.equal(emu.store.listDirectoryOnlyUsers().length, 0);
  });

  it('creates lists and answers 404 in SharePoint shape for missing ones; lists filter by Title', async () => {
    const list = await sp(emu, 'GET', listPath('data assets'));
    assert.equal(list.json.Title, 'Data Assets');
    assert.equal(list.json.ListItemEntityTypeFullName, 'SP.Data.Data_x0020_AssetsListItem');
    assert.equal(list.json.BaseTemplate, 100);
    const byId = await sp(emu, 'GET', `/_api/web/lists(guid'${list.json.Id as string}')?$select=Title`);
    assert.equal(byId.json.Title, 'Data Assets');
    const missing = await sp(emu, 'GET', listPath('Nope'));
    assert.equal(missing.status, 404);
    assert.equal(missing.json['odata.error'].code, '-2130575322, System.ArgumentException');
    assert.equal(missing.json['odata.error'].message.value, `List 'Nope' does not exist at site with URL '${emu.siteUrl}'.`);
    const filtered = await sp(emu, 'GET', `/_api/web/lists?$filter=${encodeURIComponent("Title eq 'Missions'")}&$select=Title,Id`);
    assert.deepEqual(filtered.json.value.map((l: { Title: string }) => l.Title), ['Missions']);
    const dup = await sp(emu, 'POST', '/_api/web/lists', { Title: 'missions', BaseTemplate: 100 });
    assert.equal(dup.status, 400);
  });

  it('creates fields from XML (entities, choices, defaults, lookups) and AddField bodies; MERGE updates them', async () => {
    const status = await sp(emu, 'GET', `${listPath('Data Assets')}/fields/getByInternalNameOrTitle('Status')`);
    assert.equal(status.json.Title, 'Status & state');
    assert.deepEqual(status.json.Choices, ['Draft', 'Approved']);
    assert.equal(status.json.DefaultValue, 'Draft');
    assert.equal(status.json.FieldTypeKind, 6);
    assert.equal(status.json['odata.type'], 'SP.FieldChoice');
    const mission = await sp(emu, 'GET', `${listPath('Data Assets')}/fields/getbyinternalnameortitle('Mission')`);
    assert.equal(mission.json.LookupField, 'MissionCode');
    assert.match(mission.json.LookupList, /^\{[0-9a-f-]{36}\}$/);
    const custodians = await sp(emu, 'GET', `${listPath('Data Assets')}/fields/getByInternalNameOrTitle('Custodians')`);
    assert.equal(custodians.json.TypeAsString, 'UserMulti');
    assert.equal(custodians.json.AllowMultipleValues, true);
    const added = await sp(emu, 'POST', `${listPath('Data Assets')}/fields`, { __metadata: { type: 'SP.FieldText' }, Title: 'Legal Basis', FieldTypeKind: 2, MaxLength: 50 });
    assert.equal(added.status, 201);
    assert.equal(added.json.InternalName, 'LegalBasis');
    const merged = await sp(emu, 'POST', `${listPath('Data Assets')}/fields/getByInternalNameOrTitle('Status')`,
      { '@odata.type': '#SP.FieldChoice', Choices: { results: ['Draft', 'Approved', 'Retired'] }, Indexed: true, Description: 'Lifecycle' },
      { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    assert.equal(merged.status, 204);
    const after = await sp(emu, 'GET', `${listPath('Data Assets')}/fields?$filter=${encodeURIComponent("InternalName eq 'Status'")}&$select=Choices,Indexed,Description,SchemaXml`);
    assert.deepEqual(after.json.value[0].Choices, ['Draft', 'Approved', 'Retired']);
    assert.equal(after.json.value[0].Indexed, true);
    assert.match(after.json.value[0].SchemaXml, /<CHOICE>Retired<\/CHOICE>/);
    const duplicate = await sp(emu, 'POST', `${listPath('Data Assets')}/fields/CreateFieldAsXml`, { parameters: { SchemaXml: '<Field Type="Text" Name="Code" DisplayName="Other" />' } });
    assert.equal(duplicate.status, 400);
    assert.equal(duplicate.json['odata.error'].message.value, 'A duplicate field name "Code" was found.');
  });

  it('refuses a 21st indexed field', async () => {
    await createList(emu, 'Indexed', []);
    for (let i = 1; i <= 20; i++) {
      const r = await sp(emu, 'POST', `${listPath('Indexed')}/fields/CreateFieldAsXml`, { parameters: { SchemaXml: `<Field Type="Text" Name="F${i}" DisplayName="F${i}" Indexed="TRUE" />` } });
      assert.equal(r.status, 201);
    }
    const over = await sp(emu, 'POST', `${listPath('Indexed')}/fields/CreateFieldAsXml`, { parameters: { SchemaXml: '<Field Type="Text" Name="F21" DisplayName="F21" Indexed="TRUE" />' } });
    assert.equal(over.status, 400);
  });

  it('creates, reads, updates and deletes items with SharePoint value shapes', async () => {
    const bob = emu.store.getUserByLogin(users.bob)!;
    const alice = emu.store.getUserByLogin(users.alice)!;
    const mission = await sp(emu, 'POST', `${listPath('Missions')}/items`, { Title: 'Kenya', MissionCode: 'KE' });
    const created = await sp(emu, 'POST', `${listPath('Data Assets')}/items`, {
      __metadata: { type: 'SP.Data.Data_x0020_AssetsListItem' }, Title: 'Case files', Code: 'CF-1', Tags: { results: ['PII', 'Health'] },
      Score: 42.5, ReviewDate: '2026-01-31', OwnerId: bob.Id, CustodiansId: { results: [alice.Id, bob.Id] },
      Link: { Description: 'Docs', Url: 'https://example.org/docs' }, MissionId: mission.json.Id
    });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('etag'), '"1"');
    const item = created.json;
    assert.equal(item['odata.etag'], '"1"');
    assert.equal(item['odata.type'], 'SP.Data.Data_x0020_AssetsListItem');
    assert.equal(item.Status, 'Draft', 'choice default applied');
    assert.equal(item.Active, true, 'boolean default applied');
    assert.deepEqual(item.Tags, ['PII', 'Health']);
    assert.equal(item.ReviewDate, '2026-01-31T00:00:00Z');
    assert.equal(item.OwnerId, bob.Id);
    assert.equal(item.OwnerStringId, String(bob.Id));
    assert.deepEqual(item.CustodiansId, [alice.Id, bob.Id]);
    assert.deepEqual(item.Link, { Description: 'Docs', Url: 'https://example.org/docs' });
    assert.equal(item.MissionId, mission.json.Id);
    assert.equal(item.Notes, null);
    assert.equal(item.OData__UIVersionString, '1.0');
    assert.match(item.Created, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    const expanded = await sp(emu, 'GET', `${listPath('Data Assets')}/items(${item.Id as number})?$select=Id,Owner/Id,Owner/Title,Owner/EMail,Owner/Name,Mission/MissionCode,Custodians/Title&$expand=Owner,Mission,Custodians`);
    assert.deepEqual({ ...expanded.json.Owner, 'odata.type': undefined, 'odata.id': undefined }, { 'odata.type': undefined, 'odata.id': undefined, Id: bob.Id, Title: "Bob O'Brien", EMail: 'bob@example.org', Name: users.bob });
    assert.equal(expanded.json.Mission.MissionCode, 'KE');
    assert.deepEqual(expanded.json.Custodians.map((c: { Title: string }) => c.Title), ['Alice Anders', "Bob O'Brien"]);
    const noExpand = await sp(emu, 'GET', `${listPath('Data Assets')}/items?$select=Owner/Title`);
    assert.equal(noExpand.status, 400);

    const nometa = await sp(emu, 'GET', `${listPath('Data Assets')}/items/getById(${item.Id as number})`, undefined, { Accept: 'application/json;odata=nometadata' });
    assert.equal(nometa.json['odata.etag'], undefined);
    assert.equal(nometa.json.Title, 'Case files');

    const merged = await sp(emu, 'POST', `${listPath('Data Assets')}/items(${item.Id as number})`, { Score: 50, OwnerId: null, Tags: [] }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"1"' });
    assert.equal(merged.status, 204);
    assert.equal(merged.headers.get('etag'), '"2"');
    const patched = await sp(emu, 'PATCH', `${listPath('Data Assets')}/items(${item.Id as number})`, { Notes: 'patched' }, { 'IF-MATCH': '*' });
    assert.equal(patched.status, 204);
    const reread = (await sp(emu, 'GET', `${listPath('Data Assets')}/items(${item.Id as number})`)).json;
    assert.equal(reread.Score, 50);
    assert.equal(reread.OwnerId, null);
    assert.equal(reread.OwnerStringId, undefined);
    assert.deepEqual(reread.Tags, []);
    assert.equal(reread.Notes, 'patched');
    assert.equal(reread.Title, 'Case files', 'MERGE keeps unspecified fields');
    assert.equal(reread['odata.etag'], '"3"');

    const deleted = await sp(emu, 'POST', `${listPath('Data Assets')}/items(${item.Id as number})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    assert.equal(deleted.status, 200);
    const gone = await sp(emu, 'GET', `${listPath('Data Assets')}/items(${item.Id as number})`);
    assert.equal(gone.status, 404);
    assert.equal(gone.json['odata.error'].code, '-2130575338, System.ArgumentException');
    assert.equal(gone.json['odata.error'].message.value, 'Item does not exist. It may have been deleted by another user.');
    assert.equal((await sp(emu, 'DELETE', `${listPath('Data Assets')}/items(${item.Id as number})`)).status, 404);
  });

  it('sets Author/Editor from the signed-in user, ignoring a forged AuthorId', async () => {
    const alice = emu.store.getUserByLogin(users.alice)!;
    const admin = emu.store.getUserByLogin(users.admin)!;
    const created = await sp(emu, 'POST', `${listPath('Data Assets')}/items`, { Title: 'Forged', AuthorId: admin.Id, EditorId: admin.Id, Created: '2000-01-01T00:00:00Z' }, { 'X-Workbench-User': users.alice });
    assert.equal(created.status, 201);
    assert.equal(created.json.AuthorId, alice.Id);
    assert.equal(created.json.EditorId, alice.Id);
    assert.notEqual(created.json.Created, '2000-01-01T00:00:00Z');
    const expanded = await sp(emu, 'GET', `${listPath('Data Assets')}/items(${created.json.Id as number})?$select=Author/Title,Editor/EMail&$expand=Author,Editor`);
    assert.equal(expanded.json.Author.Title, 'Alice Anders');
    assert.equal(expanded.json.Editor.EMail, 'alice@example.org');
    await sp(emu, 'POST', `${listPath('Data Assets')}/items(${created.json.Id as number})`, { Title: 'Edited' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', 'X-Workbench-User': users.admin });
    const reread = await sp(emu, 'GET', `${listPath('Data Assets')}/items(${created.json.Id as number})?$select=AuthorId,EditorId`);
    assert.deepEqual([reread.json.AuthorId, reread.json.EditorId], [alice.Id, admin.Id]);
  });

  it('answers 412 on a stale ETag and leaves the item untouched', async () => {
    const created = await sp(emu, 'POST', `${listPath('Data Assets')}/items`, { Title: 'v1' });
    const url = `${listPath('Data Assets')}/items(${created.json.Id as number})`;
    await sp(emu, 'POST', url, { Title: 'v2' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"1"' });
    const stale = await sp(emu, 'POST', url, { Title: 'stale' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"1"' });
    assert.equal(stale.status, 412);
    assert.equal(stale.json['odata.error'].code, '-2130575305, Microsoft.SharePoint.SPException');
    assert.equal(stale.json['odata.error'].message.value, 'The request ETag value \'"1"\' does not match the object\'s ETag value \'"2"\'.');
    const staleDelete = await sp(emu, 'DELETE', url, undefined, { 'IF-MATCH': '"1"' });
    assert.equal(staleDelete.status, 412);
    const current = await sp(emu, 'GET', url);
    assert.equal(current.json.Title, 'v2');
    assert.equal(current.json['odata.etag'], '"2"');
  });

  it('rejects unknown properties, over-long text, wrong types, bad JSON, huge bodies and unknown routes', async () => {
    const items = `${listPath('Data Assets')}/items`;
    const unknown = await sp(emu, 'POST', items, { Title: 'x', Nope: 1 });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.json['odata.error'].message.value,
      "The property 'Nope' does not exist on type 'SP.Data.Data_x0020_AssetsListItem'. Make sure to only use property names that are defined by the type.");
    assert.equal((await sp(emu, 'POST', items, { Title: 'x', Code: 'x'.repeat(11) })).status, 400);
    assert.equal((await sp(emu, 'POST', items, { Title: 'x'.repeat(256) })).status, 400);
    assert.equal((await sp(emu, 'POST', items, { Title: 'x', Score: 'high' })).status, 400);
    assert.equal((await sp(emu, 'POST', items, { Title: 'x', Score: 101 })).status, 400);
    assert.equal((await sp(emu, 'POST', items, { Title: 'x', Active: 'yes' })).status, 400);
    assert.equal((await sp(emu, 'POST', items, { Title: 'x', ReviewDate: 'not a date' })).status, 400);
    assert.equal((await sp(emu, 'POST', items, { Title: 'x', OwnerId: 9999 })).status, 400);
    assert.equal((await sp(emu, 'POST', items, { Title: 'x', Owner: 1 })).status, 400);
    const badJson = await sp(emu, 'POST', items, '{"Title":');
    assert.equal(badJson.status, 400);
    assert.ok(badJson.json['odata.error']);
    const huge = await sp(emu, 'POST', items, JSON.stringify({ Title: 'x', Notes: 'y'.repeat(11 * 1024 * 1024) }));
    assert.equal(huge.status, 413);
    const route = await sp(emu, 'GET', '/_api/web/nothing/here');
    assert.equal(route.status, 404);
    assert.ok(route.json['odata.error'].code);
    const empty = await sp(emu, 'GET', `${listPath('Indexed')}/items?$top=1`);
    assert.deepEqual(empty.json.value, []);
  });
});
