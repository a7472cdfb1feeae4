import type { LookupRef } from './common';

/**
 * One submission of an AI system's classification answers (list AIClassificationSubmissions), written by the suite
 * each time the answers change. The submitter is the item's Author, set by SharePoint: deliberately not a field on
 * the system (a field could be rewritten by anyone who can edit the record, and was: issue 23).
 */
export interface AIClassificationSubmission {
  title: string;
  system: LookupRef;
  /** `profileHash` of the answers submitted. */
  profileHash: string;
  /** The answers as submitted (JSON), kept as evidence of what the submitter said. */
  profile?: string;
}
