import { idFilters } from './idFilters';

describe('id filters (ranges and or-terms in chunks)', () => {
  it('reads a run of close ids as one range, lone ids as eq terms, duplicates and non-ids dropped', () => {
    expect(idFilters('AssetId', [7, 5, 6, 40, 5, 0, -1, 1.5]).map((f) => f.text)).toEqual(['((AssetId ge 5) and (AssetId le 7)) or (AssetId eq 40)']);
    // Every third record (the rows naming a custodian) is still one range.
    expect(idFilters('Id', [100, 103, 106, 109]).map((f) => f.text)).toEqual(['(Id ge 100) and (Id le 109)']);
    expect(idFilters('Id', [])).toEqual([]);
  });

  it('splits a range before it spans 2,000 ids, so no range selects more than a few thousand items', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => i + 1);
    expect(idFilters('Id', ids).map((f) => f.text)).toEqual(['((Id ge 1) and (Id le 2000)) or ((Id ge 2001) and (Id le 4000)) or ((Id ge 4001) and (Id le 5000))']);
  });

  it('keeps each filter under the length limit by splitting the terms into several requests', () => {
    const scattered = Array.from({ length: 300 }, (_, i) => 1000 + i * 50);
    const filters = idFilters('AssetId', scattered, 400);
    expect(filters.length).toBeGreaterThan(1);
    expect(filters.every((f) => f.text.length <= 400)).toBe(true);
    const listed = filters.flatMap((f) => Array.from(f.text.matchAll(/AssetId eq (\d+)/g), (m) => Number(m[1])));
    expect(listed).toEqual(scattered);
  });
});
