import type { ScorecardAsset } from '../IScorecardService';
import { packRows, RowsPacker, toJsonFriendly, unpackRows } from './compactRows';

const ana = { id: 7, title: 'Ana Lopez', email: 'ana@example.org' };
const rows = [
  { id: 2, title: 'Registry', region: 'Africa', owner: ana, custodian: { ...ana }, containsPersonalData: true, reviewCycleMonths: 12, accessFlags: ['Anyone'] },
  { id: 5, title: 'Payroll', region: 'Africa', owner: { id: 9, title: 'Bo' }, containsPersonalData: false, lastReviewed: '2026-01-02T00:00:00Z' },
  { id: 9, title: '', region: null, containsPersonalData: false, reviewCycleMonths: 0 }
] as unknown as ScorecardAsset[];

describe('compact scorecard rows', () => {
  it('unpacks to the same rows, with absent properties still absent and null, 0, false and "" kept', () => {
    const back = unpackRows(packRows(rows));
    expect(back).toEqual(rows);
    expect(back?.[1]).not.toHaveProperty('custodian');
    expect(Object.keys(back?.[2] ?? {})).toEqual(['id', 'title', 'region', 'containsPersonalData', 'reviewCycleMonths']);
  });

  it('stores a repeated value once per column, people by their content', () => {
    const packed = packRows(rows);
    expect(packed.columns.region.values).toEqual(['Africa', null]);
    expect(Array.from(packed.columns.region.codes)).toEqual([1, 1, 2]);
    expect(packed.columns.owner.values).toEqual([ana, { id: 9, title: 'Bo' }]);
    expect(Array.from(packed.columns.custodian.codes)).toEqual([1, 0, 0]);
    expect(Array.from(packed.ids)).toEqual([2, 5, 9]);
  });

  it('keeps a column of strings as one text with lengths, and per-row codes as typed arrays', () => {
    const packed = packRows(rows);
    expect(packed.columns.title).toMatchObject({ text: 'RegistryPayroll' });
    expect(Array.from(packed.columns.title.lengths ?? [])).toEqual([8, 7, 0]);
    expect(packed.columns.title.codes).toBeInstanceOf(Uint8Array);
    expect(packed.ids).toBeInstanceOf(Float64Array);
  });

  // A structured clone (IndexedDB) is checked in test/integration/scorecardDelta.test.ts: jsdom has none.
  it('survives JSON (the localStorage fallback)', () => {
    const text = JSON.stringify(toJsonFriendly(packRows(rows)));
    expect(text).toContain('"ids":[2,5,9]');
    expect(unpackRows(JSON.parse(text))).toEqual(rows);
  });

  it('reads a damaged entry as nothing, so the scorecard reloads in full', () => {
    const packed = packRows(rows);
    expect(unpackRows(undefined)).toBeUndefined();
    expect(unpackRows({ ids: 'x', columns: {} })).toBeUndefined();
    const { region, ...withoutRegion } = packed.columns;
    expect(region).toBeDefined();
    expect(unpackRows({ ids: packed.ids, columns: withoutRegion })).toBeUndefined();
    expect(unpackRows({ ids: packed.ids, columns: { ...packed.columns, region: { values: ['Africa'], codes: [1, 1, 2] } } })).toBeUndefined();
    expect(unpackRows({ ids: packed.ids, columns: { ...packed.columns, region: { values: ['Africa'], codes: [1, 1] } } })).toBeUndefined();
    expect(unpackRows({ ids: [2, '5', 9], columns: packed.columns })).toBeUndefined();
    expect(unpackRows({ ids: packed.ids, columns: { ...packed.columns, title: { ...packed.columns.title, text: 'Registry' } } })).toBeUndefined();
    expect(unpackRows({ ids: packed.ids, columns: { ...packed.columns, title: { ...packed.columns.title, lengths: [8, 8] } } })).toBeUndefined();
  });

  it('packs no rows', () => {
    expect(unpackRows(packRows([]))).toEqual([]);
  });
});

describe('repacking after a delta', () => {
  const before = packRows(rows);
  const cachedRows = unpackRows(before) as ScorecardAsset[];

  it('keeps the codes of unchanged rows and looks up only the changed and new ones, dropping values no row uses', () => {
    const changed = { ...cachedRows[1], region: 'Europe', title: 'Payroll 2' } as ScorecardAsset;
    const added = { id: 12, title: 'Registry', region: 'Africa', containsPersonalData: true } as unknown as ScorecardAsset;
    // Row 9 deleted, row 5 changed, row 12 new; row 2 is the same object as before.
    const next = [cachedRows[0], changed, added];
    const packed = packRows(next, { packed: before, rows: cachedRows });
    expect(unpackRows(packed)).toEqual(next);
    expect(unpackRows(packed)).toEqual(unpackRows(packRows(next)));
    expect(packed.columns.region.values).toEqual(['Africa', 'Europe']); // null (row 9's) is gone
    expect(Array.from(packed.columns.region.codes)).toEqual([1, 2, 1]);
    expect(packed.columns.title).toMatchObject({ text: 'RegistryPayroll 2' }); // 'Payroll' is gone, 'Registry' shared
  });

  it('reads a changed object in an unchanged place as changed (identity, not position, decides)', () => {
    const copy = cachedRows.map((row) => ({ ...row, region: 'Asia' })) as ScorecardAsset[];
    expect(unpackRows(packRows(copy, { packed: before, rows: cachedRows }))).toEqual(copy);
  });

  it('ignores a "before" whose rows do not match its packing', () => {
    expect(unpackRows(packRows(cachedRows, { packed: before, rows: cachedRows.slice(1) }))).toEqual(cachedRows);
  });
});

describe('repacking a column of many distinct values', () => {
  it('adds a changed row\'s value anew instead of indexing every known one, and still drops the unused', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: i + 1, title: `Dataset ${i}`, region: 'Africa' })) as unknown as ScorecardAsset[];
    const before = packRows(many);
    const cachedRows = unpackRows(before) as ScorecardAsset[];
    // Row 1 now has row 2's title: a second copy of "Dataset 1" is added, and "Dataset 0" goes.
    const next = [{ ...cachedRows[0], title: 'Dataset 1' } as ScorecardAsset, ...cachedRows.slice(1)];
    const packed = packRows(next, { packed: before, rows: cachedRows });
    expect(unpackRows(packed)).toEqual(next);
    expect(packed.columns.title.lengths).toHaveLength(5000);
    expect(packed.columns.title.text?.startsWith('Dataset 1Dataset 2')).toBe(true);
    expect(packed.columns.title.text?.endsWith('Dataset 4999Dataset 1')).toBe(true);
  });

  it('packs parts as they arrive, in any order, and joins them in ID order with one dictionary per column', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: i + 1, title: `Dataset ${i % 700}`, region: i % 3 === 0 ? 'Africa' : 'Europe', owner: { ...ana }, ...(i % 5 === 0 ? {} : { lastReviewed: '2026-01-02' })
    })) as unknown as ScorecardAsset[];
    const packer = new RowsPacker();
    // The third range arrives first, as concurrent ranges do.
    const third = packer.pack(many.slice(2000));
    const first = packer.pack(many.slice(0, 1000));
    const second = packer.pack(many.slice(1000, 2000));
    const packed = packer.finish([first, second, third]);
    expect(Array.from(packed.ids)).toEqual(many.map((row) => row.id));
    expect(unpackRows(packed)).toEqual(many);
    expect(packed.columns.title.lengths).toHaveLength(700);
    expect(packed.columns.owner.values).toEqual([ana]);
    expect(unpackRows(packed)).toEqual(unpackRows(packRows(many)));
  });
});
