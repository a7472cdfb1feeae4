/**
 * Refuses a hostile .xlsx before read-excel-file inflates and parses it: first the zip directory's declared sizes
 * (core's `inspectZip`, no inflation at all), then one streamed pass over every part that never inflates more than
 * the size the directory declared (so a directory that lies is caught after a few KB), counting the first sheet's
 * rows and measuring the longest text of the sheets and shared strings as they pass. Only then may the reader,
 * which builds the whole sheet in memory, run.
 */
import { MAX_IMPORT_ROWS, type TableProblem } from '../../core/import/limits';
import { checkZipSizes, isXmlPart, readZipDirectory, type ZipEntry } from '../../core/import/zipDirectory';
import { MAX_CELL_CHARACTERS, XmlScan } from '../../core/import/xmlScan';

/**
 * Compressed bytes handed to the inflater at a time: at deflate's 1,032:1 at most ~16 MB out per step; 4 KB slices
 * doubled the time taken on a real 25,000-row file.
 */
const SLICE_BYTES = 16 * 1024;
/** The workbook and its relationships are read whole to find the first sheet; they are kilobytes in any real file. */
const MAX_WORKBOOK_XML_BYTES = 1024 * 1024;
/** How much of an oversized part is read to tell a giant cell from a giant sheet: a cell over the limit shows. */
const PEEK_BYTES = 1024 * 1024;

type Inflated = 'done' | 'stopped' | 'longer' | 'shorter' | 'broken';

/** Streams one entry through `onChunk` (false stops), never past its declared size nor past `limit` bytes. */
async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => boolean, limit?: number): Promise<Inflated> {
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let position = 0;
  // A pull source: the inflater gets the next slice only when what it produced has been read.
  const source = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (position >= raw.length) {
        controller.close();
        return;
      }
      controller.enqueue(raw.slice(position, position + SLICE_BYTES));
      position += SLICE_BYTES;
    }
  });
  const reader = (entry.method === 0 ? source : source.pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total === entry.uncompressedSize ? 'done' : 'shorter';
      total += value.length;
      if (total > entry.uncompressedSize) {
        await reader.cancel();
        return 'longer';
      }
      if (!onChunk(value) || (limit !== undefined && total >= limit)) {
        await reader.cancel();
        return 'stopped';
      }
    }
  } catch {
    return 'broken';
  }
}

/** The text of a small part, or undefined when it is absent, too large or damaged. */
async function smallPartText(bytes: Uint8Array, entries: readonly ZipEntry[], name: string): Promise<string | undefined> {
  const entry = entries.find((e) => e.name === name);
  if (entry === undefined || entry.uncompressedSize > MAX_WORKBOOK_XML_BYTES) return undefined;
  const chunks: Uint8Array[] = [];
  const outcome = await inflateEntry(bytes, entry, (chunk) => chunks.push(chunk) > 0);
  if (outcome !== 'done') return undefined;
  const decoder = new TextDecoder('utf-8');
  return chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
}

/**
 * The part read-excel-file reads by default: the workbook's first `<sheet>`, through its relationship. Undefined
 * when the workbook does not say (or names a part the zip lacks), and then every worksheet is held to the limit.
 */
async function firstSheetPath(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<string | undefined> {
  const workbook = await smallPartText(bytes, entries, 'xl/workbook.xml');
  const rels = await smallPartText(bytes, entries, 'xl/_rels/workbook.xml.rels');
  const id = workbook !== undefined ? /<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]+)"/.exec(workbook)?.[1] : undefined;
  if (id === undefined || rels === undefined) return undefined;
  const relationship = Array.from(rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g), (m) => m[0]).find((tag) => tag.includes(`Id="${id}"`));
  const target = relationship !== undefined ? /\bTarget="([^"]+)"/.exec(relationship)?.[1] : undefined;
  if (target === undefined) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

const isWorksheet = (name: string): boolean => isXmlPart(name) && name !== 'xl/sharedStrings.xml';

/**
 * A part refused for its size may be one giant cell (the user should hear that): the first MB of each oversized
 * sheet or shared-strings part is read for a text longer than any cell Excel can hold.
 */
async function giantCell(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<boolean> {
  if (typeof DecompressionStream === 'undefined') return false;
  for (const entry of entries.filter((e) => isXmlPart(e.name))) {
    const scan = new XmlScan();
    await inflateEntry(bytes, entry, (chunk) => scan.push(chunk) || !scan.cellTooLarge(), PEEK_BYTES);
    if (scan.cellTooLarge()) return true;
  }
  return false;
}

/**
 * Why this .xlsx must not be handed to the reader, or undefined when it may be. Every answer comes after at most
 * the declared (and limited) unpacked size has been inflated, and a bomb's after a few MB at most.
 */
export async function checkXlsx(bytes: Uint8Array): Promise<TableProblem | undefined> {
  const directory = readZipDirectory(bytes);
  if ('problem' in directory) return directory.problem;
  const entries = directory.entries;
  const sizes = checkZipSizes(entries);
  if (sizes !== undefined) return (await giantCell(bytes, entries)) ? { code: 'cellTooLarge', params: { max: MAX_CELL_CHARACTERS } } : sizes;
  // Without DecompressionStream (browsers before 2023) only the directory's limits apply; they bound the work too.
  if (typeof DecompressionStream === 'undefined') return undefined;
  const named = await firstSheetPath(bytes, entries);
  const first = entries.some((e) => e.name === named) ? named : undefined;
  for (const entry of entries) {
    const scanned = isWorksheet(entry.name) || entry.name === 'xl/sharedStrings.xml';
    const countRows = isWorksheet(entry.name) && (first === undefined || first === entry.name);
    const scan = new XmlScan();
    const outcome = await inflateEntry(bytes, entry, (chunk) => !scanned || (scan.push(chunk) || (!countRows && !scan.cellTooLarge())));
    if (outcome === 'longer' || outcome === 'shorter' || outcome === 'broken') {
      return { code: 'zipMalformed', params: { detail: `${entry.name}: ${outcome}` } };
    }
    if (!scanned) continue;
    scan.end();
    if (scan.cellTooLarge()) return { code: 'cellTooLarge', params: { max: MAX_CELL_CHARACTERS } };
    if (countRows && scan.tooManyRows()) return { code: 'sheetTooManyRows', params: { max: MAX_IMPORT_ROWS } };
  }
  return undefined;
}
