import { GovernanceError } from '../../../core/errors';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { Procedure } from '../../../core/models/procedure';
import { normaliseProcedure, validateProcedure } from '../../../core/procedures';
import type { IGovernanceRolesService } from '../services/IGovernanceRolesService';
import { nextEtag, unused } from './fakeServiceParts';

export const NOW = new Date('2026-12-05T09:00:00Z');
export const AMINA: PersonRef = { id: 9, title: 'Amina Diallo' };
export const HELENA: PersonRef = { id: 3, title: 'Helena Okafor' };

/** The procedures part of the Governance roles service, in memory: validated saves, ETags with Conflict on a stale one. */
export class FakeProcedureService implements IGovernanceRolesService {
  public procedureItems: Stored<Procedure>[];
  public readonly calls: { save: { draft: Partial<Procedure>; etag: string | undefined }[]; setStatus: { id: number; etag: string; status: Procedure['status'] }[]; get: number[] } = { save: [], setStatus: [], get: [] };
  private nextId = 100;

  public constructor(items: Stored<Procedure>[]) {
    this.procedureItems = items.map((p) => ({ ...p }));
  }

  public stored(title: string): Stored<Procedure> {
    const found = this.procedureItems.find((p) => p.title === title);
    if (!found) throw new Error(`No procedure ${title}`);
    return found;
  }

  /** Someone else saves the procedure (a new ETag), as another browser would. */
  public changeBySomeoneElse(title: string, patch: Partial<Procedure>): void {
    const current = this.stored(title);
    this.replace({ ...current, ...patch, etag: nextEtag(current.etag), editor: HELENA, modified: '2026-12-05T08:30:00Z' });
  }

  public async procedures(): Promise<Stored<Procedure>[]> {
    return this.procedureItems.slice();
  }

  public async saveProcedure(draft: Partial<Procedure>, existing?: Stored<Procedure>): Promise<Stored<Procedure>> {
    this.calls.save.push({ draft: { ...draft }, etag: existing?.etag });
    const issues = validateProcedure(draft, (id) => id !== 666);
    if (issues.length > 0) throw new GovernanceError('Validation', issues.map((i) => i.message).join(' '), { issues });
    if (existing === undefined) {
      const created: Stored<Procedure> = { ...normaliseProcedure(draft), id: this.nextId++, etag: '"1"' };
      this.procedureItems.push(created);
      return created;
    }
    const current = this.byId(existing.id);
    if (current.etag !== existing.etag) throw new GovernanceError('Conflict', 'ETag mismatch', { status: 412 });
    return this.replace({ ...current, ...normaliseProcedure(draft), etag: nextEtag(current.etag) });
  }

  public async setProcedureStatus(item: Stored<Procedure>, status: Procedure['status']): Promise<Stored<Procedure>> {
    this.calls.setStatus.push({ id: item.id, etag: item.etag, status });
    const current = this.byId(item.id);
    if (current.etag !== item.etag) throw new GovernanceError('Conflict', 'ETag mismatch', { status: 412 });
    return this.replace({ ...current, status, etag: nextEtag(current.etag) });
  }

  /** The re-read after a conflict. */
  public async getProcedure(id: number): Promise<Stored<Procedure>> {
    this.calls.get.push(id);
    return { ...this.byId(id) };
  }

  public async searchPeople(text: string): Promise<PersonRef[]> {
    return [AMINA, HELENA].filter((p) => p.title.toLowerCase().includes(text.toLowerCase()));
  }

  public now(): Date {
    return NOW;
  }

  public session(): never { return unused('ProceduresView', 'session'); }
  public load(): never { return unused('ProceduresView', 'load'); }
  public add(): never { return unused('ProceduresView', 'add'); }
  public remove(): never { return unused('ProceduresView', 'remove'); }
  public get(): never { return unused('ProceduresView', 'get'); }
  public exportXlsx(): never { return unused('ProceduresView', 'exportXlsx'); }
  public meetingActions(): never { return unused('ProceduresView', 'meetingActions'); }
  public saveAction(): never { return unused('ProceduresView', 'saveAction'); }
  public setActionStatus(): never { return unused('ProceduresView', 'setActionStatus'); }
  public getAction(): never { return unused('ProceduresView', 'getAction'); }
  public exportActionsCsv(): never { return unused('ProceduresView', 'exportActionsCsv'); }

  private byId(id: number): Stored<Procedure> {
    const found = this.procedureItems.find((p) => p.id === id);
    if (!found) throw new GovernanceError('NotFound', `No procedure ${id}`);
    return found;
  }

  private replace(item: Stored<Procedure>): Stored<Procedure> {
    this.procedureItems = this.procedureItems.map((p) => (p.id === item.id ? item : p));
    return { ...item };
  }
}
