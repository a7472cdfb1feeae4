import { seedTemplates } from '../assessments';
import type { TemplateVersion } from '../assessments/templateModel';
import { assessmentEvidence, type AssessmentRunItem } from './assessmentEvidence';
import { applicableToSystem, coverage } from './coverage';
import { seedCrosswalk } from './seed';

const crosswalk = seedCrosswalk();
const templates = seedTemplates();
const SYSTEM = 7;

function run(id: number, date: string, answers: Record<string, unknown>, overrides: Partial<AssessmentRunItem> = {}): AssessmentRunItem {
  return { id, template: 'ai-act-deployer', templateVersion: 1, targetId: SYSTEM, status: 'Completed', assessmentDate: date, answers: JSON.stringify(answers), assessorName: 'Helena Okafor', ...overrides };
}

const yes = (link?: string): object => ({ value: 'yes', evidence: link ? [link] : [] });

describe('assessment items as framework evidence', () => {
  it('turns a met item with framework references into evidence for those controls, with the run as reference', () => {
    const evidence = assessmentEvidence([run(1, '2026-10-01', { 'bias-testing': yes('https://evidence.example.org/bias'), 'instructions-for-use': { value: 'no', evidence: [] } })], templates, crosswalk, 'en');
    expect(evidence).toEqual([{
      controlKey: 'nistAiRmf:MEASURE 2.11', systemId: SYSTEM, kind: 'Assessment item',
      title: 'Outputs were checked for bias against the people the system affects, and results recorded.',
      reference: 'EU AI Act deployer obligations, v1, 2026-10-01', link: 'https://evidence.example.org/bias', author: 'Helena Okafor', created: '2026-10-01'
    }]);
  });

  it('makes a met obligation item evidence for the article that carries it, and through the crosswalk for the others', () => {
    const evidence = assessmentEvidence([run(1, '2026-10-01', { 'obligation:logs': yes(), 'obligation:fria': { value: 'partial', evidence: [] } })], templates, crosswalk, 'en');
    expect(evidence.map((e) => e.controlKey)).toEqual(['euAiAct:Art. 26(6)']);
    expect(evidence[0].title).toMatch(/^Art\. 26\(6\): /);
    const result = coverage(crosswalk, evidence, applicableToSystem(['logs', 'fria']));
    const status = (key: string): string | undefined => result.flatMap((f) => f.controls).find((c) => c.key === key)?.status;
    expect(status('euAiAct:Art. 26(6)')).toBe('covered');
    expect(status('euAiAct:Art. 27')).toBe('none');
    // Assess once: the same item shows on another framework through the mappings.
    expect(result.filter((f) => f.framework !== 'euAiAct').some((f) => f.covered + f.partial > 0)).toBe(true);
  });

  it('counts only each template\'s latest completed run: a later "no" withdraws an earlier "yes"', () => {
    const runs = [
      run(1, '2026-03-01', { 'bias-testing': yes() }),
      run(2, '2026-09-01', { 'bias-testing': { value: 'no', evidence: [] } }),
      run(3, '2026-11-01', { 'bias-testing': yes() }, { status: 'In progress' })
    ];
    expect(assessmentEvidence(runs, templates, crosswalk, 'en')).toEqual([]);
    expect(assessmentEvidence(runs.slice(0, 1), templates, crosswalk, 'en')).toHaveLength(1);
  });

  it('reads each run against the version it recorded, and titles in the page language', () => {
    const v1 = templates.find((t) => t.key === 'ai-act-deployer' && t.version === 1) as TemplateVersion;
    // Version 2 drops the references: a run of version 1 still proves what version 1 said.
    const v2: TemplateVersion = { ...v1, version: 2, body: { ...v1.body, sections: v1.body.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q, frameworkRefs: [] })) })) } };
    const answers = { 'bias-testing': yes() };
    expect(assessmentEvidence([run(1, '2026-10-01', answers)], [v1, v2], crosswalk, 'fr')[0].reference).toMatch(/, v1, 2026-10-01$/);
    expect(assessmentEvidence([run(1, '2026-10-01', answers, { templateVersion: 2 })], [v1, v2], crosswalk, 'en')).toEqual([]);
    const french = assessmentEvidence([run(1, '2026-10-01', answers)], [v1], crosswalk, 'fr')[0];
    expect(french.title).not.toBe('Outputs were checked for bias against the people the system affects, and results recorded.');
  });

  it('counts a maturity scale item from level 3, skips unknown controls and runs without a date or a known version', () => {
    const v1 = templates.find((t) => t.key === 'ai-act-deployer' && t.version === 1) as TemplateVersion;
    const scaled: TemplateVersion = {
      ...v1, key: 'scaled', body: { ...v1.body, includeAIActObligations: false, sections: v1.body.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q, answerType: 'scale' as const, frameworkRefs: ['nistAiRmf:MEASURE 2.11', 'iso42001:A.99'] })) })) }
    };
    const at = (level: number): AssessmentRunItem => run(1, '2026-10-01', { 'bias-testing': { value: 'level', level, evidence: [] } }, { template: 'scaled' });
    expect(assessmentEvidence([at(2)], [scaled], crosswalk, 'en')).toEqual([]);
    expect(assessmentEvidence([at(3)], [scaled], crosswalk, 'en').map((e) => e.controlKey)).toEqual(['nistAiRmf:MEASURE 2.11']);
    expect(assessmentEvidence([{ ...at(4), assessmentDate: undefined }], [scaled], crosswalk, 'en')).toEqual([]);
    expect(assessmentEvidence([{ ...at(4), templateVersion: 9 }], [scaled], crosswalk, 'en')).toEqual([]);
  });
});
