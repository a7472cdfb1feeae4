import type { IListRepository } from '../repositories/types';

/**
 * Width of one ID range. Any `Id ge a and Id lt a+5000` clause matches at most 5,000 items, so SharePoint serves
 * it on a list of any size, whatever non-narrowing clauses follow it.
 */
export const ID_RANGE = 5000;

/** Ranges read at once when one range does not fill a page or a full read has many: bounded, not a burst. */
export const MAX_PARALLEL_RANGES = 4;

/** One half-open ID range `[from, to)`. */
export interface IdRange {
  readonly from: number;
  readonly to: number;
}

/** The list's highest item ID (0 when empty): one request through the always-indexed ID. */
export async function topId<T>(repository: IListRepository<T>): Promise<number> {
  const last = await repository.page({ select: [], top: 1, orderBy: [{ field: 'id', ascending: false }] });
  return last.items[0]?.id ?? 0;
}

/** Every range from 1 to `maxId`, lowest first. */
export function allRanges(maxId: number): IdRange[] {
  const ranges: IdRange[] = [];
  for (let from = 1; from <= maxId; from += ID_RANGE) ranges.push({ from, to: from + ID_RANGE });
  return ranges;
}

/** Runs `work` over `inputs` with at most `limit` calls in flight; results keep the inputs' order. */
export async function mapLimited<I, R>(inputs: readonly I[], limit: number, work: (input: I) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await work(inputs[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}
