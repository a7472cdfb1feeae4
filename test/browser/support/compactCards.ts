import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';

/**
 * Asserts that the Teams tab's approval cards stay compact at phone width: what follows the record's name (h3) is
 * under 170 px, and a name takes at most three lines. The name's own height is left out because which records come
 * first, and how long their names are, depends on the day.
 */
export async function assertCompactCards(cards: Locator, where: string): Promise<void> {
  const heights = await cards.evaluateAll((items) => items.map((item) => [item.getBoundingClientRect().height, item.querySelector('h3')?.getBoundingClientRect().height ?? 0]));
  const described = heights.map(([card, title]) => `${card} (title ${title})`).join(', ');
  assert.ok(heights.every(([card, title]) => card - title < 170), `card heights ${where}: ${described}`);
  assert.ok(heights.every(([, title]) => title < 60), `a name takes at most three lines ${where}: ${described}`);
}
