/**
 * The segregation-of-duties rule (DESIGN section 6): which decision items count. Identity is always the SharePoint
 * site user id, and the decider is always the item's Author, which SharePoint sets and no client can forge.
 */
import type { PersonRef, Stored } from '../models/common';
import type { OwnershipDecision } from '../models/ownershipDecision';
import type { OwnershipRequest, OwnershipRequestStatus } from '../models/ownershipRequest';
import { parseIsoDate } from '../validation/isoDate';
import type { DecisionVerdict } from './types';

/** Request statuses that close a request without a decision. */
const CLOSED_WITHOUT_DECISION: readonly OwnershipRequestStatus[] = ['Withdrawn', 'Expired'];

/** True when `person` carries a usable site user id (SharePoint ids start at 1). */
export function isKnownPerson(person: PersonRef | undefined): person is PersonRef {
  // Null too: raw REST values reach here through mappers that may pass a missing user through.
  return person !== undefined && person !== null && typeof person.id === 'number' && Number.isInteger(person.id) && person.id > 0;
}

/** True when both are known people with the same site user id; names and e-mails are display data, not identity. */
export function samePerson(a: PersonRef | undefined, b: PersonRef | undefined): boolean {
  return isKnownPerson(a) && isKnownPerson(b) && a.id === b.id;
}

/**
 * True when the nominee is also the requester. The Requester field is typed by the client, so the request's own
 * Author (set by SharePoint) is checked too: a nominee who creates a request naming someone else as requester is
 * still nominating themselves.
 */
export function isSelfNomination(request: Stored<OwnershipRequest>): boolean {
  return samePerson(request.nominee, request.requester) || samePerson(request.nominee, request.author);
}

/** Milliseconds of an item's Created date; undefined when missing or not an ISO date. */
export function createdTime(item: { readonly created?: string }): number | undefined {
  const parsed = typeof item.created === 'string' ? parseIsoDate(item.created) : undefined;
  return parsed === undefined ? undefined : parsed.getTime();
}

/** Orders items by Created, oldest first, ties by id; an item without a date sorts before every dated one. */
export function compareByCreated(a: { readonly id: number; readonly created?: string }, b: { readonly id: number; readonly created?: string }): number {
  const timeA = createdTime(a) ?? Number.NEGATIVE_INFINITY;
  const timeB = createdTime(b) ?? Number.NEGATIVE_INFINITY;
  return timeA !== timeB ? (timeA < timeB ? -1 : 1) : a.id - b.id;
}

/**
 * Whether `decision` counts as the answer to `request`, and if not, why. It counts only when it names this request
 * and its asset, has an Author and a Created date, the Author is the nominee, and the nominee is not the requester.
 * The request's Status is deliberately not consulted: it is an editable field, while the decision is authored
 * evidence, so a request marked Withdrawn after the nominee decided does not undo the decision.
 */
export function countingDecision(decision: Stored<OwnershipDecision>, request: Stored<OwnershipRequest>): DecisionVerdict {
  if (decision.request?.id !== request.id || decision.asset?.id !== request.asset?.id) {
    return { counts: false, reason: 'requestMismatch' };
  }
  if (!isKnownPerson(decision.author)) {
    return { counts: false, reason: 'missingAuthor' };
  }
  if (createdTime(decision) === undefined) {
    return { counts: false, reason: 'missingCreated' };
  }
  if (!samePerson(decision.author, request.nominee)) {
    return { counts: false, reason: 'authorNotNominee' };
  }
  if (isSelfNomination(request)) {
    return { counts: false, reason: 'selfNomination' };
  }
  return { counts: true };
}

/**
 * True when the request still waits for its nominee: no counting decision answers it (`decidedRequestIds`), it was
 * not withdrawn or expired, and it is not a self-nomination (which no decision could ever satisfy, so it must not
 * hold the asset in Pending forever). An overdue request stays open: being late is not an answer.
 */
export function isOpenRequest(request: Stored<OwnershipRequest>, decidedRequestIds: ReadonlySet<number>): boolean {
  return !decidedRequestIds.has(request.id) && !CLOSED_WITHOUT_DECISION.includes(request.status) && !isSelfNomination(request);
}

/** Deterministic text order for queue titles: case-insensitive English collation, then code units. */
export function compareText(a: string, b: string): number {
  const collated = a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });
  return collated !== 0 ? collated : a < b ? -1 : a > b ? 1 : 0;
}
