import { GovernanceError } from '../../core/errors';
import { runBatched, type BatchProgress } from '../client/batching';
import { graphStatusError } from '../client/graphErrors';
import type { GraphBatchRequest, GraphBatchResponse, GraphRequester } from '../client/types';

/** A person from the directory, as personas and pickers show them. */
export interface DirectoryPerson {
  readonly id: string;
  readonly displayName: string;
  readonly mail?: string;
  readonly userPrincipalName?: string;
  readonly jobTitle?: string;
  readonly department?: string;
}

/** Outcome of resolving one key (an id, a mail address or a UPN). */
export type PersonResolution =
  | { readonly ok: true; readonly person: DirectoryPerson }
  | { readonly ok: false; readonly error: GovernanceError };

/** People through Microsoft Graph; every method rejects with a GovernanceError. */
export interface IPeopleService {
  /** Directory search by name or mail (`$search` with `ConsistencyLevel: eventual`); empty text gives nothing. */
  search(text: string, options?: { readonly top?: number; readonly signal?: AbortSignal }): Promise<DirectoryPerson[]>;
  /** Resolves many people by id, mail or UPN in `$batch` calls of at most 20; a missing person fails only itself. */
  resolveMany(keys: readonly string[], options?: { readonly signal?: AbortSignal; readonly onProgress?: (p: BatchProgress) => void }): Promise<Map<string, PersonResolution>>;
  /** The person's photo, undefined when they have none. */
  photo(id: string): Promise<Blob | undefined>;
  /**
   * Photos of many people in `$batch` calls of at most 20, each read once for the page's life: one promise per id,
   * undefined for a person without a photo; a failed read rejects that person's promise only (and is tried again
   * next time).
   */
  photos(ids: readonly string[]): Map<string, Promise<Blob | undefined>>;
}

const SELECT = 'id,displayName,mail,userPrincipalName,jobTitle,department';
const MAX_SEARCH_LENGTH = 100;

function toPerson(raw: unknown): DirectoryPerson | undefined {
  const u = raw as Record<string, unknown> | undefined;
  if (u === undefined || u === null || typeof u.id !== 'string') return undefined;
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  return { id: u.id, displayName: text(u.displayName) ?? text(u.userPrincipalName) ?? u.id, mail: text(u.mail), userPrincipalName: text(u.userPrincipalName), jobTitle: text(u.jobTitle), department: text(u.department) };
}

/** A photo from a `$batch` answer: Graph sends binary bodies base64-encoded, with their own Content-Type. */
function photoFromBatch(answer: GraphBatchResponse): Blob | undefined {
  if (typeof answer.body !== 'string' || answer.body === '') return undefined;
  const binary = atob(answer.body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: answer.headers['content-type'] ?? 'image/jpeg' });
}

interface Deferred<T> {
  readonly promise: Promise<T>;
  readonly resolve: (value: T) => void;
  readonly reject: (error: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  const settle: { resolve: (value: T) => void; reject: (error: unknown) => void } = { resolve: () => undefined, reject: () => undefined };
  const promise = new Promise<T>((resolve, reject) => { settle.resolve = resolve; settle.reject = reject; });
  return { promise, resolve: (value) => settle.resolve(value), reject: (error) => settle.reject(error) };
}

/** A `$search` clause: the text inside double quotes, with `"` and `\` escaped as Graph expects. */
function searchClause(property: string, text: string): string {
  return `"${property}:${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * People search and resolution with a cache for the page's life: one service per web part instance (build it in
 * onInit), so a grid of 200 records with 30 distinct custodians costs two `$batch` calls once.
 */
export class PeopleService implements IPeopleService {
  private readonly people = new Map<string, DirectoryPerson>();
  private readonly photoCache = new Map<string, Promise<Blob | undefined>>();

  public constructor(private readonly graph: GraphRequester) {}

  public async search(text: string, options: { top?: number; signal?: AbortSignal } = {}): Promise<DirectoryPerson[]> {
    const term = text.trim();
    if (term === '') return [];
    if (term.length > MAX_SEARCH_LENGTH) throw new GovernanceError('Validation', `Search for at most ${MAX_SEARCH_LENGTH} characters.`);
    const top = Math.min(Math.max(Math.floor(options.top ?? 10), 1), 50);
    const search = encodeURIComponent(`${searchClause('displayName', term)} OR ${searchClause('mail', term)}`);
    const answer = await this.graph.get<{ value?: unknown[] }>(`/users?$search=${search}&$select=${SELECT}&$top=${top}`, {
      headers: { ConsistencyLevel: 'eventual' }, signal: options.signal
    });
    const found = (answer.value ?? []).map(toPerson).filter((p): p is DirectoryPerson => p !== undefined);
    for (const person of found) this.remember(person);
    return found;
  }

  public async resolveMany(keys: readonly string[], options: { signal?: AbortSignal; onProgress?: (p: BatchProgress) => void } = {}): Promise<Map<string, PersonResolution>> {
    const result = new Map<string, PersonResolution>();
    const wanted = Array.from(new Set(keys.map((k) => k.trim()).filter((k) => k !== '')));
    const missing: string[] = [];
    for (const key of wanted) {
      const cached = this.people.get(key.toLowerCase());
      if (cached !== undefined) result.set(key, { ok: true, person: cached }); else missing.push(key);
    }
    const requests: GraphBatchRequest[] = missing.map((key, index) => ({ id: String(index), method: 'GET', url: `/users/${encodeURIComponent(key)}?$select=${SELECT}` }));
    const run = await runBatched(this.graph, requests, options);
    missing.forEach((key, index) => {
      const answer = run.responses.get(String(index));
      const failure = run.failures.get(String(index));
      if (answer !== undefined && answer.status === 200) {
        const person = toPerson(answer.body);
        if (person !== undefined) {
          this.remember(person);
          result.set(key, { ok: true, person });
          return;
        }
      }
      if (answer !== undefined) result.set(key, { ok: false, error: graphStatusError(answer.status, answer.body) });
      else if (failure !== undefined) result.set(key, { ok: false, error: failure });
    });
    return result;
  }

  public photo(id: string): Promise<Blob | undefined> {
    return this.photos([id]).get(id) as Promise<Blob | undefined>;
  }

  public photos(ids: readonly string[]): Map<string, Promise<Blob | undefined>> {
    const result = new Map<string, Promise<Blob | undefined>>();
    const missing = new Map<string, Deferred<Blob | undefined>>();
    for (const id of new Set(ids)) {
      const cached = this.photoCache.get(id);
      if (cached !== undefined) { result.set(id, cached); continue; }
      const waiting = deferred<Blob | undefined>();
      // A failed read is forgotten, so the next render may try again; callers that ignore it do not warn.
      waiting.promise.catch(() => this.photoCache.delete(id));
      this.photoCache.set(id, waiting.promise);
      missing.set(id, waiting);
      result.set(id, waiting.promise);
    }
    if (missing.size > 0) this.loadPhotos(missing);
    return result;
  }

  private loadPhotos(missing: ReadonlyMap<string, Deferred<Blob | undefined>>): void {
    const ids = Array.from(missing.keys());
    const requests: GraphBatchRequest[] = ids.map((id, index) => ({ id: String(index), method: 'GET', url: `/users/${encodeURIComponent(id)}/photo/$value` }));
    runBatched(this.graph, requests).then(
      (run) => ids.forEach((id, index) => {
        const waiting = missing.get(id) as Deferred<Blob | undefined>;
        const answer = run.responses.get(String(index));
        const failure = run.failures.get(String(index));
        if (answer?.status === 200) waiting.resolve(photoFromBatch(answer));
        else if (answer?.status === 404) waiting.resolve(undefined);
        else waiting.reject(answer !== undefined ? graphStatusError(answer.status, answer.body) : failure ?? graphStatusError(0, undefined));
      }),
      (error: unknown) => { for (const waiting of missing.values()) waiting.reject(error); }
    );
  }

  private remember(person: DirectoryPerson): void {
    for (const key of [person.id, person.mail, person.userPrincipalName]) if (key !== undefined) this.people.set(key.toLowerCase(), person);
  }
}
