/** CSV rows of the register and of an assessment's findings (pure; `toCsv` neutralises formula cells). */
import type { AssessmentFinding } from '../../../core/assessments';
import { riskLevel } from '../../../core/risk';
import { toCsv } from '../../../ui/export/csv';
import type { RiskRow } from './registerModel';

export function registerCsv(rows: readonly RiskRow[], strings: IRiskRegisterStrings): string {
  return toCsv(strings.CsvHeader, rows.map(({ risk: r, inherentScore, currentScore, overdue, aboveAppetite, acceptance }) => [
    r.id, r.title, r.category, r.likelihood, r.impact, inherentScore, r.residualLikelihood, r.residualImpact, r.residualScore ?? '',
    riskLevel(currentScore), r.riskOwner?.title, r.treatment, r.dueDate, r.status, overdue ? 'yes' : 'no', aboveAppetite ? 'yes' : 'no',
    acceptance.state === 'accepted' ? acceptance.expiresOn : '', r.relatedAsset?.title ?? r.relatedAsset?.id, r.relatedAISystem?.title ?? r.relatedAISystem?.id
  ]));
}

export function findingsCsv(findings: readonly AssessmentFinding[], strings: IRiskRegisterStrings): string {
  return toCsv(strings.FindingsCsvHeader, findings.map((f) => [
    f.questionId, f.text, f.answer, f.category, f.likelihood, f.impact, f.severity, f.note, f.evidence.join(' '), f.riskId ?? ''
  ]));
}
