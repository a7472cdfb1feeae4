import type { PersonRef } from '../models/common';

/** What the directory (Microsoft Graph) knows of a person beyond the site user: shown by pickers and personas. */
export interface DirectoryProfile {
  /** The directory object id (Graph `id`), the key of the person's photo. */
  readonly directoryId: string;
  readonly displayName: string;
  readonly mail?: string;
  readonly userPrincipalName?: string;
  readonly jobTitle?: string;
  readonly department?: string;
}

/**
 * A person a picker offers: a site user (`id` > 0, what SharePoint person fields store) or a directory person
 * not yet a site user (`id` 0: {@link isPendingSiteUser}), with the directory profile when it is known.
 */
export interface PersonCandidate extends PersonRef {
  readonly profile?: DirectoryProfile;
}

/** Why a people search searched the site's users instead of the directory. */
export type PeopleSearchFallback = 'noConsent' | 'unavailable';

/**
 * A search's people. When the directory could not be asked, the array carries `fallback` (why the site's users were
 * searched instead), so the picker can say so under the field even through services typed `Promise<PersonRef[]>`.
 */
export type PeopleSearchResults = PersonCandidate[] & { readonly fallback?: PeopleSearchFallback };

/** The directory as pickers and personas use it; one instance per web part, cached for the page's life. */
export interface IPeopleDirectory {
  /**
   * The directory profile of a stored person (found by e-mail or login); lookups asked within a few milliseconds of
   * each other go out together (one `$batch` for a screen). Undefined when the directory does not know them or
   * cannot be reached: the caller then shows the stored name.
   */
  profileOf(person: PersonRef): Promise<DirectoryProfile | undefined>;
  /** The person's photo; undefined when they have none or it cannot be read (initials are shown instead). */
  photoOf(directoryId: string): Promise<Blob | undefined>;
  /** Makes a directory person a site user (SharePoint's ensureUser), giving the id a person field can store. */
  ensureSiteUser(person: PersonCandidate): Promise<PersonCandidate>;
}
