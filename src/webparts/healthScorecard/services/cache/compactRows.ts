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

/** Packs rows (already in ID order) into columns; object values (people, flags) are shared by their JSON text. */
export function packRows(rows: readonly ScorecardAsset[]): CompactRows {
  const ids = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) ids[i] = rows[i].id;
  const columns: { [property: string]: CompactColumn } = {};
  for (const property of SCORING_SELECT) {
    columns[property] = packColumn(rows, property);
  }
  return { ids, columns };
}

function packColumn(rows: readonly ScorecardAsset[], property: string): CompactColumn {
  const values: unknown[] = [];
  const codes = new Uint32Array(rows.length);
  const byValue = new Map<unknown, number>();
  const byJson = new Map<string, number>();
  let allStrings = true;
  let last: unknown;
  let lastCode = 0;
  for (let i = 0; i < rows.length; i++) {
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
  const narrowCodes = narrow(codes, values.length);
  if (!allStrings || values.length === 0) return { values, codes: narrowCodes };
  const strings = values as string[];
  return { text: strings.join(''), lengths: Uint32Array.from(strings, (s) => s.length), codes: narrowCodes };
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
