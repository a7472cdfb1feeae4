/** Shapes of compliance assessments: checklist templates (data), answers, and the findings failed items become. */
import type { AssessmentTargetList } from '../models/assessment';
import type { RiskCategory, RiskLevel } from '../models/risk';

/** How a checklist item was answered. `partial` and `no` fail the item; `na` skips it. */
export const ANSWER_VALUES = ['yes', 'partial', 'no', 'na'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/** How a maturity scale item is answered: a level 1-5 (`level`, with the level) or "don't know" (left out of the score). */
export const SCALE_ANSWER_VALUES = ['level', 'dontKnow'] as const;
export type ScaleAnswerValue = (typeof SCALE_ANSWER_VALUES)[number];

/** One checklist item. A failed item suggests a risk of this category, likelihood and impact. */
export interface AssessmentQuestion {
  /** Stable within its template: answers are stored by it. */
  readonly id: string;
  readonly text: string;
  /** What "yes" requires, shown under the question. */
  readonly guidance?: string;
  readonly category: RiskCategory;
  /** Suggested scores of the risk a "no" raises (1-5); "partial" lowers the likelihood by one. */
  readonly likelihood: number;
  readonly impact: number;
  /** A "yes" (or a level, on a scale item) must cite evidence (a link). */
  readonly evidenceRequired?: boolean;
  /** Yes/no/partial/n.a. (absent) or a maturity scale 1-5 with "don't know". */
  readonly answerType?: 'yesNo' | 'scale';
  /** Scale items: what levels 1-5 mean, level 1 first. */
  readonly levels?: readonly string[];
  /** Relative weight within its section (absent: 1). */
  readonly weight?: number;
  /** Section id, title and relative weight (templates read from the list). */
  readonly section?: string;
  readonly sectionTitle?: string;
  readonly sectionWeight?: number;
  /** Crosswalk control keys the item gives evidence for. */
  readonly frameworkRefs?: readonly string[];
}

/** A checklist template. Templates are plain data: new ones need no code, only a new object. */
export interface AssessmentTemplate {
  readonly key: string;
  readonly version: number;
  readonly title: string;
  readonly description: string;
  /** The kind of record it runs against. */
  readonly targetList: AssessmentTargetList;
  readonly questions: readonly AssessmentQuestion[];
  /** Adds one item per obligation the AI system's EU AI Act classification produced (after the fixed items). */
  readonly includeAIActObligations?: boolean;
}

/** The answer to one item: value, free note, and evidence links (http(s) only). */
export interface AssessmentAnswer {
  readonly value: AnswerValue | ScaleAnswerValue;
  /** The level chosen (1-5) when `value` is `level`. */
  readonly level?: number;
  readonly note?: string;
  readonly evidence?: readonly string[];
}

/** Answers by question id (stored as JSON in Assessments.Answers). */
export type AssessmentAnswers = Readonly<Record<string, AssessmentAnswer>>;

/** A failed item (stored as JSON in Assessments.Findings): what a "raise risk" pre-fills the risk form from. */
export interface AssessmentFinding {
  readonly questionId: string;
  readonly text: string;
  readonly answer: 'no' | 'partial';
  readonly category: RiskCategory;
  readonly likelihood: number;
  readonly impact: number;
  /** Level of likelihood x impact. */
  readonly severity: RiskLevel;
  readonly note?: string;
  readonly evidence: readonly string[];
  /** Id of the risk raised from this finding, once raised. */
  readonly riskId?: number;
}

/** What evaluating a set of answers gives. */
export interface AssessmentEvaluation {
  readonly findings: AssessmentFinding[];
  /** Question ids with no answer yet: an assessment completes only when this is empty. */
  readonly unanswered: string[];
  /** Answers that cannot be stored as given (unsafe evidence link, missing required evidence). */
  readonly problems: { readonly questionId: string; readonly code: 'unsafeEvidence' | 'evidenceRequired'; readonly value?: string }[];
  readonly passed: number;
  readonly failed: number;
  readonly notApplicable: number;
  /** Scale items only: the weighted mean level (one decimal) of the items answered with a level, per section and overall. */
  readonly maturity?: MaturityResult;
}

/** The maturity a run's scale items give. "Don't know" answers count apart and never as a level. */
export interface MaturityResult {
  /** Weighted by section weight, then by item weight within each section; undefined when no level was given. */
  readonly level: number | undefined;
  readonly sections: readonly { readonly section: string; readonly title?: string; readonly level: number | undefined; readonly dontKnow: number }[];
  readonly rated: number;
  readonly dontKnow: number;
}
