import { compareByCreated, countingDecision, isKnownPerson, isSelfNomination, samePerson } from './counting';
import { ALICE, BOB, CAROL, MALLORY, decision, request } from './__fixtures__/builders';
import { OWNERSHIP_FLAG_MESSAGES, OWNERSHIP_FLAG_REASONS } from './types';

describe('countingDecision', () => {
  const nomination = request(1, { assetId: 100, nominee: ALICE, requester: CAROL });

  it('counts a decision authored by the nominee on a nomination made by someone else', () => {
    expect(countingDecision(decision(10, { request: nomination }), nomination)).toEqual({ counts: true });
    expect(countingDecision(decision(11, { request: nomination, decision: 'Decline' }), nomination)).toEqual({ counts: true });
  });

  it('flags a forged decision: authored by someone other than the nominee', () => {
    expect(countingDecision(decision(10, { request: nomination, author: MALLORY }), nomination)).toEqual({ counts: false, reason: 'authorNotNominee' });
  });

  it('flags the requester deciding a nomination they made for someone else as not the nominee', () => {
    expect(countingDecision(decision(10, { request: nomination, author: CAROL }), nomination)).toEqual({ counts: false, reason: 'authorNotNominee' });
  });

  it('flags a self-nomination even when the nominee decides it', () => {
    const self = request(2, { assetId: 100, nominee: CAROL, requester: CAROL });
    expect(countingDecision(decision(10, { request: self }), self)).toEqual({ counts: false, reason: 'selfNomination' });
  });

  it('flags a self-nomination disguised by a forged Requester field (the request item was authored by the nominee)', () => {
    const disguised = request(3, { assetId: 100, nominee: ALICE, requester: CAROL, author: ALICE });
    expect(countingDecision(decision(10, { request: disguised }), disguised)).toEqual({ counts: false, reason: 'selfNomination' });
  });

  it('flags a decision whose asset or request differs from the request it is checked against', () => {
    expect(countingDecision(decision(10, { request: nomination, assetId: 999 }), nomination)).toEqual({ counts: false, reason: 'requestMismatch' });
    const other = request(4, { assetId: 100, nominee: ALICE });
    expect(countingDecision(decision(10, { request: other }), nomination)).toEqual({ counts: false, reason: 'requestMismatch' });
  });

  it('flags a decision without an Author or with an unusable one', () => {
    expect(countingDecision(decision(10, { request: nomination, author: 'none' }), nomination)).toEqual({ counts: false, reason: 'missingAuthor' });
    expect(countingDecision(decision(10, { request: nomination, author: { id: 0, title: 'Nobody' } }), nomination)).toEqual({ counts: false, reason: 'missingAuthor' });
  });

  it('flags a decision without a usable Created date', () => {
    expect(countingDecision(decision(10, { request: nomination, created: 'none' }), nomination)).toEqual({ counts: false, reason: 'missingCreated' });
    expect(countingDecision(decision(10, { request: nomination, created: '2025-02-30' }), nomination)).toEqual({ counts: false, reason: 'missingCreated' });
  });

  it('still counts a decision on a request later marked Withdrawn (the status column is editable, the decision is evidence)', () => {
    const withdrawn = { ...nomination, status: 'Withdrawn' as const };
    expect(countingDecision(decision(10, { request: withdrawn }), withdrawn)).toEqual({ counts: true });
  });

  it('has an English message for every flag reason', () => {
    for (const reason of OWNERSHIP_FLAG_REASONS) {
      expect(OWNERSHIP_FLAG_MESSAGES[reason].length).toBeGreaterThan(10);
    }
  });
});

describe('identity helpers', () => {
  it('compares people by site user id only', () => {
    expect(samePerson(ALICE, { id: ALICE.id, title: 'A. Custodian' })).toBe(true);
    expect(samePerson(ALICE, { id: 99, title: ALICE.title, email: ALICE.email })).toBe(false);
    expect(samePerson(undefined, undefined)).toBe(false);
    expect(samePerson({ id: 0, title: 'x' }, { id: 0, title: 'x' })).toBe(false);
  });

  it('knows a person only by a positive integer id', () => {
    expect(isKnownPerson(BOB)).toBe(true);
    expect(isKnownPerson({ id: 1.5, title: 'x' })).toBe(false);
    expect(isKnownPerson(undefined)).toBe(false);
  });

  it('detects self-nomination by the Requester field or by the request Author', () => {
    expect(isSelfNomination(request(1, { assetId: 1, nominee: ALICE, requester: CAROL }))).toBe(false);
    expect(isSelfNomination(request(1, { assetId: 1, nominee: ALICE, requester: ALICE }))).toBe(true);
    expect(isSelfNomination(request(1, { assetId: 1, nominee: ALICE, requester: CAROL, author: ALICE }))).toBe(true);
    expect(isSelfNomination(request(1, { assetId: 1, nominee: ALICE, requester: CAROL, author: 'none' }))).toBe(false);
  });

  it('orders by Created then id, undated first', () => {
    const items = [
      { id: 3, created: '2025-01-02T00:00:00Z' },
      { id: 1, created: '2025-01-02T00:00:00Z' },
      { id: 2, created: '2025-01-01T00:00:00Z' },
      { id: 4 }
    ];
    expect([...items].sort(compareByCreated).map((item) => item.id)).toEqual([4, 2, 1, 3]);
  });
});
