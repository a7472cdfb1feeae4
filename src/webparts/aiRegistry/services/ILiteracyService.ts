/**
 * The AI Registry's door to AI literacy records (issue 19, part 4, EU AI Act Art. 4): each system's coverage and its
 * gaps, the signed-in user's acknowledgement, and the leads' measures. PnPjs over LiteracyMeasures and
 * LiteracyAcknowledgements in production and in the workbench; an in-memory fake in tests.
 */
import type { LiteracyMeasure } from '../../../core/literacy/model';
import type { Stored } from '../../../core/models/common';
import type { SystemLiteracy } from '../../../data/literacy/literacyStore';
import type { RegisterRow } from './IAIRegistryService';

export type { SystemLiteracy };

export interface ILiteracyService {
  /** Coverage of every system in `rows`, keyed by system id (three requests whatever the number of rows). */
  coverage(rows: readonly RegisterRow[]): Promise<Map<number, SystemLiteracy>>;
  /**
   * Records that the signed-in user completed the measure (they become the item's Author). Rejects with Validation
   * `measureNotCurrent` when the measure is not current, nothing written.
   */
  acknowledge(measureId: number, comment?: string): Promise<void>;
  /**
   * Creates a measure, or updates `existing` with If-Match (Conflict when it changed since). Rejects with Validation and
   * codes from `LITERACY_ISSUE_CODES` (nothing written); Forbidden when the user is not a governance lead.
   */
  saveMeasure(draft: Partial<LiteracyMeasure>, existing?: { readonly id: number; readonly etag: string }): Promise<void>;
  /** The measure as stored now (for a conflict: their version, and its ETag to save over it). */
  getMeasure(id: number): Promise<Stored<LiteracyMeasure>>;
}
