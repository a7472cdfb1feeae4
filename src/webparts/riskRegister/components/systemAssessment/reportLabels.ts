/** The report's and the requirements form's words from the Risk Register's strings (the core and data take labels, not strings). */
import type { FieldIssue } from '../../../../core/errors';
import type { ReportLabels } from '../../../../core/assessments/systemReport';
import type { ReportSheetLabels } from '../../../../data/assessments/systemReportExport';
import { format } from '../riskText';

export function priorityLabels(s: ISystemAssessmentStrings): Record<'Must' | 'Should' | 'Could', string> {
  return { Must: s.PriorityMust, Should: s.PriorityShould, Could: s.PriorityCould };
}

export function reportLabels(strings: IRiskRegisterStrings): ReportLabels {
  const s = strings.SystemAssessment;
  return {
    answers: { yes: strings.AssessAnswerYes, partial: strings.AssessAnswerPartial, no: strings.AssessAnswerNo, na: strings.AssessAnswerNa, dontKnow: strings.AssessAnswerDontKnow, unanswered: s.NotAnswered },
    level: s.Level, sectionGaps: s.SectionGaps, sectionMaturity: s.SectionMaturity,
    priorities: priorityLabels(s),
    outline: {
      background: s.TorBackground, objectives: s.TorObjectives, scope: s.TorScope, requirements: s.TorRequirements, deliverables: s.TorDeliverables,
      backgroundLine: s.TorBackgroundLine, objectiveMain: s.TorObjectiveMain, objectiveSection: s.TorObjectiveSection, objectiveMust: s.TorObjectiveMust,
      noGaps: s.TorNoGaps, finding: s.TorFinding, requirement: s.TorRequirement, sectionRequirement: s.TorSectionRequirement, noRequirements: s.TorNoRequirements,
      standardDeliverables: s.TorStandardDeliverables, constraint: s.TorConstraint
    }
  };
}

export function sheetLabels(strings: IRiskRegisterStrings): ReportSheetLabels {
  const s = strings.SystemAssessment;
  return {
    sheets: { summary: s.SheetSummary, findings: s.SheetFindings, requirements: s.SheetRequirements, outline: s.SheetOutline },
    summary: { item: s.Item, value: s.Value, system: s.System, assessor: s.Assessor, date: s.Date, template: s.Template, version: s.Version, maturity: s.Maturity },
    findings: [s.Section, s.Question, s.Answer, s.Comment, s.Evidence],
    requirements: [s.Institution, s.Need, s.Priority, s.Source, s.Section],
    outline: [s.Number, s.Text],
    priorities: priorityLabels(s)
  };
}

/** A requirement problem in the user's language (codes from `validateRequirement` and the list's rules). */
export function requirementIssueText(issue: FieldIssue, s: ISystemAssessmentStrings): string {
  switch (issue.code) {
    case 'requirementNeedMissing': return s.NeedMissing;
    case 'requirementInstitutionMissing': return s.InstitutionMissing;
    case 'requirementPriorityInvalid': return s.PriorityInvalid;
    case 'requirementTooLong': return format(s.TooLong, issue.params?.max ?? 255);
    case 'requirementSectionUnknown': return s.SectionUnknown;
    default: return issue.message;
  }
}
