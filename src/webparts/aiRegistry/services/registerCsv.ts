/**
 * The register export: one CSV row per AI system with its tier, grounds, obligations, verification and owners.
 * Cells are made formula-safe, because a register opened in a spreadsheet must never run what someone typed.
 */
import * as Papa from 'papaparse';
import { readClassification } from '../../../core/aiRegistry/classificationRecord';
import { escapeFormula } from '../../../core/import/cells';
import type { RegisterRow } from './IAIRegistryService';

/** Column headings and value labels, localised by the caller. */
export interface RegisterCsvLabels {
  readonly headers: {
    readonly id: string; readonly title: string; readonly vendor: string; readonly systemType: string; readonly department: string;
    readonly lifecycle: string; readonly approvalStatus: string; readonly businessOwner: string; readonly technicalOwner: string;
    readonly riskTier: string; readonly grounds: string; readonly obligations: string; readonly needsReview: string;
    readonly applicabilityBasis: string; readonly verificationState: string; readonly verifiedBy: string; readonly verifiedOn: string;
    readonly submittedBy: string; readonly nextReviewDate: string; readonly linkedDatasets: string;
  };
  /** Label of a risk tier id. */
  readonly tier: (tier: string) => string;
  /** Label of an obligation id. */
  readonly obligation: (id: string) => string;
  readonly yes: string;
  readonly no: string;
}

/** Prefixes a quote to a cell a spreadsheet would take for a formula, so it is shown as text (core's one rule). */
export const formulaSafe: (value: string) => string = escapeFormula;

/** The CSV text of the register (header row first, CRLF line ends, every cell formula-safe). */
export function registerCsv(rows: readonly RegisterRow[], labels: RegisterCsvLabels): string {
  const h = labels.headers;
  const fields = [
    h.id, h.title, h.vendor, h.systemType, h.department, h.lifecycle, h.approvalStatus, h.businessOwner, h.technicalOwner, h.riskTier,
    h.grounds, h.obligations, h.needsReview, h.applicabilityBasis, h.verificationState, h.verifiedBy, h.verifiedOn, h.submittedBy,
    h.nextReviewDate, h.linkedDatasets
  ];
  const data = rows.map(({ system, verification }) => {
    const stored = readClassification(system);
    const result = stored?.classification;
    const cells = [
      String(system.id), system.title, system.vendor ?? '', system.systemType ?? '', system.department ?? '', system.lifecycle,
      system.approvalStatus, system.businessOwner?.title ?? '', system.technicalOwner?.title ?? '', result ? labels.tier(result.tier) : '',
      result ? result.grounds.join('; ') : '', result ? result.obligations.map(labels.obligation).join('; ') : '',
      result ? (result.needsReview ? labels.yes : labels.no) : '', system.applicabilityBasis ?? '', verification.state,
      verification.by?.title ?? '', verification.on ? verification.on.slice(0, 10) : '', verification.submittedBy?.title ?? '',
      system.nextReviewDate ? system.nextReviewDate.slice(0, 10) : '', (system.linkedDataAssets ?? []).map((d) => d.title ?? `#${d.id}`).join('; ')
    ];
    return cells.map(formulaSafe);
  });
  return Papa.unparse({ fields: fields.map(formulaSafe), data }, { newline: '\r\n', quotes: false });
}
