/**
 * The Data Inventory's only door to data. The container receives an implementation as a prop: PnPjs over the
 * SharePoint lists in production and in the workbench, an in-memory fake in tests. Nothing here imports SPFx or PnPjs.
 *
 * Every method rejects with a `GovernanceError` (src/core/errors.ts) whose `kind` tells the UI what to show.
 */
import type { ProcessingActivity } from '../../../core/privacy/model';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset, OwnershipStatus } from '../../../core/models/dataAsset';
import type { Risk } from '../../../core/models/risk';
import type { MeetingAction } from '../../../core/models/meetingAction';
import type { QualityDraft, QualityMeasurement } from '../../../core/quality/model';
import type { IInventoryFilterValues } from '../../../ui/filterTypes';
import type { HealthSettings } from '../../../core/scoring';
import type { SearchSource } from '../../../data/search/types';

/**
 * Filters on indexed columns (the list stays far above the 5,000-item threshold; the health band is the stored,
 * indexed HealthBand column), plus title search. Same shape as the filter bar's values.
 */
export type InventoryFilters = IInventoryFilterValues;

/** Sortable fields: indexed columns only. */
export type InventorySortField = 'title' | 'mission' | 'department' | 'declaredSensitivity' | 'ownershipStatus' | 'lastReviewed' | 'healthScore';

export interface InventoryQuery {
  filters: InventoryFilters;
  sort?: { field: InventorySortField; ascending: boolean };
  /** Items per page (the list is never loaded whole). */
  pageSize: number;
}

export interface InventoryPage {
  items: Stored<DataAsset>[];
  /** Opaque token for the next page; absent on the last page. */
  continuation?: string;
  /**
   * Each item's ownership status as its requests and counting decisions establish it, by asset id: the status to
   * show. The items' own `ownershipStatus` is the stored column, a cache anyone with edit rights could rewrite.
   */
  ownership: ReadonlyMap<number, OwnershipStatus>;
  /** Set when the filters held search text: how the search was served (the grid says so). */
  searchSource?: SearchSource;
  /**
   * How many records the query matches, on a first page when known without another read of the list: the list's
   * item count when nothing filters it. Absent otherwise (the grid then says "more available").
   */
  total?: number;
}

/** One version of an item: who saved it, when, and which properties changed from what to what. */
export interface AssetVersion {
  /** SharePoint's version label, e.g. "3.0". */
  label: string;
  modified: string;
  editor?: PersonRef;
  /** Domain property names (e.g. `declaredSensitivity`), not internal names. */
  changes: { property: string; from?: unknown; to?: unknown }[];
}

/** A mission of the reference list (Missions), for the filters and the form's region/mission consistency. */
export interface MissionSummary {
  title: string;
  code: string;
  region: string;
}

export interface IInventoryService {
  /** One page of records matching the query; pass the previous page's continuation for the next one. */
  page(query: InventoryQuery, continuation?: string): Promise<InventoryPage>;
  getById(id: number): Promise<Stored<DataAsset>>;
  /** The derived ownership status of each record (as `InventoryPage.ownership`), e.g. for a record just saved. */
  derivedOwnership(assets: readonly Stored<DataAsset>[]): Promise<Map<number, OwnershipStatus>>;
  create(values: DataAsset): Promise<Stored<DataAsset>>;
  /**
   * Saves the changed properties with If-Match `etag`; rejects with kind Conflict when someone saved first. A
   * property present with the value `undefined` means "clear this field".
   */
  update(id: number, patch: Partial<DataAsset>, etag: string): Promise<Stored<DataAsset>>;
  /** The item's versions, newest first. */
  versions(id: number): Promise<AssetVersion[]>;
  /** People search for person fields (site users for now; Graph later). */
  searchPeople(text: string): Promise<PersonRef[]>;
  /** The Missions reference list. */
  missions(): Promise<MissionSummary[]>;
  /** The record's open risks in the Risk Register (not Closed), highest current score first. */
  openRisks(assetId: number): Promise<Stored<Risk>[]>;
  /** The privacy register's records of processing that use the record, by name. */
  processingActivities(assetId: number): Promise<Stored<ProcessingActivity>[]>;
  /** The governance meetings' actions about the record (list MeetingActions), one request. */
  meetingActions(assetId: number): Promise<Stored<MeetingAction>[]>;
  /** The record's measured data-quality scores (DataQualityMeasurements), every dimension, one request. */
  qualityMeasurements(assetId: number): Promise<Stored<QualityMeasurement>[]>;
  /** Adds a measurement to the record (add-only list); rejects with Validation, nothing sent, when the draft has problems. */
  addQualityMeasurement(assetId: number, draft: QualityDraft): Promise<Stored<QualityMeasurement>>;
  /** The label mapping and taxonomy the live scores are computed with, as the stored ones (read once). */
  healthSettings(): Promise<HealthSettings>;
}
