import type { GovernanceErrorKind } from '../errors';
import type { PersonRef } from '../models/common';
import type { PeopleSearchFallback, PeopleSearchResults, PersonCandidate } from './types';

/** Longest search text sent to the directory (Graph `$search` terms are short names or addresses). */
export const MAX_PEOPLE_SEARCH_LENGTH = 100;

/** Search text as typed, without control characters and with runs of white space collapsed. */
export function normalisePeopleSearch(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether the person still has to be made a site user before a person field can store them. */
export function isPendingSiteUser(person: PersonRef): boolean {
  return !(person.id > 0);
}

/**
 * The key the directory finds a stored person by: their e-mail, else the address at the end of a claims login
 * (`i:0#.f|membership|alice@contoso.com`); undefined when neither looks like an address.
 */
export function directoryKeyOf(person: PersonRef): string | undefined {
  const mail = person.email?.trim();
  if (mail) return mail.toLowerCase();
  const tail = (person.loginName ?? '').split('|').pop()?.trim() ?? '';
  return tail.includes('@') ? tail.toLowerCase() : undefined;
}

/**
 * Whether a failed directory call should fall back to the site's users, and why: no consent (401, 403) or the
 * directory unreachable (network, throttled beyond retries, server errors). Anything else is the caller's problem.
 */
export function peopleFallbackFor(kind: GovernanceErrorKind): PeopleSearchFallback | undefined {
  if (kind === 'Unauthorized' || kind === 'Forbidden') return 'noConsent';
  if (kind === 'Network' || kind === 'Throttled' || kind === 'Unknown') return 'unavailable';
  return undefined;
}

/** The people found, marked as coming from the site's users for the given reason. */
export function withPeopleFallback(people: readonly PersonCandidate[], fallback: PeopleSearchFallback): PeopleSearchResults {
  return Object.assign([...people], { fallback });
}

/** Why a search's results came from the site's users, if they did. */
export function peopleFallbackOf(results: readonly PersonRef[]): PeopleSearchFallback | undefined {
  return (results as Partial<PeopleSearchResults>).fallback;
}
