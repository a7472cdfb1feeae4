import { TextEncoder as NodeTextEncoder } from 'util';
import { lendNodeTextDecoder, nodeBlob } from './nodeBlobs.testSupport';
import { decodeCsvBytes } from './parseSpreadsheet';
import { readSpreadsheet, SpreadsheetError } from './readSpreadsheet';

lendNodeTextDecoder();

const blob = (bytes: Uint8Array): Blob => nodeBlob(bytes);

const TEXT = 'External ID\tTitle\tMission\nIMP-1\tRegistre des réfugiés — 2026\tChile\nIMP-2\t"Données ""santé"""\tBangladesh\n';

/** `text` as UTF-16 code units in the given byte order, with or without a byte-order mark. */
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = Array.from(text, (c) => c.codePointAt(0)!).flatMap((cp) => (cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp]));
  const bytes = new Uint8Array((units.length + (bom ? 1 : 0)) * 2);
  const all = bom ? [0xfeff, ...units] : units;
  all.forEach((unit, i) => {
    bytes[2 * i + (order === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[2 * i + (order === 'le' ? 1 : 0)] = unit >> 8;
  });
  return bytes;
}

async function problem(bytes: Uint8Array, name = 'inventory.csv'): Promise<string> {
  try {
    await readSpreadsheet(blob(bytes), name);
  } catch (error) {
    if (error instanceof SpreadsheetError) return error.code;
    throw error;
  }
  return 'read';
}

describe('CSV files saved as UTF-16', () => {
  it('reads Excel\'s "Unicode text" (UTF-16LE with BOM, tab-separated): accents, quotes and the separator intact', async () => {
    const table = await readSpreadsheet(blob(utf16(TEXT, 'le', true)), 'inventory.txt');
    expect(table.headers).toEqual(['External ID', 'Title', 'Mission']);
    expect(table.rows).toEqual([['IMP-1', 'Registre des réfugiés — 2026', 'Chile'], ['IMP-2', 'Données "santé"', 'Bangladesh']]);
  });

  it('reads UTF-16BE with BOM, and characters outside the basic plane in either order', () => {
    expect(decodeCsvBytes(utf16(TEXT, 'be', true))).toBe(TEXT);
    expect(decodeCsvBytes(utf16('Title\n🌍 Atlas\n', 'be', true))).toBe('Title\n🌍 Atlas\n');
    expect(decodeCsvBytes(utf16('Title\n🌍 Atlas\n', 'le', true))).toBe('Title\n🌍 Atlas\n');
  });

  it('answers UTF-16 without a byte-order mark (NUL bytes everywhere) with its own message, in either order', async () => {
    expect(await problem(utf16(TEXT, 'le', false))).toBe('utf16Unreadable');
    expect(await problem(utf16(TEXT, 'be', false))).toBe('utf16Unreadable');
  });

  it('answers a damaged UTF-16 file (odd length, broken surrogate pair) with the same message', async () => {
    const odd = utf16(TEXT, 'le', true).subarray(0, 41);
    expect(await problem(odd)).toBe('utf16Unreadable');
    const broken = new Uint8Array([0xff, 0xfe, 0x54, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x41, 0x00, 0x0a, 0x00]);
    expect(await problem(broken)).toBe('utf16Unreadable');
  });

  it('still reads UTF-8 (with BOM) and Windows-1252 as before', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new NodeTextEncoder().encode('Título;Misión\n')]))).toBe('Título;Misión\n');
    expect(decodeCsvBytes(new Uint8Array([0x54, 0xed, 0x74, 0x75, 0x6c, 0x6f]))).toBe('Título');
  });
});
