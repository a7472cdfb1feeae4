import type { ImportTable } from '../import/types';
import type { LookupRef } from '../models/common';
import { autoMapQualityColumns, qualityMappingProblems } from './importColumns';
import { checkQualityRows, dimensionOf, matchRecord, parseQualityRows, qualityKey, type RecordMatch } from './importRows';
import { QUALITY_TEMPLATE_HEADERS, qualityTemplateRow } from './importTemplate';

const TODAY = '2026-06-15';
const HEADERS = ['External ID', 'Dimension', 'Score', 'Measured on', 'Source', 'Note'];

describe('autoMapQualityColumns', () => {
  it('maps English headers and tolerates case, spacing and punctuation', () => {
    expect(autoMapQualityColumns(HEADERS)).toEqual(['record', 'dimension', 'score', 'measuredOn', 'source', 'note']);
    expect(autoMapQualityColumns(['record', 'DIMENSION', 'score (0-100)', 'measured_on', 'Tool', 'whatever'])).toEqual(['record', 'dimension', 'score', 'measuredOn', 'source', undefined]);
  });
  it('maps French and Spanish headers, accents or not', () => {
    expect(autoMapQualityColumns(['Identifiant externe', 'Dimension qualité', 'Valeur', 'Mesuré le', 'Outil', 'Commentaire'])).toEqual(['record', 'dimension', 'score', 'measuredOn', 'source', 'note']);
    expect(autoMapQualityColumns(['Registro', 'Dimension', 'Puntuacion', 'Fecha de medicion', 'Fuente', 'Nota'])).toEqual(['record', 'dimension', 'score', 'measuredOn', 'source', 'note']);
  });
  it('matches a column once, to the header with its preferred name', () => {
    expect(autoMapQualityColumns(['ID', 'External ID', 'Value', 'Score'])).toEqual([undefined, 'record', undefined, 'score']);
    expect(autoMapQualityColumns(['ID', 'Dimension', 'Score', 'Date'])).toEqual(['record', 'dimension', 'score', 'measuredOn']);
  });
});

describe('qualityMappingProblems', () => {
  it('names the required columns missing and a column used twice', () => {
    expect(qualityMappingProblems(['record', 'dimension', 'score', 'measuredOn'])).toEqual({ missingRequired: [], mappedTwice: [] });
    expect(qualityMappingProblems(['record', 'score', undefined, 'score'])).toEqual({ missingRequired: ['dimension', 'measuredOn'], mappedTwice: ['score'] });
  });
});

describe('dimensionOf', () => {
  it('matches the stored names in any case and the French and Spanish names', () => {
    expect(dimensionOf('completeness')).toBe('Completeness');
    expect(dimensionOf(' VALIDITY ')).toBe('Validity');
    expect(dimensionOf('Unicité')).toBe('Uniqueness');
    expect(dimensionOf('coherencia')).toBe('Consistency');
    expect(dimensionOf('Freshness')).toBeUndefined();
    expect(dimensionOf('')).toBeUndefined();
  });
});

describe('matchRecord', () => {
  const byExternalId = new Map<string, LookupRef[]>([['ds-1', [{ id: 10 }]], ['42', [{ id: 11 }]], ['twice', [{ id: 12 }, { id: 13 }]], ['7', [{ id: 7 }]]]);
  const byItemId = new Map<number, LookupRef>([[10, { id: 10 }], [42, { id: 42 }], [7, { id: 7 }], [99, { id: 99 }]]);
  it('finds by External ID (case-insensitive), else by item ID', () => {
    expect(matchRecord('DS-1', byExternalId, byItemId)).toEqual({ kind: 'found', asset: { id: 10 } });
    expect(matchRecord('99', byExternalId, byItemId)).toEqual({ kind: 'found', asset: { id: 99 } });
    expect(matchRecord('7', byExternalId, byItemId)).toEqual({ kind: 'found', asset: { id: 7 } });
    expect(matchRecord('nope', byExternalId, byItemId)).toEqual({ kind: 'unknown' });
    expect(matchRecord('100', byExternalId, byItemId)).toEqual({ kind: 'unknown' });
  });
  it('never guesses between two records', () => {
    expect(matchRecord('twice', byExternalId, byItemId)).toEqual({ kind: 'ambiguous' });
    expect(matchRecord('42', byExternalId, byItemId)).toEqual({ kind: 'ambiguous' });
  });
});

describe('parseQualityRows and checkQualityRows', () => {
  const table: ImportTable = {
    headers: HEADERS,
    rows: [
      ['DS-1', 'completeness', '87,5', '31/05/2026', 'Profiler', 'first run'], // 2: valid, DMY date, comma decimal
      ['DS-2', 'Freshness', '80', '2026-06-01', '', ''], // 3: bad dimension
      ['DS-1', 'Validity', 'high', '2026-06-01', '', ''], // 4: bad score
      ['DS-1', 'Validity', '101', '2026-06-01', '', ''], // 5: out of range
      ['DS-1', 'Validity', '90', '2026-02-30', '', ''], // 6: bad date
      ['DS-1', 'Validity', '90', '2026-07-01', '', ''], // 7: future date
      ['NOPE', 'Validity', '90', '2026-06-01', '', ''], // 8: unknown record
      ['', 'Validity', '90', '2026-06-01', '', ''], // 9: record missing
      ['', '', '', '', '', ''], // 10: blank, skipped
      ['ds-1', 'Completeness', '87.50', '2026-05-31', ' profiler ', ''], // 11: same measurement as row 2
      ['Example: DS-9', 'Accuracy', '50', '2026-01-01', '', ''], // 12: template example row
      ['DS-2', 'Accuracy', "'=1+1", '2026-06-01', "'=cmd", ''], // 13: formula text is text, the score not a number
      ['DS-2', 'Accuracy', '70', '01/06/2026', 'Rules', ''] // 14: already recorded
    ]
  };
  const match = (record: string): RecordMatch => (record.toLowerCase() === 'ds-1' ? { kind: 'found', asset: { id: 1 } } : record === 'DS-2' ? { kind: 'found', asset: { id: 2 } } : { kind: 'unknown' });
  const stored = new Set([qualityKey({ asset: { id: 2 }, dimension: 'Accuracy', score: 70, measuredOn: '2026-06-01T00:00:00Z', source: 'RULES' })]);
  const mapping = autoMapQualityColumns(HEADERS);
  const { rows, exampleRows } = parseQualityRows(table, mapping, 'DMY');
  const checked = checkQualityRows(rows, match, stored, TODAY);
  const codes = Object.fromEntries(checked.map((r) => [r.rowNumber, r.issues.map((i) => `${i.field}:${i.code}`).join(',')]));

  it('skips blank rows and the example row, keeping the file\'s row numbers', () => {
    expect(exampleRows).toEqual([12]);
    expect(checked.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 14]);
  });
  it('builds the measurement of a valid row: dimension canonical, comma decimal, locale date', () => {
    expect(checked[0].issues).toEqual([]);
    expect(checked[0].measurement).toEqual({ title: 'Completeness', asset: { id: 1 }, dimension: 'Completeness', score: 87.5, measuredOn: '2026-05-31', source: 'Profiler', note: 'first run' });
    expect(checked[0].alreadyRecorded).toBe(false);
  });
  it('reports each problem on its column', () => {
    expect(codes).toMatchObject({
      3: 'dimension:qualityDimensionInvalid',
      4: 'score:qualityScoreNotNumber',
      5: 'score:qualityScoreOutOfRange',
      6: 'measuredOn:qualityDateInvalid',
      7: 'measuredOn:qualityDateFuture',
      8: 'record:qualityRecordUnknown',
      9: 'record:qualityRecordMissing',
      11: 'record:duplicateInFile',
      13: 'score:qualityScoreNotNumber'
    });
    expect(checked.find((r) => r.rowNumber === 11)?.issues[0].params).toEqual({ row: 2 });
    expect(checked.find((r) => r.rowNumber === 8)?.issues[0].params).toEqual({ value: 'NOPE' });
  });
  it('marks a row whose measurement is stored as already recorded', () => {
    const row = checked.find((r) => r.rowNumber === 14)!;
    expect(row.issues).toEqual([]);
    expect(row.alreadyRecorded).toBe(true);
  });
  it('reads US dates in MDY order', () => {
    const us = parseQualityRows({ headers: HEADERS, rows: [['DS-1', 'Validity', '5', '05/31/2026', '', '']] }, mapping, 'MDY');
    expect(us.rows[0].draft.measuredOn).toBe('2026-05-31');
  });
});

describe('qualityKey', () => {
  it('ignores the time of day, the score\'s trailing digits and the source\'s case and spaces', () => {
    const a = qualityKey({ asset: { id: 3 }, dimension: 'Validity', score: 80, measuredOn: '2026-01-02', source: 'Tool' });
    expect(qualityKey({ asset: { id: 3 }, dimension: 'Validity', score: 80.0, measuredOn: '2026-01-02T00:00:00Z', source: ' tool ' })).toBe(a);
    expect(qualityKey({ asset: { id: 3 }, dimension: 'Validity', score: 80.1, measuredOn: '2026-01-02', source: 'Tool' })).not.toBe(a);
    expect(qualityKey({ asset: { id: 4 }, dimension: 'Validity', score: 80, measuredOn: '2026-01-02', source: 'Tool' })).not.toBe(a);
    expect(qualityKey({ asset: { id: 3 }, dimension: 'Validity', score: 80, measuredOn: '2026-01-02' })).not.toBe(a);
  });
});

describe('the example file', () => {
  it('maps every column by itself, and its example row is ignored, so the file unchanged writes nothing', () => {
    const mapping = autoMapQualityColumns(QUALITY_TEMPLATE_HEADERS);
    expect(mapping).toEqual(['record', 'dimension', 'score', 'measuredOn', 'source', 'note']);
    const row = qualityTemplateRow(TODAY);
    expect(parseQualityRows({ headers: QUALITY_TEMPLATE_HEADERS, rows: [row] }, mapping, 'DMY')).toEqual({ rows: [], exampleRows: [2] });
    // Without its marker the example is a valid measurement: it shows the formats the import reads.
    const real = parseQualityRows({ headers: QUALITY_TEMPLATE_HEADERS, rows: [['DS-001', ...row.slice(1)]] }, mapping, 'DMY');
    expect(checkQualityRows(real.rows, () => ({ kind: 'found', asset: { id: 1 } }), new Set(), TODAY)[0].issues).toEqual([]);
  });
});
