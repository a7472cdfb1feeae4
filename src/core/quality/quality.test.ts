import { QUALITY_DIMENSIONS, latestByDimension, measurementFromDraft, parseQualityScore, qualityByGroups, qualityByScope, validateQualityMeasurement, type MeasurementRow, type QualityDraft } from './index';

const TODAY = '2026-06-15';
const draft = (over: Partial<QualityDraft> = {}): QualityDraft => ({ dimension: 'Completeness', score: '87.5', measuredOn: '2026-06-01', source: 'Profiler', ...over });
const row = (id: number, asset: number, dimension: string, score: number, measuredOn: string): MeasurementRow =>
  ({ id, asset: { id: asset }, dimension, score, measuredOn } as MeasurementRow);
const codes = (d: QualityDraft, asset: { id: number } | undefined = { id: 3 }): Record<string, string> =>
  Object.fromEntries(validateQualityMeasurement(d, asset, TODAY).map((i) => [i.field, i.code]));

describe('validateQualityMeasurement', () => {
  it('accepts a valid measurement, a comma decimal and the bounds', () => {
    expect(validateQualityMeasurement(draft(), { id: 3 }, TODAY)).toEqual([]);
    expect(codes(draft({ score: '0' }))).toEqual({});
    expect(codes(draft({ score: '100' }))).toEqual({});
    expect(codes(draft({ score: '66,7', measuredOn: TODAY }))).toEqual({});
  });
  it('locates each problem on its field', () => {
    expect(codes(draft({ dimension: 'Freshness' }))).toEqual({ dimension: 'qualityDimensionInvalid' });
    expect(codes(draft({ dimension: 'completeness' }))).toEqual({ dimension: 'qualityDimensionInvalid' });
    expect(codes(draft({ score: 'abc' }))).toEqual({ score: 'qualityScoreNotNumber' });
    expect(codes(draft({ score: '' }))).toEqual({ score: 'qualityScoreNotNumber' });
    expect(codes(draft({ score: '100.1' }))).toEqual({ score: 'qualityScoreOutOfRange' });
    expect(codes(draft({ score: '-1' }))).toEqual({ score: 'qualityScoreOutOfRange' });
    expect(codes(draft({ measuredOn: ' ' }))).toEqual({ measuredOn: 'qualityDateMissing' });
    expect(codes(draft({ measuredOn: '2026-02-30' }))).toEqual({ measuredOn: 'qualityDateInvalid' });
    expect(codes(draft({ measuredOn: '01/02/2026' }))).toEqual({ measuredOn: 'qualityDateInvalid' });
    expect(codes(draft({ measuredOn: '2026-06-16' }))).toEqual({ measuredOn: 'qualityDateFuture' });
    expect(codes(draft({ source: 'x'.repeat(256), note: 'y'.repeat(256) }))).toEqual({ source: 'qualityTooLong', note: 'qualityTooLong' });
    expect(validateQualityMeasurement(draft(), undefined, TODAY).map((i) => i.code)).toEqual(['qualityAssetMissing']);
    expect(validateQualityMeasurement(draft(), { id: 0 }, TODAY).map((i) => i.code)).toEqual(['qualityAssetMissing']);
  });
  it('builds the item: one decimal, trimmed text, empty text left out', () => {
    expect(parseQualityScore(' 12,34 ')).toBe(12.34);
    expect(measurementFromDraft(draft({ score: '12,36', source: '  ' }), { id: 9, title: 'x' })).toEqual({
      title: 'Completeness', asset: { id: 9 }, dimension: 'Completeness', score: 12.4, measuredOn: '2026-06-01', source: undefined, note: undefined
    });
  });
});

describe('latestByDimension', () => {
  it('keeps the latest date even when its score is lower', () => {
    const latest = latestByDimension([row(1, 5, 'Validity', 95, '2026-03-01'), row(2, 5, 'Validity', 60, '2026-05-01'), row(3, 5, 'Validity', 99, '2026-04-01')]);
    expect(latest.get(5)?.get('Validity')?.score).toBe(60);
  });
  it('on the same date the higher item id wins, whatever the order read', () => {
    const a = row(10, 5, 'Accuracy', 40, '2026-05-01');
    const b = row(12, 5, 'Accuracy', 70, '2026-05-01T00:00:00Z');
    expect(latestByDimension([b, a]).get(5)?.get('Accuracy')?.id).toBe(12);
    expect(latestByDimension([a, b]).get(5)?.get('Accuracy')?.id).toBe(12);
  });
  it('keeps assets and dimensions apart and skips unknown dimensions', () => {
    const latest = latestByDimension([row(1, 5, 'Validity', 95, '2026-03-01'), row(2, 6, 'Validity', 50, '2026-03-01'), row(3, 5, 'Bogus', 1, '2026-09-01')]);
    expect(latest.get(5)?.size).toBe(1);
    expect(latest.get(6)?.get('Validity')?.score).toBe(50);
  });
});

describe('qualityByScope', () => {
  const rows = [
    row(1, 1, 'Completeness', 90, '2026-01-10'),
    row(2, 1, 'Completeness', 70, '2026-04-10'), // replaces 90
    row(3, 2, 'Completeness', 81, '2026-03-01'),
    row(4, 3, 'Completeness', 10, '2026-05-01'), // outside the scope
    row(5, 2, 'Timeliness', 55.55, '2026-02-02')
  ];
  it('means the latest scores of the scope, counts them and shows the oldest latest date', () => {
    const figures = qualityByScope(rows, [1, 2, 4]);
    expect(figures.assetsInScope).toBe(3);
    expect(figures.dimensions.map((d) => d.dimension)).toEqual([...QUALITY_DIMENSIONS]);
    expect(figures.dimensions[0]).toEqual({ dimension: 'Completeness', meanScore: 75.5, assetsMeasured: 2, oldestMeasuredOn: '2026-03-01' });
    expect(figures.dimensions.find((d) => d.dimension === 'Timeliness')).toEqual({ dimension: 'Timeliness', meanScore: 55.6, assetsMeasured: 1, oldestMeasuredOn: '2026-02-02' });
    expect(figures.dimensions.find((d) => d.dimension === 'Uniqueness')).toEqual({ dimension: 'Uniqueness', assetsMeasured: 0 });
  });
  it('with no measurements, every dimension is unmeasured', () => {
    const figures = qualityByScope([], [1, 2]);
    expect(figures.assetsInScope).toBe(2);
    expect(figures.dimensions.every((d) => d.assetsMeasured === 0 && d.meanScore === undefined)).toBe(true);
  });
});

describe('qualityByGroups', () => {
  const rows = [
    row(1, 1, 'Completeness', 90, '2026-01-10'),
    row(2, 1, 'Completeness', 70, '2026-04-10'), // replaces 90 in both groups holding asset 1
    row(3, 2, 'Completeness', 80, '2026-03-01'),
    row(4, 3, 'Validity', 40, '2026-05-01')
  ];
  it('gives each group the figures of its own records, the latest measurement counting', () => {
    const [africa, europe, empty] = qualityByGroups(rows, [
      { value: 'Africa', assetIds: [1, 2] },
      { value: 'Europe', assetIds: [1, 3, 9] },
      { value: 'Americas', assetIds: [] }
    ]);
    expect(africa).toMatchObject({ value: 'Africa', assetsInScope: 2 });
    expect(africa.dimensions[0]).toEqual({ dimension: 'Completeness', meanScore: 75, assetsMeasured: 2, oldestMeasuredOn: '2026-03-01' });
    expect(africa.dimensions.find((d) => d.dimension === 'Validity')?.assetsMeasured).toBe(0);
    expect(europe.assetsInScope).toBe(3);
    expect(europe.dimensions[0]).toEqual({ dimension: 'Completeness', meanScore: 70, assetsMeasured: 1, oldestMeasuredOn: '2026-04-10' });
    expect(europe.dimensions.find((d) => d.dimension === 'Validity')).toEqual({ dimension: 'Validity', meanScore: 40, assetsMeasured: 1, oldestMeasuredOn: '2026-05-01' });
    expect(empty.assetsInScope).toBe(0);
    expect(empty.dimensions.every((d) => d.assetsMeasured === 0)).toBe(true);
  });
  it('agrees with qualityByScope for every group', () => {
    const ids = [1, 3];
    expect(qualityByGroups(rows, [{ value: 'x', assetIds: ids }])[0].dimensions).toEqual(qualityByScope(rows, ids).dimensions);
  });
});
