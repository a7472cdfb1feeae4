import type { IsoDate, LookupRef, PersonRef } from './common';

export const RISK_CATEGORIES = [
  'Data protection',
  'Information security',
  'Data quality',
  'AI fairness and bias',
  'AI transparency and accountability',
  'Regulatory compliance',
  'Third party and vendor',
  'Operational',
  'Reputational'
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_TREATMENTS = ['Mitigate', 'Accept', 'Transfer', 'Avoid'] as const;
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];

export const RISK_STATUSES = ['Open', 'In treatment', 'Accepted', 'Closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** Risk levels of a 1-25 score (DESIGN section 7), lowest first. */
export const RISK_LEVELS = ['Low', 'Medium', 'High', 'Critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** A data or AI risk in the register (list Risks). Likelihood and impact are whole numbers 1-5. */
export interface Risk {
  title: string;
  description?: string;
  category?: RiskCategory;
  relatedAsset?: LookupRef;
  relatedAISystem?: LookupRef;
  likelihood: number;
  impact: number;
  /** Residual values after controls; residual likelihood x impact may not exceed the inherent score. */
  residualLikelihood?: number;
  residualImpact?: number;
  /** Likelihood x impact, kept by the suite so the register sorts on it. */
  inherentScore?: number;
  residualScore?: number;
  /** Level of the residual score when set, else of the inherent score. */
  riskLevel?: RiskLevel;
  controls?: string;
  treatment?: RiskTreatment;
  riskOwner?: PersonRef;
  dueDate?: IsoDate;
  status: RiskStatus;
  /** Evidence links, one URL per line (a Note: a risk may cite more links than a Hyperlink field holds). */
  evidenceLinks?: string;
  lastReviewed?: IsoDate;
  /**
   * Last day an acceptance holds (copied from the RiskAcceptances decision that accepted the risk). After it the
   * risk returns to review. Display and filter only: whether an acceptance counts is derived from the decision items.
   */
  acceptedUntil?: IsoDate;
}
