/** Strings of the directory-backed people picker and personas (resource module `PeopleStrings`). */
declare interface IPeopleStrings {
  /** Header of the picker's suggestions when they come from the directory. */
  DirectoryHeader: string;
  /** Header of the picker's suggestions when they come from the site's users (fallback). */
  SiteUsersHeader: string;
  /** Under the field: Graph is not consented, the site's users are searched instead. */
  FallbackNoConsent: string;
  /** Under the field: the directory cannot be reached, the site's users are searched instead. */
  FallbackUnavailable: string;
  /** Search text too long; {0} is the limit. */
  SearchTooLong: string;
  /** Status while a chosen person is added to the site's users; {0} is the name. */
  Adding: string;
  /** A chosen person could not be added to the site's users; {0} is the name. */
  AddFailed: string;
  /** Accessible name of a person: {0} name, {1} job title and department. */
  PersonWithDetails: string;
  /** Remove button of the chosen person; {0} is the name. */
  RemovePerson: string;
}

declare module 'PeopleStrings' {
  const strings: IPeopleStrings;
  export = strings;
}
