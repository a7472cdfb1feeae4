/**
 * Reads an .xlsx's zip central directory (names and sizes, nothing inflated) and judges it against the import's
 * limits, so a zip bomb is refused in milliseconds instead of freezing the page while read-excel-file inflates it.
 * Pure: bytes in, entries or a problem out.
 */
import type { TableProblem } from './limits';

/** One file inside the zip, as its central directory declares it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate; anything else read-excel-file cannot read either. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the entry's data starts in the file (after its local header). */
  readonly dataOffset: number;
}

/*
 * How the limits were sized. A legitimate 25,000-row x 21-column inventory written by the suite's own writer
 * (`toXlsx`, a distinct ~50-character text in every cell, so nothing is shared) measured 3.4 MB as a file, with
 * xl/worksheets/sheet1.xml at 19.6 MB (10.8:1) and xl/sharedStrings.xml at 34.7 MB (22.6:1) unpacked, 54 MB in
 * all. The limits leave that file a margin of 2.3x on its largest part and 3x on the sum (longer texts, styles, a
 * second sheet), and no more: the reader that follows builds every cell as a JavaScript object, so each unpacked
 * MB costs it several MB of memory. A bomb's parts unpack at deflate's ~1,000:1.
 */
/** Largest worksheet or shared-strings part, unpacked. */
export const MAX_XML_PART_BYTES = 80 * 1024 * 1024;
/** Largest sum of all parts, unpacked: the sheet plus shared strings plus styles and the rest. */
export const MAX_UNPACKED_BYTES = 160 * 1024 * 1024;
/** Any other part (styles, workbook, relationships, docProps): kilobytes in every workbook Excel writes. */
export const MAX_OTHER_PART_BYTES = 8 * 1024 * 1024;
/** Largest compression ratio of one part: ~9x the measured 22.6:1, far under a bomb's ~1,000:1. */
export const MAX_COMPRESSION_RATIO = 200;
/** Below this size a part's ratio is not judged (a 1 KB file of blanks compresses at any ratio, harmlessly). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** The MB figure shown to users (the unpacked sum). */
export const MAX_UNPACKED_MEGABYTES = MAX_UNPACKED_BYTES / (1024 * 1024);

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
/** ZIP64 puts these in the 16- and 32-bit fields and the real values elsewhere: no .xlsx under 10 MB needs it. */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;

/** The directory's answer: the entries, or why the file is refused. */
export type ZipDirectory = { readonly entries: readonly ZipEntry[] } | { readonly problem: TableProblem };

const malformed = (detail: string): { problem: TableProblem } => ({ problem: { code: 'zipMalformed', params: { detail } } });
const tooLarge = (detail: string): { problem: TableProblem } => ({ problem: { code: 'workbookTooLarge', params: { max: MAX_UNPACKED_MEGABYTES, detail } } });

/** Finds the end-of-central-directory record, searching back over a comment of up to 64 KB. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_SIZE + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return -1;
}

/** UTF-8 when the entry says so (flag bit 11), else bytes as Latin-1 code points (file names are ASCII in xlsx). */
function entryName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder('utf-8').decode(bytes);
  let name = '';
  for (const b of bytes) name += String.fromCharCode(b);
  return name;
}

/** The part whose size the limit applies to: worksheets and shared strings get the large one. */
export function isXmlPart(name: string): boolean {
  return name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/[^/]+\.xml$/.test(name);
}

/** Lists the entries of a zip from its central directory, checking each against the file's real bounds. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Not a zip at all (a text file renamed .xlsx) is a wrong format; a zip without its directory is a damaged one.
  if (bytes.byteLength < 4 || view.getUint32(0, true) !== LOCAL_SIGNATURE) return { problem: { code: 'wrongFormat' } };
  if (bytes.byteLength < EOCD_SIZE) return malformed('shorter than a zip directory');
  const end = findEndRecord(view);
  if (end < 0) return malformed('no end of central directory');
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR_SIGNATURE) return tooLarge('ZIP64');
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === ZIP64_16 || size === ZIP64_32 || offset === ZIP64_32) return tooLarge('ZIP64');
  if (disk !== 0 || directoryDisk !== 0 || view.getUint16(end + 8, true) !== count) return malformed('split across disks');
  if (offset + size > end) return malformed('central directory outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > offset + size || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return malformed(`entry ${i} truncated`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + CENTRAL_SIZE + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (next > offset + size) return malformed(`entry ${i} truncated`);
    const name = entryName(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength), (flags & 0x800) !== 0);
    if (compressedSize === ZIP64_32 || uncompressedSize === ZIP64_32 || localOffset === ZIP64_32) return tooLarge(`ZIP64 ${name}`);
    if (localOffset + LOCAL_SIZE > offset || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) return malformed(`${name}: no local header`);
    const dataOffset = localOffset + LOCAL_SIZE + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > offset) return malformed(`${name}: data outside the file`);
    if (method !== 0 && method !== 8) return malformed(`${name}: compression method ${method}`);
    if (method === 0 && compressedSize !== uncompressedSize) return malformed(`${name}: stored sizes differ`);
    entries.push({ name, method, compressedSize, uncompressedSize, dataOffset });
    at = next;
  }
  return { entries };
}

/** Judges the declared sizes against the limits above; undefined when the workbook may be inflated. */
export function checkZipSizes(entries: readonly ZipEntry[]): TableProblem | undefined {
  let total = 0;
  for (const entry of entries) {
    const limit = isXmlPart(entry.name) ? MAX_XML_PART_BYTES : MAX_OTHER_PART_BYTES;
    if (entry.uncompressedSize > limit) return tooLarge(`${entry.name}: ${entry.uncompressedSize} bytes`).problem;
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize > Math.max(1, entry.compressedSize) * MAX_COMPRESSION_RATIO) {
      return tooLarge(`${entry.name}: ratio ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}`).problem;
    }
    total += entry.uncompressedSize;
  }
  if (total > MAX_UNPACKED_BYTES) return tooLarge(`total ${total} bytes`).problem;
  return undefined;
}
