import { GovernanceError } from '../../../core/errors';
import { canUpdateStatus, normaliseMeetingAction, validateMeetingAction } from '../../../core/meetingActions';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { MeetingAction, MeetingActionStatus } from '../../../core/models/meetingAction';
import type { IGovernanceRolesService } from '../services/IGovernanceRolesService';
import { nextEtag, unused } from './fakeServiceParts';

export const NOW = new Date('2026-12-05T09:00:00Z');
export const JONAS: PersonRef = { id: 7, title: 'Jonas Weber' };
export const AMINA: PersonRef = { id: 9, title: 'Amina Diallo' };
export const HELENA: PersonRef = { id: 3, title: 'Helena Okafor' };

/** The meeting actions part of the Governance roles service, in memory: as the real one, only the owner or a lead changes a status, with If-Match. */
export class FakeActionService implements IGovernanceRolesService {
  public items: Stored<MeetingAction>[];
  public readonly calls: {
    setStatus: { id: number; etag: string; status: MeetingActionStatus }[];
    save: { draft: Partial<MeetingAction>; etag: string | undefined }[];
    exports: { headers: readonly string[]; rows: readonly (readonly string[])[] }[];
    get: number[];
  } = { setStatus: [], save: [], exports: [], get: [] };
  public readonly exported: Blob[] = [];
  private nextId = 100;

  public constructor(items: Stored<MeetingAction>[], private readonly me: PersonRef, private readonly isLead: boolean) {
    this.items = items.map((a) => ({ ...a }));
  }

  public stored(text: string): Stored<MeetingAction> {
    const found = this.items.find((a) => a.actionText === text);
    if (!found) throw new Error(`No action ${text}`);
    return found;
  }

  /** Someone else saves the action (a new ETag), as another browser would. */
  public changeBySomeoneElse(text: string, patch: Partial<MeetingAction>): void {
    const current = this.stored(text);
    this.replace({ ...current, ...patch, etag: nextEtag(current.etag), editor: HELENA, modified: '2026-12-05T08:30:00Z' });
  }

  public async meetingActions(): Promise<Stored<MeetingAction>[]> {
    return this.items.slice();
  }

  public async saveAction(draft: Partial<MeetingAction>, existing?: Stored<MeetingAction>): Promise<Stored<MeetingAction>> {
    this.calls.save.push({ draft: { ...draft }, etag: existing?.etag });
    const issues = validateMeetingAction(draft, { isNew: existing === undefined, now: NOW });
    if (issues.length > 0) throw new GovernanceError('Validation', issues.map((i) => i.message).join(' '), { issues });
    if (existing === undefined) {
      const created: Stored<MeetingAction> = { ...normaliseMeetingAction(draft), id: this.nextId++, etag: '"1"' };
      this.items.push(created);
      return created;
    }
    const current = this.byId(existing.id);
    if (current.etag !== existing.etag) throw new GovernanceError('Conflict', 'ETag mismatch', { status: 412 });
    return this.replace({ ...current, ...normaliseMeetingAction(draft), etag: nextEtag(current.etag) });
  }

  public async setActionStatus(action: Stored<MeetingAction>, status: MeetingActionStatus): Promise<Stored<MeetingAction>> {
    this.calls.setStatus.push({ id: action.id, etag: action.etag, status });
    if (!canUpdateStatus(action, { person: this.me, isLead: this.isLead })) throw new GovernanceError('Forbidden', 'Not the owner');
    const current = this.byId(action.id);
    if (current.etag !== action.etag) throw new GovernanceError('Conflict', 'ETag mismatch', { status: 412 });
    return this.replace({ ...current, status, etag: nextEtag(current.etag), editor: this.me });
  }

  /** The re-read after a conflict. */
  public async getAction(id: number): Promise<Stored<MeetingAction>> {
    this.calls.get.push(id);
    return { ...this.byId(id) };
  }

  public exportActionsCsv(headers: readonly string[], rows: readonly (readonly string[])[]): Blob {
    this.calls.exports.push({ headers, rows });
    const blob = new Blob([[headers, ...rows].map((r) => r.join(',')).join('\r\n')], { type: 'text/csv' });
    this.exported.push(blob);
    return blob;
  }

  public async searchPeople(text: string): Promise<PersonRef[]> {
    return [JONAS, AMINA, HELENA].filter((p) => p.title.toLowerCase().includes(text.toLowerCase()));
  }

  public now(): Date {
    return NOW;
  }

  public session(): never { return unused('MeetingActionsView', 'session'); }
  public load(): never { return unused('MeetingActionsView', 'load'); }
  public add(): never { return unused('MeetingActionsView', 'add'); }
  public remove(): never { return unused('MeetingActionsView', 'remove'); }
  public get(): never { return unused('MeetingActionsView', 'get'); }
  public exportXlsx(): never { return unused('MeetingActionsView', 'exportXlsx'); }
  public procedures(): never { return unused('MeetingActionsView', 'procedures'); }
  public saveProcedure(): never { return unused('MeetingActionsView', 'saveProcedure'); }
  public setProcedureStatus(): never { return unused('MeetingActionsView', 'setProcedureStatus'); }
  public getProcedure(): never { return unused('MeetingActionsView', 'getProcedure'); }

  private byId(id: number): Stored<MeetingAction> {
    const found = this.items.find((a) => a.id === id);
    if (!found) throw new GovernanceError('NotFound', `No action ${id}`);
    return found;
  }

  private replace(item: Stored<MeetingAction>): Stored<MeetingAction> {
    this.items = this.items.map((a) => (a.id === item.id ? item : a));
    return { ...item };
  }
}
