/**
 * The report of an information-system assessment (issue 18, part 4), as plain rows and an outline: the xlsx export
 * and the print view show the same content. Its sections become the outline of terms of reference for an upgrade
 * (`termsOfReferenceOutline`). Pure: texts come in localised (`ReportLabels`), nothing is formatted for a medium.
 */
import type { AssessmentAnswers, AssessmentQuestion, AssessmentTemplate, MaturityResult } from './types';
import { evaluateAssessment } from './evaluate';
import { REQUIREMENT_PRIORITIES, type RequirementPriority, type StakeholderRequirement } from './stakeholderRequirements';
import { fillPlaceholders } from '../placeholders';

/** Sections whose gaps are constraints on the upgrade (and shape its deliverables) rather than its scope alone. */
const CONSTRAINT_SECTIONS: readonly string[] = ['costs', 'operations'];

/** A scale answer at or below this level is a gap (developing at best). */
export const MATURITY_GAP_LEVEL = 2;

/** The words and patterns the report needs, in the reader's language; `{0}`-style placeholders. */
export interface ReportLabels {
  readonly answers: Readonly<Record<'yes' | 'partial' | 'no' | 'na' | 'dontKnow' | 'unanswered', string>>;
  /** "Level {0}". */
  readonly level: string;
  /** "{0} gaps of {1} questions". */
  readonly sectionGaps: string;
  /** "maturity {0}". */
  readonly sectionMaturity: string;
  readonly priorities: Readonly<Record<RequirementPriority, string>>;
  readonly outline: {
    readonly background: string; readonly objectives: string; readonly scope: string; readonly requirements: string; readonly deliverables: string;
    /** "{0} was assessed with "{1}" (version {2}) on {3} by {4}: {5} gaps in {6} of {7} sections." */
    readonly backgroundLine: string;
    /** "Upgrade {0} to close the gaps below, in priority order of the stakeholders' requirements." */
    readonly objectiveMain: string;
    /** "Close the gaps in {0}." */
    readonly objectiveSection: string;
    /** "Meet every Must requirement ({0})." */
    readonly objectiveMust: string;
    /** "No gaps: the scope is the stakeholders' requirements." */
    readonly noGaps: string;
    /** "{0} ({1})" question and answer; a comment is added after " - ". */
    readonly finding: string;
    /** "{0} ({1}; source: {2})" need, institution, source. */
    readonly requirement: string;
    /** "Requirement: {0}" a requirement linked to a section, under that section's scope item. */
    readonly sectionRequirement: string;
    readonly noRequirements: string;
    /** Deliverables every upgrade of a system owes (documentation, training, handover), one per line. */
    readonly standardDeliverables: readonly string[];
    /** "Constraint: {0}". */
    readonly constraint: string;
  };
}

/** One answered (or unanswered) question of the run. */
export interface ReportFinding {
  readonly sectionId: string;
  readonly section: string;
  readonly questionId: string;
  readonly question: string;
  readonly answer: string;
  readonly gap: boolean;
  readonly comment: string;
  readonly evidence: string;
}

export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly questions: number;
  readonly gaps: number;
  readonly maturity: number | undefined;
  /** "2 gaps of 4 questions; maturity 2.5". */
  readonly result: string;
}

/** A numbered heading with its lines and sub-items (the scope's sections, the requirements' priorities). */
export interface OutlineItem {
  readonly number: string;
  readonly heading: string;
  readonly lines: readonly string[];
  readonly children: readonly OutlineItem[];
}

export interface ReportInput {
  readonly systemTitle: string;
  readonly template: AssessmentTemplate;
  readonly questions: readonly AssessmentQuestion[];
  readonly answers: AssessmentAnswers;
  readonly assessor: string;
  readonly date: string;
  readonly requirements: readonly StakeholderRequirement[];
}

export interface SystemReport {
  readonly sections: readonly ReportSection[];
  readonly findings: readonly ReportFinding[];
  readonly requirements: readonly StakeholderRequirement[];
  readonly maturity: MaturityResult | undefined;
  readonly outline: readonly OutlineItem[];
}

function answerText(question: AssessmentQuestion, answers: AssessmentAnswers, labels: ReportLabels): { text: string; gap: boolean } {
  const answer = answers[question.id];
  if (!answer) return { text: labels.answers.unanswered, gap: false };
  if (answer.value === 'level') return { text: fillPlaceholders(labels.level, answer.level ?? ''), gap: (answer.level ?? 0) <= MATURITY_GAP_LEVEL };
  return { text: labels.answers[answer.value], gap: answer.value === 'no' || answer.value === 'partial' };
}

/** Every question in template order with its answer; scale answers at level 1-2 count as gaps like "no" and "partly". */
export function reportFindings(input: ReportInput, labels: ReportLabels): ReportFinding[] {
  return input.questions.map((q) => {
    const { text, gap } = answerText(q, input.answers, labels);
    const answer = input.answers[q.id];
    return {
      sectionId: q.section ?? '', section: q.sectionTitle ?? '', questionId: q.id, question: q.text, answer: text, gap,
      comment: answer?.note ?? '', evidence: (answer?.evidence ?? []).join('\n')
    };
  });
}

function reportSections(findings: readonly ReportFinding[], maturity: MaturityResult | undefined, labels: ReportLabels): ReportSection[] {
  const order = [...new Set(findings.map((f) => f.sectionId))];
  return order.map((id) => {
    const own = findings.filter((f) => f.sectionId === id);
    const gaps = own.filter((f) => f.gap).length;
    const level = maturity?.sections.find((s) => s.section === id)?.level;
    const result = [fillPlaceholders(labels.sectionGaps, gaps, own.length), ...(level === undefined ? [] : [fillPlaceholders(labels.sectionMaturity, level)])].join('; ');
    return { id, title: own[0].section, questions: own.length, gaps, maturity: level, result };
  });
}

function findingLine(f: ReportFinding, labels: ReportLabels): string {
  const base = fillPlaceholders(labels.outline.finding, f.question, f.answer);
  return f.comment.trim() ? `${base} - ${f.comment.trim()}` : base;
}

function requirementLine(r: StakeholderRequirement, labels: ReportLabels): string {
  return fillPlaceholders(labels.outline.requirement, r.title, r.institution, r.source ?? '-');
}

/**
 * The outline of terms of reference for the system's upgrade: 1 background (the system and the assessment), 2
 * objectives, 3 scope (one item per section with gaps or with requirements linked to it, listing its findings then
 * those requirements), 4 requirements by priority, 5 deliverables and constraints (the costs' and operational
 * capacity's gaps become constraints).
 */
export function termsOfReferenceOutline(input: ReportInput, findings: readonly ReportFinding[], sections: readonly ReportSection[], labels: ReportLabels): OutlineItem[] {
  const o = labels.outline;
  const withGaps = sections.filter((s) => s.gaps > 0);
  const totalGaps = withGaps.reduce((n, s) => n + s.gaps, 0);
  const musts = input.requirements.filter((r) => r.priority === 'Must');
  const background: OutlineItem = {
    number: '1', heading: o.background, children: [],
    lines: [fillPlaceholders(o.backgroundLine, input.systemTitle, input.template.title, input.template.version, input.date, input.assessor, totalGaps, withGaps.length, sections.length)]
  };
  const objectives: OutlineItem = {
    number: '2', heading: o.objectives, children: [],
    lines: [
      fillPlaceholders(o.objectiveMain, input.systemTitle),
      ...withGaps.map((s) => fillPlaceholders(o.objectiveSection, s.title)),
      ...(musts.length > 0 ? [fillPlaceholders(o.objectiveMust, [...new Set(musts.map((r) => r.institution))].join(', '))] : [])
    ]
  };
  const scope: OutlineItem = {
    number: '3', heading: o.scope, lines: withGaps.length === 0 ? [o.noGaps] : [],
    children: sections.filter((s) => s.gaps > 0 || input.requirements.some((r) => r.section === s.id)).map((s, i) => ({
      number: `3.${i + 1}`, heading: s.title, children: [],
      lines: [
        ...findings.filter((f) => f.sectionId === s.id && f.gap).map((f) => findingLine(f, labels)),
        ...input.requirements.filter((r) => r.section === s.id).map((r) => fillPlaceholders(labels.outline.sectionRequirement, requirementLine(r, labels)))
      ]
    }))
  };
  const byPriority = REQUIREMENT_PRIORITIES.map((p) => ({ p, items: input.requirements.filter((r) => r.priority === p) })).filter((g) => g.items.length > 0);
  const requirements: OutlineItem = {
    number: '4', heading: o.requirements, lines: byPriority.length === 0 ? [o.noRequirements] : [],
    children: byPriority.map((g, i) => ({ number: `4.${i + 1}`, heading: labels.priorities[g.p], children: [], lines: g.items.map((r) => requirementLine(r, labels)) }))
  };
  const constraints = findings.filter((f) => f.gap && CONSTRAINT_SECTIONS.includes(f.sectionId)).map((f) => fillPlaceholders(o.constraint, findingLine(f, labels)));
  const deliverables: OutlineItem = { number: '5', heading: o.deliverables, children: [], lines: [...o.standardDeliverables, ...constraints] };
  return [background, objectives, scope, requirements, deliverables];
}

/** The whole report of one run. */
export function buildSystemReport(input: ReportInput, labels: ReportLabels): SystemReport {
  const findings = reportFindings(input, labels);
  const maturity = evaluateAssessment([...input.questions], input.answers).maturity;
  const sections = reportSections(findings, maturity, labels);
  return { sections, findings, requirements: input.requirements, maturity, outline: termsOfReferenceOutline(input, findings, sections, labels) };
}

/** The outline as rows of one spreadsheet column pair: number and text, headings then their lines. */
export function outlineRows(outline: readonly OutlineItem[]): [string, string][] {
  const rows: [string, string][] = [];
  const walk = (item: OutlineItem): void => {
    rows.push([item.number, item.heading]);
    item.lines.forEach((line) => rows.push(['', line]));
    item.children.forEach(walk);
  };
  outline.forEach(walk);
  return rows;
}
