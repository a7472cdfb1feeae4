import { figuresOf, privacyFigures, type PrivacyFigureInput } from './privacyFigures';

const TODAY = '2026-06-15';

function record(id: number, values: Partial<PrivacyFigureInput>): PrivacyFigureInput {
  return {
    id,
    title: `Record ${id}`,
    role: 'Controller',
    legalBasis: 'Art. 6(1)(e) Public interest or official authority',
    region: 'East Africa',
    mission: 'Kenya',
    reviewDate: '2026-12-01',
    dpiaRequired: false,
    ...values
  };
}

describe('privacy figures of the scorecard', () => {
  it('counts nothing against a complete, reviewed controller record', () => {
    expect(figuresOf(record(1, {}), TODAY)).toEqual([]);
  });

  it('asks a legal basis of controller records only', () => {
    expect(figuresOf(record(1, { legalBasis: undefined }), TODAY)).toEqual(['missingLegalBasis']);
    expect(figuresOf(record(2, { role: 'Processor', legalBasis: undefined }), TODAY)).toEqual([]);
  });

  it('calls a review overdue from the day after its date, and when none was set', () => {
    expect(figuresOf(record(1, { reviewDate: TODAY }), TODAY)).toEqual([]);
    expect(figuresOf(record(2, { reviewDate: '2026-06-14' }), TODAY)).toEqual(['overdueReview']);
    expect(figuresOf(record(3, { reviewDate: '2026-06-14T00:00:00Z' }), TODAY)).toEqual(['overdueReview']);
    expect(figuresOf(record(4, { reviewDate: undefined }), TODAY)).toEqual(['overdueReview']);
  });

  it('counts a required DPIA only while none is recorded', () => {
    expect(figuresOf(record(1, { dpiaRequired: true }), TODAY)).toEqual(['dpiaMissing']);
    expect(figuresOf(record(2, { dpiaRequired: true, dpiaLink: { url: 'https://example.org/dpia/2' } }), TODAY)).toEqual([]);
  });

  it('counts a record whose DPIAs in the suite are none of them validated', () => {
    expect(figuresOf(record(1, {}), TODAY, ['Awaiting DPO opinion'])).toEqual(['dpiaNotValidated']);
    expect(figuresOf(record(2, {}), TODAY, ['Returned to draft', 'Validated'])).toEqual([]);
    expect(figuresOf(record(3, {}), TODAY, [])).toEqual([]);
    const figures = privacyFigures([record(4, {}), record(5, {})], TODAY, new Map([[4, ['Draft']], [5, ['Validated']]]));
    expect(figures.regions[0].dpiaNotValidated).toBe(1);
    expect(figures.flagged.map((f) => [f.id, f.figures])).toEqual([[4, ['dpiaNotValidated']]]);
  });

  it('sums per region and per mission and lists each flagged record once with all its figures', () => {
    const figures = privacyFigures(
      [
        record(1, { legalBasis: undefined, dpiaRequired: true }),
        record(2, {}),
        record(3, { mission: 'Uganda', reviewDate: '2025-01-01' }),
        record(4, { region: 'South America', mission: 'Peru', dpiaRequired: true }),
        record(5, { region: undefined, mission: undefined })
      ],
      TODAY
    );
    expect(figures.regions).toEqual([
      { region: '', mission: undefined, records: 1, missingLegalBasis: 0, overdueReview: 0, dpiaMissing: 0, dpiaNotValidated: 0 },
      { region: 'East Africa', mission: undefined, records: 3, missingLegalBasis: 1, overdueReview: 1, dpiaMissing: 1, dpiaNotValidated: 0 },
      { region: 'South America', mission: undefined, records: 1, missingLegalBasis: 0, overdueReview: 0, dpiaMissing: 1, dpiaNotValidated: 0 }
    ]);
    expect(figures.missions.map((m) => [m.region, m.mission, m.records, m.overdueReview])).toEqual([
      ['', '', 1, 0],
      ['East Africa', 'Kenya', 2, 0],
      ['East Africa', 'Uganda', 1, 1],
      ['South America', 'Peru', 1, 0]
    ]);
    expect(figures.flagged.map((f) => [f.id, f.figures])).toEqual([
      [1, ['missingLegalBasis', 'dpiaMissing']],
      [3, ['overdueReview']],
      [4, ['dpiaMissing']]
    ]);
  });
});
