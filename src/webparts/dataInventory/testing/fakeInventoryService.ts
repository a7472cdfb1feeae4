/**
 * In-memory IInventoryService for component tests (and any page that needs data without SharePoint). Behaves like
 * the real one where the UI depends on it: filters, sort, continuation paging, ETags with Conflict on a stale one.
 * Records every call so tests can assert what was sent.
 */
import type { ProcessingActivity } from '../../../core/privacy/model';
import { GovernanceError } from '../../../core/errors';
import type { SearchSource } from '../../../data/search/types';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset, OwnershipStatus } from '../../../core/models/dataAsset';
import type { Risk } from '../../../core/models/risk';
import type { MeetingAction } from '../../../core/models/meetingAction';
import type { QualityDraft, QualityMeasurement } from '../../../core/quality/model';
import { measurementFromDraft, validateQualityMeasurement } from '../../../core/quality/validation';
import type { HealthSettings } from '../../../core/scoring';
import type { AssetVersion, IInventoryService, InventoryPage, InventoryQuery, MissionSummary } from '../services/IInventoryService';

type Method = keyof IInventoryService;

export class FakeInventoryService implements IInventoryService {
  public items: Stored<DataAsset>[];
  public missionList: MissionSummary[];
  public people: PersonRef[];
  public versionsById: Map<number, AssetVersion[]> = new Map();
  public readonly calls: {
    page: { query: InventoryQuery; continuation?: string }[];
    create: DataAsset[];
    update: { id: number; patch: Partial<DataAsset>; etag: string }[];
  } = { page: [], create: [], update: [] };
  private readonly _failures: { method: Method; kind: GovernanceErrorKind }[] = [];
  private _nextId: number;

  public constructor(items: Stored<DataAsset>[] = [], missions: MissionSummary[] = [], people: PersonRef[] = []) {
    this.items = items.slice();
    this.missionList = missions;
    this.people = people;
    this._nextId = items.reduce((max, i) => Math.max(max, i.id), 0) + 1;
  }

  /** The next call of `method` rejects with a GovernanceError of `kind`. */
  public failNext(method: Method, kind: GovernanceErrorKind): void {
    this._failures.push({ method, kind });
  }

  /** Someone else saves the record: new values and a new ETag. */
  public saveAsSomeoneElse(id: number, patch: Partial<DataAsset>, editor: PersonRef): Stored<DataAsset> {
    const current = this._find(id);
    const next: Stored<DataAsset> = { ...current, ...patch, etag: this._nextEtag(current.etag), editor, modified: '2026-11-20T10:00:00Z' };
    this.items = this.items.map((i) => (i.id === id ? next : i));
    return next;
  }

  public async page(query: InventoryQuery, continuation?: string): Promise<InventoryPage> {
    this.calls.page.push({ query, continuation });
    this._maybeFail('page');
    const f = query.filters;
    let rows = this.items.filter(
      (i) =>
        (f.region === undefined || i.region === f.region) &&
        (f.mission === undefined || i.mission === f.mission) &&
        (f.department === undefined || i.department === f.department) &&
        (f.domain === undefined || i.domain === f.domain) &&
        (f.declaredSensitivity === undefined || i.declaredSensitivity === f.declaredSensitivity) &&
        (f.ownershipStatus === undefined || i.ownershipStatus === f.ownershipStatus) &&
        (f.containsPersonalData === undefined || i.containsPersonalData === f.containsPersonalData) &&
        (f.labelDrift === undefined || i.labelDrift === f.labelDrift) &&
        (f.overshared === undefined || (i.overshared === true) === f.overshared) &&
        (f.search === undefined || i.title.toLowerCase().indexOf(f.search.toLowerCase()) >= 0)
    );
    if (query.sort) {
      const { field, ascending } = query.sort;
      rows = rows.slice().sort((a, b) => compareValues(a[field], b[field]) * (ascending ? 1 : -1));
    }
    const start = continuation ? Number(continuation) : 0;
    const end = start + query.pageSize;
    const items = rows.slice(start, end);
    const searchSource = f.search?.trim() ? this.searchSource : undefined;
    if (searchSource === 'needsMission') return { items: [], searchSource, ownership: new Map() };
    // As the real service: the total only when nothing filters the list.
    const unfiltered = Object.keys(f).every((key) => f[key as keyof typeof f] === undefined);
    const total = unfiltered && !continuation ? this.items.length : undefined;
    return { items, continuation: end < rows.length ? String(end) : undefined, ownership: this._derived(items), searchSource, total };
  }

  /** How searches are served, as the real service reports it (set 'needsMission' to play search being off). */
  public searchSource: SearchSource = 'search';

  /**
   * What the records' requests and decisions establish, set by tests (e.g. a forged stored Confirmed whose decisions
   * say Unassigned); a record not in the map derives what its stored column says.
   */
  public derivedById: Map<number, OwnershipStatus> = new Map();

  public async derivedOwnership(assets: readonly Stored<DataAsset>[]): Promise<Map<number, OwnershipStatus>> {
    this._maybeFail('derivedOwnership');
    return this._derived(assets);
  }

  private _derived(assets: readonly Stored<DataAsset>[]): Map<number, OwnershipStatus> {
    return new Map(assets.map((a) => [a.id, this.derivedById.get(a.id) ?? a.ownershipStatus]));
  }

  public async getById(id: number): Promise<Stored<DataAsset>> {
    this._maybeFail('getById');
    return this._find(id);
  }

  public async create(values: DataAsset): Promise<Stored<DataAsset>> {
    this.calls.create.push(values);
    this._maybeFail('create');
    const item: Stored<DataAsset> = { ...values, id: this._nextId++, etag: '"1"' };
    this.items = [item, ...this.items];
    return item;
  }

  public async update(id: number, patch: Partial<DataAsset>, etag: string): Promise<Stored<DataAsset>> {
    this.calls.update.push({ id, patch, etag });
    this._maybeFail('update');
    const current = this._find(id);
    if (current.etag !== etag) {
      throw new GovernanceError('Conflict', 'The item was changed by someone else.', { status: 412 });
    }
    const next: Stored<DataAsset> = { ...current, ...patch, etag: this._nextEtag(current.etag) };
    this.items = this.items.map((i) => (i.id === id ? next : i));
    return next;
  }

  public async versions(id: number): Promise<AssetVersion[]> {
    this._maybeFail('versions');
    return this.versionsById.get(id) ?? [];
  }

  public async searchPeople(text: string): Promise<PersonRef[]> {
    this._maybeFail('searchPeople');
    return this.people.filter((p) => p.title.toLowerCase().indexOf(text.toLowerCase()) >= 0);
  }

  /** Open risks per asset id, set by tests. */
  public risksByAsset: Map<number, Stored<Risk>[]> = new Map();

  /** Processing activities per asset id, set by tests. */
  public activitiesByAsset: Map<number, Stored<ProcessingActivity>[]> = new Map();

  public async processingActivities(assetId: number): Promise<Stored<ProcessingActivity>[]> {
    return this.activitiesByAsset.get(assetId) ?? [];
  }

  /** Meeting actions per asset id, for the details panel's section. */
  public readonly actionsByAsset = new Map<number, Stored<MeetingAction>[]>();

  public async meetingActions(assetId: number): Promise<Stored<MeetingAction>[]> {
    this._maybeFail('meetingActions');
    return this.actionsByAsset.get(assetId) ?? [];
  }

  /** Quality measurements per asset id (add-only, as the list). */
  public readonly qualityByAsset = new Map<number, Stored<QualityMeasurement>[]>();
  /** The day a measurement may be dated at the latest. */
  public qualityToday = new Date().toISOString().slice(0, 10);

  public async qualityMeasurements(assetId: number): Promise<Stored<QualityMeasurement>[]> {
    this._maybeFail('qualityMeasurements');
    return (this.qualityByAsset.get(assetId) ?? []).slice();
  }

  public async addQualityMeasurement(assetId: number, draft: QualityDraft): Promise<Stored<QualityMeasurement>> {
    this._maybeFail('addQualityMeasurement');
    const issues = validateQualityMeasurement(draft, { id: assetId }, this.qualityToday);
    if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
    const all = [...this.qualityByAsset.values()].flat();
    const stored: Stored<QualityMeasurement> = { ...measurementFromDraft(draft, { id: assetId }), id: all.reduce((max, m) => Math.max(max, m.id), 0) + 1, etag: '"1"' } as Stored<QualityMeasurement>;
    this.qualityByAsset.set(assetId, [...(this.qualityByAsset.get(assetId) ?? []), stored]);
    return stored;
  }

  public async openRisks(assetId: number): Promise<Stored<Risk>[]> {
    this._maybeFail('openRisks');
    return this.risksByAsset.get(assetId) ?? [];
  }

  /** The label mapping live scores use; tests set it. */
  public settings: HealthSettings = {};

  public async healthSettings(): Promise<HealthSettings> {
    this._maybeFail('healthSettings');
    return this.settings;
  }

  public async missions(): Promise<MissionSummary[]> {
    this._maybeFail('missions');
    return this.missionList;
  }

  private _find(id: number): Stored<DataAsset> {
    const item = this.items.find((i) => i.id === id);
    if (!item) {
      throw new GovernanceError('NotFound', `Item ${id} does not exist.`, { status: 404 });
    }
    return item;
  }

  private _nextEtag(etag: string): string {
    return `"${Number(etag.replace(/"/g, '')) + 1}"`;
  }

  private _maybeFail(method: Method): void {
    const index = this._failures.findIndex((f) => f.method === method);
    if (index >= 0) {
      const [failure] = this._failures.splice(index, 1);
      throw new GovernanceError(failure.kind, `Injected ${failure.kind} failure of ${method}.`);
    }
  }
}

/** Numbers by value (a health score), anything else as text. */
function compareValues(a: unknown, b: unknown): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a ?? '').localeCompare(String(b ?? ''));
}
