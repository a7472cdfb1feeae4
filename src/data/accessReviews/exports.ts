/**
 * A campaign's derived review (items + decisions, judged at read time), and what leaves the suite from it: the
 * remediation list of removals (REMEDIATION_COLUMNS, CSV or xlsx) and the evidence report as CSV. Every text cell
 * goes through `escapeFormula`, so a principal named "=HYPERLINK(...)" stays text in Excel.
 */
import { campaignProgress, evidenceLines, remediationRows, reviewItems, REMEDIATION_COLUMNS, type CampaignProgress, type EvidenceLine, type ReviewedItem } from '../../core/accessReviews';
import { GovernanceError } from '../../core/errors';
import { escapeFormula } from '../../core/import/cells';
import type { AccessReviewCampaign } from '../../core/models/accessReview';
import type { Stored } from '../../core/models/common';
import type { Repositories } from '../repositories/createRepositories';
import { toCsv, toXlsx, type CellValue } from '../spreadsheet/writeSpreadsheet';
import { campaignDecisions, campaignItems } from './reads';

export interface CampaignReview {
  readonly campaign: Stored<AccessReviewCampaign>;
  readonly reviewed: ReviewedItem[];
  readonly progress: CampaignProgress;
}

/** Campaign, items and decisions read in parallel (one request each per 5,000), then judged. */
export async function loadCampaignReview(repositories: Repositories, id: number, today: Date): Promise<CampaignReview> {
  const [campaign, items, decisions] = await Promise.all([repositories.accessReviewCampaigns.getById(id), campaignItems(repositories, id), campaignDecisions(repositories, id)]);
  const reviewed = reviewItems(campaign, items, decisions);
  return { campaign, reviewed, progress: campaignProgress(campaign, reviewed, today) };
}

const text = (value: string): CellValue => escapeFormula(value);

/** The removals of a closed campaign as a file a provisioning job reads. */
export async function remediationFile(review: CampaignReview, format: 'csv' | 'xlsx'): Promise<Blob> {
  if (review.campaign.state !== 'Closed') {
    const message = `"${review.campaign.title}" is ${review.campaign.state}: the remediation list is final only once the campaign is closed.`;
    throw new GovernanceError('Validation', message, { issues: [{ field: 'state', code: 'notClosed', message }] });
  }
  const rows = remediationRows(review.reviewed).map((row) => REMEDIATION_COLUMNS.map((column) => text(row[column])));
  return format === 'xlsx' ? toXlsx([...REMEDIATION_COLUMNS], rows, { data: 'Remediation' }) : toCsv([...REMEDIATION_COLUMNS], rows);
}

export const EVIDENCE_COLUMNS = ['ItemId', 'Principal', 'Resource', 'Entitlement', 'Reviewer', 'Outcome', 'Source', 'DecidedBy', 'DecidedOn', 'Justification', 'NotCounted', 'AppliedOn'] as const;

function evidenceRow(line: EvidenceLine): CellValue[] {
  const notCounted = line.notCounted.map((n) => `${n.author}: ${n.decision} ${n.on} (${n.reason})`).join('; ');
  return [line.itemId, ...[line.principal, line.resource, line.entitlement, line.reviewer, line.outcome, line.source, line.decidedBy, line.decidedOn, line.justification, notCounted, line.appliedOn].map(text)];
}

export function evidenceOf(review: CampaignReview): EvidenceLine[] {
  return evidenceLines(review.reviewed);
}

export function evidenceCsv(review: CampaignReview): Blob {
  return toCsv([...EVIDENCE_COLUMNS], evidenceOf(review).map(evidenceRow));
}
