import { buildChecklist } from './checklist';
import { informationSystemTemplate } from './informationSystemTemplate';
import { stakeholderRequirementIssues, requirementFromDraft, validateRequirement, type StakeholderRequirement } from './stakeholderRequirements';
import { buildSystemReport, outlineRows, type ReportInput, type ReportLabels } from './systemReport';
import { fillPlaceholders } from '../placeholders';
import { fromTemplateRecord, toTemplateRecord } from './templateModel';
import { recordFitsTemplate } from './templateTargetRules';
import { validateTemplate } from './templateValidation';
import { localiseTemplate } from './templateVersions';

const labels: ReportLabels = {
  answers: { yes: 'Yes', partial: 'Partly', no: 'No', na: 'N/A', dontKnow: 'Don\'t know', unanswered: 'Not answered' },
  level: 'Level {0}',
  sectionGaps: '{0} gaps of {1} questions',
  sectionMaturity: 'maturity {0}',
  priorities: { Must: 'Must', Should: 'Should', Could: 'Could' },
  outline: {
    background: 'Background', objectives: 'Objectives', scope: 'Scope', requirements: 'Requirements', deliverables: 'Deliverables and constraints',
    backgroundLine: '{0} assessed with {1} v{2} on {3} by {4}: {5} gaps in {6} of {7} sections.',
    objectiveMain: 'Upgrade {0}.', objectiveSection: 'Close the gaps in {0}.', objectiveMust: 'Meet every Must requirement ({0}).',
    noGaps: 'No gaps.', finding: '{0} ({1})', requirement: '{0} ({1}; source: {2})', sectionRequirement: 'Requirement: {0}', noRequirements: 'None recorded.',
    standardDeliverables: ['Technical documentation'], constraint: 'Constraint: {0}'
  }
};

describe('the information-system assessment template', () => {
  const seed = informationSystemTemplate();

  it('publishes: complete in three languages, only known framework references, yes/no and scale questions', () => {
    expect(validateTemplate(seed, { publishing: true })).toEqual([]);
    expect(seed.body.sections.map((s) => s.id)).toEqual(['architecture', 'database', 'interfaces', 'security', 'data-protection', 'operations', 'costs', 'stakeholders']);
    const questions = seed.body.sections.flatMap((s) => s.questions);
    expect(questions.filter((q) => q.answerType === 'scale').length).toBeGreaterThanOrEqual(3);
    expect(questions.filter((q) => q.answerType === 'yesNo').length).toBeGreaterThanOrEqual(15);
    expect(fromTemplateRecord(toTemplateRecord(seed))).toMatchObject({ key: 'information-system', version: 1, state: 'Published', targetList: 'dataAssets' });
  });

  it('is refused for publishing when a Spanish text is missing', () => {
    const section = seed.body.sections[0];
    const broken = { ...seed, body: { ...seed.body, sections: [{ ...section, questions: [{ ...section.questions[0], text: { ...section.questions[0].text, es: '' } }, ...section.questions.slice(1)] }, ...seed.body.sections.slice(1)] } };
    expect(validateTemplate(broken, { publishing: true }).map((i) => i.code)).toContain('templateTranslationMissing');
  });

  it('runs against information systems only; other templates take any record', () => {
    expect(recordFitsTemplate('information-system', 'Information system')).toBe(true);
    expect(recordFitsTemplate('information-system', 'Dataset')).toBe(false);
    expect(recordFitsTemplate('information-system', undefined)).toBe(false);
    expect(recordFitsTemplate('data-protection', 'Dataset')).toBe(true);
  });
});

describe('the terms of reference outline', () => {
  const template = localiseTemplate(informationSystemTemplate(), 'en').template;
  const questions = buildChecklist(template);
  const requirements: StakeholderRequirement[] = [
    { title: 'Biometric deduplication', assessment: { id: 1 }, institution: 'Ministry of Interior', priority: 'Must', source: 'Workshop' },
    { title: 'Arabic interface', assessment: { id: 1 }, institution: 'Border police', priority: 'Could' },
    { title: 'Monthly statistics export', assessment: { id: 1 }, institution: 'National statistics office', priority: 'Must', source: '=HYPERLINK("x")' }
  ];
  const answers = Object.fromEntries(questions.map((q) => [q.id, q.answerType === 'scale' ? { value: 'level' as const, level: 4 } : { value: 'yes' as const }]));
  const input = (extra: Record<string, unknown>): ReportInput => ({
    systemTitle: 'MIMOSA (Chad)', template, questions, answers: { ...answers, ...extra } as never, assessor: 'Ana Lead', date: '2026-12-01', requirements
  });

  it('lists one scope item per section with gaps, with its findings and comments; cost and operations gaps become constraints', () => {
    const report = buildSystemReport(input({
      'backup-restore': { value: 'no', note: 'Never tested', evidence: [] },
      encryption: { value: 'partial', evidence: [] },
      'funding-secured': { value: 'no', note: 'Ends 2027', evidence: [] },
      'operations-maturity': { value: 'level', level: 2, evidence: [] }
    }), labels);
    const [background, objectives, scope, reqs, deliverables] = report.outline;
    expect(background.lines[0]).toBe('MIMOSA (Chad) assessed with Information system assessment v1 on 2026-12-01 by Ana Lead: 4 gaps in 4 of 8 sections.');
    expect(scope.children.map((c) => [c.number, c.heading, c.lines])).toEqual([
      ['3.1', 'Database', ['Backups are taken on a schedule and a restore was tested in the last twelve months. (No) - Never tested']],
      ['3.2', 'Security', ['Data is encrypted in transit and at rest. (Partly)']],
      ['3.3', 'Operational capacity', [expect.stringContaining('(Level 2)')]],
      ['3.4', 'Costs', ['Funding for running and maintaining the system is secured for the next two years. (No) - Ends 2027']]
    ]);
    expect(objectives.lines).toEqual(['Upgrade MIMOSA (Chad).', 'Close the gaps in Database.', 'Close the gaps in Security.', 'Close the gaps in Operational capacity.', 'Close the gaps in Costs.',
      'Meet every Must requirement (Ministry of Interior, National statistics office).']);
    expect(reqs.children.map((c) => [c.heading, c.lines])).toEqual([
      ['Must', ['Biometric deduplication (Ministry of Interior; source: Workshop)', 'Monthly statistics export (National statistics office; source: =HYPERLINK("x"))']],
      ['Could', ['Arabic interface (Border police; source: -)']]
    ]);
    expect(deliverables.lines).toEqual(['Technical documentation', expect.stringContaining('Constraint: How mature is the system\'s operation'),
      'Constraint: Funding for running and maintaining the system is secured for the next two years. (No) - Ends 2027']);
    expect(report.sections.find((s) => s.id === 'database')?.result).toBe('1 gaps of 3 questions');
    expect(outlineRows(report.outline)[0]).toEqual(['1', 'Background']);
  });

  it('lists a requirement linked to a section under that section: after its gaps, or making a section without gaps part of the scope', () => {
    const linked: StakeholderRequirement[] = [
      { ...requirements[0], section: 'database' },
      { title: 'SDMX export to the statistics office', assessment: { id: 1 }, institution: 'National statistics office', priority: 'Should', section: 'interfaces' },
      requirements[1]
    ];
    const report = buildSystemReport({ ...input({ 'backup-restore': { value: 'no', evidence: [] } }), requirements: linked }, labels);
    const scope = report.outline[2];
    expect(scope.children.map((c) => [c.number, c.heading, c.lines])).toEqual([
      ['3.1', 'Database', [
        'Backups are taken on a schedule and a restore was tested in the last twelve months. (No)',
        'Requirement: Biometric deduplication (Ministry of Interior; source: Workshop)'
      ]],
      ['3.2', expect.stringMatching(/^Interfaces/), ['Requirement: SDMX export to the statistics office (National statistics office; source: -)']]
    ]);
    // Objectives name the sections with gaps only; every requirement still shows by priority.
    expect(report.outline[1].lines).toContain('Close the gaps in Database.');
    expect(report.outline[1].lines.some((l) => l.includes('Interfaces'))).toBe(false);
    expect(report.outline[3].children.flatMap((c) => c.lines)).toHaveLength(3);
  });

  it('says so when there are no gaps and no requirements', () => {
    const report = buildSystemReport({ ...input({}), requirements: [] }, labels);
    expect(report.outline[2].lines).toEqual(['No gaps.']);
    expect(report.outline[2].children).toEqual([]);
    expect(report.outline[3].lines).toEqual(['None recorded.']);
    expect(report.maturity?.level).toBe(4);
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fillPlaceholders('{0} of {1} {2}', 1, 'two')).toBe('1 of two {2}');
  });
});

describe('stakeholder requirement validation', () => {
  it('accepts a complete draft and trims it into an item', () => {
    const draft = { need: ' Offline data capture ', institution: 'Field office Abéché', priority: 'Should', source: '' };
    expect(validateRequirement(draft)).toEqual([]);
    expect(requirementFromDraft(draft, { id: 4, title: 'x' }, { id: 9 })).toEqual({ title: 'Offline data capture', assessment: { id: 4 }, system: { id: 9 }, institution: 'Field office Abéché', priority: 'Should', source: undefined });
  });

  it('refuses a blank need or institution, an unknown priority and text over 255 characters, each located', () => {
    expect(validateRequirement({ need: '  ', institution: '', priority: 'Won\'t', source: 'x'.repeat(256) }).map((i) => [i.field, i.code])).toEqual([
      ['need', 'requirementNeedMissing'], ['institution', 'requirementInstitutionMissing'], ['priority', 'requirementPriorityInvalid'], ['source', 'requirementTooLong']
    ]);
  });

  it('takes a section of the run and refuses one that is not', () => {
    const draft = { need: 'SDMX export', institution: 'Statistics office', priority: 'Must', source: '', section: 'interfaces' };
    expect(validateRequirement(draft, ['database', 'interfaces'])).toEqual([]);
    expect(requirementFromDraft(draft, { id: 4 }, undefined).section).toBe('interfaces');
    expect(requirementFromDraft({ ...draft, section: ' ' }, { id: 4 }, undefined).section).toBeUndefined();
    expect(validateRequirement(draft, ['database']).map((i) => [i.field, i.code])).toEqual([['section', 'requirementSectionUnknown']]);
    expect(validateRequirement({ ...draft, section: 'x'.repeat(101) }).map((i) => i.code)).toEqual(['requirementSectionUnknown']);
  });

  it('the list rule refuses blank text that the required check lets through', () => {
    expect(stakeholderRequirementIssues({ title: '   ', institution: 'Ministry' }).map((i) => i.code)).toEqual(['requirementNeedMissing']);
    expect(stakeholderRequirementIssues({ title: 'Need', institution: 'Ministry' })).toEqual([]);
  });
});
