import { safeCell, toCsv } from './csv';
import { fileNameFor } from './download';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(safeCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(safeCell('+1')).toBe("'+1");
    expect(safeCell('-2')).toBe("'-2");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('\tx')).toBe("'\tx");
    expect(safeCell('Kenya')).toBe('Kenya');
    expect(safeCell(-3.5)).toBe(-3.5);
    expect(safeCell(undefined)).toBe('');
  });

  it('writes a header and quoted rows with CRLF line ends', () => {
    const csv = toCsv(['Scope', 'Score'], [['Asia, Pacific', 81.9], ['=cmd', undefined]]);
    expect(csv).toBe('Scope,Score\r\n"Asia, Pacific",81.9\r\n\'=cmd,');
  });

  it('makes file names from any text', () => {
    expect(fileNameFor(['Scorecard', 'Côte d’Ivoire', '2026-11-23'], 'csv')).toBe('scorecard-cote-d-ivoire-2026-11-23.csv');
    expect(fileNameFor(['///'], 'png')).toBe('export.png');
  });
});
