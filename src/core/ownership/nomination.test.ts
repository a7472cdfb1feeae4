import { buildNomination, defaultDueDate, validateNomination } from './nomination';
import { ALICE, CAROL, NOW, asset } from './__fixtures__/builders';

describe('nominations', () => {
  it('is due 14 days later by default, across a month end', () => {
    expect(defaultDueDate(new Date('2026-01-25T23:30:00Z'))).toBe('2026-02-08');
  });

  it('builds the request item: titled, Pending, due in 14 days, message trimmed', () => {
    const built = buildNomination(asset(7, { title: 'Border crossings 2025' }), { nominee: ALICE, message: '  Please confirm.  ' }, CAROL, NOW);
    expect(built).toEqual({
      title: 'Nomination: Border crossings 2025',
      asset: { id: 7, title: 'Border crossings 2025' },
      nominee: ALICE,
      requester: CAROL,
      dueDate: '2026-04-29',
      message: 'Please confirm.',
      kind: 'Nomination',
      status: 'Pending'
    });
  });

  it('keeps a chosen due date and drops a blank message', () => {
    const built = buildNomination(asset(7), { nominee: ALICE, dueDate: '2026-05-30', message: '   ', kind: 'Re-attestation' }, CAROL, NOW);
    expect(built).toMatchObject({ dueDate: '2026-05-30', message: undefined, kind: 'Re-attestation', title: 'Re-attestation: Asset 7' });
  });

  it('accepts a valid draft', () => {
    expect(validateNomination({ nominee: ALICE, dueDate: '2026-04-15' }, CAROL, NOW)).toEqual([]);
  });

  it('refuses no nominee, self-nomination, a past or malformed due date and a long message', () => {
    const codes = (draft: Parameters<typeof validateNomination>[0]): string[] => validateNomination(draft, CAROL, NOW).map((i) => i.code);
    expect(codes({})).toEqual(['nomineeRequired']);
    expect(codes({ nominee: CAROL })).toEqual(['selfNomination']);
    expect(codes({ nominee: ALICE, dueDate: '2026-04-14' })).toEqual(['dueDatePast']);
    expect(codes({ nominee: ALICE, dueDate: '2026-02-30' })).toEqual(['dueDateInvalid']);
    const long = validateNomination({ nominee: ALICE, message: 'x'.repeat(2001) }, CAROL, NOW);
    expect(long).toEqual([{ field: 'message', code: 'messageTooLong', message: 'The message is 2001 characters long; the limit is 2000.', params: { max: 2000, actual: 2001 } }]);
  });
});
