import type { IsoDate, JsonText, PersonRef } from './common';

/** Lists an assessment can target (a compliance checklist runs against one record of one of these). */
export const ASSESSMENT_TARGET_LISTS = ['dataAssets', 'aiSystems', 'risks', 'missions'] as const;
export type AssessmentTargetList = (typeof ASSESSMENT_TARGET_LISTS)[number];

export const ASSESSMENT_STATUSES = ['Draft', 'In progress', 'Completed', 'Cancelled'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** One run of a compliance checklist against a record (list Assessments). */
export interface Assessment {
  title: string;
  /** Checklist template key, e.g. "dpia-screening" or "ai-act-deployer". */
  template: string;
  /** Version of the template the run started with (AssessmentTemplates); absent on runs stored before versions: 1. */
  templateVersion?: number;
  targetList: AssessmentTargetList;
  /** Item id of the target record in `targetList` (not a lookup: the target list varies). */
  targetId: number;
  /** Answers keyed by question id, JSON. */
  answers?: JsonText;
  /** Findings (question, severity, note), JSON. */
  findings?: JsonText;
  assessor?: PersonRef;
  assessmentDate?: IsoDate;
  status: AssessmentStatus;
}
