import { indexOwnership } from './derive';
import { buildNomination, defaultDueDate, isRunNomination, namedCustodianAction, RUN_CLOCK_SKEW_MS, validateNomination } from './nomination';
import { ALICE, BOB, CAROL, MALLORY, NOW, asset, decision, request } from './__fixtures__/builders';

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

describe('the custodian an imported record names (issue 23, attack 6)', () => {
  const action = (requests: Parameters<typeof indexOwnership>[0], decisions: Parameters<typeof indexOwnership>[1], custodian = ALICE): string =>
    namedCustodianAction(100, custodian, CAROL, indexOwnership(requests, decisions));

  it('is nominated when nothing stands behind the name: no request, or only closed or other assets\' ones', () => {
    expect(action([], [])).toBe('nominate');
    expect(action([request(1, { assetId: 100, status: 'Withdrawn' }), request(2, { assetId: 100, status: 'Expired' }), request(3, { assetId: 101 })], [])).toBe('nominate');
    // A self-nomination can never be decided, so it does not count as asking anyone.
    expect(action([request(4, { assetId: 100, nominee: MALLORY, requester: MALLORY })], [])).toBe('nominate');
  });

  it('is settled (never asked twice) while a request is open, whoever it names, or once a counting decision exists', () => {
    expect(action([request(1, { assetId: 100, nominee: BOB })], [])).toBe('settled');
    const nomination = request(2, { assetId: 100, nominee: BOB });
    expect(action([nomination], [decision(10, { request: nomination })])).toBe('settled');
  });

  it('is never the requester themselves', () => {
    expect(action([], [], CAROL)).toBe('self');
  });

  it('does not ask a custodian who declined the record again; a forged decline does not count', () => {
    const nomination = request(1, { assetId: 100, nominee: ALICE });
    expect(action([nomination], [decision(10, { request: nomination, decision: 'Decline' })])).toBe('declined');
    expect(action([nomination], [decision(11, { request: nomination, decision: 'Decline', author: MALLORY })])).toBe('settled');
    expect(action([], [decision(12, { request: nomination, decision: 'Decline' })])).toBe('nominate');
  });
});

describe('finding the nominations of a run whose answer was lost', () => {
  const started = new Date('2026-04-15T12:00:00Z');
  const found = (spec: Partial<Parameters<typeof request>[1]>, id = 50): ReturnType<typeof request> =>
    request(id, { assetId: 100, nominee: ALICE, created: '2026-04-15T12:00:05Z', ...spec });

  it('counts a request for the asset and nominee, new since the look before sending, created after the run started', () => {
    expect(isRunNomination(found({}), 100, ALICE, new Set([1, 2]), started)).toBe(true);
    // Within the clock-skew allowance: the server's clock may be behind the browser's.
    expect(isRunNomination(found({ created: new Date(started.getTime() - RUN_CLOCK_SKEW_MS + 1000).toISOString() }), 100, ALICE, new Set(), started)).toBe(true);
  });

  it('does not count another asset\'s or nominee\'s request, one that was already there, or an older one', () => {
    expect(isRunNomination(found({ assetId: 101 }), 100, ALICE, new Set(), started)).toBe(false);
    expect(isRunNomination(found({ nominee: BOB }), 100, ALICE, new Set(), started)).toBe(false);
    expect(isRunNomination(found({}, 7), 100, ALICE, new Set([7]), started)).toBe(false);
    expect(isRunNomination(found({ created: '2026-04-15T11:00:00Z' }), 100, ALICE, new Set(), started)).toBe(false);
  });
});
