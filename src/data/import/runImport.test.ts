import { GovernanceError } from '../../core/errors';
import { importKey } from '../../core/import/keys';
import type { PlannedRow } from '../../core/import/types';
import type { Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import { DATA_ASSETS_LIST } from '../../core/schema/lists/dataAssets';
import type { IListRepository, RowResult } from '../repositories/types';
import { runImport } from './runImport';

const values = (n: number): DataAsset => ({ title: `Dataset ${n}`, externalId: `EXT-${n}`, mission: 'Chad', containsPersonalData: false } as DataAsset);
const planned = (n: number): PlannedRow => ({
  row: { rowNumber: n + 2, values: values(n), mapped: ['title', 'externalId', 'mission', 'containsPersonalData'], issues: [], key: importKey(values(n), true) },
  action: { kind: 'create' }
});

type Answer = 'ok' | 'lost';

/** A fake DataAssets list: `answers(call)` decides each add (`lost`: stored, but the answer says Network); the first `failReads` reads throw. */
function fakeAssets(answers: (call: number) => Answer, failReads: number): IListRepository<DataAsset> & { stored: Stored<DataAsset>[]; sends: number[] } {
  const stored: Stored<DataAsset>[] = [];
  const sends: number[] = [];
  let reads = 0;
  const list = {
    definition: DATA_ASSETS_LIST,
    stored,
    sends,
    async createMany(rows: readonly DataAsset[]): Promise<RowResult<Stored<DataAsset>>[]> {
      const call = sends.push(rows.length);
      return rows.map((row, index): RowResult<Stored<DataAsset>> => {
        const item = { ...row, id: 100 + stored.length, etag: '"1"' };
        stored.push(item);
        return answers(call) === 'ok' ? { index, ok: true, item } : { index, ok: false, error: new GovernanceError('Network', 'connection reset') };
      });
    },
    async page() {
      if (reads++ < failReads) throw new GovernanceError('Network', 'lookup failed');
      return { items: [...stored] };
    }
  };
  return list as unknown as IListRepository<DataAsset> & { stored: Stored<DataAsset>[]; sends: number[] };
}

const target = (assets: IListRepository<DataAsset>): Parameters<typeof runImport>[0] => ({ assets, byExternalId: true, existingIds: new Set(), existingById: new Map() });

describe('runImport: rows whose fate is unknown', () => {
  it('never re-sends a row while the lookup of its fate fails: it waits for a lookup that succeeds', async () => {
    // The first answer is lost (the rows were stored), and the next two lookups fail.
    const assets = fakeAssets((call) => (call === 1 ? 'lost' : 'ok'), 2);
    const report = await runImport(target(assets), [planned(1), planned(2)], { backoffMs: () => 0 });
    expect(assets.sends).toEqual([2]);
    expect(assets.stored).toHaveLength(2);
    expect(report.map((r) => [r.outcome, r.id])).toEqual([['created', 100], ['created', 101]]);
  });

  it('reports a row failed, not re-sent, when its fate can never be looked up', async () => {
    const assets = fakeAssets(() => 'lost', 100);
    const report = await runImport(target(assets), [planned(1)], { backoffMs: () => 0, maxRounds: 3 });
    expect(assets.sends).toEqual([1]);
    expect(report[0].outcome).toBe('failed');
    expect(report[0].issues?.[0].code).toBe('serverNetwork');
  });

  it('re-sends a row the lookup proves unwritten', async () => {
    let call = 0;
    const assets = fakeAssets(() => 'ok', 0);
    const createMany = assets.createMany.bind(assets);
    // The first send is refused before anything is stored; the lookup then finds nothing, so the row goes again.
    assets.createMany = async (rows, options) => (++call === 1 ? rows.map((_, index) => ({ index, ok: false as const, error: new GovernanceError('Network', 'reset') })) : createMany(rows, options));
    const report = await runImport(target(assets), [planned(1)], { backoffMs: () => 0 });
    expect(call).toBe(2);
    expect(assets.stored).toHaveLength(1);
    expect(report[0].outcome).toBe('created');
  });
});
