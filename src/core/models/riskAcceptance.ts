import type { IsoDate, LookupRef } from './common';

export const RISK_ACCEPTANCE_DECISIONS = ['Accept', 'Decline'] as const;
export type RiskAcceptanceDecisionValue = (typeof RISK_ACCEPTANCE_DECISIONS)[number];

/**
 * A decision to accept (or decline to accept) a risk (list RiskAcceptances). The decider is the item's Author, set
 * by SharePoint (see `ItemMeta.author`): deliberately not a field, because a field could be forged (DESIGN 6, 7).
 */
export interface RiskAcceptance {
  title: string;
  risk: LookupRef;
  decision: RiskAcceptanceDecisionValue;
  /** Last day the acceptance holds; the risk returns to review the day after. */
  expiresOn: IsoDate;
  /** The risk's current score (residual, else inherent) when decided: a later, higher score is not covered. */
  acceptedScore: number;
  comment?: string;
}
