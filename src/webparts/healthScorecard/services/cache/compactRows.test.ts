import type { ScorecardAsset } from '../IScorecardService';
import { packRows, toJsonFriendly, unpackRows } from './compactRows';

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
