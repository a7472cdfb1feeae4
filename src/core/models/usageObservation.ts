import type { IsoDate, LookupRef, PersonRef } from './common';

/**
 * Whether an observed app matched a registered AI system when it was imported. The monitoring view always matches
 * again against the registry as it is now; the stored value serves SharePoint views and filters.
 */
export const USAGE_MATCH_STATUSES = ['Unmatched', 'Matched', 'Dismissed'] as const;
export type UsageMatchStatus = (typeof USAGE_MATCH_STATUSES)[number];

/** One imported row of an AI-usage export (list UsageObservations), e.g. from Defender for Cloud Apps. */
export interface UsageObservation {
  /** The app's name as the export gives it. */
  title: string;
  /** Web domain the app was seen on, e.g. "chat.example.com". */
  domain?: string;
  /** The export's app category, e.g. "Generative AI". */
  category?: string;
  users?: number;
  transactions?: number;
  /** The export's risk score (Defender: 0-10, higher is safer). */
  riskScore?: number;
  /** Upload plus download traffic, in megabytes. */
  trafficMb?: number;
  department?: string;
  periodStart?: IsoDate;
  periodEnd?: IsoDate;
  matchStatus: UsageMatchStatus;
  matchedSystem?: LookupRef;
  /** Which export the row came from (file name or connector), for re-import and audit. */
  source?: string;
  /** The app's normalised key (`usageAppKey`): joins rows of every period and the app's triage record. */
  appKey?: string;
  /** The import run that wrote the row: a period shows the rows of its newest complete run only. */
  importBatch?: string;
  /** How many rows that run wrote: a run with fewer rows stored is incomplete and never shown. */
  batchRows?: number;
}

/** A lead's decision on an observed app, kept per app so that re-importing a period never erases it. */
export const USAGE_TRIAGE_DECISIONS = ['Open', 'Not AI', 'Ignored'] as const;
export type UsageTriageDecision = (typeof USAGE_TRIAGE_DECISIONS)[number];

/** Triage of one observed app (list UsageTriage), keyed by the app's normalised key. */
export interface UsageTriage {
  /** The app's name as last seen. */
  title: string;
  appKey: string;
  decision: UsageTriageDecision;
  /** Why it is not AI or ignored. */
  reason?: string;
  /** Who follows the app up (registers it, or has it stopped). */
  assignedTo?: PersonRef;
}
