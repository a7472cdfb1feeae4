/* eslint-disable no-script-url -- these tests feed script URLs to the code that must refuse them */
import { RISK_CATEGORIES } from '../models/risk';
import { buildChecklist, obligationsFromClassification } from './checklist';
import { evaluateAssessment, parseAnswers, parseFindings } from './evaluate';
import { riskFromFinding } from './raiseRisk';
import { AI_ACT_DEPLOYER_TEMPLATE, ASSESSMENT_TEMPLATES, DATA_PROTECTION_TEMPLATE, findTemplate } from './templates';

describe('assessment templates', () => {
  it('ships the three templates the issue names, with unique keys and question ids and valid suggestions', () => {
    expect(ASSESSMENT_TEMPLATES.map((t) => [t.key, t.targetList])).toEqual([
      ['data-protection', 'dataAssets'],
      ['ai-act-deployer', 'aiSystems'],
      ['mission-baseline', 'missions']
    ]);
    for (const template of ASSESSMENT_TEMPLATES) {
      const ids = template.questions.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const q of template.questions) {
        expect(RISK_CATEGORIES).toContain(q.category);
        expect([q.likelihood, q.impact].every((n) => Number.isInteger(n) && n >= 1 && n <= 5)).toBe(true);
      }
    }
    expect(findTemplate('data-protection')).toBe(DATA_PROTECTION_TEMPLATE);
    expect(findTemplate('nope')).toBeUndefined();
  });

  it('adds one item per obligation the AI system\'s classification produced', () => {
    const result = JSON.stringify({ tier: 'high', grounds: ['Annex III 4(a)'], obligations: ['humanOversight', 'aiLiteracy', 'notAnObligation', 'logs'], needsReview: false });
    const obligations = obligationsFromClassification(result);
    expect(obligations).toEqual(['aiLiteracy', 'humanOversight', 'logs']);
    const items = buildChecklist(AI_ACT_DEPLOYER_TEMPLATE, { obligations });
    expect(items.map((q) => q.id).slice(-3)).toEqual(['obligation:aiLiteracy', 'obligation:humanOversight', 'obligation:logs']);
    expect(items.find((q) => q.id === 'obligation:logs')?.text).toContain('Art. 26(6)');
    expect(obligationsFromClassification('{broken')).toEqual([]);
    expect(buildChecklist(DATA_PROTECTION_TEMPLATE, { obligations })).toHaveLength(DATA_PROTECTION_TEMPLATE.questions.length);
  });
});

describe('evaluating answers', () => {
  const questions = DATA_PROTECTION_TEMPLATE.questions.slice(0, 4); // ropa-entry (evidence), legal-basis, minimisation, retention

  it('turns no and partial into findings (partial one step less likely), skips n/a, and lists unanswered items', () => {
    const result = evaluateAssessment(questions, {
      'ropa-entry': { value: 'yes', evidence: ['https://intranet.example.org/ropa/42'] },
      'legal-basis': { value: 'no', note: 'No basis recorded' },
      minimisation: { value: 'partial' }
    });
    expect(result.passed).toBe(1);
    expect(result.failed).toBe(2);
    expect(result.unanswered).toEqual(['retention']);
    expect(result.findings.map((f) => [f.questionId, f.likelihood, f.impact, f.severity])).toEqual([
      ['legal-basis', 3, 4, 'High'],
      ['minimisation', 2, 3, 'Medium']
    ]);
    expect(result.findings[0].note).toBe('No basis recorded');
    expect(result.problems).toEqual([]);
  });

  it('refuses evidence that is not an http(s) link and a "yes" without required evidence', () => {
    const result = evaluateAssessment(questions, {
      'ropa-entry': { value: 'yes', evidence: ['javascript:alert(1)'] },
      'legal-basis': { value: 'na' },
      minimisation: { value: 'no', evidence: ['file:///c:/secret.xlsx'] },
      retention: { value: 'yes' }
    });
    expect(result.problems).toEqual([
      { questionId: 'ropa-entry', code: 'unsafeEvidence', value: 'javascript:alert(1)' },
      { questionId: 'ropa-entry', code: 'evidenceRequired' },
      { questionId: 'minimisation', code: 'unsafeEvidence', value: 'file:///c:/secret.xlsx' }
    ]);
    expect(result.findings[0].evidence).toEqual([]);
    expect(result.notApplicable).toBe(1);
  });

  it('reads stored answers and findings defensively', () => {
    expect(parseAnswers('{"a":{"value":"no","evidence":["https://x.example.org","javascript:x"]},"b":{"value":"maybe"}}')).toEqual({ a: { value: 'no', note: undefined, evidence: ['https://x.example.org'] } });
    expect(parseAnswers('not json')).toEqual({});
    expect(parseFindings('[{"questionId":"q","text":"T","answer":"no","category":"Operational","likelihood":4,"impact":4,"severity":"Low","evidence":[]},{"questionId":1}]')).toEqual([
      { questionId: 'q', text: 'T', answer: 'no', category: 'Operational', likelihood: 4, impact: 4, severity: 'Critical', evidence: [] }
    ]);
  });
});

describe('raising a risk from a finding', () => {
  it('pre-fills category, scores, the link to the assessed asset and the evidence', () => {
    const [finding] = evaluateAssessment(DATA_PROTECTION_TEMPLATE.questions, { 'sharing-agreements': { value: 'no', note: 'Shared with two NGOs by e-mail', evidence: ['https://sp.example.org/dsa-draft'] } }).findings;
    const risk = riskFromFinding(finding, { list: 'dataAssets', id: 42, title: 'Beneficiary registry (Bangladesh)' }, 'Data protection check 2026');
    expect(risk).toMatchObject({
      title: 'Gap in Beneficiary registry (Bangladesh): Every transfer to a partner or third party is covered by a data sharing agreement',
      category: 'Third party and vendor',
      likelihood: 3,
      impact: 4,
      relatedAsset: { id: 42, title: 'Beneficiary registry (Bangladesh)' },
      status: 'Open',
      treatment: 'Mitigate',
      evidenceLinks: 'https://sp.example.org/dsa-draft'
    });
    expect(risk.relatedAISystem).toBeUndefined();
    expect(risk.description).toContain('Shared with two NGOs by e-mail');
    expect(risk.description).toContain('Not in place (answered No): Every transfer');
    expect(risk.riskOwner).toBeUndefined();
    const owner = { id: 9, title: 'Record Owner' };
    expect(riskFromFinding(finding, { list: 'dataAssets', id: 42, title: 'B', owner }, 'A').riskOwner).toEqual(owner);
    const onSystem = riskFromFinding(finding, { list: 'aiSystems', id: 7, title: 'x'.repeat(300) }, 'A');
    expect(onSystem.relatedAISystem?.id).toBe(7);
    expect(onSystem.title.length).toBe(255);
    expect(onSystem.title.endsWith('…')).toBe(true);
  });
});
