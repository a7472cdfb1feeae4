import type { OwnershipDecisionValue } from '../models/ownershipDecision';
import { DECISION_ISSUE_CODES, DECISION_ISSUE_MESSAGES, validateDecision } from './validateDecision';
import { ALICE, CAROL, MALLORY, request } from './__fixtures__/builders';

const nomination = request(1, { assetId: 100, nominee: ALICE, requester: CAROL });
const codes = (issues: ReturnType<typeof validateDecision>): string[] => issues.map((issue) => `${issue.field}:${issue.code}`);

describe('validateDecision', () => {
  it('accepts the nominee\'s approval, with or without a comment', () => {
    expect(validateDecision({ decision: 'Approve' }, nomination, ALICE)).toEqual([]);
    expect(validateDecision({ decision: 'Approve', comment: 'Happy to' }, nomination, ALICE)).toEqual([]);
  });

  it('requires a comment to decline, and a blank one does not do', () => {
    expect(codes(validateDecision({ decision: 'Decline' }, nomination, ALICE))).toEqual(['comment:commentRequired']);
    expect(codes(validateDecision({ decision: 'Decline', comment: '  \n ' }, nomination, ALICE))).toEqual(['comment:commentRequired']);
    expect(validateDecision({ decision: 'Decline', comment: 'Wrong team' }, nomination, ALICE)).toEqual([]);
  });

  it('limits the comment to the Comment column\'s length', () => {
    expect(validateDecision({ decision: 'Decline', comment: 'x'.repeat(2000) }, nomination, ALICE)).toEqual([]);
    const [issue] = validateDecision({ decision: 'Decline', comment: 'x'.repeat(2001) }, nomination, ALICE);
    expect(issue).toMatchObject({ field: 'comment', code: 'commentTooLong', params: { max: 2000, actual: 2001 } });
    expect(issue.message).toBe('The comment is 2001 characters long; the limit is 2000.');
  });

  it('lets only the nominee decide', () => {
    expect(codes(validateDecision({ decision: 'Approve' }, nomination, MALLORY))).toEqual(['request:notNominee']);
  });

  it('stops the requester deciding their own nomination, with the more specific code', () => {
    expect(codes(validateDecision({ decision: 'Approve' }, nomination, CAROL))).toEqual(['request:ownNomination']);
    const self = request(2, { assetId: 100, nominee: CAROL, requester: CAROL });
    expect(codes(validateDecision({ decision: 'Approve' }, self, CAROL))).toEqual(['request:ownNomination']);
    const disguised = request(3, { assetId: 100, nominee: ALICE, requester: CAROL, author: ALICE });
    expect(codes(validateDecision({ decision: 'Approve' }, disguised, ALICE))).toEqual(['request:ownNomination']);
  });

  it('refuses a withdrawn or expired request', () => {
    for (const status of ['Withdrawn', 'Expired'] as const) {
      expect(codes(validateDecision({ decision: 'Approve' }, { ...nomination, status }, ALICE))).toEqual(['request:requestClosed']);
    }
  });

  it('refuses a value that is neither Approve nor Decline', () => {
    const bogus = 'Maybe' as unknown as OwnershipDecisionValue;
    expect(codes(validateDecision({ decision: bogus }, nomination, ALICE))).toEqual(['decision:invalidDecision']);
  });

  it('reports every problem at once, in a stable order', () => {
    expect(codes(validateDecision({ decision: 'Decline' }, { ...nomination, status: 'Withdrawn' }, MALLORY))).toEqual([
      'comment:commentRequired',
      'request:notNominee',
      'request:requestClosed'
    ]);
  });

  it('has an English message for every code', () => {
    for (const code of DECISION_ISSUE_CODES) {
      expect(DECISION_ISSUE_MESSAGES[code].length).toBeGreaterThan(10);
    }
  });
});
