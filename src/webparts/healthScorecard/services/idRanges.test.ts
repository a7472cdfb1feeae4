import { boundedIdRanges, pageAlignedSpan, partitionIdRanges } from './idRanges';

/** Every ID 1..max appears in exactly one range. */
function expectExactCover(max: number, parts: number): void {
  const ranges = partitionIdRanges(max, parts);
  const seen = new Array<number>(max + 2).fill(0);
  for (const range of ranges) {
    expect(range.to).toBeGreaterThan(range.from);
    for (let id = range.from; id < range.to; id++) {
      seen[id]++;
    }
  }
  expect(seen.slice(1, max + 1).every((n) => n === 1)).toBe(true);
  expect(seen[0]).toBe(0);
  expect(seen[max + 1]).toBe(0);
}

describe('partitionIdRanges', () => {
  it('splits 1..max into contiguous half-open ranges', () => {
    expect(partitionIdRanges(10, 4)).toEqual([
      { from: 1, to: 3 },
      { from: 3, to: 6 },
      { from: 6, to: 8 },
      { from: 8, to: 11 }
    ]);
  });

  it('covers every ID exactly once, whatever the sizes', () => {
    for (const [max, parts] of [[1, 4], [3, 4], [4, 4], [5, 4], [997, 4], [100000, 7], [12, 1]]) {
      expectExactCover(max, parts);
    }
  });

  it('never makes more ranges than IDs, nor empty ranges', () => {
    expect(partitionIdRanges(2, 4)).toEqual([{ from: 1, to: 2 }, { from: 2, to: 3 }]);
  });

  it('returns no range for an empty list', () => {
    expect(partitionIdRanges(0, 4)).toEqual([]);
    expect(partitionIdRanges(-3, 4)).toEqual([]);
    expect(partitionIdRanges(Number.NaN, 4)).toEqual([]);
  });
});

describe('boundedIdRanges', () => {
  it('keeps the requested parts on a small list', () => {
    expect(boundedIdRanges(240, 3)).toEqual(partitionIdRanges(240, 3));
  });

  it('adds ranges so none spans more than the threshold on a large list, covering every ID once', () => {
    const ranges = boundedIdRanges(100_000, 4);
    expect(ranges.length).toBe(20);
    expect(ranges.every((r) => r.to - r.from <= 5000)).toBe(true);
    expect(ranges[0].from).toBe(1);
    expect(ranges[ranges.length - 1].to).toBe(100_001);
    expect(ranges.every((r, i) => i === 0 || r.from === ranges[i - 1].to)).toBe(true);
  });
});

describe('pageAlignedSpan', () => {
  it('narrows a range to whole pages, so every request but the list\'s last reads a full page', () => {
    expect(pageAlignedSpan(5000, 2000)).toBe(4000);
    expect(pageAlignedSpan(5000, 5000)).toBe(5000);
    expect(pageAlignedSpan(5000, 1000)).toBe(5000);
    expect(pageAlignedSpan(100, 30)).toBe(90);
    expect(pageAlignedSpan(5000, 6000)).toBe(5000);
    const ranges = boundedIdRanges(100_000, 4, pageAlignedSpan(5000, 2000));
    expect(ranges).toHaveLength(25);
    expect(ranges.every((r) => r.to - r.from === 4000)).toBe(true);
  });
});
