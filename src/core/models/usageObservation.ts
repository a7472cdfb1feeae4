import type { IsoDate, LookupRef } from './common';

/**
 * Whether an observed app matches a registered AI system. Unmatched rows are the "unregistered tools" the registry
 * reports; Matched rows whose system is not approved are the "unapproved" ones; Dismissed rows were reviewed.
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
  department?: string;
  periodStart?: IsoDate;
  periodEnd?: IsoDate;
  matchStatus: UsageMatchStatus;
  matchedSystem?: LookupRef;
  /** Which export the row came from (file name or connector), for re-import and audit. */
  source?: string;
}
