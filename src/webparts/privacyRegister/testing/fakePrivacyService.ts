/**
 * In-memory IPrivacyService for component tests. Applies the same core rules as the real one (the list's
 * validation, the screening, ETags with Conflict on a stale one) and records what was saved.
 */
import { GovernanceError } from '../../../core/errors';
import type { LookupRef, PersonRef, Stored } from '../../../core/models/common';
import type { Mission } from '../../../core/models/mission';
import type { ProcessingActivity } from '../../../core/privacy/model';
import { parseScreeningAnswers, screenProcessing, type ScreeningAISystem } from '../../../core/privacy/screening';
import { PROCESSING_ACTIVITIES_LIST } from '../../../core/schema';
import { validateRecord } from '../../../core/validation';
import type { DatasetOption } from '../../aiRegistry/services/IAIRegistryService';
import type { IPrivacyService, PrivacyFilters } from '../services/IPrivacyService';

export class FakePrivacyService implements IPrivacyService {
  public activities: Stored<ProcessingActivity>[];
  public saved: ProcessingActivity[] = [];
  public systems: ScreeningAISystem[] = [];
  public datasetsList: DatasetOption[] = [];
  public drafts = new Map<number, ProcessingActivity>();
  public missionList: Mission[] = [{ title: 'Chad', code: 'TCD', region: 'Central and West Africa' }, { title: 'Chile', code: 'CHL', region: 'South America' }];
  private nextId = 1000;

  public constructor(activities: Stored<ProcessingActivity>[] = []) {
    this.activities = activities;
  }

  public async loadRegister(filters: PrivacyFilters): Promise<Stored<ProcessingActivity>[]> {
    return this.activities.filter((a) => (!filters.mission || a.mission === filters.mission) && (!filters.region || a.region === filters.region) && (filters.dpiaRequired !== true || a.dpiaRequired === true));
  }

  public async getActivity(id: number): Promise<Stored<ProcessingActivity>> {
    const found = this.activities.find((a) => a.id === id);
    if (!found) throw new GovernanceError('NotFound', `No activity ${id}`);
    return found;
  }

  public async createActivity(values: ProcessingActivity): Promise<Stored<ProcessingActivity>> {
    const record = this.screened(values);
    const stored: Stored<ProcessingActivity> = { ...record, id: this.nextId++, etag: '"1"' };
    this.activities.push(stored);
    this.saved.push(record);
    return stored;
  }

  public async updateActivity(id: number, values: ProcessingActivity, etag: string): Promise<Stored<ProcessingActivity>> {
    const current = await this.getActivity(id);
    if (current.etag !== etag) throw new GovernanceError('Conflict', 'Changed by someone else', { status: 412 });
    const record = this.screened(values);
    const stored: Stored<ProcessingActivity> = { ...record, id, etag: `"${Number(current.etag.replace(/"/g, '')) + 1}"` };
    this.activities = this.activities.map((a) => (a.id === id ? stored : a));
    this.saved.push(record);
    return stored;
  }

  public async screeningSystems(ids: readonly number[]): Promise<ScreeningAISystem[]> {
    return this.systems.filter((s) => ids.includes(s.id));
  }

  public async draftFromDataset(datasetId: number): Promise<ProcessingActivity> {
    const draft = this.drafts.get(datasetId);
    if (!draft) throw new GovernanceError('NotFound', `No dataset ${datasetId}`);
    return draft;
  }

  public async searchDatasets(text: string): Promise<DatasetOption[]> {
    return this.datasetsList.filter((d) => d.title.toLowerCase().includes(text.toLowerCase()));
  }

  public async datasets(ids: readonly number[]): Promise<DatasetOption[]> {
    return this.datasetsList.filter((d) => ids.includes(d.id));
  }

  public async searchAISystems(text: string): Promise<LookupRef[]> {
    return this.systems.filter((s) => s.title.toLowerCase().includes(text.toLowerCase())).map((s) => ({ id: s.id, title: s.title }));
  }

  public async searchPeople(): Promise<PersonRef[]> {
    return [];
  }

  public async missions(): Promise<Mission[]> {
    return this.missionList;
  }

  private screened(values: ProcessingActivity): ProcessingActivity {
    const issues = validateRecord(PROCESSING_ACTIVITIES_LIST, values, 'create');
    if (issues.length > 0) throw new GovernanceError('Validation', issues[0].message, { issues });
    const systems = this.systems.filter((s) => (values.linkedAISystems ?? []).some((l) => l.id === s.id));
    return { ...values, dpiaRequired: screenProcessing(parseScreeningAnswers(values.screeningAnswers), values, systems).dpiaRequired };
  }
}
