/** The register's rows: each risk with what the grid, heat map and exports derive from it (pure, no React). */
import type { FieldIssue } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import type { Risk } from '../../../core/models/risk';
import type { RiskAcceptance } from '../../../core/models/riskAcceptance';
import { acceptanceRefusals, currentRiskScore, deriveAcceptance, exceedsAppetite, isOverdue, isUnowned, riskLevel, riskScore, type AcceptanceDerivation } from '../../../core/risk';
import type { RiskAcceptanceRoute, RiskRegisterData, RiskSession } from '../services/IRiskService';

export interface RiskRow {
  readonly risk: Stored<Risk>;
  readonly inherentScore: number;
  readonly currentScore: number;
  readonly overdue: boolean;
  readonly unowned: boolean;
  readonly aboveAppetite: boolean;
  readonly acceptance: AcceptanceDerivation;
  /** Why the signed-in user may not accept this risk (segregation of duties, lead required); empty when they may. */
  readonly acceptRefusals: readonly FieldIssue[];
  /** Where the governance roles route its acceptance (risks above the appetite, when the matrix could be read). */
  readonly route?: RiskAcceptanceRoute;
  /** The route names the signed-in user: they may accept it above the appetite although not a lead. */
  readonly routedToMe: boolean;
}

/**
 * Rows for the loaded risks, in the order given. `today` is read once per load so flags never shift on re-render.
 * `routing` (the register's routes) lets the Accountable the RACI routes a risk to accept it like a lead.
 */
export function buildRows(
  risks: readonly Stored<Risk>[],
  acceptances: readonly Stored<RiskAcceptance>[],
  session: RiskSession,
  today: Date,
  routing: Pick<RiskRegisterData, 'routes' | 'routedIds'> = {}
): RiskRow[] {
  const byRisk = new Map<number, Stored<RiskAcceptance>[]>();
  for (const a of acceptances) {
    const id = a.risk?.id;
    if (id === undefined) continue;
    byRisk.set(id, [...(byRisk.get(id) ?? []), a]);
  }
  const context = { leadIds: new Set(session.leadIds), routedIds: routing.routedIds, appetite: session.appetite, today };
  return risks.map((risk) => {
    const currentScore = currentRiskScore(risk);
    return {
      risk,
      inherentScore: riskScore(risk.likelihood, risk.impact),
      currentScore,
      overdue: isOverdue(risk, today),
      unowned: isUnowned(risk),
      aboveAppetite: risk.status !== 'Closed' && exceedsAppetite(currentScore, session.appetite),
      acceptance: deriveAcceptance(risk, byRisk.get(risk.id) ?? [], context),
      acceptRefusals: acceptanceRefusals(risk, session.currentUser, context),
      route: routing.routes?.get(risk.id),
      routedToMe: routing.routedIds?.get(risk.id)?.has(session.currentUser.id) === true
    };
  });
}

/** Case-insensitive search over title, description, owner, linked records and controls. */
export function matchesSearch(row: RiskRow, search: string): boolean {
  const term = search.trim().toLowerCase();
  if (!term) return true;
  const r = row.risk;
  return [r.title, r.description, r.riskOwner?.title, r.relatedAsset?.title, r.relatedAISystem?.title, r.controls, r.category]
    .some((text) => typeof text === 'string' && text.toLowerCase().indexOf(term) >= 0);
}

/** Headline figures of the register (for the summary line and the printed report). */
export interface RegisterSummary {
  readonly total: number;
  readonly open: number;
  readonly overdue: number;
  readonly unowned: number;
  readonly aboveAppetite: number;
  readonly accepted: number;
  readonly reviewDue: number;
  readonly byLevel: Readonly<Record<'Low' | 'Medium' | 'High' | 'Critical', number>>;
}

export function summarise(rows: readonly RiskRow[]): RegisterSummary {
  const byLevel = { Low: 0, Medium: 0, High: 0, Critical: 0 };
  let open = 0;
  for (const row of rows) {
    if (row.risk.status === 'Closed') continue;
    open++;
    byLevel[riskLevel(row.currentScore)]++;
  }
  return {
    total: rows.length,
    open,
    overdue: rows.filter((r) => r.overdue).length,
    unowned: rows.filter((r) => r.unowned).length,
    aboveAppetite: rows.filter((r) => r.aboveAppetite && r.acceptance.state !== 'accepted').length,
    accepted: rows.filter((r) => r.acceptance.state === 'accepted').length,
    reviewDue: rows.filter((r) => r.acceptance.reviewDue).length,
    byLevel
  };
}
