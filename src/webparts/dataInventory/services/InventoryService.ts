import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset, OwnershipStatus } from '../../../core/models/dataAsset';
import { DATA_ASSETS_LIST } from '../../../core/schema/lists/dataAssets';
import { storedHealth, type HealthSettings } from '../../../core/scoring';
import { HealthSettingsSource } from '../../../data/labels/healthSettings';
import type { IPeopleSearch } from '../../../data/people/siteUserSearch';
import { eq, type ODataFilter } from '../../../data/odata/filter';
import { filterField } from '../../../data/odata/fieldRef';
import { pagePlanned } from '../../../data/query/pagePlanned';
import { planFilter } from '../../../data/query/planFilter';
import type { Risk } from '../../../core/models/risk';
import { loadOpenRisks } from '../../../data/risks/openRisks';
import { loadRecordActions } from '../../../data/procedures';
import type { MeetingAction } from '../../../core/models/meetingAction';
import type { QualityDraft, QualityMeasurement } from '../../../core/quality/model';
import { addMeasurement, measurementsOf } from '../../../data/quality/qualityStore';
import { loadLinkedActivities } from '../../../data/privacy/linkedActivities';
import type { ProcessingActivity } from '../../../core/privacy/model';
import { derivedStatuses } from '../../../data/ownership/ownershipForAssets';
import type { Repositories } from '../../../data/repositories/createRepositories';
import type { SortKey } from '../../../data/repositories/types';
import type { AssetVersion, IInventoryService, InventoryFilters, InventoryPage, InventoryQuery, MissionSummary } from './IInventoryService';
import { diffVersions } from './versionDiff';
import type { IListSearch } from '../../../data/search/types';
import { inventorySearchPage } from './inventorySearch';

type AssetProperty = Extract<keyof DataAsset, string>;

/** Filter properties that map one-to-one onto DataAssets columns (only mission narrows a large list; see the planner). */
const EQUALITY_FILTERS: readonly (keyof InventoryFilters & AssetProperty)[] = [
  'region', 'mission', 'department', 'domain', 'declaredSensitivity', 'ownershipStatus', 'healthBand', 'containsPersonalData',
  'labelDrift', 'overshared'
];

/**
 * The values to write plus the stored health, drift and oversharing columns, recomputed from the whole record on
 * every save (its cached label check included, ranked with the label mapping setting).
 */
function withHealth<T extends Partial<DataAsset>>(asset: DataAsset, values: T, now: Date, settings: HealthSettings): T {
  return { ...values, ...storedHealth(asset, now, settings) };
}

/**
 * The Data Inventory's service over the production data layer (PnPjs repositories): used by the web part in
 * SharePoint and by the workbench page against the emulator. Every query filters and sorts on indexed columns.
 */
export class InventoryService implements IInventoryService {
  private readonly repositories: Repositories;
  private readonly people: IPeopleSearch;
  private readonly now: () => Date;
  private missionCache: Promise<MissionSummary[]> | undefined;
  private readonly settings: HealthSettingsSource;
  private readonly search: IListSearch | undefined;

  /** @param search SharePoint Search for the title search; absent, searches fall back as when search is off. */
  public constructor(repositories: Repositories, people: IPeopleSearch, now: () => Date = () => new Date(), search?: IListSearch) {
    this.repositories = repositories;
    this.people = people;
    this.now = now;
    this.search = search;
    this.settings = new HealthSettingsSource(repositories.governanceSettings);
  }

  public healthSettings(): Promise<HealthSettings> {
    return this.settings.get();
  }

  public async page(query: InventoryQuery, continuation?: string): Promise<InventoryPage> {
    // Default: newest first by ID, which is always indexed (Modified is not, and fails above 5,000 items).
    const orderBy: SortKey<DataAsset>[] = query.sort ? [{ field: query.sort.field, ascending: query.sort.ascending }] : [{ field: 'id', ascending: false }];
    if (query.filters.search?.trim()) {
      // Free text goes through SharePoint Search: substringof cannot use an index and fails above 5,000 items.
      const found = await inventorySearchPage({ repositories: this.repositories, search: this.search, filters: query.filters, pageSize: query.pageSize, orderBy, continuation });
      return { items: found.items, continuation: found.continuation, searchSource: found.source, ownership: await this.derivedOwnership(found.items) };
    }
    // Planned: the most selective clause first, ID ranges when none narrows (a region of 19,000 assets).
    const clauses = inventoryClauses(query.filters);
    // Unfiltered, the list's ItemCount is the total: one small metadata read beside the first page, never a count
    // by reading items. A filtered total is unknown without reading every match, so it stays absent.
    const [page, total] = await Promise.all([
      pagePlanned(this.repositories.dataAssets, { clauses, orderBy, top: query.pageSize }, continuation),
      clauses.length === 0 && continuation === undefined ? this.repositories.dataAssets.count() : Promise.resolve(undefined)
    ]);
    // The stored OwnershipStatus is only what SharePoint can filter and sort on; what the page shows is derived.
    return { ...page, total, ownership: await this.derivedOwnership(page.items) };
  }

  public derivedOwnership(assets: readonly Stored<DataAsset>[]): Promise<Map<number, OwnershipStatus>> {
    return derivedStatuses(this.repositories, assets, this.now());
  }

  public getById(id: number): Promise<Stored<DataAsset>> {
    return this.repositories.dataAssets.getById(id);
  }

  public async create(values: DataAsset): Promise<Stored<DataAsset>> {
    // Ownership is derived from requests and decisions, never typed in a form: a new record has neither yet, so it
    // starts Unassigned; nominating the custodian it names (the inventory does it next) makes it Pending.
    const record: DataAsset = { ...values, ownershipStatus: 'Unassigned' };
    return this.repositories.dataAssets.create(withHealth(record, record, this.now(), await this.settings.get()), { includeComputed: true });
  }

  public async update(id: number, patch: Partial<DataAsset>, etag: string): Promise<Stored<DataAsset>> {
    const [current, settings] = await Promise.all([this.repositories.dataAssets.getById(id), this.settings.get()]);
    const editable = stripComputed(patch);
    // Health is scored with the status the decisions establish, never a stored one written by hand (issue 23).
    const derived = (await this.derivedOwnership([current])).get(id) ?? 'Unassigned';
    const merged: DataAsset = { ...current, ...editable, ownershipStatus: derived };
    // If-Match with the caller's ETag: a record changed since the user opened it fails with Conflict.
    await this.repositories.dataAssets.update(id, withHealth(merged, editable, this.now(), settings), etag, { includeComputed: true });
    return this.repositories.dataAssets.getById(id);
  }

  public async versions(id: number): Promise<AssetVersion[]> {
    return diffVersions(await this.repositories.dataAssets.versions(id));
  }

  public searchPeople(text: string): Promise<PersonRef[]> {
    return this.people.search(text);
  }

  public openRisks(assetId: number): Promise<Stored<Risk>[]> {
    return loadOpenRisks(this.repositories, 'dataAssets', assetId);
  }

  public meetingActions(assetId: number): Promise<Stored<MeetingAction>[]> {
    return loadRecordActions(this.repositories, DATA_ASSETS_LIST.title, assetId);
  }

  public qualityMeasurements(assetId: number): Promise<Stored<QualityMeasurement>[]> {
    return measurementsOf(this.repositories, assetId);
  }

  public addQualityMeasurement(assetId: number, draft: QualityDraft): Promise<Stored<QualityMeasurement>> {
    return addMeasurement(this.repositories, draft, { id: assetId }, this.now());
  }

  public processingActivities(assetId: number): Promise<Stored<ProcessingActivity>[]> {
    return loadLinkedActivities(this.repositories, 'dataAssets', assetId);
  }

  public missions(): Promise<MissionSummary[]> {
    if (!this.missionCache) {
      this.missionCache = this.loadMissions().catch((error: unknown) => {
        this.missionCache = undefined;
        throw error;
      });
    }
    return this.missionCache;
  }

  private async loadMissions(): Promise<MissionSummary[]> {
    const missions: MissionSummary[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.repositories.missions.page({ top: 500, orderBy: [{ field: 'title', ascending: true }] }, continuation);
      missions.push(...page.items.map((m) => ({ title: m.title, code: m.code, region: m.region })));
      continuation = page.continuation;
    } while (continuation);
    return missions;
  }
}

/** Only editable fields reach an update from a form; computed ones are the suite's to set. */
function stripComputed(patch: Partial<DataAsset>): Partial<DataAsset> {
  const out: Partial<DataAsset> = { ...patch };
  for (const field of DATA_ASSETS_LIST.fields) {
    if (field.computed) delete out[field.property];
  }
  return out;
}

/**
 * Every set filter becomes an escaped equality on its column, one clause each in the filter bar's order: the planner
 * puts the one that narrows (a mission) first. The search text is inventorySearch.ts's.
 */
export function inventoryClauses(filters: InventoryFilters): ODataFilter[] {
  const parts: ODataFilter[] = [];
  for (const property of EQUALITY_FILTERS) {
    const value = filters[property];
    if (value !== undefined && value !== '') parts.push(eq(filterField(DATA_ASSETS_LIST, property), value));
  }
  return parts;
}

/** The inventory's filters as one planned `$filter` (most selective clause first); undefined without filters. */
export function buildFilter(filters: InventoryFilters): ODataFilter | undefined {
  return planFilter(DATA_ASSETS_LIST, inventoryClauses(filters));
}
