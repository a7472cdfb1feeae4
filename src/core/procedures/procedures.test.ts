import type { Procedure } from '../models/procedure';
import { governsActivity, isReviewOverdue, normaliseProcedure, proceduresFor, splitLines, validateProcedure } from './index';

const NOW = new Date('2026-06-15T10:00:00Z');
const owner = { id: 7, title: 'Helena Okafor' };

function procedure(values: Partial<Procedure> = {}): Procedure {
  return { title: 'Custodian nomination procedure', procedureType: 'Procedure', owner, documentVersion: '1.2', reviewDate: '2026-12-31', status: 'Active', ...values };
}
const codes = (values: Partial<Procedure>, known?: (id: number) => boolean): string[] => validateProcedure(values, known).map((i) => i.code);

describe('procedure reviews', () => {
  it('is overdue the day after its review date, not on it', () => {
    expect(isReviewOverdue(procedure({ reviewDate: '2026-06-14' }), NOW)).toBe(true);
    expect(isReviewOverdue(procedure({ reviewDate: '2026-06-15' }), NOW)).toBe(false);
    expect(isReviewOverdue(procedure({ reviewDate: '2026-06-14T00:00:00Z' }), NOW)).toBe(true);
  });
  it('never flags a retired procedure or one without a date', () => {
    expect(isReviewOverdue(procedure({ reviewDate: '2020-01-01', status: 'Retired' }), NOW)).toBe(false);
    expect(isReviewOverdue(procedure({ reviewDate: undefined }), NOW)).toBe(false);
  });
});

describe('activities a procedure governs', () => {
  const list = [
    procedure({ title: 'A', relatedActivities: 'approveOwnership\nvalidateDPIA' }),
    procedure({ title: 'B', relatedActivities: 'Publish the data catalogue' }),
    procedure({ title: 'C', relatedActivities: 'approveOwnership', status: 'Retired' })
  ];
  it('matches suite keys and the leads\' own activities without case', () => {
    expect(governsActivity(list[1], ' publish the DATA catalogue ')).toBe(true);
    expect(proceduresFor(list, 'approveOwnership').map((p) => p.title)).toEqual(['A']);
    expect(proceduresFor(list, 'approveOwnership', { includeRetired: true }).map((p) => p.title)).toEqual(['A', 'C']);
    expect(proceduresFor(list, 'acceptRisk')).toEqual([]);
  });
  it('splits lines and semicolons, dropping blanks and duplicates', () => {
    expect(splitLines('euAiAct; ISO 27001 A.5.12\n\neuaiact\n')).toEqual(['euAiAct', 'ISO 27001 A.5.12']);
  });
});

describe('procedure validation', () => {
  it('accepts a complete procedure', () => {
    expect(codes(procedure({ documentLink: { url: 'https://contoso.sharepoint.com/sites/gov/Shared Documents/p.docx' } }))).toEqual([]);
  });
  it('reports no title, no owner, an unknown person, a missing review date', () => {
    expect(codes({ procedureType: 'Standard', documentVersion: '1' })).toEqual(['titleRequired', 'ownerRequired', 'reviewDateRequired']);
    expect(codes(procedure(), (id) => id !== 7)).toEqual(['unknownPerson']);
  });
  it('accepts versions like 1 or 1.2 only', () => {
    for (const good of ['1', '1.2', '10.15']) expect(codes(procedure({ documentVersion: good }))).toEqual([]);
    for (const bad of ['v1', '1.2.3', 'draft', '1.']) expect(codes(procedure({ documentVersion: bad }))).toEqual(['versionInvalid']);
  });
  it('refuses a link that is not http(s)', () => {
    // eslint-disable-next-line no-script-url -- the point of the test: a script URL must be refused
    for (const url of ['javascript:alert(1)', 'file:///c:/p.docx', 'docs/p.docx']) expect(codes(procedure({ documentLink: { url } }))).toEqual(['linkInvalid']);
  });
  it('refuses an unknown type and a review date that is not a date', () => {
    expect(codes(procedure({ procedureType: 'Memo' as Procedure['procedureType'], reviewDate: 'soon' }))).toEqual(['typeRequired', 'reviewDateInvalid']);
  });
  it('normalises what is stored', () => {
    const stored = normaliseProcedure({ ...procedure(), title: '  Title ', relatedActivities: 'approveOwnership;approveOwnership\nacceptRisk', documentVersion: ' ', documentLink: { url: ' https://x.example/d ' } });
    expect(stored).toMatchObject({ title: 'Title', relatedActivities: 'approveOwnership\nacceptRisk', documentVersion: undefined, documentLink: { url: 'https://x.example/d', description: 'Title' } });
  });
});
