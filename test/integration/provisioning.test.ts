import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { ALL_LISTS, DATA_ASSETS_LIST, OWNERSHIP_DECISIONS_LIST } from '../../src/core/schema';
import { startHarness, type Harness } from './support/harness';

describe('ensureSchema', () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  it('creates every list and field on an empty site', async () => {
    const report = await harness.provision();
    const created = report.actions.filter((a) => a.kind === 'createList').map((a) => a.list);
    assert.deepEqual(created, ALL_LISTS.map((l) => l.title));
    const fieldCount = ALL_LISTS.reduce((n, l) => n + l.fields.filter((f) => f.builtIn !== true).length, 0);
    assert.equal(report.actions.filter((a) => a.kind === 'createField').length, fieldCount);
    assert.deepEqual(report.warnings, []);
  });

  it('is a no-op the second time', async () => {
    const report = await harness.provision();
    assert.deepEqual(report.actions, []);
  });

  it('provisions internal names, indexes, lookups, versioning and item-level security as the schema says', async () => {
    const sp = harness.sp();
    const decisions = await sp.web.lists.getByTitle(OWNERSHIP_DECISIONS_LIST.title).select('EnableVersioning', 'MajorVersionLimit', 'ReadSecurity', 'WriteSecurity')<Record<string, unknown>>();
    assert.deepEqual(decisions, { ...decisions, EnableVersioning: true, MajorVersionLimit: OWNERSHIP_DECISIONS_LIST.majorVersionLimit, ReadSecurity: 1, WriteSecurity: 2 });
    const assets = await sp.web.lists.getByTitle(DATA_ASSETS_LIST.title).fields.select('InternalName', 'Indexed', 'Required', 'TypeAsString')<{ InternalName: string; Indexed: boolean; TypeAsString: string }[]>();
    for (const field of DATA_ASSETS_LIST.fields) {
      const server = assets.find((f) => f.InternalName === field.internalName);
      assert.ok(server !== undefined, `${field.internalName} exists under its schema internal name`);
      assert.equal(server.TypeAsString, field.type, field.internalName);
      if (field.type !== 'MultiChoice') {
        assert.equal(server.Indexed, field.indexed === true, `${field.internalName} indexed`);
      }
    }
  });

  it('corrects drift and reports it', async () => {
    const sp = harness.sp();
    const fields = sp.web.lists.getByTitle(DATA_ASSETS_LIST.title).fields;
    await fields.getByInternalNameOrTitle('Region').update({ Indexed: false, Title: 'Renamed' }, 'SP.FieldText');
    await fields.getByInternalNameOrTitle('Lifecycle').update({ Choices: ['Active'] }, 'SP.FieldChoice');
    await sp.web.lists.getByTitle(DATA_ASSETS_LIST.title).update({ MajorVersionLimit: 7 });

    const report = await harness.provision();
    assert.deepEqual(report.actions.map((a) => `${a.kind} ${a.list} ${a.detail}`).sort(), [
      'updateField DataAssets Lifecycle (Choices: ["Active","Archived"])',
      'updateField DataAssets Region (Title: "Region", Indexed: true)',
      `updateList DataAssets MajorVersionLimit: ${DATA_ASSETS_LIST.majorVersionLimit}`
    ]);
    assert.deepEqual((await harness.provision()).actions, []);
  });
});
