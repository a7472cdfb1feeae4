/**
 * The quality measurements import (issue 18, part 5) against the emulator through the production service: 200 rows
 * under 20% faulted writes (batch parts failing; whole batches refused or their answers lost after the server
 * applied them), bad rows reported per row and never written, and a second run of the same file writing nothing.
 * Every test counts the measurements SharePoint holds and checks that none is stored twice.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Stored } from '../../src/core/models/common';
import { autoMapQualityColumns, countOutcomes, qualityKey, type QualityMeasurement, type QualityReportRow } from '../../src/core/quality';
import { DATA_ASSETS_LIST, DATA_QUALITY_MEASUREMENTS_LIST, MISSIONS_LIST } from '../../src/core/schema';
import { readAll } from '../../src/data/query/readMatching';
import { QualityImportService } from '../../src/webparts/dataInventory/services/QualityImportService';
import { startHarness, type Harness } from './support/harness';

const DIMENSIONS = ['Completeness', 'validity', 'Unicité', 'Accuracy'];
const ASSETS = 50;

describe('quality measurements import against the emulator', { timeout: 300000 }, () => {
  let h: Harness;
  let service: QualityImportService;
  /** Item ids of the records Q-0..Q-49. */
  let ids: number[] = [];

  /** 200 measurements (50 records x 4 dimensions; every fifth record named by its item id, not its External ID), then bad rows. */
  function file(): Blob {
    const lines = ['External ID;Dimension;Score;Measured on;Source;Note'];
    for (let i = 0; i < ASSETS; i++) {
      DIMENSIONS.forEach((dimension, d) => {
        const record = i % 5 === 0 ? String(ids[i]) : `Q-${i}`;
        lines.push(`${record};${dimension};${60 + ((i + d) % 40)},5;${(d % 28) + 1}/03/2026;Profiler v2;"run ${i}; ""nightly"""`);
      });
    }
    lines.push('NOPE-1;Completeness;50;2026-03-01;;', 'Q-1;Completeness;12x;2026-03-01;;', 'Q-1;Freshness;50;2026-03-01;;', 'Q-2;Validity;120;2026-03-01;;', 'q-3;completeness;63.5;2026-03-01;profiler V2;');
    return new Blob([`\ufeff${lines.join('\r\n')}`]);
  }

  async function importFile(): Promise<QualityReportRow[]> {
    const table = await service.readFile(file(), 'quality.csv');
    const prepared = await service.check(table, autoMapQualityColumns(table.headers), 'DMY');
    return service.run(prepared, {});
  }

  async function stored(): Promise<Stored<QualityMeasurement>[]> {
    return readAll(h.repository(DATA_QUALITY_MEASUREMENTS_LIST));
  }

  function assertNoDuplicates(rows: readonly Stored<QualityMeasurement>[]): void {
    const keys = rows.map((r) => qualityKey(r));
    assert.equal(new Set(keys).size, keys.length, 'no measurement is stored twice');
  }

  before(async () => {
    h = await startHarness();
    await h.provision([MISSIONS_LIST, DATA_ASSETS_LIST, DATA_QUALITY_MEASUREMENTS_LIST]);
    const created = await h.repository(DATA_ASSETS_LIST).createMany(
      Array.from({ length: ASSETS }, (_, i) => ({ title: `Dataset ${i}`, externalId: `Q-${i}`, assetType: 'Dataset', containsPersonalData: false }) as never)
    );
    ids = created.map((r) => (r.ok ? r.item.id : 0));
    assert.ok(ids.every((id) => id > 0));
    service = new QualityImportService(h.sp('admin'), { backoffMs: () => 0, log: h.log });
  });

  after(async () => {
    await h?.close();
  });

  it('imports 200 rows with 20% of batch parts failing: exactly 200 measurements, bad rows reported', async () => {
    h.emulator.faults.setRate({ rate: 0.2, lostRate: 0.15, scope: 'part', seed: 11, method: 'POST', pathContains: "getbytitle('dataqualitymeasurements')/items", retryAfterSeconds: 0 });
    const report = await importFile();
    const { faulted } = h.emulator.faults.served;
    h.emulator.faults.clear();
    assert.ok(faulted > 5, `batch parts failed (${faulted})`);

    assert.deepEqual(countOutcomes(report), { written: 200, alreadyRecorded: 0, invalid: 5, failed: 0, notRun: 0 });
    const rows = await stored();
    assert.equal(rows.length, 200);
    assertNoDuplicates(rows);
    // Row 2 is record Q-0 named by its item id; its score had a comma decimal and its date day-first.
    const first = rows.find((r) => r.id === report[0].id)!;
    assert.deepEqual([first.asset.id, first.dimension, first.score, first.measuredOn.slice(0, 10), first.source, first.note], [ids[0], 'Completeness', 60.5, '2026-03-01', 'Profiler v2', 'run 0; "nightly"']);
    assert.equal(rows.filter((r) => r.dimension === 'Uniqueness').length, ASSETS, 'French dimension names are stored in English');
    const bad = report.filter((r) => r.outcome === 'invalid').map((r) => `${r.rowNumber}:${r.issues!.map((i) => `${i.field}.${i.code}`).join(',')}`);
    assert.deepEqual(bad, ['202:record.qualityRecordUnknown', '203:score.qualityScoreNotNumber', '204:dimension.qualityDimensionInvalid', '205:score.qualityScoreOutOfRange', '206:record.duplicateInFile']);
    assert.ok(h.requests.some((l) => l.includes('DataAssets') && l.includes('ExternalId')), 'records found on the indexed ExternalId');
    assert.ok(h.requests.some((l) => l.includes('DataQualityMeasurements') && l.includes('AssetId')), 'measurements read on the indexed Asset lookup');
  });

  it('a second run of the same file writes nothing: every row is already recorded, nothing is sent', async () => {
    const before = h.requests.length;
    const again = await importFile();
    assert.deepEqual(countOutcomes(again), { written: 0, alreadyRecorded: 200, invalid: 5, failed: 0, notRun: 0 });
    assert.equal(h.requests.slice(before).filter((l) => l.startsWith('POST') && l.includes('$batch')).length, 0, 'nothing was sent');
    const rows = await stored();
    assert.equal(rows.length, 200);
    assertNoDuplicates(rows);
  });

  it('under refused and lost whole batches, a run stopped halfway and run again finishes the rest without duplicates', async () => {
    // New measurements (another day) of the same records, stopped after the first batch.
    h.emulator.faults.setRate({ rate: 0.2, lostRate: 0.3, seed: 5, method: 'POST', pathContains: '$batch', retryAfterSeconds: 0 });
    const table = await service.readFile(file(), 'quality.csv');
    const mapping = autoMapQualityColumns(table.headers);
    const later = { headers: table.headers, rows: table.rows.map((r) => (r[3] ? [r[0], r[1], r[2], r[3].replace('/03/', '/04/'), r[4], r[5]] : r)) };
    const controller = new AbortController();
    const small = new QualityImportService(h.sp('admin'), { backoffMs: () => 0, log: h.log, batchSize: 10 });
    const stopped = await small.run(await small.check(later, mapping, 'DMY'), { signal: controller.signal, onProgress: (p) => p.done >= 50 && controller.abort() });
    // Row 206 repeated row 5 of the first file, which is stored: already recorded now, no longer a duplicate.
    assert.deepEqual(countOutcomes(stopped), { written: 50, alreadyRecorded: 1, invalid: 4, failed: 0, notRun: 150 });
    const finished = await small.run(await small.check(later, mapping, 'DMY'), {});
    const { faulted, lost } = h.emulator.faults.served;
    h.emulator.faults.clear();
    assert.ok(faulted > 0 && lost > 0, `batches were refused (${faulted}) and answers lost (${lost})`);
    assert.deepEqual(countOutcomes(finished), { written: 150, alreadyRecorded: 51, invalid: 4, failed: 0, notRun: 0 });
    const rows = await stored();
    assert.equal(rows.length, 400);
    assertNoDuplicates(rows);
  });
});
