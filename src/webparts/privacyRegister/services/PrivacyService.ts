import { GovernanceError } from '../../../core/errors';
import type { LookupRef, PersonRef, Stored } from '../../../core/models/common';
import type { Mission } from '../../../core/models/mission';
import type { ProcessingActivity } from '../../../core/privacy/model';
import { parseScreeningAnswers, screenProcessing, screeningAISystem, type ScreeningAISystem } from '../../../core/privacy/screening';
import { DATA_SUBJECTS, PERSONAL_DATA_CATEGORIES } from '../../../core/reference/vocabularies';
import { AI_SYSTEMS_LIST, DATA_ASSETS_LIST, PROCESSING_ACTIVITIES_LIST } from '../../../core/schema';
import { validateRecord } from '../../../core/validation';
import { and, eq, or, substringOf, type ODataFilter } from '../../../data/odata/filter';
import { filterField } from '../../../data/odata/fieldRef';
import type { IPeopleSearch } from '../../../data/people/siteUserSearch';
import type { Repositories } from '../../../data/repositories/createRepositories';
import { searchOrScanPage } from '../../../data/search/searchOrScan';
import { readAll } from '../../../data/query/readMatching';
import type { IListSearch } from '../../../data/search/types';
import type { IDpiaStore } from '../../../data/privacy/dpiaStore';
import type { DatasetOption } from '../../aiRegistry/services/IAIRegistryService';
import type { IPrivacyService, PrivacyFilters } from './IPrivacyService';

const MATCHES = 20;
const IDS_PER_QUERY = 50;

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** Every set filter becomes an escaped equality on its indexed column; mission first (the most selective). */
export function privacyClauses(filters: PrivacyFilters): ODataFilter[] {
  const parts: ODataFilter[] = [];
  if (filters.mission) parts.push(eq(filterField(PROCESSING_ACTIVITIES_LIST, 'mission'), filters.mission));
  if (filters.region) parts.push(eq(filterField(PROCESSING_ACTIVITIES_LIST, 'region'), filters.region));
  if (filters.dpiaRequired === true) parts.push(eq(filterField(PROCESSING_ACTIVITIES_LIST, 'dpiaRequired'), true));
  return parts;
}

/** The form's values without the suite's computed fields, every editable property named (cleared ones as undefined). */
function editable(values: ProcessingActivity): ProcessingActivity {
  const out: Record<string, unknown> = {};
  for (const field of PROCESSING_ACTIVITIES_LIST.fields) {
    if (field.computed) continue;
    const value = (values as unknown as Record<string, unknown>)[field.property];
    out[field.property] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  return out as unknown as ProcessingActivity;
}

/** The values among `allowed`, or undefined when none. */
function known<T extends string>(values: readonly string[] | undefined, allowed: readonly T[]): T[] | undefined {
  const kept = (values ?? []).filter((v): v is T => (allowed as readonly string[]).includes(v));
  return kept.length > 0 ? kept : undefined;
}

function datasetOption(asset: Stored<{ title: string; declaredSensitivity?: string; containsPersonalData: boolean; mission?: string }>): DatasetOption {
  return { id: asset.id, title: asset.title, declaredSensitivity: asset.declaredSensitivity, containsPersonalData: asset.containsPersonalData === true, mission: asset.mission };
}

/**
 * The Privacy Register's service over the production data layer (PnPjs repositories), used by the web part in
 * SharePoint and by the workbench page against the emulator.
 */
export class PrivacyService implements IPrivacyService {
  private missionsCache: Promise<Mission[]> | undefined;

  /**
   * @param search SharePoint Search for the dataset picker; absent, it reads the list with `substringof`.
   * @param dpias The DPIA store over the same site (`createDpiaStore`).
   */
  public constructor(private readonly repositories: Repositories, private readonly people: IPeopleSearch, private readonly search?: IListSearch, public readonly dpias?: IDpiaStore) {}

  public async loadRegister(filters: PrivacyFilters): Promise<Stored<ProcessingActivity>[]> {
    const clauses = privacyClauses(filters);
    const filter = clauses.length === 0 ? undefined : and(...clauses);
    const items = await readAll(this.repositories.processingActivities, { filter });
    return items.sort((a, b) => a.title.localeCompare(b.title) || a.id - b.id);
  }

  public getActivity(id: number): Promise<Stored<ProcessingActivity>> {
    return this.repositories.processingActivities.getById(id);
  }

  public async createActivity(values: ProcessingActivity): Promise<Stored<ProcessingActivity>> {
    const record = await this.screened(editable(values));
    return this.repositories.processingActivities.create(record, { includeComputed: true });
  }

  public async updateActivity(id: number, values: ProcessingActivity, etag: string): Promise<Stored<ProcessingActivity>> {
    const record = await this.screened(editable(values));
    await this.repositories.processingActivities.update(id, record, etag, { includeComputed: true });
    return this.repositories.processingActivities.getById(id);
  }

  public async screeningSystems(ids: readonly number[]): Promise<ScreeningAISystem[]> {
    const found: ScreeningAISystem[] = [];
    for (const group of chunks([...new Set(ids)], IDS_PER_QUERY)) {
      const page = await this.repositories.aiSystems.page({ filter: or(...group.map((id) => eq('ID', id))), select: ['title', 'riskTier', 'classificationProfile'], top: group.length });
      found.push(...page.items.map((s) => screeningAISystem({ id: s.id, title: s.title, riskTier: s.riskTier, classificationProfile: s.classificationProfile })));
    }
    return found;
  }

  public async draftFromDataset(datasetId: number): Promise<ProcessingActivity> {
    const asset = await this.repositories.dataAssets.getById(datasetId);
    return {
      title: asset.title,
      role: 'Controller',
      mission: asset.mission,
      region: asset.region,
      owner: asset.owner,
      // Only values of the shared vocabularies (a dataset's choices are the same lists; anything else is dropped).
      dataSubjectCategories: known(asset.dataSubjects, DATA_SUBJECTS),
      personalDataCategories: known(asset.personalDataCategories, PERSONAL_DATA_CATEGORIES),
      linkedDataAssets: [{ id: asset.id, title: asset.title }]
    };
  }

  public async searchDatasets(text: string): Promise<DatasetOption[]> {
    const term = text.trim();
    if (term === '') return [];
    const found = await searchOrScanPage({
      search: this.search, repository: this.repositories.dataAssets, text: term, pageSize: MATCHES,
      scan: () => this.repositories.dataAssets.page({ filter: substringOf(term, filterField(DATA_ASSETS_LIST, 'title')), orderBy: [{ field: 'title', ascending: true }], top: MATCHES })
    });
    return found.items.slice(0, MATCHES).map(datasetOption);
  }

  public async datasets(ids: readonly number[]): Promise<DatasetOption[]> {
    const found: DatasetOption[] = [];
    for (const group of chunks([...new Set(ids)], IDS_PER_QUERY)) {
      const page = await this.repositories.dataAssets.page({ filter: or(...group.map((id) => eq('ID', id))), top: group.length });
      found.push(...page.items.map(datasetOption));
    }
    return found;
  }

  public async searchAISystems(text: string): Promise<LookupRef[]> {
    const term = text.trim();
    if (term === '') return [];
    const found = await searchOrScanPage({
      search: this.search, repository: this.repositories.aiSystems, text: term, pageSize: MATCHES,
      scan: () => this.repositories.aiSystems.page({ filter: substringOf(term, filterField(AI_SYSTEMS_LIST, 'title')), top: MATCHES })
    });
    return found.items.slice(0, MATCHES).map((s) => ({ id: s.id, title: s.title }));
  }

  public searchPeople(text: string): Promise<PersonRef[]> {
    return this.people.search(text);
  }

  public missions(): Promise<Mission[]> {
    if (!this.missionsCache) {
      this.missionsCache = readAll(this.repositories.missions).then((all) => all.sort((a, b) => a.title.localeCompare(b.title)));
      this.missionsCache.catch(() => (this.missionsCache = undefined));
    }
    return this.missionsCache;
  }

  /** Validates the whole record (nothing is sent when a rule fails), then stores what the screening decides. */
  private async screened(record: ProcessingActivity): Promise<ProcessingActivity> {
    const issues = validateRecord(PROCESSING_ACTIVITIES_LIST, record, 'create');
    if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
    const systems = await this.screeningSystems((record.linkedAISystems ?? []).map((s) => s.id));
    const result = screenProcessing(parseScreeningAnswers(record.screeningAnswers), record, systems);
    return { ...record, dpiaRequired: result.dpiaRequired };
  }
}
