/** Turns answers into findings: every "no" or "partial" becomes a finding with the risk it suggests. */
import { riskLevel, riskScore } from '../risk/riskMath';
import { isSafeHttpUrl } from '../validation/url';
import type { AnswerValue, AssessmentAnswer, AssessmentAnswers, AssessmentEvaluation, AssessmentFinding, AssessmentQuestion, MaturityResult, ScaleAnswerValue } from './types';
import { ANSWER_VALUES, SCALE_ANSWER_VALUES } from './types';

function isLevel(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
}

/** A scale item's answer counts when it is "don't know" or a level 1-5. */
function isScaleAnswer(answer: AssessmentAnswer): boolean {
  return answer.value === 'dontKnow' || (answer.value === 'level' && isLevel(answer.level));
}

function positive(n: number | undefined): number {
  return n !== undefined && isFinite(n) && n > 0 ? n : 1;
}

/**
 * The maturity of the scale items: per section, the item-weighted mean of the levels given ("don't know" left out);
 * overall, the section-weighted mean of the sections that have a level. One decimal.
 */
function maturityOf(questions: readonly AssessmentQuestion[], answers: AssessmentAnswers): MaturityResult | undefined {
  const scale = questions.filter((q) => q.answerType === 'scale');
  if (scale.length === 0) return undefined;
  const bySection = new Map<string, { title?: string; weight: number; sum: number; weights: number; dontKnow: number }>();
  let rated = 0;
  let dontKnow = 0;
  for (const q of scale) {
    const key = q.section ?? '';
    const entry = bySection.get(key) ?? { title: q.sectionTitle, weight: positive(q.sectionWeight), sum: 0, weights: 0, dontKnow: 0 };
    bySection.set(key, entry);
    const answer = answers[q.id];
    if (answer?.value === 'dontKnow') {
      entry.dontKnow++;
      dontKnow++;
    } else if (answer?.value === 'level' && isLevel(answer.level)) {
      entry.sum += answer.level * positive(q.weight);
      entry.weights += positive(q.weight);
      rated++;
    }
  }
  const round = (n: number): number => Math.round(n * 10) / 10;
  const sections = [...bySection.entries()].map(([section, e]) => ({ section, title: e.title, level: e.weights > 0 ? round(e.sum / e.weights) : undefined, dontKnow: e.dontKnow, weight: e.weight, exact: e.weights > 0 ? e.sum / e.weights : undefined }));
  const counted = sections.filter((s) => s.exact !== undefined);
  const total = counted.reduce((n, s) => n + s.weight, 0);
  const level = counted.length > 0 ? round(counted.reduce((n, s) => n + (s.exact as number) * s.weight, 0) / total) : undefined;
  return { level, sections: sections.map(({ section, title, level: l, dontKnow: d }) => ({ section, title, level: l, dontKnow: d })), rated, dontKnow };
}

function findingOf(question: AssessmentQuestion, answer: AssessmentAnswer & { value: 'no' | 'partial' }): AssessmentFinding {
  // A partial answer shows some control is in place: the same impact, one step less likely.
  const likelihood = answer.value === 'partial' ? Math.max(1, question.likelihood - 1) : question.likelihood;
  return {
    questionId: question.id,
    text: question.text,
    answer: answer.value,
    category: question.category,
    likelihood,
    impact: question.impact,
    severity: riskLevel(riskScore(likelihood, question.impact)),
    note: answer.note?.trim() || undefined,
    evidence: (answer.evidence ?? []).filter(isSafeHttpUrl)
  };
}

/**
 * Evaluates answers against a checklist, in checklist order. Answers to questions not in the checklist are ignored.
 * Evidence must be http(s) links: anything else is a problem the form shows, never stored.
 */
export function evaluateAssessment(questions: readonly AssessmentQuestion[], answers: AssessmentAnswers): AssessmentEvaluation {
  const findings: AssessmentFinding[] = [];
  const unanswered: string[] = [];
  const problems: AssessmentEvaluation['problems'][number][] = [];
  let passed = 0;
  let notApplicable = 0;
  for (const question of questions) {
    const answer = answers[question.id];
    const scale = question.answerType === 'scale';
    if (answer === undefined || (scale ? !isScaleAnswer(answer) : !(ANSWER_VALUES as readonly string[]).includes(answer.value))) {
      unanswered.push(question.id);
      continue;
    }
    const evidence = answer.evidence ?? [];
    for (const link of evidence) {
      if (!isSafeHttpUrl(link)) problems.push({ questionId: question.id, code: 'unsafeEvidence', value: link });
    }
    if (scale) {
      // A level is a statement about practice: evidence-required items need a link for it; "don't know" needs none.
      if (answer.value === 'level' && question.evidenceRequired && !evidence.some(isSafeHttpUrl)) problems.push({ questionId: question.id, code: 'evidenceRequired' });
      continue;
    }
    if (answer.value === 'yes') {
      if (question.evidenceRequired && !evidence.some(isSafeHttpUrl)) problems.push({ questionId: question.id, code: 'evidenceRequired' });
      passed++;
    } else if (answer.value === 'na') {
      notApplicable++;
    } else {
      findings.push(findingOf(question, answer as AssessmentAnswer & { value: 'no' | 'partial' }));
    }
  }
  const maturity = maturityOf(questions, answers);
  return { findings, unanswered, problems, passed, failed: findings.length, notApplicable, ...(maturity ? { maturity } : {}) };
}

function isAnswerValue(value: unknown): value is AnswerValue | ScaleAnswerValue {
  return typeof value === 'string' && ((ANSWER_VALUES as readonly string[]).includes(value) || (SCALE_ANSWER_VALUES as readonly string[]).includes(value));
}

/** Reads stored answers (JSON); malformed entries are dropped, never thrown, so an old run still opens. */
export function parseAnswers(json: string | undefined): Record<string, AssessmentAnswer> {
  const out: Record<string, AssessmentAnswer> = {};
  let parsed: unknown;
  try {
    parsed = json ? JSON.parse(json) : {};
  } catch {
    return out;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return out;
  for (const [id, raw] of Object.entries(parsed as Record<string, unknown>)) {
    const entry = raw as { value?: unknown; level?: unknown; note?: unknown; evidence?: unknown } | null;
    if (entry === null || typeof entry !== 'object' || !isAnswerValue(entry.value)) continue;
    if (entry.value === 'level' && !isLevel(entry.level)) continue;
    const evidence = Array.isArray(entry.evidence) ? entry.evidence.filter((l): l is string => typeof l === 'string' && isSafeHttpUrl(l)) : [];
    out[id] = { value: entry.value, ...(entry.value === 'level' ? { level: entry.level as number } : {}), note: typeof entry.note === 'string' ? entry.note : undefined, evidence };
  }
  return out;
}

/** Reads stored findings (JSON); entries without a question id, text or valid scores are dropped. */
export function parseFindings(json: string | undefined): AssessmentFinding[] {
  let parsed: unknown;
  try {
    parsed = json ? JSON.parse(json) : [];
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const valid = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
  return parsed.filter((f: Partial<AssessmentFinding> | null): f is AssessmentFinding =>
    f !== null && typeof f === 'object' && typeof f.questionId === 'string' && typeof f.text === 'string' && valid(f.likelihood) && valid(f.impact)
  ).map((f) => ({ ...f, severity: riskLevel(riskScore(f.likelihood, f.impact)), evidence: (f.evidence ?? []).filter(isSafeHttpUrl) }));
}
