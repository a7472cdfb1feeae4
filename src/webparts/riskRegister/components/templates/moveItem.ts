/**
 * Reordering of a template's sections and questions (issue 18 part 1): the editor moves one item a place up or down;
 * validation and the stored body follow the array order, so nothing else needs renumbering.
 */

/** A copy of `items` with the item at `from` moved to `to`; the same array when either index is outside it. */
export function moveItem<T>(items: readonly T[], from: number, to: number): readonly T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const next = items.slice();
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

/** Which move button takes the focus after a move, so a keyboard user keeps moving the same item. */
export function moveFocusKey(kind: 'section' | 'question', section: number, to: number, length: number, direction: 'up' | 'down'): string {
  // At an end the button just pressed is disabled: the other one keeps the focus.
  const kept = direction === 'up' && to === 0 ? 'down' : direction === 'down' && to === length - 1 ? 'up' : direction;
  return kind === 'section' ? `section:${to}:${kept}` : `question:${section}:${to}:${kept}`;
}
