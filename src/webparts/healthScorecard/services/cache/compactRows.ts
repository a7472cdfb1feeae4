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

/** A column with more distinct values than this is not indexed again when repacking (see `ColumnPacker`). */
const SEEDED_VALUES_MAX = 4096;

interface PreviousColumn {
  readonly codes: NumberList;
  readonly values: readonly unknown[];
}

/** The columns of an earlier packing in `SCORING_SELECT` order, or undefined if one cannot be read. */
function previousColumns(packed: CompactRows): PreviousColumn[] | undefined {
  const out: PreviousColumn[] = [];
  for (const property of SCORING_SELECT) {
    const column = packed.columns[property];
    const values = column ? valuesOf(column) : undefined;
    if (!column || !values) return undefined;
    out.push({ codes: column.codes, values });
  }
  return out;
}

/** One column's distinct values in first-seen order; a value's code is 1 + its index (0: the row has no such property). */
class ValueDictionary {
  public readonly values: unknown[];
  public allStrings = true;
  private readonly byValue = new Map<unknown, number>();
  private readonly byJson = new Map<string, number>();
  private last: unknown;
  private lastCode = 0;

  public constructor(previous?: readonly unknown[]) {
    this.values = previous ? previous.slice() : [];
    // Known values are looked up again only in columns with few of them (regions, people, flags). Hashing every one
    // of 76,000 locations would cost more than the refresh saves; a changed row's location is added anew instead,
    // and the old copy goes when no row points at it (`withoutUnused`).
    const seed = this.values.length <= SEEDED_VALUES_MAX;
    this.values.forEach((value, index) => {
      if (typeof value !== 'string') this.allStrings = false;
      if (!seed) return;
      this.byValue.set(value, index + 1);
      if (typeof value === 'object' && value !== null) this.byJson.set(JSON.stringify(value), index + 1);
    });
  }

  public codeOf(value: unknown): number {
    if (value === undefined) return 0;
    if (value === this.last) return this.lastCode; // runs of one value (a region, a flag) skip the lookup
    // The same object (rows unpacked from the cache share them) is found without serialising it again.
    let code = this.byValue.get(value);
    if (code === undefined && typeof value === 'object' && value !== null) {
      const json = JSON.stringify(value);
      code = this.byJson.get(json);
      if (code === undefined) {
        this.values.push(value);
        code = this.values.length;
        this.byJson.set(json, code);
        // Only the kept object is remembered by identity: read items bring a fresh object per row (a person, a link),
        // and keeping each one in the map cost more than serialising it (hundreds of thousands of entries).
        this.byValue.set(value, code);
        this.allStrings = false;
      }
    } else if (code === undefined) {
      this.values.push(value);
      code = this.values.length;
      this.byValue.set(value, code);
      if (typeof value !== 'string') this.allStrings = false;
    }
    this.last = value;
    this.lastCode = code;
    return code;
  }
}

/** A column from its dictionary and the rows' codes; `prune` drops values no row uses (after a repack). */
function finishColumn(dictionary: ValueDictionary, allCodes: Uint32Array, prune: boolean): CompactColumn {
  const [values, codes] = prune ? withoutUnused(dictionary.values, allCodes) : [dictionary.values, allCodes];
  const narrowCodes = narrow(codes, values.length);
  if (!dictionary.allStrings || values.length === 0) return { values, codes: narrowCodes };
  const strings = values as string[];
  return { text: strings.join(''), lengths: Uint32Array.from(strings, (text) => text.length), codes: narrowCodes };
}

/** The column index of each scoring property. */
const COLUMN_OF = new Map<string, number>(SCORING_SELECT.map((property, c) => [property, c]));

/**
 * Codes `row`'s scoring properties into `codes[c][i]`. Row by row, reading the row's own keys with for...in: V8
 * reads `row[key]` inside it from the object's layout, where a pass per column would look 23 property names up on
 * 100,000 objects of a few dozen shapes.
 */
function codeRow(row: ScorecardAsset, i: number, dictionaries: readonly ValueDictionary[], codes: readonly Uint32Array[]): void {
  const values = row as unknown as Record<string, unknown>;
  // eslint-disable-next-line guard-for-in -- rows are plain objects; only the scoring properties have a column
  for (const key in values) {
    const c = COLUMN_OF.get(key);
    if (c !== undefined) codes[c][i] = dictionaries[c].codeOf(values[key]);
  }
}

/** Rows packed as they arrive, before they are joined (`RowsPacker.finish`). */
export interface PackedPart {
  readonly ids: Float64Array;
  readonly codes: readonly Uint32Array[];
}

/**
 * Packs rows part by part as they arrive (a full load's ranges, each in ID order, in any order between them), so the
 * work fills the waits for the other parts; `finish` joins the parts in ID order. One dictionary per column serves
 * every part.
 */
export class RowsPacker {
  private readonly dictionaries = SCORING_SELECT.map(() => new ValueDictionary());

  public pack(rows: readonly ScorecardAsset[]): PackedPart {
    const ids = new Float64Array(rows.length);
    const codes = SCORING_SELECT.map(() => new Uint32Array(rows.length));
    for (let i = 0; i < rows.length; i++) {
      ids[i] = rows[i].id;
      codeRow(rows[i], i, this.dictionaries, codes);
    }
    return { ids, codes };
  }

  /** The packed rows of `parts`, which must be in ascending ID order between them. */
  public finish(parts: readonly PackedPart[]): CompactRows {
    const count = parts.reduce((sum, part) => sum + part.ids.length, 0);
    const ids = new Float64Array(count);
    const codes = SCORING_SELECT.map(() => new Uint32Array(count));
    let at = 0;
    for (const part of parts) {
      ids.set(part.ids, at);
      part.codes.forEach((column, c) => codes[c].set(column, at));
      at += part.ids.length;
    }
    const columns: { [property: string]: CompactColumn } = {};
    SCORING_SELECT.forEach((property, c) => {
      columns[property] = finishColumn(this.dictionaries[c], codes[c], false);
    });
    return { ids, columns };
  }
}

/** Packs rows (already in ID order) into columns; object values (people, flags) are shared by their JSON text. */
export function packRows(rows: readonly ScorecardAsset[], before?: PackedBefore): CompactRows {
  const previous = before && before.rows.length === before.packed.ids.length ? previousColumns(before.packed) : undefined;
  if (!previous || !before) {
    const packer = new RowsPacker();
    return packer.finish([packer.pack(rows)]);
  }
  // A repack: a row that is still the object unpacked from `before` copies its codes; the others are coded anew.
  const count = rows.length;
  const reused = sameRows(rows, before.rows);
  const dictionaries = previous.map((column) => new ValueDictionary(column.values));
  const codes = SCORING_SELECT.map(() => new Uint32Array(count));
  const ids = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    ids[i] = rows[i].id;
    const at = reused[i];
    if (at >= 0) {
      for (let c = 0; c < codes.length; c++) codes[c][i] = previous[c].codes[at];
    } else {
      codeRow(rows[i], i, dictionaries, codes);
    }
  }
  const columns: { [property: string]: CompactColumn } = {};
  SCORING_SELECT.forEach((property, c) => {
    columns[property] = finishColumn(dictionaries[c], codes[c], true);
  });
  return { ids, columns };
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
  if (max <= 0xff) return new Uint8Array(codes);
  if (max <= 0xffff) return new Uint16Array(codes);
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
