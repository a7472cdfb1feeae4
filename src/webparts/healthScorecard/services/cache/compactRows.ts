/**
 * The cached scoring rows column by column (issue 20): each column keeps its distinct values once and, per row, a
 * number pointing at one of them. IndexedDB stores entries as structured clones, and cloning 100,000 row objects
 * cost about 2 s each way in the bench. Here the per-row numbers are typed arrays, which clone as one block of
 * bytes, and a column whose values are all strings keeps them joined in one string with their lengths, since an
 * array of 76,000 distinct locations clones string by string. The localStorage fallback's JSON turns the typed
 * arrays into plain ones (`toJsonFriendly`), which `unpackRows` reads as well.
 */
import type { ScorecardAsset } from '../IScorecardService';
import { SCORING_SELECT } from '../scoringRows';

type NumberList = Uint8Array | Uint16Array | Uint32Array | Float64Array | readonly number[];

/** One column: its distinct values, and per row 0 (the row has no such property) or 1 + the value's index. */
export interface CompactColumn {
  /** The distinct values, when not all of them are strings. */
  readonly values?: readonly unknown[];
  /** The distinct values when all are strings: joined, each one's length in `lengths`. */
  readonly text?: string;
  readonly lengths?: NumberList;
  readonly codes: NumberList;
}

export interface CompactRows {
  /** Row IDs, ascending. */
  readonly ids: NumberList;
  /** One column per scoring property (`SCORING_SELECT`). */
  readonly columns: { readonly [property: string]: CompactColumn };
}

/**
 * What was packed before and the row objects it unpacked to (the delta refresh's cached rows): a row that is still
 * the same object keeps its codes, so a refresh that changed 1% of the rows looks up values for that 1% only.
 */
export interface PackedBefore {
  readonly packed: CompactRows;
  readonly rows: readonly ScorecardAsset[];
}

/** Packs rows (already in ID order) into columns; object values (people, flags) are shared by their JSON text. */
export function packRows(rows: readonly ScorecardAsset[], before?: PackedBefore): CompactRows {
  const ids = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) ids[i] = rows[i].id;
  const reused = before && before.rows.length === before.packed.ids.length ? sameRows(rows, before.rows) : undefined;
  const columns: { [property: string]: CompactColumn } = {};
  for (const property of SCORING_SELECT) {
    const previous = reused && before?.packed.columns[property];
    const previousValues = previous ? valuesOf(previous) : undefined;
    columns[property] = reused && previous && previousValues
      ? packColumn(rows, property, { at: reused, codes: previous.codes, values: previousValues })
      : packColumn(rows, property);
  }
  return { ids, columns };
}

/** Per row, the index of the same object among the rows packed before, or -1. Both lists are in ID order. */
function sameRows(rows: readonly ScorecardAsset[], previous: readonly ScorecardAsset[]): Int32Array {
  const at = new Int32Array(rows.length).fill(-1);
  let j = 0;
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i].id;
    while (j < previous.length && previous[j].id < id) j++;
    if (j < previous.length && previous[j] === rows[i]) at[i] = j;
  }
  return at;
}

/** A column with more distinct values than this is not indexed again when repacking (see `packColumn`). */
const SEEDED_VALUES_MAX = 4096;

interface ReusedColumn {
  /** Per row, the index of its unchanged self before, or -1. */
  readonly at: Int32Array;
  readonly codes: NumberList;
  readonly values: readonly unknown[];
}

function packColumn(rows: readonly ScorecardAsset[], property: string, reused?: ReusedColumn): CompactColumn {
  const values: unknown[] = reused ? reused.values.slice() : [];
  const codes = new Uint32Array(rows.length);
  const byValue = new Map<unknown, number>();
  const byJson = new Map<string, number>();
  let allStrings = true;
  // Known values are looked up again only in columns with few of them (regions, people, flags). Hashing every one
  // of 76,000 locations would cost more than the refresh saves; a changed row's location is added anew instead,
  // and the old copy goes when no row points at it (`withoutUnused`).
  const seed = values.length <= SEEDED_VALUES_MAX;
  values.forEach((value, index) => {
    if (typeof value !== 'string') allStrings = false;
    if (!seed) return;
    byValue.set(value, index + 1);
    if (typeof value === 'object' && value !== null) byJson.set(JSON.stringify(value), index + 1);
  });
  let last: unknown;
  let lastCode = 0;
  for (let i = 0; i < rows.length; i++) {
    if (reused && reused.at[i] >= 0) {
      codes[i] = reused.codes[reused.at[i]];
      continue;
    }
    const value = (rows[i] as unknown as Record<string, unknown>)[property];
    if (value === undefined) continue; // code 0
    if (value === last) {
      codes[i] = lastCode; // runs of one value (a region, a flag) skip the lookup
      continue;
    }
    // The same object (rows unpacked from the cache share them) is found without serialising it again.
    let code = byValue.get(value);
    if (code === undefined && typeof value === 'object' && value !== null) {
      const json = JSON.stringify(value);
      code = byJson.get(json);
      if (code === undefined) {
        values.push(value);
        code = values.length;
        byJson.set(json, code);
      }
      byValue.set(value, code);
    } else if (code === undefined) {
      values.push(value);
      code = values.length;
      byValue.set(value, code);
      if (typeof value !== 'string') allStrings = false;
    }
    codes[i] = code;
    last = value;
    lastCode = code;
  }
  if (byJson.size > 0) allStrings = false;
  const [liveValues, liveCodes] = reused ? withoutUnused(values, codes) : [values, codes];
  const narrowCodes = narrow(liveCodes, liveValues.length);
  if (!allStrings || liveValues.length === 0) return { values: liveValues, codes: narrowCodes };
  const strings = liveValues as string[];
  return { text: strings.join(''), lengths: Uint32Array.from(strings, (s) => s.length), codes: narrowCodes };
}

/** Drops values no row points at any more (a changed or deleted row's old value), so an entry never grows stale. */
function withoutUnused(values: readonly unknown[], codes: Uint32Array): [unknown[], Uint32Array] {
  const used = new Uint8Array(values.length + 1);
  for (let i = 0; i < codes.length; i++) used[codes[i]] = 1;
  let kept = 0;
  for (let code = 1; code <= values.length; code++) kept += used[code];
  if (kept === values.length) return [values as unknown[], codes];
  const renumbered = new Uint32Array(values.length + 1);
  const live: unknown[] = [];
  for (let code = 1; code <= values.length; code++) {
    if (used[code]) {
      live.push(values[code - 1]);
      renumbered[code] = live.length;
    }
  }
  for (let i = 0; i < codes.length; i++) codes[i] = renumbered[codes[i]];
  return [live, codes];
}

/** The smallest typed array that holds codes up to `max`: most columns have a few dozen distinct values. */
function narrow(codes: Uint32Array, max: number): NumberList {
  if (max <= 0xff) return Uint8Array.from(codes);
  if (max <= 0xffff) return Uint16Array.from(codes);
  return codes;
}

/** A copy JSON keeps (typed arrays become plain arrays), for the localStorage fallback. */
export function toJsonFriendly(rows: CompactRows): CompactRows {
  const columns: { [property: string]: CompactColumn } = {};
  for (const [property, column] of Object.entries(rows.columns)) {
    columns[property] = {
      ...column,
      codes: Array.from(column.codes),
      ...(column.lengths ? { lengths: Array.from(column.lengths) } : {})
    };
  }
  return { ids: Array.from(rows.ids), columns };
}

function isNumberList(value: unknown): value is NumberList {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/** A column's distinct values, or undefined when its parts do not fit together. */
function valuesOf(column: Partial<CompactColumn>): readonly unknown[] | undefined {
  if (Array.isArray(column.values)) return column.values;
  const { text, lengths } = column;
  if (typeof text !== 'string' || !isNumberList(lengths)) return undefined;
  const values = new Array<string>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i];
    if (!Number.isInteger(length) || length < 0 || at + length > text.length) return undefined;
    values[i] = text.slice(at, at + length);
    at += length;
  }
  return at === text.length ? values : undefined;
}

/**
 * The rows back, each a fresh object with `id` then the scoring properties it had; rows sharing a person or flags
 * share that (read-only) value. Undefined when the entry is damaged (a column missing or pointing past its values),
 * which the cache reads as a miss.
 */
export function unpackRows(packed: unknown): ScorecardAsset[] | undefined {
  if (typeof packed !== 'object' || packed === null) return undefined;
  const { ids, columns } = packed as Partial<CompactRows>;
  if (!isNumberList(ids) || typeof columns !== 'object' || columns === null) return undefined;
  const count = ids.length;
  const codesOf: NumberList[] = [];
  const columnValues: (readonly unknown[])[] = [];
  for (const property of SCORING_SELECT) {
    const column = (columns as Record<string, Partial<CompactColumn> | undefined>)[property];
    if (!column || !isNumberList(column.codes) || column.codes.length !== count) return undefined;
    const values = valuesOf(column);
    if (!values) return undefined;
    codesOf.push(column.codes);
    columnValues.push(values);
  }
  // Row by row, so each object gets its properties in one go (faster in V8 than a pass per column).
  const rows = new Array<Record<string, unknown>>(count);
  for (let i = 0; i < count; i++) {
    const id = ids[i];
    if (typeof id !== 'number' || !Number.isFinite(id)) return undefined;
    const row: Record<string, unknown> = { id };
    for (let c = 0; c < codesOf.length; c++) {
      const code = codesOf[c][i];
      if (code === 0) continue;
      const values = columnValues[c];
      if (!(code > 0 && code <= values.length && Number.isInteger(code))) return undefined;
      row[SCORING_SELECT[c]] = values[code - 1];
    }
    rows[i] = row;
  }
  return rows as unknown as ScorecardAsset[];
}
