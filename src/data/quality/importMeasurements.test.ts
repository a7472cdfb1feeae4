import { GovernanceError } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import { countOutcomes } from '../../core/quality/importReport';
import { qualityKey, type CheckedQualityRow } from '../../core/quality/importRows';
import type { QualityMeasurement } from '../../core/quality/model';
import { DATA_QUALITY_MEASUREMENTS_LIST } from '../../core/schema';
import type { IListRepository, RowResult } from '../repositories/types';
import { importMeasurements } from './importMeasurements';

const measurement = (asset: number, score: number): QualityMeasurement => ({ title: 'Validity', asset: { id: asset }, dimension: 'Validity', score, measuredOn: '2026-05-01', source: 'Tool' });
const row = (n: number, options: { recorded?: boolean; invalid?: boolean } = {}): CheckedQualityRow => {
  if (options.invalid) return { rowNumber: n + 2, record: `R-${n}`, issues: [{ field: 'score', code: 'qualityScoreNotNumber', message: 'x' }] };
  const m = measurement(1 + (n % 3), n);
  return { rowNumber: n + 2, record: `R-${n}`, measurement: m, key: qualityKey(m), alreadyRecorded: options.recorded === true, issues: [] };
};

type Answer = 'ok' | 'lost' | 'refused' | 'invalid';

/**
 * A fake list: `answers(call, index)` decides each add's fate (`lost`: stored, but the answer says Network;
 * `refused`: not stored, Throttled; `invalid`: Validation); `failReads` reads throw before one succeeds.
 */
function fakeList(answers: (call: number, index: number) => Answer, failReads = 0): IListRepository<QualityMeasurement> & { stored: Stored<QualityMeasurement>[]; sends: number[] } {
  const stored: Stored<QualityMeasurement>[] = [];
  const sends: number[] = [];
  let reads = 0;
  let nextId = 1;
  const list = {
    definition: DATA_QUALITY_MEASUREMENTS_LIST,
    stored,
    sends,
    async createMany(values: readonly QualityMeasurement[]): Promise<RowResult<Stored<QualityMeasurement>>[]> {
      const call = sends.push(values.length);
      return values.map((value, index): RowResult<Stored<QualityMeasurement>> => {
        const answer = answers(call, index);
        if (answer === 'refused') return { index, ok: false, error: new GovernanceError('Throttled', 'busy') };
        if (answer === 'invalid') return { index, ok: false, error: new GovernanceError('Validation', 'bad') };
        const item = { ...value, id: nextId++, etag: '"1"' };
        stored.push(item);
        return answer === 'ok' ? { index, ok: true, item } : { index, ok: false, error: new GovernanceError('Network', 'connection reset') };
      });
    },
    async page() {
      if (reads++ < failReads) throw new GovernanceError('Network', 'lookup failed');
      return { items: [...stored] };
    }
  };
  return list as unknown as IListRepository<QualityMeasurement> & { stored: Stored<QualityMeasurement>[]; sends: number[] };
}

const run = (list: IListRepository<QualityMeasurement>, rows: CheckedQualityRow[], options: Parameters<typeof importMeasurements>[2] = {}): ReturnType<typeof importMeasurements> =>
  importMeasurements({ reads: list, writes: list }, rows, { backoffMs: () => 0, ...options });

describe('importMeasurements', () => {
  it('writes valid rows once, skips rows already recorded and invalid rows', async () => {
    const list = fakeList(() => 'ok');
    const report = await run(list, [row(0), row(1, { recorded: true }), row(2, { invalid: true }), row(3)]);
    expect(report.map((r) => r.outcome)).toEqual(['written', 'alreadyRecorded', 'invalid', 'written']);
    expect(list.sends).toEqual([2]);
    expect(report[0].id).toBe(list.stored[0].id);
  });

  it('counts a lost answer as written when its key is stored, without sending it again', async () => {
    const list = fakeList((call, index) => (call === 1 && index % 2 === 0 ? 'lost' : 'ok'));
    const report = await run(list, [0, 1, 2, 3, 4].map((n) => row(n)));
    expect(countOutcomes(report).written).toBe(5);
    expect(list.sends).toEqual([5]);
    expect(list.stored.length).toBe(5);
  });

  it('re-sends only rows proven unwritten', async () => {
    const list = fakeList((call, index) => (call === 1 && index < 2 ? 'refused' : 'ok'));
    const report = await run(list, [0, 1, 2].map((n) => row(n)));
    expect(countOutcomes(report).written).toBe(3);
    expect(list.sends).toEqual([3, 2]);
    expect(list.stored.length).toBe(3);
  });

  it('sends nothing again while the lookup of unknown rows fails, then finds them written', async () => {
    const list = fakeList(() => 'lost', 2);
    const report = await run(list, [0, 1].map((n) => row(n)));
    expect(report.map((r) => r.outcome)).toEqual(['written', 'written']);
    expect(list.sends).toEqual([2]);
    expect(list.stored.length).toBe(2);
  });

  it('reports a row whose fate stays unknown as failed, never re-sent', async () => {
    const list = fakeList(() => 'lost', 99);
    const report = await run(list, [row(0)], { maxRounds: 3 });
    expect(report[0]).toMatchObject({ outcome: 'failed', issues: [{ code: 'serverNetwork' }] });
    expect(list.sends).toEqual([1]);
  });

  it('reports a refused row with its reason, not retried', async () => {
    const list = fakeList(() => 'invalid');
    const report = await run(list, [row(0)]);
    expect(report[0]).toMatchObject({ outcome: 'failed', issues: [{ code: 'serverValidation' }] });
    expect(list.sends).toEqual([1]);
  });

  it('stops between batches on cancel: the rest is not written', async () => {
    const list = fakeList(() => 'ok');
    const controller = new AbortController();
    const progress: number[] = [];
    const report = await run(list, [0, 1, 2, 3, 4].map((n) => row(n)), {
      batchSize: 2,
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p.done);
        if (p.done >= 2) controller.abort();
      }
    });
    expect(report.map((r) => r.outcome)).toEqual(['written', 'written', 'notRun', 'notRun', 'notRun']);
    expect(progress).toEqual([0, 2]);
  });
});
