import { AI_ACT_OBLIGATIONS } from '../../../core/aiAct/obligations';

/** Legal basis of each obligation id (e.g. fria -> "Art. 27"), from the engine's catalogue. */
export const AI_OBLIGATION_CITATIONS: Readonly<Record<string, string>> = Object.fromEntries(AI_ACT_OBLIGATIONS.map((o) => [o.id, o.citation]));
