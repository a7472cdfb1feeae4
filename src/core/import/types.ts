/** Types of the bulk import (pure): a neutral table read from a file, column mappings, checked rows and a plan. */
import type { FieldIssue } from '../errors';
import type { PersonRef } from '../models/common';
import type { DataAsset } from '../models/dataAsset';

/** A spreadsheet as text cells: header row apart, data rows padded to no particular length. */
export interface ImportTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Per header index: the DataAssets property it fills, or undefined when the column is ignored. */
export type ColumnMapping = readonly (string | undefined)[];

/** Day/month order of dates typed in the user's locale (ISO dates are always accepted too). */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';

/** A mission of the reference list, for mission/region consistency. */
export interface MissionRef {
  readonly title: string;
  readonly region: string;
}

/** What row checking needs besides the file: resolved people and the Missions list. */
export interface RowContext {
  readonly dateOrder: DateOrder;
  /** Missions reference; when empty, mission and region are checked only as text. */
  readonly missions: readonly MissionRef[];
  /** People by the normalised text of the cell (see `personKey`); absent or undefined when no site user matched. */
  readonly people: ReadonlyMap<string, PersonRef | undefined>;
}

/** One data row after conversion and validation. `rowNumber` is the spreadsheet's row number (header is row 1). */
export interface CheckedRow {
  readonly rowNumber: number;
  readonly values: DataAsset;
  /** The properties the file supplied (only these are written on update). */
  readonly mapped: readonly string[];
  readonly issues: readonly FieldIssue[];
  /** The import key (see `importKey`); empty when the row has no title. */
  readonly key: string;
}

/** What to do with rows whose key matches an existing record. */
export type MatchPolicy = 'update' | 'skip' | 'create';

/** An existing record as the planner needs it. */
export interface ExistingRecord {
  readonly id: number;
  readonly etag: string;
  readonly values: Partial<DataAsset>;
}

export type PlanAction =
  | { readonly kind: 'create' }
  | { readonly kind: 'update'; readonly id: number; readonly etag: string }
  | { readonly kind: 'unchanged'; readonly id: number }
  | { readonly kind: 'skip'; readonly id: number }
  | { readonly kind: 'invalid' };

export interface PlannedRow {
  readonly row: CheckedRow;
  readonly action: PlanAction;
}

/** Final outcome of a row, as the report shows it. */
export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'invalid' | 'failed' | 'notRun';

export interface ReportRow {
  readonly rowNumber: number;
  readonly outcome: RowOutcome;
  /** The record's id when there is one. */
  readonly id?: number;
  /** Why the row was not written (validation issues or the server's reason). */
  readonly issues?: readonly FieldIssue[];
  /**
   * For a record naming a custodian who had not been asked (no counting decision, no open request): `sent` when
   * they were asked to confirm now (a nomination this run made), `self` when the importing user named themselves
   * (someone else must nominate them), `declined` when that custodian already declined the record (not asked
   * again), `failed` when the nomination could not be made (a re-run of the file tries again, once). Absent when
   * the record names no custodian or a request or decision already stands behind the name.
   */
  readonly nomination?: NominationOutcome;
}

export type NominationOutcome = 'sent' | 'self' | 'declined' | 'failed';
