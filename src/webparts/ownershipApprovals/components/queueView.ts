import type { PendingNomination } from '../../../core/ownership';
import { locationText } from '../../../ui/ownership/LocationLink';

/** How the custodian orders the pending cards; overdue requests come first in every order. */
export type QueueSort = 'due' | 'title' | 'mission';

function searchableText(item: PendingNomination): string {
  const url = item.asset?.locationUrl?.url;
  return [item.title, item.asset?.mission, url, url ? locationText(url) : undefined].filter(Boolean).join('\n').toLocaleLowerCase();
}

function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1; // blanks last
  if (b === undefined) return -1;
  return a.localeCompare(b, undefined, { sensitivity: 'base' });
}

/**
 * The pending cards a custodian sees: those whose title, mission or location contains every word of the search,
 * overdue first, then in the chosen order (the queue's own order, by due date, breaks ties so it stays stable).
 */
export function visiblePending(items: readonly PendingNomination[], query: string, sort: QueueSort): PendingNomination[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter((w) => w.length > 0);
  const matching = items
    .map((item, queueIndex) => ({ item, queueIndex, text: searchableText(item) }))
    .filter(({ text }) => words.every((w) => text.includes(w)));
  matching.sort((a, b) => {
    if (a.item.overdue !== b.item.overdue) return a.item.overdue ? -1 : 1;
    const byKey = sort === 'title' ? compareText(a.item.title, b.item.title) : sort === 'mission' ? compareText(a.item.asset?.mission, b.item.asset?.mission) : 0;
    return byKey !== 0 ? byKey : a.queueIndex - b.queueIndex;
  });
  return matching.map(({ item }) => item);
}
