/**
 * Counts a worksheet's rows and measures its longest text while the XML streams past, chunk by chunk, so a sheet
 * of a million rows or a cell of 200 MB is refused after the first few MB instead of after the reader has built
 * them in memory. Pure: bytes in, counts out. Reads bytes, not characters, which is exact for ASCII markup.
 */
import { MAX_IMPORT_ROWS } from './limits';

/** Most `<row>` elements a sheet may hold: the header row plus the data rows the import accepts. */
export const MAX_SHEET_ROWS = MAX_IMPORT_ROWS + 1;
/** Excel's own limit for one cell. */
export const MAX_CELL_CHARACTERS = 32767;
/**
 * Longest run of bytes between two `<`, which is a text node plus the tag before it (`t xml:space="preserve">`).
 * One character takes at most 6 bytes in the XML (`&quot;`; UTF-8 needs at most 3 per UTF-16 unit), and 1 KB is
 * left for the tag, so a cell Excel itself could hold always fits.
 */
export const MAX_TEXT_RUN_BYTES = MAX_CELL_CHARACTERS * 6 + 1024;

const LT = 0x3c;
const COLON = 0x3a;
const R = 0x72;
const O = 0x6f;
const W = 0x77;
/** A `<row` tag is followed by whitespace, `>` or `/`; `<rowBreaks` and the like are not rows. */
const ROW_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);
/** A tag name is looked at through its first bytes only; a namespace prefix (`x:row`) fits in these. */
const TAG_HEAD = 16;

/** Streams one XML part; `rows` and `longestText` are final once `end()` is called. */
export class XmlScan {
  /** `<row>` start tags seen (with or without a namespace prefix). */
  public rows: number = 0;
  /** Longest run of bytes between two `<`, across chunk boundaries. */
  public longestText: number = 0;
  private run: number = 0;
  /** The start of a tag cut by the chunk's end, kept to be read with the next chunk. */
  private carry: Uint8Array = new Uint8Array(0);

  /** Reads one chunk; returns false as soon as a limit is passed (the caller stops inflating). */
  public push(chunk: Uint8Array): boolean {
    const data = this.carry.length > 0 ? concat(this.carry, chunk) : chunk;
    this.carry = new Uint8Array(0);
    let at = 0;
    while (at < data.length) {
      const lt = data.indexOf(LT, at);
      if (lt < 0) {
        this.addText(data.length - at);
        break;
      }
      this.addText(lt - at);
      this.run = 0;
      // A tag name cut by the chunk's end (no delimiter after it yet) is judged with the next chunk.
      if (data.length - lt < TAG_HEAD && !data.subarray(lt + 1).some((b) => b === LT || ROW_END.has(b))) {
        this.carry = data.slice(lt);
        break;
      }
      if (isRowTag(data, lt + 1)) this.rows++;
      at = lt + 1;
    }
    return !this.tooManyRows() && !this.cellTooLarge();
  }

  /** The last chunk was pushed: a tag head left over is judged on what there is. */
  public end(): void {
    if (this.carry.length > 0 && isRowTag(this.carry, 1)) this.rows++;
    this.carry = new Uint8Array(0);
  }

  public tooManyRows(): boolean {
    return this.rows > MAX_SHEET_ROWS;
  }

  public cellTooLarge(): boolean {
    return this.longestText > MAX_TEXT_RUN_BYTES;
  }

  private addText(length: number): void {
    this.run += length;
    if (this.run > this.longestText) this.longestText = this.run;
  }
}

/** Whether the tag name starting at `at` is `row` or `prefix:row`. */
function isRowTag(data: Uint8Array, at: number): boolean {
  let name = at;
  // A plain loop, not subarray(): this runs at every `<` of a sheet that may hold millions of them.
  for (let i = at, last = Math.min(data.length, at + TAG_HEAD); i < last; i++) {
    if (data[i] === COLON) {
      name = i + 1;
      break;
    }
    if (data[i] === LT || ROW_END.has(data[i])) break;
  }
  return data[name] === R && data[name + 1] === O && data[name + 2] === W && name + 3 < data.length && ROW_END.has(data[name + 3]);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
