/** Turns answers into findings: every "no" or "partial" becomes a finding with the risk it suggests. */
import { riskLevel, riskScore } from '../risk/riskMath';
import { isSafeHttpUrl } from '../validation/url';
import type { AnswerValue, AssessmentAnswer, AssessmentAnswers, AssessmentEvaluation, AssessmentFinding, AssessmentQuestion } from './types';
import { ANSWER_VALUES } from './types';

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
    if (answer === undefined || !ANSWER_VALUES.includes(answer.value)) {
      unanswered.push(question.id);
      continue;
    }
    const evidence = answer.evidence ?? [];
    for (const link of evidence) {
      if (!isSafeHttpUrl(link)) problems.push({ questionId: question.id, code: 'unsafeEvidence', value: link });
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
  return { findings, unanswered, problems, passed, failed: findings.length, notApplicable };
}

function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'string' && (ANSWER_VALUES as readonly string[]).includes(value);
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
    const entry = raw as { value?: unknown; note?: unknown; evidence?: unknown } | null;
    if (entry === null || typeof entry !== 'object' || !isAnswerValue(entry.value)) continue;
    const evidence = Array.isArray(entry.evidence) ? entry.evidence.filter((l): l is string => typeof l === 'string' && isSafeHttpUrl(l)) : [];
    out[id] = { value: entry.value, note: typeof entry.note === 'string' ? entry.note : undefined, evidence };
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
