import * as React from 'react';

/** What {@link useFocusAfterDecision} gives the queue. */
export interface FocusAfterDecision {
  /** The element holding the cards. */
  readonly container: React.RefObject<HTMLDivElement>;
  /** Call as a decision starts: remembers where the decided card sits among the cards. */
  rememberCard(requestId: number): void;
  /** Call when the decision failed: the card stays, and so does focus. */
  forget(): void;
}

/**
 * After Approve or Decline the decided card leaves the queue and took focus with it, to the top of the page (the
 * custodian's core loop). When the queue reloads, this moves focus to the Approve button of the card now in the
 * decided card's place (else the last card's), or to the "nothing waits" text when the queue is empty.
 * `cardAttribute` marks each card with its request id as the value; `approveAttribute` marks its Approve button.
 */
export function useFocusAfterDecision(queue: unknown, cardAttribute: string, approveAttribute: string): FocusAfterDecision {
  const container = React.useRef<HTMLDivElement>(null);
  const remembered = React.useRef<{ requestId: number; index: number } | undefined>();

  // Cards, not Approve buttons: a card being declined shows Confirm decline instead.
  const cards = (): HTMLElement[] => Array.from(container.current?.querySelectorAll<HTMLElement>(`[${cardAttribute}]`) ?? []);

  // Runs when a reloaded queue is shown.
  React.useEffect(() => {
    const place = remembered.current;
    if (!place) return;
    const all = cards();
    const left = all.filter((card) => card.getAttribute(cardAttribute) !== String(place.requestId));
    if (left.length < all.length) return; // not reloaded yet: the decided card is still shown
    remembered.current = undefined;
    const card = left[Math.min(place.index, left.length - 1)];
    const target = card ? card.querySelector<HTMLElement>(`[${approveAttribute}]`) ?? card : container.current?.querySelector<HTMLElement>('[data-queue-empty]');
    target?.focus();
  }, [queue]);

  return {
    container,
    rememberCard(requestId: number): void {
      const index = cards().findIndex((card) => card.getAttribute(cardAttribute) === String(requestId));
      remembered.current = { requestId, index: Math.max(index, 0) };
    },
    forget(): void {
      remembered.current = undefined;
    }
  };
}
