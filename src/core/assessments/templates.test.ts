import { buildChecklist } from './checklist';
import { evaluateAssessment, parseAnswers } from './evaluate';
import { fromTemplateRecord, parseTemplateBody, serializeTemplateBody, templateLanguageOf, toTemplateRecord, type TemplateQuestion, type TemplateVersion } from './templateModel';
import { assessmentTemplateIssues } from './templateRecordRules';
import { seedTemplates } from './templateSeed';
import { ASSESSMENT_TEMPLATES } from './templates';
import { validateTemplate } from './templateValidation';
import { findVersion, localiseTemplate, nextVersionNumber, openDraft, recordedVersion, startableTemplates, startableVersion } from './templateVersions';

const t = (en: string, fr = `${en} (fr)`, es = `${en} (es)`): { en: string; fr: string; es: string } => ({ en, fr, es });

function question(id: string, patch: Partial<TemplateQuestion> = {}): TemplateQuestion {
  return {
    id, text: t(`Question ${id}`), guidance: { en: '', fr: '', es: '' }, answerType: 'yesNo', levels: [], weight: 1, evidenceRequired: false,
    frameworkRefs: [], category: 'Data protection', likelihood: 3, impact: 3, ...patch
  };
}

function template(patch: Partial<TemplateVersion> = {}, questions: TemplateQuestion[] = [question('a'), question('b')]): TemplateVersion {
  return {
    key: 'sample', version: 1, state: 'Draft', title: t('Sample'), description: t('About'), targetList: 'dataAssets',
    body: { includeAIActObligations: false, sections: [{ id: 's1', title: t('Section'), weight: 1, questions }] },
    ...patch
  };
}

const codes = (v: TemplateVersion, publishing = true): string[] => validateTemplate(v, { publishing }).map((i) => i.code);

describe('template validation', () => {
  it('accepts the seeded templates as published, complete in English, French and Spanish', () => {
    const seeds = seedTemplates();
    expect(seeds.map((s) => [s.key, s.version, s.state])).toEqual([
      ['data-protection', 1, 'Published'], ['ai-act-deployer', 1, 'Published'], ['mission-baseline', 1, 'Published'], ['dmbok-maturity', 1, 'Published'],
      ['information-system', 1, 'Published']
    ]);
    for (const seed of seeds) expect(validateTemplate(seed, { publishing: true })).toEqual([]);
    expect(seeds[0].body.sections[0].questions[1].text.fr).toBe('Une base juridique du traitement est identifiée et documentée.');
  });

  it('refuses a template with no questions, and a section with none, when publishing (a draft may be empty)', () => {
    const empty = template({}, []);
    expect(codes(empty)).toEqual(['templateNoQuestions', 'templateSectionEmpty']);
    expect(codes(empty, false)).toEqual([]);
  });

  it('refuses duplicate question ids across sections, with the position and the id', () => {
    const v = template();
    const dup: TemplateVersion = { ...v, body: { ...v.body, sections: [...v.body.sections, { id: 's2', title: t('Two'), weight: 1, questions: [question('a')] }] } };
    expect(validateTemplate(dup, { publishing: false })).toEqual([{ code: 'templateQuestionIdDuplicate', field: 'questionId', section: 1, question: 0, value: 'a' }]);
  });

  it('refuses weights that are not positive (relative weights: no total to reach)', () => {
    expect(codes(template({}, [question('a', { weight: 0 }), question('b', { weight: -2 }), question('c', { weight: NaN }), question('d', { weight: 7 })]))).toEqual([
      'templateWeightInvalid', 'templateWeightInvalid', 'templateWeightInvalid'
    ]);
    const v = template();
    expect(codes({ ...v, body: { ...v.body, sections: [{ ...v.body.sections[0], weight: 0 }] } })).toEqual(['templateSectionWeightInvalid']);
  });

  it('requires every translation to publish, not to save a draft', () => {
    const v = template({ title: { en: 'Sample', fr: '', es: 'Muestra' } }, [question('a', { text: { en: 'Q', fr: 'Q fr', es: '' } })]);
    expect(validateTemplate(v, { publishing: true })).toEqual([
      { code: 'templateTranslationMissing', field: 'title', language: 'fr' },
      { code: 'templateTranslationMissing', field: 'text', section: 0, question: 0, language: 'es' }
    ]);
    expect(validateTemplate(v, { publishing: false })).toEqual([]);
    expect(codes(template({}, [question('a', { text: { en: '', fr: 'Q', es: 'Q' } })]))).toEqual(['templateTextRequired']);
  });

  it('refuses framework references to controls the crosswalk does not know', () => {
    const v = template({}, [question('a', { frameworkRefs: ['euAiAct:Art. 9', 'nistAiRmf:GOVERN 1.1', 'euAiAct:Art. 999', 'EUAIA-Art9'] })]);
    expect(validateTemplate(v, { publishing: false }).map((i) => i.value)).toEqual(['euAiAct:Art. 999', 'EUAIA-Art9']);
  });

  it('needs five levels on a scale question, each translated to publish', () => {
    const levels = [1, 2, 3, 4, 5].map((n) => t(`Level ${n}`));
    expect(codes(template({}, [question('a', { answerType: 'scale', levels })]))).toEqual([]);
    expect(codes(template({}, [question('a', { answerType: 'scale', levels: levels.slice(0, 4) })]))).toEqual(['templateLevelsIncomplete']);
    const untranslated = levels.map((l, i) => (i === 2 ? { ...l, es: '' } : l));
    expect(validateTemplate(template({}, [question('a', { answerType: 'scale', levels: untranslated })]), { publishing: true })).toEqual([
      { code: 'templateTranslationMissing', field: 'levels', section: 0, question: 0, level: 3, language: 'es' }
    ]);
  });

  it('refuses a bad key, a bad question id and suggested risk scores outside 1-5', () => {
    expect(codes(template({ key: 'Bad Key' }))).toEqual(['templateKeyInvalid']);
    expect(codes(template({}, [question('has space'), question('b', { likelihood: 6 })]))).toEqual(['templateQuestionIdInvalid', 'templateRiskScoreInvalid']);
  });
});

describe('template items', () => {
  it('round-trips a version through the list item and its JSON body', () => {
    const seed = seedTemplates()[1];
    const record = toTemplateRecord(seed);
    expect(record).toMatchObject({ templateKey: 'ai-act-deployer', templateVersion: 1, state: 'Published', targetList: 'aiSystems', titleFr: expect.stringContaining('règlement européen') });
    expect(fromTemplateRecord(record)).toEqual(seed);
    expect(parseTemplateBody(serializeTemplateBody(seed.body))).toEqual(seed.body);
  });

  it('reads an unreadable body as unreadable, and the list rule refuses it', () => {
    expect(parseTemplateBody('{broken')).toBeUndefined();
    expect(parseTemplateBody('{"sections":{}}')).toBeUndefined();
    expect(assessmentTemplateIssues({ body: '{"sections":[{"questions":[]}]}' }).map((i) => i.code)).toEqual(['templateBodyUnreadable']);
    expect(assessmentTemplateIssues({ body: serializeTemplateBody(seedTemplates()[0].body) })).toEqual([]);
  });
});

describe('template versions', () => {
  const v1 = template({ version: 1, state: 'Published' });
  const v2 = template({ version: 2, state: 'Published' }, [question('a'), question('c')]);
  const v3 = template({ version: 3, state: 'Draft' });

  it('starts new assessments on the newest published version; a draft does not count; retiring stops new starts', () => {
    expect(startableVersion([v1, v2, v3], 'sample')).toBe(v2);
    expect(startableVersion([v1, v3], 'sample')).toBe(v1);
    expect(startableVersion([v1, { ...v2, state: 'Retired' }], 'sample')).toBeUndefined();
    expect(startableVersion([v3], 'sample')).toBeUndefined();
    expect(startableTemplates([v1, v2, v3, { ...v1, key: 'other', targetList: 'missions' }], 'dataAssets')).toEqual([v2]);
    expect(nextVersionNumber([v1, v2, v3], 'sample')).toBe(4);
    expect(nextVersionNumber([v1], 'new-key')).toBe(1);
    expect(openDraft([v1, v2, v3], 'sample')).toBe(v3);
  });

  it('answers an assessment against the version it recorded, whatever was published since', () => {
    expect(recordedVersion(undefined)).toBe(1);
    expect(recordedVersion(2)).toBe(2);
    const all = [v1, v2, { ...v2, version: 3, state: 'Retired' as const }];
    const run = findVersion(all, 'sample', recordedVersion(undefined))!;
    expect(localiseTemplate(run, 'en').template.questions.map((q) => q.id)).toEqual(['a', 'b']);
    expect(localiseTemplate(findVersion(all, 'sample', 2)!, 'en').template.questions.map((q) => q.id)).toEqual(['a', 'c']);
  });

  it('shows a version in the user\'s language, English where a draft lacks the translation', () => {
    const draft = template({}, [question('a', { text: { en: 'Is it recorded?', fr: 'Est-ce inscrit ?', es: '' } })]);
    const fr = localiseTemplate(draft, templateLanguageOf('fr-FR'));
    expect(fr.template.questions[0].text).toBe('Est-ce inscrit ?');
    expect(fr.fellBack).toBe(false);
    const es = localiseTemplate(draft, templateLanguageOf('es-es'));
    expect(es.template.questions[0].text).toBe('Is it recorded?');
    expect(es.fellBack).toBe(true);
    expect(templateLanguageOf('de-DE')).toBe('en');
  });
});

describe('migrated templates score as before', () => {
  it('gives the same checklist and findings from the list version as from the compiled template', () => {
    const answers = { 'ropa-entry': { value: 'yes' as const, evidence: ['https://intranet.example.org/ropa/1'] }, 'legal-basis': { value: 'no' as const }, minimisation: { value: 'partial' as const } };
    seedTemplates().slice(0, ASSESSMENT_TEMPLATES.length).forEach((seed, i) => {
      const compiled = ASSESSMENT_TEMPLATES[i];
      const fromList = localiseTemplate(fromTemplateRecord(toTemplateRecord(seed)), 'en').template;
      const context = { obligations: ['aiLiteracy', 'humanOversight'] };
      const a = buildChecklist(compiled, context);
      const b = buildChecklist(fromList, context);
      expect(b.map((q) => [q.id, q.text, q.category, q.likelihood, q.impact, q.evidenceRequired === true])).toEqual(a.map((q) => [q.id, q.text, q.category, q.likelihood, q.impact, q.evidenceRequired === true]));
      expect(evaluateAssessment(b, answers)).toEqual(evaluateAssessment(a, answers));
    });
  });
});

describe('the DMBOK maturity template (seeded data)', () => {
  it('asks one 1-5 question per knowledge area, in three languages, and scores a mission\'s answers', () => {
    const dmbok = seedTemplates().find((t) => t.key === 'dmbok-maturity')!;
    expect(dmbok.targetList).toBe('missions');
    expect(dmbok.body.sections.map((s) => s.id)).toEqual([
      'governance', 'architecture', 'modelling', 'storage', 'security', 'integration', 'documents', 'reference-master', 'warehousing-bi', 'metadata', 'quality'
    ]);
    const { template } = localiseTemplate(dmbok, 'es');
    expect(template.questions.every((q) => q.answerType === 'scale' && q.levels?.length === 5)).toBe(true);
    expect(template.questions[10].sectionTitle).toBe('Calidad de los datos');
    const answers = Object.fromEntries(template.questions.map((q, i) => [q.id, i < 10 ? { value: 'level' as const, level: (i % 5) + 1 } : { value: 'dontKnow' as const }]));
    const result = evaluateAssessment(buildChecklist(template), answers);
    expect(result.unanswered).toEqual([]);
    // Levels 1-5 twice over ten areas, equal weights: 3.0; the eleventh area "don't know".
    expect(result.maturity).toMatchObject({ level: 3, rated: 10, dontKnow: 1 });
  });
});

describe('maturity scale answers', () => {
  const levels = [1, 2, 3, 4, 5].map((n) => t(`Level ${n}`));
  const maturity = template({}, []);
  const scaleTemplate: TemplateVersion = {
    ...maturity,
    body: {
      includeAIActObligations: false,
      sections: [
        { id: 'governance', title: t('Governance'), weight: 2, questions: [question('g1', { answerType: 'scale', levels, weight: 3 }), question('g2', { answerType: 'scale', levels })] },
        { id: 'quality', title: t('Quality'), weight: 1, questions: [question('q1', { answerType: 'scale', levels, evidenceRequired: true }), question('q2', { answerType: 'scale', levels })] }
      ]
    }
  };
  const questions = localiseTemplate(scaleTemplate, 'fr').template.questions;

  it('scores levels weighted within and across sections, leaving "don\'t know" out', () => {
    const result = evaluateAssessment(questions, {
      g1: { value: 'level', level: 4 }, g2: { value: 'level', level: 2 },
      q1: { value: 'dontKnow' }, q2: { value: 'level', level: 1 }
    });
    expect(result.unanswered).toEqual([]);
    expect(result.findings).toEqual([]);
    // governance: (4*3 + 2*1) / 4 = 3.5; quality: 1; overall (3.5*2 + 1*1) / 3 = 2.67
    expect(result.maturity).toEqual({
      level: 2.7,
      sections: [{ section: 'governance', title: 'Governance (fr)', level: 3.5, dontKnow: 0 }, { section: 'quality', title: 'Quality (fr)', level: 1, dontKnow: 1 }],
      rated: 3,
      dontKnow: 1
    });
  });

  it('treats a level outside 1-5 or a yes/no value as unanswered, and wants evidence for a level where required', () => {
    const result = evaluateAssessment(questions, { g1: { value: 'level', level: 6 }, g2: { value: 'yes' }, q1: { value: 'level', level: 3 }, q2: { value: 'dontKnow' } });
    expect(result.unanswered).toEqual(['g1', 'g2']);
    expect(result.problems).toEqual([{ questionId: 'q1', code: 'evidenceRequired' }]);
    const allDontKnow = evaluateAssessment(questions, { g1: { value: 'dontKnow' }, g2: { value: 'dontKnow' }, q1: { value: 'dontKnow' }, q2: { value: 'dontKnow' } });
    expect(allDontKnow.maturity?.level).toBeUndefined();
  });

  it('reads stored level answers back, dropping a level out of range', () => {
    expect(parseAnswers('{"a":{"value":"level","level":3},"b":{"value":"level","level":9},"c":{"value":"dontKnow"}}')).toEqual({
      a: { value: 'level', level: 3, note: undefined, evidence: [] },
      c: { value: 'dontKnow', note: undefined, evidence: [] }
    });
  });
});
