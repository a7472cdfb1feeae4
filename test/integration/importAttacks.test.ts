/**
 * Issue 23, attacks 5 and 6, replayed against the emulator through the production import service:
 * - 5: an update row whose writes fail with 503 five times in a row while a colleague edits the record must end as
 *   a conflict that keeps the colleague's value (with an untouched record, the row is written exactly once);
 * - 6: an import stopped after its rows are written but before its nominations must leave no record Pending without
 *   a request, and a re-run of the same file must nominate each named custodian exactly once; a lost answer on the
 *   nominations `$batch` must be reported as sent (the requests exist) and a re-run must not duplicate them.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { autoMatchColumns } from '../../src/core/import';
import type { ReportRow } from '../../src/core/import/types';
import type { Stored } from '../../src/core/models/common';
import type { DataAsset } from '../../src/core/models/dataAsset';
import type { OwnershipRequest } from '../../src/core/models/ownershipRequest';
import { GOVERNANCE_SETTINGS_LIST, OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../src/core/schema';
import { DATA_ASSETS_LIST } from '../../src/core/schema/lists/dataAssets';
import { MISSIONS_LIST } from '../../src/core/schema/lists/missions';
import type { ImportRunProgress } from '../../src/webparts/dataInventory/services/IImportService';
import { ImportService } from '../../src/webparts/dataInventory/services/ImportService';
import { NominationService } from '../../src/webparts/dataInventory/services/NominationService';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { startHarness, type Harness } from './support/harness';
import { loadAll } from '../../src/data/ownership/loadAll';

const HEADERS = 'External ID;Title;Mission;Declared sensitivity;Custodian';

/** `count` rows; every third names Alice as custodian. */
function rows(count: number, prefix: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`${prefix}-${i};${prefix} dataset ${i};Chile;internal;${i % 3 === 0 ? 'alice@governance.test' : ''}`);
  return lines;
}

const csv = (lines: readonly string[]): Blob => new Blob([[HEADERS, ...lines].join('\r\n')]);


/** Polls until `condition` holds (the import runs concurrently), failing after `ms`. */
async function until(condition: () => boolean, ms = 10000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the import');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('import attacks of issue 23 against the emulator', { timeout: 120000 }, () => {
  let h: Harness;
  let service: ImportService;

  async function importFile(file: Blob, onProgress?: (p: ImportRunProgress) => void): Promise<ReportRow[]> {
    const table = await service.readFile(file, 'rollout.csv');
    const prepared = await service.check(table, autoMatchColumns(table.headers), 'DMY');
    return service.run(prepared, 'update', { onProgress });
  }

  const assets = (): Promise<Stored<DataAsset>[]> => loadAll(h.repository(DATA_ASSETS_LIST));
  const requests = (): Promise<Stored<OwnershipRequest>[]> => loadAll(h.repository(OWNERSHIP_REQUESTS_LIST));

  /** The Pending records without an open request, and the records naming a custodian without exactly one request. */
  async function ownershipGaps(prefix: string): Promise<{ pendingWithoutRequest: string[]; notOneRequest: string[] }> {
    const all = (await assets()).filter((a) => a.externalId?.startsWith(`${prefix}-`));
    const byAsset = new Map<number, number>();
    for (const r of await requests()) if (r.asset?.id !== undefined && r.status === 'Pending') byAsset.set(r.asset.id, (byAsset.get(r.asset.id) ?? 0) + 1);
    return {
      pendingWithoutRequest: all.filter((a) => a.ownershipStatus === 'Pending' && !byAsset.has(a.id)).map((a) => a.externalId!),
      notOneRequest: all.filter((a) => a.custodian !== undefined && byAsset.get(a.id) !== 1).map((a) => `${a.externalId!}:${byAsset.get(a.id) ?? 0}`)
    };
  }

  before(async () => {
    h = await startHarness();
    await h.provision([MISSIONS_LIST, DATA_ASSETS_LIST, OWNERSHIP_REQUESTS_LIST, OWNERSHIP_DECISIONS_LIST, GOVERNANCE_SETTINGS_LIST]);
    await h.repository(MISSIONS_LIST).create({ title: 'Chile', code: 'CHL', region: 'South America' });
    service = new ImportService(h.sp('admin'), { backoffMs: () => 0, log: h.log });
  });

  beforeEach(() => h.emulator.faults.clear());

  after(async () => {
    await h?.close();
  });

  it('attack 5: five 503s in a row while a colleague edits the record end as a conflict; the colleague\'s value is kept', async () => {
    await importFile(csv(['A5-1;Border crossings;Chile;internal;']));
    const [record] = (await assets()).filter((a) => a.externalId === 'A5-1');
    // Every attempt of the import's first $batch is refused (RetryUnappliedOnly gives up after 5, 1 s apart).
    h.emulator.faults.inject({ status: 503, count: 5, method: 'POST', pathContains: '$batch', retryAfterSeconds: 1 });
    const running = importFile(csv(['A5-1;Border crossings;Chile;confidential;']));
    await until(() => h.emulator.faults.served.faulted >= 1);
    // Bob saves the record (a plain MERGE, not a $batch) while the import's writes are being refused.
    await h.repository(DATA_ASSETS_LIST, 'bob').update(record.id, { declaredSensitivity: 'Highly Confidential' }, record.etag);
    const report = await running;

    assert.equal(h.emulator.faults.served.faulted, 5, 'the import\'s batch was refused five times');
    assert.deepEqual(report.map((r) => [r.outcome, r.issues?.map((i) => i.code)]), [['failed', ['changedSincePlanned']]]);
    const after = await h.repository(DATA_ASSETS_LIST).getById(record.id);
    assert.equal(after.declaredSensitivity, 'Highly Confidential', 'the colleague\'s edit is not overwritten');
    assert.equal(after.editor?.id, h.people.bob.id, 'the colleague made the last change');
  });

  it('attack 5: with an untouched record, five 503s in a row and the row is written exactly once', async () => {
    await importFile(csv(['A5-2;Shelter registry;Chile;internal;']));
    const [record] = (await assets()).filter((a) => a.externalId === 'A5-2');
    h.emulator.faults.inject({ status: 503, count: 5, method: 'POST', pathContains: '$batch', retryAfterSeconds: 0 });
    const report = await importFile(csv(['A5-2;Shelter registry;Chile;confidential;']));

    assert.equal(h.emulator.faults.served.faulted, 5);
    assert.deepEqual(report.map((r) => r.outcome), ['updated']);
    const repo = h.repository(DATA_ASSETS_LIST);
    assert.equal((await repo.getById(record.id)).declaredSensitivity, 'Confidential');
    assert.equal((await repo.versions(record.id)).length, 2, 'created, then written once');
  });

  it('attack 6: an import stopped between writing rows and nominating leaves nothing Pending; a re-run nominates each custodian once', async () => {
    const file = csv(rows(60, 'A6'));
    // The "crash": the run dies right after its last batch of rows is written, before any nomination is sent.
    const crashed = importFile(file, (p) => {
      if (p.total > 0 && p.done === p.total) throw new Error('killed');
    });
    await assert.rejects(crashed, /killed/);
    const written = (await assets()).filter((a) => a.externalId?.startsWith('A6-'));
    assert.equal(written.length, 60, 'every row was written');
    assert.equal(written.filter((a) => a.custodian !== undefined).length, 20);
    assert.deepEqual(written.filter((a) => a.ownershipStatus === 'Pending').map((a) => a.externalId), [], 'no record is Pending without a request');
    assert.equal((await requests()).filter((r) => r.asset?.title?.startsWith('A6 ')).length, 0, 'no nomination was sent');

    const rerun = await importFile(file);
    assert.equal(rerun.filter((r) => r.outcome === 'unchanged').length, 60);
    assert.equal(rerun.filter((r) => r.nomination === 'sent').length, 20, 'the report says each named custodian was asked now');
    assert.deepEqual(await ownershipGaps('A6'), { pendingWithoutRequest: [], notOneRequest: [] });
    const named = (await assets()).filter((a) => a.externalId?.startsWith('A6-') && a.custodian !== undefined);
    assert.ok(named.every((a) => a.ownershipStatus === 'Pending'), 'Pending once the request exists');

    const third = await importFile(file);
    assert.equal(third.filter((r) => r.nomination !== undefined).length, 0, 'nothing left to ask');
    assert.deepEqual(await ownershipGaps('A6'), { pendingWithoutRequest: [], notOneRequest: [] });
  });

  it('attack 6: a re-run repairs a record left Pending with no request, never asks a custodian who declined, never the importer', async () => {
    const repo = h.repository(DATA_ASSETS_LIST);
    // Left behind by the earlier import code: Pending, custodian named, no request anywhere.
    const orphan = await repo.create({ title: 'R6 orphan', externalId: 'R6-1', mission: 'Chile', region: 'South America', custodian: h.people.alice, ownershipStatus: 'Pending', containsPersonalData: false, reviewCycleMonths: 12, lifecycle: 'Active' }, { includeComputed: true });
    const declined = await repo.create({ title: 'R6 declined', externalId: 'R6-2', mission: 'Chile', region: 'South America', custodian: h.people.alice, ownershipStatus: 'Unassigned', containsPersonalData: false, reviewCycleMonths: 12, lifecycle: 'Active' }, { includeComputed: true });
    const request = await h.repository(OWNERSHIP_REQUESTS_LIST, 'bob').create({
      title: 'Nomination: R6 declined', asset: { id: declined.id }, nominee: h.people.alice, requester: h.people.bob, kind: 'Nomination', status: 'Pending'
    });
    await h.repository(OWNERSHIP_DECISIONS_LIST, 'alice').create({ title: 'Decline', request: { id: request.id }, asset: { id: declined.id }, decision: 'Decline', comment: 'Not mine' });
    const lines = ['R6-1;R6 orphan;Chile;;alice@governance.test', 'R6-2;R6 declined;Chile;;alice@governance.test', 'R6-3;R6 mine;Chile;;admin@governance.test'];
    const report = await importFile(csv(lines));

    assert.deepEqual(report.map((r) => [r.outcome, r.nomination]), [['unchanged', 'sent'], ['unchanged', 'declined'], ['created', 'self']]);
    const requestsOf = async (id: number): Promise<number> => (await requests()).filter((r) => r.asset?.id === id).length;
    assert.equal(await requestsOf(orphan.id), 1, 'the orphan now has its one request');
    assert.equal((await repo.getById(orphan.id)).ownershipStatus, 'Pending');
    assert.equal(await requestsOf(declined.id), 1, 'the custodian who declined is not asked again');
    assert.equal((await repo.getById(declined.id)).ownershipStatus, 'Declined');
    const mine = (await assets()).find((a) => a.externalId === 'R6-3')!;
    assert.equal(await requestsOf(mine.id), 0, 'the importer is never their own nominee');
    assert.equal(mine.ownershipStatus, 'Unassigned');
  });

  it('attack 6: answers lost on every $batch (nominations included) are resolved by looking up: reported sent, and a re-run duplicates nothing', async () => {
    const file = csv(rows(30, 'L6'));
    h.emulator.faults.setRate({ rate: 0, lostRate: 1, method: 'POST', pathContains: '$batch', retryAfterSeconds: 0 });
    const report = await importFile(file);
    const lost = h.emulator.faults.served.lost;
    h.emulator.faults.clear();

    assert.ok(lost >= 2, `the rows' and the nominations' answers were lost (${lost})`);
    assert.equal(report.filter((r) => r.outcome === 'created').length, 30);
    assert.deepEqual(report.filter((r) => r.nomination !== undefined).map((r) => r.nomination), Array(10).fill('sent'), 'delivered nominations are reported sent, not failed');
    assert.deepEqual(await ownershipGaps('L6'), { pendingWithoutRequest: [], notOneRequest: [] });
    const named = (await assets()).filter((a) => a.externalId?.startsWith('L6-') && a.custodian !== undefined);
    assert.ok(named.every((a) => a.ownershipStatus === 'Pending'), 'Pending once the request is found');

    const rerun = await importFile(file);
    assert.equal(rerun.filter((r) => r.nomination !== undefined).length, 0);
    assert.deepEqual(await ownershipGaps('L6'), { pendingWithoutRequest: [], notOneRequest: [] });
  });

  it('attack 6, form path: a lost answer on a nomination is looked up, not retried: one request, Pending, no error', async () => {
    const repos = createRepositories(h.sp('admin'), { log: h.log });
    const nominations = new NominationService(h.sp('admin'), repos, { search: () => Promise.resolve([]) });
    const created = await repos.dataAssets.create({ title: 'F6 form record', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', custodian: h.people.alice });
    h.emulator.faults.setRate({ rate: 0, lostRate: 1, method: 'POST', pathContains: "getbytitle('ownershiprequests')/items", retryAfterSeconds: 0 });
    const stored = await nominations.nominate(created, { nominee: h.people.alice });
    const lost = h.emulator.faults.served.lost;
    h.emulator.faults.clear();

    assert.equal(lost, 1, 'the request was created and its answer dropped, once: no blind re-send');
    assert.equal((await requests()).filter((r) => r.asset?.id === created.id).length, 1);
    assert.equal(stored.ownershipStatus, 'Pending');
  });
});
