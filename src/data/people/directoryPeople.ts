import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { GovernanceError, isGovernanceError } from '../../core/errors';
import type { PersonRef } from '../../core/models/common';
import {
  MAX_PEOPLE_SEARCH_LENGTH, directoryKeyOf, isPendingSiteUser, normalisePeopleSearch, peopleFallbackFor, withPeopleFallback,
  type DirectoryProfile, type IPeopleDirectory, type PeopleSearchResults, type PersonCandidate
} from '../../core/people';
import { personKey } from '../../core/import/cells';
import { isCancelledError } from '../../graph/client/graphErrors';
import type { DirectoryPerson, IPeopleService } from '../../graph/people/PeopleService';
import { consoleErrorLog, type DataErrorLog } from '../errors/logError';
import { SiteUserSearch, type IPeopleSearch } from './siteUserSearch';

/** How long profile and photo lookups wait for others before going out together (a grid page's personas mount within it). */
const PROFILE_BATCH_WINDOW_MS = 15;

/** A site user as SharePoint's ensureUser answers it. */
interface RawEnsuredUser {
  Id: number;
  Title: string;
  Email?: string;
  LoginName?: string;
}

function profileOf(person: DirectoryPerson): DirectoryProfile {
  return { directoryId: person.id, displayName: person.displayName, mail: person.mail, userPrincipalName: person.userPrincipalName, jobTitle: person.jobTitle, department: person.department };
}

/** A directory person offered by the picker: not a site user yet (id 0) until chosen. */
function candidateOf(person: DirectoryPerson): PersonCandidate {
  return { id: 0, title: person.displayName, email: person.mail ?? person.userPrincipalName, profile: profileOf(person) };
}

interface PendingLookup {
  readonly key: string;
  readonly resolve: (profile: DirectoryProfile | undefined) => void;
}

interface PendingPhoto {
  readonly directoryId: string;
  readonly resolve: (photo: Blob | undefined) => void;
}

/**
 * People from the directory (Microsoft Graph) for every person field: the picker's search, personas' profiles and
 * photos, and the mapping of a chosen directory person to a site user (`ensureUser`), whose id is what SharePoint
 * person columns store. When Graph is not consented (401, 403) or cannot be reached, searches fall back to the
 * site's users and say why (`fallback` on the results); personas then show the stored names. Build one per web part.
 */
export class DirectoryPeople implements IPeopleSearch, IPeopleDirectory {
  /** Set once Graph has refused for lack of consent: later searches go to the site's users without asking again. */
  private noConsent = false;
  private readonly misses = new Set<string>();
  private queue: PendingLookup[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private photoQueue: PendingPhoto[] = [];
  private photoTimer: ReturnType<typeof setTimeout> | undefined;

  public constructor(
    private readonly sp: SPFI,
    private readonly people: IPeopleService,
    private readonly siteUsers: IPeopleSearch = new SiteUserSearch(sp),
    private readonly log: DataErrorLog = consoleErrorLog
  ) {}

  public async search(text: string, top: number = 10): Promise<PeopleSearchResults> {
    const term = normalisePeopleSearch(text);
    if (term === '') return [];
    if (term.length > MAX_PEOPLE_SEARCH_LENGTH) {
      const message = `Search for at most ${MAX_PEOPLE_SEARCH_LENGTH} characters.`;
      throw new GovernanceError('Validation', message, { issues: [{ field: 'people', code: 'tooLong', message, params: { max: MAX_PEOPLE_SEARCH_LENGTH } }] });
    }
    if (this.noConsent) return withPeopleFallback(await this.siteUsers.search(term, top), 'noConsent');
    try {
      return (await this.people.search(term, { top })).map(candidateOf);
    } catch (error) {
      const fallback = isGovernanceError(error) && !isCancelledError(error) ? peopleFallbackFor(error.kind) : undefined;
      if (fallback === undefined) throw error;
      this.log('DirectoryPeople.search', error as GovernanceError);
      if (fallback === 'noConsent') this.noConsent = true;
      return withPeopleFallback(await this.siteUsers.search(term, top), fallback);
    }
  }

  public async ensureSiteUser(person: PersonCandidate): Promise<PersonCandidate> {
    if (!isPendingSiteUser(person)) return person;
    const login = person.profile?.userPrincipalName ?? person.profile?.mail ?? person.email;
    if (login === undefined || login === '') throw new GovernanceError('Validation', `${person.title} has no sign-in name to add to the site.`);
    const user = (await this.sp.web.ensureUser(login)) as unknown as RawEnsuredUser;
    return { id: user.Id, title: user.Title, email: user.Email || person.email, loginName: user.LoginName, profile: person.profile };
  }

  /**
   * Which e-mail addresses the directory knows (one batched Graph read, cached with the profiles), so the import
   * sends ensureUser only for people it can add. Without consent, or when Graph fails, it cannot tell (undefined).
   */
  public async knownInDirectory(emails: readonly string[]): Promise<ReadonlyMap<string, boolean | undefined>> {
    const known = new Map<string, boolean | undefined>();
    if (this.noConsent || emails.length === 0) return known;
    try {
      for (const [key, result] of await this.people.resolveMany(emails)) {
        known.set(personKey(key), result.ok ? true : result.error.kind === 'NotFound' ? false : undefined);
      }
    } catch (error) {
      // ensureUser then decides, as before the directory was asked; the failure is still logged.
      if (!isGovernanceError(error)) throw error;
      this.log('DirectoryPeople.knownInDirectory', error);
      if (peopleFallbackFor(error.kind) === 'noConsent') this.noConsent = true;
    }
    return known;
  }

  public profileOf(person: PersonRef): Promise<DirectoryProfile | undefined> {
    const known = (person as PersonCandidate).profile;
    if (known !== undefined) return Promise.resolve(known);
    const key = directoryKeyOf(person);
    if (key === undefined || this.noConsent || this.misses.has(key)) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.queue.push({ key, resolve });
      if (this.timer === undefined) this.timer = setTimeout(() => this.flush(), PROFILE_BATCH_WINDOW_MS);
    });
  }

  public photoOf(directoryId: string): Promise<Blob | undefined> {
    if (this.noConsent) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.photoQueue.push({ directoryId, resolve });
      if (this.photoTimer === undefined) this.photoTimer = setTimeout(() => this.flushPhotos(), PROFILE_BATCH_WINDOW_MS);
    });
  }

  /** One batched photo read for every persona that asked in the window (cached ones cost nothing). */
  private flushPhotos(): void {
    const pending = this.photoQueue;
    this.photoQueue = [];
    this.photoTimer = undefined;
    const photos = this.people.photos(pending.map((p) => p.directoryId));
    for (const lookup of pending) {
      (photos.get(lookup.directoryId) ?? Promise.resolve(undefined)).then(lookup.resolve, (error: unknown) => {
        // A photo is decoration: the persona shows initials; the failure is still logged.
        if (isGovernanceError(error)) this.log('DirectoryPeople.photo', error);
        lookup.resolve(undefined);
      });
    }
  }

  /** One `resolveMany` (batched by 20) for every lookup queued in the window; each waiting persona gets its answer. */
  private flush(): void {
    const pending = this.queue;
    this.queue = [];
    this.timer = undefined;
    const answer = (profiles: ReadonlyMap<string, DirectoryProfile>): void => {
      for (const lookup of pending) lookup.resolve(profiles.get(lookup.key));
    };
    this.people.resolveMany(pending.map((p) => p.key)).then(
      (resolved) => {
        const profiles = new Map<string, DirectoryProfile>();
        for (const [key, result] of resolved) {
          if (result.ok) profiles.set(key, profileOf(result.person));
          else if (result.error.kind === 'NotFound') this.misses.add(key);
        }
        answer(profiles);
      },
      (error: unknown) => {
        // Personas then show the stored names; the failure is logged, and a missing consent stops further lookups.
        if (isGovernanceError(error)) {
          this.log('DirectoryPeople.profileOf', error);
          if (peopleFallbackFor(error.kind) === 'noConsent') this.noConsent = true;
        }
        answer(new Map());
      }
    );
  }
}
