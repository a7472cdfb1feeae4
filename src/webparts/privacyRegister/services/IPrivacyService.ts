/**
 * The Privacy Register's only door to data. The container receives an implementation as a prop: PnPjs over the
 * SharePoint lists in production and in the workbench, an in-memory fake in tests. Nothing here imports SPFx or
 * PnPjs. Every method rejects with a `GovernanceError` whose `kind` tells the UI what to show.
 */
import type { LookupRef, PersonRef, Stored } from '../../../core/models/common';
import type { Mission } from '../../../core/models/mission';
import type { ProcessingActivity } from '../../../core/privacy/model';
import type { ScreeningAISystem } from '../../../core/privacy/screening';
import type { IDpiaStore } from '../../../data/privacy/dpiaStore';
import type { DatasetOption } from '../../aiRegistry/services/IAIRegistryService';

/** Filters sent to SharePoint (indexed columns); free-text search runs on the loaded register. */
export interface PrivacyFilters {
  region?: string;
  mission?: string;
  /** Only records whose last screening required a DPIA. */
  dpiaRequired?: boolean;
}

export interface IPrivacyService {
  /** The DPIAs (issue 17, part 3); absent where the register runs without them (the DPIA actions are then hidden). */
  readonly dpias?: IDpiaStore;
  /** Every record of processing matching the filters (all pages), titles in order. */
  loadRegister(filters: PrivacyFilters): Promise<Stored<ProcessingActivity>[]>;
  getActivity(id: number): Promise<Stored<ProcessingActivity>>;
  /**
   * Validates the whole record (Validation error, nothing sent), screens it with its linked AI systems as the
   * registry has them now, stores the DPIA flag and creates it.
   */
  createActivity(values: ProcessingActivity): Promise<Stored<ProcessingActivity>>;
  /** The same for an edit: every field is sent with If-Match `etag`; rejects with kind Conflict when someone saved first. */
  updateActivity(id: number, values: ProcessingActivity, etag: string): Promise<Stored<ProcessingActivity>>;
  /** What the screening reads of these AI systems (tier, Annex III area 7). */
  screeningSystems(ids: readonly number[]): Promise<ScreeningAISystem[]>;
  /** A new record pre-filled from a dataset: its title, mission, region, owner, data subjects and personal data categories. */
  draftFromDataset(datasetId: number): Promise<ProcessingActivity>;
  searchDatasets(text: string): Promise<DatasetOption[]>;
  datasets(ids: readonly number[]): Promise<DatasetOption[]>;
  searchAISystems(text: string): Promise<LookupRef[]>;
  searchPeople(text: string): Promise<PersonRef[]>;
  /** The Missions reference list (for the region and mission filters and fields). */
  missions(): Promise<Mission[]>;
}
