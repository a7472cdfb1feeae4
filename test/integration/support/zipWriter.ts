/**
 * A hand-written zip writer for hostile test files: it writes what it is told, including sizes that lie and ZIP64
 * markers, which no zip library would. Minimal workbook parts make the result an .xlsx read-excel-file accepts.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  readonly name: string;
  readonly data: Uint8Array;
  /** Overrides what the central directory declares (a lying directory). */
  readonly declaredSize?: number;
  readonly declaredCompressedSize?: number;
}

/** Deflates every part and writes local headers, data, the central directory and its end record. */
export function writeZip(parts: readonly ZipPart[], options: { zip64Count?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const compressed = deflateRawSync(part.data, { level: 1 });
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(part.declaredCompressedSize ?? compressed.length, 20);
    central.writeUInt32LE(part.declaredSize ?? part.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64Count === true ? 0xffff : parts.length, 8);
  end.writeUInt16LE(options.zip64Count === true ? 0xffff : parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const text = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * The parts of a workbook around the given sheet XML (and shared strings, when given). With `second`, a second
 * sheet is added; `secondFirst` lists it first in the workbook, so it is the one the reader reads.
 */
export function workbookParts(sheetXml: Uint8Array, sharedStrings?: Uint8Array, second?: { sheet: Uint8Array; secondFirst: boolean }): ZipPart[] {
  const sheets = ['<sheet name="Data" sheetId="1" r:id="rId1"/>', '<sheet name="More" sheetId="2" r:id="rId2"/>'];
  if (second?.secondFirst === true) sheets.reverse();
  const listed = second !== undefined ? sheets.join('') : sheets[0];
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>') },
    { name: '_rels/.rels', data: text('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    { name: 'xl/workbook.xml', data: text(`<?xml version="1.0"?><workbook ${NS}><sheets>${listed}</sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: text('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>') },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml }
  ];
  if (second !== undefined) parts.push({ name: 'xl/worksheets/sheet2.xml', data: second.sheet });
  if (sharedStrings !== undefined) parts.push({ name: 'xl/sharedStrings.xml', data: sharedStrings });
  return parts;
}

/** A sheet of `rows` one-cell rows (numbers), written straight into bytes. */
export function sheetOfRows(rows: number): Uint8Array {
  const lines: string[] = [`<?xml version="1.0"?><worksheet ${NS}><sheetData>`];
  for (let r = 1; r <= rows; r++) lines.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  lines.push('</sheetData></worksheet>');
  return text(lines.join(''));
}

/** A sheet whose only cell refers to shared string 0, and shared strings whose first holds `length` letters. */
export function giantSharedString(length: number): { sheet: Uint8Array; sharedStrings: Uint8Array } {
  const sheet = text(`<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`);
  const head = Buffer.from(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>`);
  const tail = Buffer.from('</t></si></sst>');
  const body = Buffer.alloc(length, 0x41);
  return { sheet, sharedStrings: new Uint8Array(Buffer.concat([head, body, tail])) };
}
