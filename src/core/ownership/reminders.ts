/**
 * Reminder e-mails to nominees (issue 6, item 4), optional and off by default: when a nomination is open and when a
 * re-attestation falls due, at most once per item per week. This is the rule only; sending (Graph `sendMail` with
 * the user's own delegated permission) waits for the suite's Graph client.
 */
import type { IsoDate, PersonRef, Stored } from '../models/common';
import type { DataAsset } from '../models/dataAsset';
import type { OwnershipDecision } from '../models/ownershipDecision';
import type { OwnershipRequest } from '../models/ownershipRequest';
import { countingDecision, isKnownPerson, isOpenRequest } from './counting';
import { deriveFromIndex, indexOwnership } from './derive';

/** A reminder for the same item is sent again only after this many days. */
export const REMINDER_INTERVAL_DAYS = 7;

/** The `ownershipReminders` setting (GovernanceSettings, JSON). */
export interface OwnershipReminderSettings {
  readonly enabled: boolean;
}

/** Reads the setting's JSON; anything missing or malformed means reminders are off. */
export function parseReminderSettings(value: string | undefined): OwnershipReminderSettings {
  if (value === undefined || value.trim() === '') return { enabled: false };
  try {
    const parsed = JSON.parse(value) as { enabled?: unknown };
    return { enabled: parsed !== null && typeof parsed === 'object' && parsed.enabled === true };
  } catch {
    return { enabled: false };
  }
}

/** Something a nominee could be reminded of. `itemKey` identifies it across runs (the sent log's key). */
export interface ReminderCandidate {
  readonly itemKey: string;
  readonly recipient: PersonRef;
  readonly reason: 'nomination' | 'reattestation';
  readonly assetId: number;
  readonly requestId?: number;
}

/** A reminder already sent. */
export interface SentReminder {
  readonly itemKey: string;
  readonly sentOn: IsoDate;
}

/**
 * What could be reminded now: every open request (to its nominee) and every standing approval due for
 * re-attestation without an open request (to its custodian, keyed by asset and approving decision, so a new
 * approval starts a new item).
 */
export function reminderCandidates(
  requests: readonly Stored<OwnershipRequest>[],
  decisions: readonly Stored<OwnershipDecision>[],
  assets: readonly Stored<DataAsset>[],
  now: Date
): ReminderCandidate[] {
  const index = indexOwnership(requests, decisions);
  const decided = new Set<number>();
  for (const decision of decisions) {
    const request = index.requestsById.get(decision.request?.id);
    if (request !== undefined && countingDecision(decision, request).counts) decided.add(request.id);
  }
  const candidates: ReminderCandidate[] = requests
    .filter((request) => isOpenRequest(request, decided) && isKnownPerson(request.nominee))
    .map((request) => ({ itemKey: `request:${request.id}`, recipient: request.nominee, reason: 'nomination', assetId: request.asset.id, requestId: request.id }));
  for (const asset of assets) {
    const derived = deriveFromIndex(asset, index, now);
    if (derived.reattestationDue && derived.pendingRequest === undefined && isKnownPerson(derived.custodian)) {
      candidates.push({ itemKey: `reattestation:${asset.id}:${derived.decisionId ?? 0}`, recipient: derived.custodian, reason: 'reattestation', assetId: asset.id });
    }
  }
  return candidates;
}

/** The candidates to send now: none when reminders are off, and none for an item reminded in the last 7 days. */
export function remindersDue(
  candidates: readonly ReminderCandidate[],
  sent: readonly SentReminder[],
  settings: OwnershipReminderSettings,
  now: Date
): ReminderCandidate[] {
  if (!settings.enabled) return [];
  const lastSent = new Map<string, number>();
  for (const entry of sent) {
    const time = Date.parse(entry.sentOn);
    if (!Number.isNaN(time) && time > (lastSent.get(entry.itemKey) ?? Number.NEGATIVE_INFINITY)) lastSent.set(entry.itemKey, time);
  }
  const interval = REMINDER_INTERVAL_DAYS * 24 * 60 * 60 * 1000;
  return candidates.filter((candidate) => {
    const last = lastSent.get(candidate.itemKey);
    return last === undefined || now.getTime() - last >= interval;
  });
}
