/**
 * Building and checking a nomination (issue 6, item 1) before it is created: who is nominated for which asset, by
 * whom, due when. As with decisions, these checks only help the user; the counting rule does not trust them.
 */
import type { FieldIssue } from '../errors';
import type { IsoDate, PersonRef, Stored } from '../models/common';
import type { DataAsset } from '../models/dataAsset';
import type { OwnershipRequest, OwnershipRequestKind } from '../models/ownershipRequest';
import { OWNERSHIP_REQUESTS_LIST } from '../schema/lists/ownershipRequests';
import { isValidIsoDate, parseIsoDate, utcDayNumber } from '../validation/isoDate';
import { countingDecision, createdTime, isKnownPerson, isOpenRequest, samePerson } from './counting';
import type { OwnershipIndex } from './derive';

/** A nomination's due date defaults to this many days after it is made. */
export const DEFAULT_NOMINATION_DAYS = 14;

/** At most this many records are nominated in one bulk action (each is one item; the UI says so). */
export const BULK_NOMINATION_LIMIT = 200;

/** Stable codes of nomination problems; the UI localises by code. */
export const NOMINATION_ISSUE_CODES = ['nomineeRequired', 'selfNomination', 'dueDateInvalid', 'dueDatePast', 'messageTooLong'] as const;
export type NominationIssueCode = (typeof NOMINATION_ISSUE_CODES)[number];

/** Reference English messages; `{max}` and `{actual}` are filled from the issue's params. */
export const NOMINATION_ISSUE_MESSAGES: Readonly<Record<NominationIssueCode, string>> = {
  nomineeRequired: 'Choose the person to nominate.',
  selfNomination: 'You cannot nominate yourself: someone else must confirm you as custodian.',
  dueDateInvalid: 'Enter the due date as a date (YYYY-MM-DD).',
  dueDatePast: 'The due date cannot be in the past.',
  messageTooLong: 'The message is {actual} characters long; the limit is {max}.'
};

/** What the requester fills in. */
export interface NominationDraft {
  readonly nominee?: PersonRef;
  readonly dueDate?: IsoDate;
  readonly message?: string;
  readonly kind?: OwnershipRequestKind;
}

const MESSAGE_FIELD = OWNERSHIP_REQUESTS_LIST.fields.find((field) => field.property === 'message');
const MESSAGE_MAX_LENGTH = (MESSAGE_FIELD?.type === 'Note' ? MESSAGE_FIELD.maxLength : undefined) ?? 2000;
const TITLE_MAX_LENGTH = 255;

/** `YYYY-MM-DD` of the UTC day `days` after `now`. */
export function defaultDueDate(now: Date, days: number = DEFAULT_NOMINATION_DAYS): IsoDate {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
}

function issue(field: string, code: NominationIssueCode, params?: Readonly<Record<string, number>>): FieldIssue {
  const message = NOMINATION_ISSUE_MESSAGES[code].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params?.[name] ?? placeholder));
  return params === undefined ? { field, code, message } : { field, code, message, params };
}

/** Every problem with `draft` made by `requester` at `now`; empty when it may be created. */
export function validateNomination(draft: NominationDraft, requester: PersonRef, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isKnownPerson(draft.nominee)) {
    issues.push(issue('nominee', 'nomineeRequired'));
  } else if (samePerson(draft.nominee, requester)) {
    issues.push(issue('nominee', 'selfNomination'));
  }
  if (draft.dueDate !== undefined && draft.dueDate !== '') {
    const due = isValidIsoDate(draft.dueDate) ? parseIsoDate(draft.dueDate) : undefined;
    if (due === undefined) {
      issues.push(issue('dueDate', 'dueDateInvalid'));
    } else if (utcDayNumber(due) < utcDayNumber(now)) {
      issues.push(issue('dueDate', 'dueDatePast'));
    }
  }
  const message = draft.message ?? '';
  if (message.length > MESSAGE_MAX_LENGTH) {
    issues.push(issue('message', 'messageTooLong', { max: MESSAGE_MAX_LENGTH, actual: message.length }));
  }
  return issues;
}

/**
 * The OwnershipRequests item for `asset`. The title names the kind and the asset so queues and list views read
 * well; the status starts Pending (a derived column the suite sets, never the user).
 */
export function buildNomination(asset: Pick<Stored<DataAsset>, 'id' | 'title'>, draft: NominationDraft & { readonly nominee: PersonRef }, requester: PersonRef, now: Date): OwnershipRequest {
  const kind = draft.kind ?? 'Nomination';
  const message = draft.message?.trim();
  return {
    title: `${kind}: ${asset.title}`.slice(0, TITLE_MAX_LENGTH),
    asset: { id: asset.id, title: asset.title },
    nominee: draft.nominee,
    requester,
    dueDate: draft.dueDate !== undefined && draft.dueDate !== '' ? draft.dueDate : defaultDueDate(now),
    message: message === undefined || message === '' ? undefined : message,
    kind,
    status: 'Pending'
  };
}

/**
 * What to do about the custodian a record names (issue 23, attack 6), from all of the record's requests and
 * decisions: `nominate` when nothing stands behind the name (no counting decision, no open request); `self` when
 * the custodian is the requester (no one confirms themselves); `declined` when this custodian already declined the
 * record with a counting decision (they are not asked again); `settled` when a counting decision or an open
 * request already exists (nothing to do: a re-run never nominates twice).
 */
export type NamedCustodianAction = 'nominate' | 'self' | 'declined' | 'settled';

export function namedCustodianAction(assetId: number, custodian: PersonRef, requester: PersonRef, index: OwnershipIndex): NamedCustodianAction {
  if (samePerson(custodian, requester)) return 'self';
  const decided = new Set<number>();
  let declined = false;
  for (const decision of index.decisionsByAsset.get(assetId) ?? []) {
    const request = decision.request === undefined ? undefined : index.requestsById.get(decision.request.id);
    if (request === undefined || !countingDecision(decision, request).counts) continue;
    decided.add(request.id);
    if (decision.decision === 'Decline' && samePerson(decision.author, custodian)) declined = true;
  }
  if (declined) return 'declined';
  if (decided.size > 0) return 'settled';
  const open = (index.requestsByAsset.get(assetId) ?? []).some((request) => isOpenRequest(request, decided));
  return open ? 'settled' : 'nominate';
}

/** How long before a run's start a request may be dated and still be the run's: browser and server clocks differ. */
export const RUN_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * True when `request`, found after a nominations `$batch` whose answer never came, is the one that batch created:
 * it names this asset and nominee, it was not there when the run looked before sending (`known`), and it was
 * created after the run started (less the clock skew allowance).
 */
export function isRunNomination(request: Stored<OwnershipRequest>, assetId: number, nominee: PersonRef, known: ReadonlySet<number>, started: Date): boolean {
  const created = createdTime(request);
  return (
    request.asset?.id === assetId &&
    samePerson(request.nominee, nominee) &&
    !known.has(request.id) &&
    created !== undefined &&
    created >= started.getTime() - RUN_CLOCK_SKEW_MS
  );
}
