import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { isGovernanceError } from '../../src/core/errors';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { DATA_ASSETS_LIST, GOVERNANCE_SETTINGS_LIST, OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../src/core/schema';
import { DECISION_CONTRIBUTOR_ROLE } from '../../src/data/provisioning/permissions';
import { canEditItems } from '../../src/data/sp/canEditItems';
import { startHarness, USERS, type Harness, type UserKey } from './support/harness';
import { sampleRecord } from './support/samples';

const asset: DataAsset = { title: 'Payroll', containsPersonalData: true, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' };
const forbidden = (e: unknown): boolean => isGovernanceError(e, 'Forbidden');

describe('SharePoint permission levels against item-level security, and what provisioning does about them', () => {
  let h: Harness;
  /** Plain REST as any client could send it, signed in as `user`: the attacks do not go through the suite's code. */
  const rest = async (user: UserKey, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> => {
    const response = await fetch(`${h.emulator.siteUrl}/_api/${path}`, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': 'digest', 'X-Workbench-User': USERS[user].loginName, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const text = await response.text();
    return { status: response.status, json: text === '' ? {} : JSON.parse(text) as Record<string, unknown> };
  };
  const merge = (user: UserKey, path: string, body: unknown): Promise<{ status: number }> => rest(user, 'POST', path, body, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });

  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('on a list where people write only their own items, Contribute is held to it while Design, Full Control and Edit bypass it', async () => {
    await h.sp('admin').web.lists.add('OwnItems', 'write own', 100, false, { WriteSecurity: 2 });
    const added = await h.sp('alice').web.lists.getByTitle('OwnItems').items.add({ Title: 'Alice\'s' }) as { Id: number };
    const item = `web/lists/getbytitle('OwnItems')/items(${added.Id})`;
    await h.grant('OwnItems', 'everyone', 'Contribute', { replace: true });
    assert.equal((await merge('bob', item, { Title: 'Bob (Contribute)' })).status, 403);
    assert.equal((await rest('bob', 'DELETE', item)).status, 403);
    for (const level of ['Design', 'Full Control', 'Edit']) {
      await h.grant('OwnItems', 'bob', level, { replace: true });
      assert.equal((await merge('bob', item, { Title: `Bob (${level})` })).status, 204, `${level} includes Manage Lists, which bypasses item-level security`);
    }
  });

  describe('after ensureSchema', () => {
    let decisionId: number;
    let first: Awaited<ReturnType<Harness['provision']>>;

    before(async () => {
      first = await h.provision();
      const assetItem = await h.repository(DATA_ASSETS_LIST, 'bob').create(asset);
      const context = { people: [h.people.alice, h.people.bob], itemIds: { dataAssets: assetItem.id } };
      const request = await h.repository(OWNERSHIP_REQUESTS_LIST, 'bob').create(sampleRecord(OWNERSHIP_REQUESTS_LIST, context, 'nomination'));
      const decision = sampleRecord(OWNERSHIP_DECISIONS_LIST, { ...context, itemIds: { dataAssets: assetItem.id, ownershipRequests: request.id } }, 'decision');
      decisionId = (await h.repository(OWNERSHIP_DECISIONS_LIST, 'alice').create(decision)).id;
      await h.repository(GOVERNANCE_SETTINGS_LIST, 'admin').create({ title: 'riskAppetite', value: JSON.stringify({ maxScore: 12 }) });
    });

    it('reported what it did to permissions: the add-only level, broken inheritance, members downgraded, leads on settings', () => {
      const permissions = first.actions.filter((a) => a.kind === 'updatePermissions');
      assert.ok(permissions.some((a) => a.detail.includes(`created permission level "${DECISION_CONTRIBUTOR_ROLE}"`)));
      for (const list of ['OwnershipRequests', 'OwnershipDecisions', 'AIVerifications', 'RiskAcceptances']) {
        assert.ok(permissions.some((a) => a.list === list && a.detail === `Everyone except external users: Edit -> ${DECISION_CONTRIBUTOR_ROLE}`), list);
      }
      assert.ok(permissions.some((a) => a.list === 'GovernanceSettings' && a.detail === 'Everyone except external users: Edit -> Read'));
      assert.ok(permissions.some((a) => a.list === 'GovernanceSettings' && a.detail === 'governance leads group: Contribute'));
      assert.equal(permissions.some((a) => a.list === 'DataAssets'), false, 'the inventory keeps the site\'s permissions');
    });

    it('an ordinary member (Edit at the site) adds a decision but can neither edit nor delete any decision, their own included', async () => {
      const item = `web/lists/getbytitle('OwnershipDecisions')/items(${decisionId})`;
      const alice = h.repository(OWNERSHIP_DECISIONS_LIST, 'alice');
      const mine = await alice.getById(decisionId);
      assert.equal(mine.author?.id, h.people.alice.id);
      await assert.rejects(alice.update(decisionId, { comment: 'changed my mind' }, mine.etag), forbidden);
      await assert.rejects(alice.delete(decisionId, mine.etag), forbidden);
      assert.equal((await merge('bob', item, { Comment: 'Bob was here' })).status, 403);
      assert.equal((await rest('bob', 'DELETE', item)).status, 403);
      assert.equal((await alice.getById(decisionId)).etag, mine.etag, 'unchanged');
      assert.equal(await canEditItems(h.sp('alice'), OWNERSHIP_DECISIONS_LIST.title), false, 'the UI reads the same mask');
      assert.equal(await canEditItems(h.sp('alice'), DATA_ASSETS_LIST.title), true, 'the inventory stays editable');
    });

    it('a member cannot rewrite a decision\'s Author with ValidateUpdateListItem; a site admin still can (documented loophole)', async () => {
      const path = `web/lists/getbytitle('OwnershipDecisions')/items(${decisionId})/ValidateUpdateListItem`;
      const body = (login: string): unknown => ({ formValues: [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: login }]) }], bNewDocumentUpdate: true });
      assert.equal((await rest('bob', 'POST', path, body(`i:0#.f|membership|${USERS.bob.email}`))).status, 403);
      assert.equal((await rest('alice', 'POST', path, body(`i:0#.f|membership|${USERS.bob.email}`))).status, 403);
      assert.equal((await h.repository(OWNERSHIP_DECISIONS_LIST).getById(decisionId)).author?.id, h.people.alice.id);
      const admin = await rest('admin', 'POST', path, body(`i:0#.f|membership|${USERS.bob.email}`));
      assert.equal(admin.status, 200);
      assert.equal((await h.repository(OWNERSHIP_DECISIONS_LIST).getById(decisionId)).author?.id, h.people.bob.id, 'site owners and admins keep this power: keep them few');
    });

    it('a non-lead member cannot raise the risk appetite by plain REST; a lead can change it', async () => {
      const settings = h.repository(GOVERNANCE_SETTINGS_LIST);
      const setting = (await settings.page({ top: 10 })).items.find((s) => s.title === 'riskAppetite');
      assert.ok(setting);
      const item = `web/lists/getbytitle('GovernanceSettings')/items(${setting.id})`;
      assert.equal((await merge('bob', item, { Value: JSON.stringify({ maxScore: 25 }) })).status, 403);
      assert.equal((await rest('bob', 'POST', "web/lists/getbytitle('GovernanceSettings')/items", { Title: 'riskAppetite', Value: JSON.stringify({ maxScore: 25 }) })).status, 403);
      assert.equal(JSON.parse((await settings.getById(setting.id)).value).maxScore, 12, 'unchanged');
      assert.equal((await merge('lead', item, { Value: JSON.stringify({ maxScore: 15 }) })).status, 204);
      assert.equal(JSON.parse((await settings.getById(setting.id)).value).maxScore, 15);
    });

    it('a second run changes nothing; a writer added back by hand is downgraded again', async () => {
      assert.deepEqual((await h.provision()).actions, []);
      await h.grant(OWNERSHIP_DECISIONS_LIST.title, 'everyone', 'Edit');
      await h.grant(GOVERNANCE_SETTINGS_LIST.title, 'bob', 'Contribute');
      assert.equal((await merge('bob', `web/lists/getbytitle('OwnershipDecisions')/items(${decisionId})`, { Comment: 'drift' })).status, 204, 'the drift is real');
      const third = await h.provision();
      assert.deepEqual(third.actions.map((a) => `${a.list}: ${a.detail}`).sort(), [
        'GovernanceSettings: Bob Requester: Contribute -> Read',
        `OwnershipDecisions: Everyone except external users: Edit -> ${DECISION_CONTRIBUTOR_ROLE}`
      ]);
      assert.ok(third.actions.every((a) => a.kind === 'updatePermissions'));
      assert.equal((await merge('bob', `web/lists/getbytitle('OwnershipDecisions')/items(${decisionId})`, { Comment: 'again' })).status, 403);
      assert.deepEqual((await h.provision()).actions, []);
    });
  });
});
