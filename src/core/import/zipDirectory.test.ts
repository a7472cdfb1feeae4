import { checkZipSizes, MAX_OTHER_PART_BYTES, MAX_XML_PART_BYTES, readZipDirectory, type ZipDirectory, type ZipEntry } from './zipDirectory';
import { MAX_SHEET_ROWS, MAX_TEXT_RUN_BYTES, XmlScan } from './xmlScan';

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

interface Part {
  name: string;
  data: string;
  method?: number;
  declared?: number;
}

/** A stored (uncompressed) zip, written byte by byte so each field can be made to lie. */
function zip(parts: readonly Part[], options: { comment?: string; count?: number; zip64Locator?: boolean } = {}): Uint8Array {
  const body: number[] = [];
  const central: number[] = [];
  for (const part of parts) {
    const offset = body.length;
    const name = ascii(part.name);
    const data = ascii(part.data);
    body.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(part.method ?? 0), ...u32(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0), ...name, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(part.method ?? 0), ...u32(0), ...u32(0), ...u32(data.length), ...u32(part.declared ?? data.length));
    central.push(...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name);
  }
  const locator = options.zip64Locator === true ? [...u32(0x07064b50), ...u32(0), ...u32(0), ...u32(0), ...u32(0)] : [];
  const comment = ascii(options.comment ?? '');
  const count = options.count ?? parts.length;
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(central.length), ...u32(body.length), ...u16(comment.length), ...comment];
  return new Uint8Array([...body, ...central, ...locator, ...end]);
}

const WORKBOOK: Part[] = [
  { name: 'xl/workbook.xml', data: '<workbook/>' },
  { name: 'xl/worksheets/sheet1.xml', data: '<worksheet><sheetData><row r="1"/></sheetData></worksheet>' }
];

function problemOf(directory: ZipDirectory): string {
  return 'problem' in directory ? directory.problem.code : 'read';
}

describe('readZipDirectory', () => {
  it('lists each entry with its sizes and where its data starts, past a trailing comment', () => {
    const bytes = zip(WORKBOOK, { comment: 'written by hand' });
    const directory = readZipDirectory(bytes);
    if ('problem' in directory) throw new Error(directory.problem.code);
    expect(directory.entries.map((e) => [e.name, e.uncompressedSize])).toEqual([['xl/workbook.xml', 11], ['xl/worksheets/sheet1.xml', WORKBOOK[1].data.length]]);
    const sheet = directory.entries[1];
    expect(String.fromCharCode(...bytes.subarray(sheet.dataOffset, sheet.dataOffset + 11))).toBe('<worksheet>');
  });

  it('answers a file that is not a zip as a wrong format, and a cut one as damaged', () => {
    expect(problemOf(readZipDirectory(new Uint8Array(ascii('Title,Mission\nA,Chile\n'))))).toBe('wrongFormat');
    const whole = zip(WORKBOOK);
    for (const cut of [10, 40, whole.length - 30, whole.length - 1]) {
      expect(problemOf(readZipDirectory(whole.subarray(0, cut)))).toBe('zipMalformed');
    }
  });

  it('answers a directory that lies about its entry count or points outside the file as damaged', () => {
    expect(problemOf(readZipDirectory(zip(WORKBOOK, { count: 3 })))).toBe('zipMalformed');
    const bytes = zip(WORKBOOK);
    bytes[bytes.length - 6] = 0xff; // the directory's offset, far beyond the end
    expect(problemOf(readZipDirectory(bytes))).toBe('zipMalformed');
    expect(problemOf(readZipDirectory(zip([{ name: 'xl/workbook.xml', data: '<w/>', method: 12 }])))).toBe('zipMalformed');
    expect(problemOf(readZipDirectory(zip([{ name: 'xl/workbook.xml', data: '<w/>', declared: 9 }])))).toBe('zipMalformed');
  });

  it('answers ZIP64 markers (a size, the entry count, the ZIP64 locator) as too large', () => {
    expect(problemOf(readZipDirectory(zip([{ ...WORKBOOK[1], method: 8, declared: 0xffffffff }])))).toBe('workbookTooLarge');
    expect(problemOf(readZipDirectory(zip(WORKBOOK, { count: 0xffff })))).toBe('workbookTooLarge');
    expect(problemOf(readZipDirectory(zip(WORKBOOK, { zip64Locator: true })))).toBe('workbookTooLarge');
  });
});

describe('checkZipSizes', () => {
  const entry = (name: string, compressedSize: number, uncompressedSize: number): ZipEntry => ({ name, method: 8, compressedSize, uncompressedSize, dataOffset: 0 });
  const MB = 1024 * 1024;

  it('accepts the measured 25,000-row workbook: a 19.6 MB sheet and 34.7 MB of shared strings', () => {
    expect(checkZipSizes([entry('xl/worksheets/sheet1.xml', 1.8 * MB, 19.6 * MB), entry('xl/sharedStrings.xml', 1.5 * MB, 34.7 * MB), entry('xl/styles.xml', 271, 560)])).toBeUndefined();
  });

  it('refuses a sheet or shared strings over their limit, any other part over its smaller one, and the sum', () => {
    expect(checkZipSizes([entry('xl/worksheets/sheet1.xml', 9 * MB, MAX_XML_PART_BYTES + 1)])?.code).toBe('workbookTooLarge');
    expect(checkZipSizes([entry('xl/sharedStrings.xml', 9 * MB, MAX_XML_PART_BYTES + 1)])?.code).toBe('workbookTooLarge');
    expect(checkZipSizes([entry('xl/styles.xml', 1 * MB, MAX_OTHER_PART_BYTES + 1)])?.code).toBe('workbookTooLarge');
    const sheets = [1, 2, 3].map((n) => entry(`xl/worksheets/sheet${n}.xml`, 2 * MB, 60 * MB));
    expect(checkZipSizes(sheets)?.code).toBe('workbookTooLarge');
    expect(checkZipSizes(sheets.slice(0, 2))).toBeUndefined();
  });

  it('refuses a part that unpacks at more than 200:1, but not a small one', () => {
    expect(checkZipSizes([entry('xl/worksheets/sheet1.xml', 20 * 1024, 10 * MB)])?.code).toBe('workbookTooLarge');
    expect(checkZipSizes([entry('xl/worksheets/sheet1.xml', 100, 512 * 1024)])).toBeUndefined();
  });
});

describe('XmlScan', () => {
  const bytes = (s: string): Uint8Array => new Uint8Array(ascii(s));

  /** Scans `xml` cut into two chunks at every position, so a tag split across chunks is still seen. */
  function everySplit(xml: string): { rows: number; longest: number }[] {
    const all = bytes(xml);
    return Array.from({ length: all.length + 1 }, (_, at) => {
      const scan = new XmlScan();
      scan.push(all.subarray(0, at));
      scan.push(all.subarray(at));
      scan.end();
      return { rows: scan.rows, longest: scan.longestText };
    });
  }

  it('counts <row> and <x:row> start tags however the stream is cut, and not <rowBreaks> or </row>', () => {
    const xml = '<sheetData><row r="1"><c><v>12345</v></c></row><x:row r="2"/><row>\n</row><rowBreaks count="1"/></sheetData>';
    // The longest run between two '<' is the <rowBreaks> tag's own text.
    const longest = Math.max(...xml.split('<').map((run) => run.length));
    expect(longest).toBe('rowBreaks count="1"/>'.length);
    for (const result of everySplit(xml)) expect(result).toEqual({ rows: 3, longest });
  });

  it('stops at the first row past the limit and at the first text longer than any cell', () => {
    const scan = new XmlScan();
    expect(scan.push(bytes('<row/>'.repeat(MAX_SHEET_ROWS)))).toBe(true);
    expect(scan.push(bytes('<row/>'))).toBe(false);
    const cell = new XmlScan();
    expect(cell.push(bytes(`<t>${'A'.repeat(MAX_TEXT_RUN_BYTES - 5)}`))).toBe(true);
    expect(cell.push(bytes('A'.repeat(10)))).toBe(false);
    expect(cell.cellTooLarge()).toBe(true);
  });
});
