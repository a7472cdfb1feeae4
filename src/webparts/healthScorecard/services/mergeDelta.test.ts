import { deletionsPossible, mergeDelta } from './mergeDelta';

const row = (id: number, v: string): { id: number; v: string } => ({ id, v });

describe('mergeDelta', () => {
  it('replaces changed rows, adds new ones and keeps ID order', () => {
    const cached = [row(1, 'a'), row(3, 'c')];
    const result = mergeDelta(cached, [row(3, 'C'), row(2, 'b')]);
    expect(result.rows).toEqual([row(1, 'a'), row(2, 'b'), row(3, 'C')]);
    expect(result.changed).toBe(2);
    expect(result.removed).toBe(0);
    expect(cached).toEqual([row(1, 'a'), row(3, 'c')]);
  });

  it('drops rows the list no longer holds when live IDs are given', () => {
    const result = mergeDelta([row(1, 'a'), row(2, 'b'), row(3, 'c')], [row(4, 'd')], new Set([1, 3, 4]));
    expect(result.rows.map((r) => r.id)).toEqual([1, 3, 4]);
    expect(result.removed).toBe(1);
  });

  it('keeps the last of two changed copies of one row, and drops a changed row the list no longer holds', () => {
    const result = mergeDelta([row(1, 'a'), row(5, 'e')], [row(5, 'E1'), row(0, 'z'), row(5, 'E2'), row(7, 'g')], new Set([1, 5, 0]));
    expect(result.rows).toEqual([row(0, 'z'), row(1, 'a'), row(5, 'E2')]);
    expect(result.removed).toBe(1);
    expect(result.changed).toBe(4);
  });

  it('an empty delta keeps the cache as is', () => {
    expect(mergeDelta([row(1, 'a')], []).rows).toEqual([row(1, 'a')]);
  });
});

describe('deletionsPossible', () => {
  it('is false only when the merged rows match the item count', () => {
    expect(deletionsPossible(10, 10)).toBe(false);
    // One deleted and one created: the new one is in the delta, so the merged rows are one too many.
    expect(deletionsPossible(11, 10)).toBe(true);
  });
});
