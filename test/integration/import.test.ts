/**
 * The rollout kit against the emulator through the production data layer: 5,000 rows under 20% throttled writes,
 * batch parts failing and answers lost after the server applied them, an import cancelled halfway and run again.
 * Every test counts the records SharePoint holds and checks that no key appears twice.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { autoMatchColumns } from '../../src/core/import';
import type { ReportRow } from '../../src/core/import/types';
import type { DataAsset } from '../../src/core/models/dataAsset';
import type { Stored } from '../../src/core/models/common';
import { DATA_ASSETS_LIST } from '../../src/core/schema/lists/dataAssets';
import { MISSIONS_LIST } from '../../src/core/schema/lists/missions';
import { GOVERNANCE_SETTINGS_LIST, OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../src/core/schema';
import { ImportService } from '../../src/webparts/dataInventory/services/ImportService';
import type { ImportRunProgress } from '../../src/webparts/dataInventory/services/IImportService';
import { startHarness, type Harness } from './support/harness';

const HEADERS = 'External ID;Title;Mission;Region;Asset type;Declared sensitivity;Last reviewed;Custodian';

function fileOf(count: number, options: { from?: number; bad?: boolean; prefix?: string } = {}): Blob {
  const lines = [HEADERS];
  const from = options.from ?? 0;
  for (let i = from; i < from + count; i++) {
    lines.push(`${options.prefix ?? 'IMP'}-${i};"Dataset ${i}; ""quoted""";${i % 2 ? 'Chile' : 'Bangladesh'};;dataset;internal;${(i % 28) + 1}/02/2026;${i % 3 === 0 ? 'alice@governance.test' : ''}`);
  }
  if (options.bad === true) {
    lines.push('BAD-1;;Chile;;;;;', 'BAD-2;Wrong region;Chile;Europe;;;;', 'BAD-3;Unknown person;Chile;;;;;nobody@nowhere.test');
  }
  return new Blob([`\ufeff${lines.join('\r\n')}`]);
}

async function allAssets(h: Harness): Promise<Stored<DataAsset>[]> {
  const repo = h.repository(DATA_ASSETS_LIST);
  const out: Stored<DataAsset>[] = [];
  let continuation: string | undefined;
  do {
    const page = await repo.page({ top: 5000 }, continuation);
    out.push(...page.items);
    continuation = page.continuation;
  } while (continuation !== undefined);
  return out;
}

function assertNoDuplicates(records: readonly Stored<DataAsset>[]): void {
  const ids = records.map((r) => r.externalId);
  assert.equal(new Set(ids).size, ids.length, 'no external ID is stored twice');
}

function outcomes(report: readonly ReportRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of report) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  return counts;
}

describe('bulk import against the emulator', { timeout: 300000 }, () => {
  let h: Harness;
  let service: ImportService;

  async function importFile(file: Blob, signal?: AbortSignal, onProgress?: (p: ImportRunProgress) => void): Promise<ReportRow[]> {
    const table = await service.readFile(file, 'rollout.csv');
    const prepared = await service.check(table, autoMatchColumns(table.headers), 'DMY');
    return service.run(prepared, 'update', { signal, onProgress });
  }

  before(async () => {
    h = await startHarness();
    await h.provision([MISSIONS_LIST, DATA_ASSETS_LIST, OWNERSHIP_REQUESTS_LIST, OWNERSHIP_DECISIONS_LIST, GOVERNANCE_SETTINGS_LIST]);
    await h.repository(MISSIONS_LIST).createMany([
      { title: 'Chile', code: 'CHL', region: 'South America' },
      { title: 'Bangladesh', code: 'BGD', region: 'Asia and the Pacific' }
    ]);
    service = new ImportService(h.sp('admin'), { backoffMs: () => 0, log: h.log });
  });

  beforeEach(async () => {
    h.emulator.faults.clear();
    const repo = h.repository(DATA_ASSETS_LIST);
    const existing = await allAssets(h);
    for (const r of existing) await repo.delete(r.id, r.etag);
  });

  after(async () => {
    await h?.close();
  });

  it('imports 5,000 rows with 20% of writes answered 429/503: exactly 5,000 records and a correct report', async () => {
    h.emulator.faults.setRate({ rate: 0.2, seed: 7, method: 'POST', retryAfterSeconds: 0 });
    const progress: ImportRunProgress[] = [];
    const report = await importFile(fileOf(5000, { bad: true }), undefined, (p) => progress.push(p));
    const faulted = h.emulator.faults.served.faulted;
    h.emulator.faults.clear();

    assert.ok(faulted > 5, `faults were injected (${faulted})`);
    assert.deepEqual(outcomes(report), { created: 5000, invalid: 3 });
    const records = await allAssets(h);
    assert.equal(records.length, 5000);
    assertNoDuplicates(records);
    // The report points at the records it created, row by row.
    const byId = new Map(records.map((r) => [r.id, r]));
    const row10 = report.find((r) => r.rowNumber === 12)!;
    assert.equal(byId.get(row10.id!)?.externalId, 'IMP-10');
    assert.equal(byId.get(row10.id!)?.title, 'Dataset 10; "quoted"');
    assert.equal(byId.get(row10.id!)?.region, 'Asia and the Pacific', 'region filled from the mission');
    assert.equal(byId.get(row10.id!)?.lastReviewed?.slice(0, 10), '2026-02-11');
    assert.ok(byId.get(row10.id!)?.healthBand, 'the stored health columns are computed on import');
    const custodian = records.find((r) => r.externalId === 'IMP-3')!;
    assert.equal(custodian.custodian?.email, 'alice@governance.test');
    assert.equal(custodian.ownershipStatus, 'Pending');
    // Every custodian named on a new record was asked to confirm: one nomination per record, none twice.
    const named = records.filter((r) => r.custodian !== undefined).length;
    assert.equal(report.filter((r) => r.nomination === 'sent').length, named);
    const requests = await h.repository(OWNERSHIP_REQUESTS_LIST).page({ top: 5000 });
    assert.equal(requests.items.length, named);
    assert.equal(new Set(requests.items.map((r) => r.asset?.id)).size, named, 'one nomination per record');
    assert.ok(requests.items.every((r) => r.nominee?.email === 'alice@governance.test' && r.requester?.email === 'admin@governance.test'));
    const bad = report.filter((r) => r.outcome === 'invalid').map((r) => `${r.rowNumber}:${r.issues!.map((i) => i.code).join(',')}`);
    assert.deepEqual(bad, ['5002:required', '5003:regionMismatch', '5004:unknownPerson']);
    assert.equal(progress[progress.length - 1].done, 5000);
    assert.equal(progress[progress.length - 1].created, 5000);
  });

  it('never duplicates when batch parts fail one by one and answers are lost after the server applied them', async () => {
    h.emulator.faults.setRate({ rate: 0.2, lostRate: 0.15, scope: 'part', seed: 3, method: 'POST', pathContains: "getbytitle('dataassets')/items", retryAfterSeconds: 0 });
    const report1 = await importFile(fileOf(600));
    h.emulator.faults.setRate({ rate: 0.2, lostRate: 0.15, seed: 5, method: 'POST', pathContains: '$batch', retryAfterSeconds: 0 });
    const report2 = await importFile(fileOf(600, { from: 600 }));
    const lost = h.emulator.faults.served.lost;
    h.emulator.faults.clear();
    assert.ok(lost > 0, 'some answers were lost after the writes were applied');
    assert.deepEqual(outcomes(report1), { created: 600 });
    assert.deepEqual(outcomes(report2), { created: 600 });
    const records = await allAssets(h);
    assert.equal(records.length, 1200);
    assertNoDuplicates(records);
  });

  it('an import cancelled halfway, run again, finishes the rest without duplicates', async () => {
    const file = fileOf(1000);
    const controller = new AbortController();
    const first = await importFile(file, controller.signal, (p) => {
      if (p.done >= 300) controller.abort();
    });
    const written = first.filter((r) => r.outcome === 'created').length;
    assert.ok(written >= 300 && written < 1000, `stopped between batches (${written} written)`);
    assert.equal(first.filter((r) => r.outcome === 'notRun').length, 1000 - written);
    assert.equal((await allAssets(h)).length, written, 'nothing half-written: the report says exactly what exists');

    const second = await importFile(file);
    assert.deepEqual(outcomes(second), { unchanged: written, created: 1000 - written });
    const records = await allAssets(h);
    assert.equal(records.length, 1000);
    assertNoDuplicates(records);
  });

  it('re-importing an edited file updates the changed rows only, and mission + title keys work without external IDs', async () => {
    await importFile(fileOf(50));
    const edited = [HEADERS, 'IMP-1;Dataset 1 renamed;Chile;;database;confidential;02/02/2026;', 'IMP-2;"Dataset 2; ""quoted""";Bangladesh;;dataset;internal;3/02/2026;'];
    const report = await importFile(new Blob([edited.join('\n')]));
    assert.deepEqual(report.map((r) => r.outcome), ['updated', 'unchanged']);
    const renamed = (await allAssets(h)).find((r) => r.externalId === 'IMP-1')!;
    assert.equal(renamed.title, 'Dataset 1 renamed');
    assert.equal(renamed.declaredSensitivity, 'Confidential');

    const byTitle = new Blob(['Title,Mission,Domain\n"Dataset 5; ""quoted""",chile,Health\nBrand new,Chile,Health\n']);
    const table = await service.readFile(byTitle, 'titles.csv');
    const prepared = await service.check(table, autoMatchColumns(table.headers), 'DMY');
    assert.equal(prepared.byExternalId, false);
    const run = await service.run(prepared, 'update', {});
    assert.deepEqual(run.map((r) => r.outcome), ['updated', 'created']);
    assert.equal((await allAssets(h)).length, 51);
    const skipped = await service.run(prepared, 'skip', {});
    assert.deepEqual(skipped.map((r) => r.outcome), ['skipped', 'skipped']);
  });

  it('the template with External ID left blank imports by mission + title and updates the same records when run again', async () => {
    const blankIds = [HEADERS, ';Blank id survey;Chile;;dataset;internal;01/02/2026;', ';Blank id register;Bangladesh;;dataset;internal;01/02/2026;'].join('\n');
    const first = await importFile(new Blob([blankIds]));
    assert.deepEqual(first.map((r) => r.outcome), ['created', 'created'], 'no row is refused for a blank External ID');
    const again = await importFile(new Blob([blankIds.replace('Blank id survey;Chile;;dataset;internal', 'Blank id survey;Chile;;database;internal')]));
    assert.deepEqual(again.map((r) => r.outcome), ['updated', 'unchanged'], 'the rows find their records by mission + title');
    const stored = (await allAssets(h)).filter((r) => r.title.startsWith('Blank id'));
    assert.equal(stored.length, 2);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`the ${format} template downloaded and imported unchanged writes nothing and reports its example row as ignored, not as an error`, async () => {
      const template = await service.template(format, { data: 'Data assets', choices: 'Allowed values' });
      const table = await service.readFile(template, `template.${format}`);
      assert.equal(table.rows.length, 1, 'the template holds one example row');
      assert.match(table.rows[0][0], /^Example: /);
      const prepared = await service.check(table, autoMatchColumns(table.headers), 'DMY');
      assert.deepEqual(prepared.exampleRows, [2], 'row 2 (after the header) is the example, ignored');
      assert.deepEqual(prepared.rows, [], 'no row is checked, so none is reported as a problem');
      const report = await service.run(prepared, 'update', {});
      assert.deepEqual(report, []);
      assert.equal((await allAssets(h)).length, 0, 'nothing written');
    });
  }

  it('rows added under the template\'s example row are imported; the example row is not', async () => {
    const template = await service.template('csv', { data: 'Data assets', choices: 'Allowed values' });
    const text = (await template.text()).replace(/\r\n$/, '');
    const filled = `${text}\r\nMy survey,,dataset,,,Chile\r\n`;
    const table = await service.readFile(new Blob([filled]), 'filled.csv');
    const prepared = await service.check(table, autoMatchColumns(table.headers), 'DMY');
    assert.deepEqual(prepared.exampleRows, [2]);
    assert.deepEqual(prepared.rows.map((r) => [r.rowNumber, r.issues.length]), [[3, 0]], 'the real row keeps its file row number and has no problem');
    const report = await service.run(prepared, 'update', {});
    assert.deepEqual(report.map((r) => r.outcome), ['created']);
    assert.deepEqual((await allAssets(h)).map((r) => r.title), ['My survey']);
  });

  it('a custodian named by e-mail who has never opened the site is found in the directory and added to it', async () => {
    h.emulator.store.addDirectoryUser({ loginName: 'i:0#.f|membership|new.starter@governance.test', title: 'New Starter', email: 'new.starter@governance.test', jobTitle: 'Data Clerk' });
    const siteUsers = (): string[] => h.emulator.store.listUsers().map((u) => u.Email.toLowerCase());
    assert.ok(!siteUsers().includes('new.starter@governance.test'), 'not a site user before the import');

    const file = new Blob([[HEADERS, 'DIR-1;Field survey;Chile;;dataset;internal;01/02/2026;New.Starter@governance.test', 'DIR-2;Ghost survey;Chile;;dataset;internal;01/02/2026;ghost@governance.test'].join('\n')]);
    const table = await service.readFile(file, 'directory.csv');
    const prepared = await service.check(table, autoMatchColumns(table.headers), 'DMY');
    assert.deepEqual(prepared.rows.map((r) => r.issues.map((issue) => issue.code)), [[], ['unknownPerson']], 'the directory person resolves; an unknown address is reported on its row');
    const added = h.emulator.store.getUserByLogin('new.starter@governance.test');
    assert.ok(added !== undefined && siteUsers().includes('new.starter@governance.test'), 'the directory person is now a site user');

    const report = await service.run(prepared, 'update', {});
    assert.deepEqual(report.map((r) => r.outcome), ['created', 'invalid']);
    assert.equal(report[0].nomination, 'sent', 'the new custodian is asked to confirm');
    const stored = (await allAssets(h)).find((r) => r.externalId === 'DIR-1');
    assert.equal(stored?.custodian?.id, added?.Id, 'the record stores the new site user as custodian');
  });

  it('a record naming the importing user as custodian is not nominated (no one confirms themselves) and stays Unassigned', async () => {
    const file = new Blob([[HEADERS, 'SELF-1;My own survey;Chile;;dataset;internal;01/02/2026;admin@governance.test'].join('\n')]);
    const table = await service.readFile(file, 'self.csv');
    const report = await service.run(await service.check(table, autoMatchColumns(table.headers), 'DMY'), 'update', {});
    assert.deepEqual(report.map((r) => [r.outcome, r.nomination]), [['created', 'self']]);
    const stored = (await allAssets(h)).find((r) => r.externalId === 'SELF-1');
    assert.equal(stored?.custodian?.email, 'admin@governance.test');
    assert.equal(stored?.ownershipStatus, 'Unassigned', 'no request stands behind it');
  });
});
