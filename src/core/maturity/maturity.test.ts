import { dmbokMaturityTemplate } from '../assessments/templateSeed';
import type { TemplateVersion } from '../assessments/templateModel';
import {
  DEFAULT_MATURITY_TARGET, maturityAreas, maturityRuns, maturityView, parseMaturityTargets, serializeMaturityTargets, targetsInForce, validateTargets,
  type MaturityMission, type MaturityRunItem
} from './index';

const template: TemplateVersion = dmbokMaturityTemplate();
const areas = maturityAreas([template]);
const missions: MaturityMission[] = [
  { id: 1, mission: 'Dakar', region: 'West Africa' },
  { id: 2, mission: 'Abuja', region: 'West Africa' },
  { id: 3, mission: 'Nairobi', region: 'East Africa' }
];

/** A completed run answering `answers` (area id -> level or 'dk'); unanswered areas stay unanswered. */
function run(id: number, missionId: number, date: string, answers: Record<string, number | 'dk'>, status: MaturityRunItem['status'] = 'Completed'): MaturityRunItem {
  const stored: Record<string, unknown> = {};
  for (const [area, value] of Object.entries(answers)) {
    stored[`${area}-maturity`] = value === 'dk' ? { value: 'dontKnow' } : { value: 'level', level: value };
  }
  return { id, targetId: missionId, status, assessmentDate: date, templateVersion: 1, answers: JSON.stringify(stored) };
}

describe('maturity areas and runs', () => {
  it('takes the eleven DMBOK areas from the template sections, with their localised titles', () => {
    expect(areas).toHaveLength(11);
    expect(areas[0]).toEqual({ id: 'governance', title: { en: 'Data governance', fr: 'Gouvernance des données', es: 'Gobernanza de datos' } });
  });

  it('ignores a draft version when choosing the areas', () => {
    const draft: TemplateVersion = { ...template, version: 2, state: 'Draft', body: { ...template.body, sections: template.body.sections.slice(0, 1) } };
    expect(maturityAreas([template, draft])).toHaveLength(11);
    expect(maturityAreas([])).toEqual([]);
  });

  it('counts only completed, dated runs, and "don\'t know" apart from the level', () => {
    const runs = maturityRuns([
      run(1, 1, '2026-03-01', { governance: 2, quality: 'dk' }),
      run(2, 1, '2026-04-01', { governance: 5 }, 'In progress'),
      { ...run(3, 1, '2026-04-01', { governance: 5 }), assessmentDate: undefined }
    ], [template]);
    expect(runs).toHaveLength(1);
    expect(runs[0].levels.governance).toBe(2);
    expect(runs[0].levels.quality).toBeUndefined();
    expect(runs[0].dontKnow.quality).toBe(1);
  });
});

describe('maturityView', () => {
  const items = [
    run(1, 1, '2026-03-01', { governance: 2, quality: 1, security: 'dk' }),
    run(2, 1, '2026-06-01', { governance: 3, quality: 'dk', security: 4 }),
    run(3, 2, '2026-04-01', { governance: 4, quality: 2, security: 'dk' }),
    run(4, 3, '2026-05-01', { governance: 1, quality: 5, security: 5 })
  ];
  const runs = maturityRuns(items, [template]);
  const row = (view: ReturnType<typeof maturityView>, area: string): ReturnType<typeof maturityView>['areas'][number] => view.areas.find((a) => a.area === area)!;

  it('gives a mission its latest run\'s level, with the previous run as the trend', () => {
    const view = maturityView(runs, missions, areas, {}, { kind: 'mission', value: 'Dakar' });
    expect(row(view, 'governance')).toMatchObject({ level: 3, previous: 2, change: 1, missionsCounted: 1, dontKnow: 0 });
    // The latest run says "don't know": no level, and the older level is not carried over.
    expect(row(view, 'quality')).toMatchObject({ level: undefined, previous: 1, change: undefined, dontKnow: 1, missionsCounted: 0, gap: undefined });
    expect(view.trend.map((p) => p.date)).toEqual(['2026-03-01', '2026-06-01']);
    expect(view.asOf).toBe('2026-06-01');
  });

  it('gives a region the mean of its missions\' latest levels, one decimal, with missions counted and don\'t-knows', () => {
    const view = maturityView(runs, missions, areas, {}, { kind: 'region', value: 'west africa' });
    expect(row(view, 'governance')).toMatchObject({ level: 3.5, missionsCounted: 2, dontKnow: 0 });
    expect(row(view, 'security')).toMatchObject({ level: 4, missionsCounted: 1, dontKnow: 1 });
    expect(view.missionsAssessed).toBe(2);
    // As of 2026-04-01 (the date before the latest): Dakar's March run and Abuja's April run.
    expect(view.previousAsOf).toBe('2026-04-01');
    expect(row(view, 'governance').previous).toBe(3);
  });

  it('rounds the organisation\'s mean to one decimal', () => {
    const view = maturityView(runs, missions, areas, {}, { kind: 'organisation' });
    expect(row(view, 'governance')).toMatchObject({ level: 2.7, missionsCounted: 3 });
    expect(view.trend).toHaveLength(4);
  });

  it('measures the gap to the lead\'s target, and to the default target elsewhere', () => {
    const view = maturityView(runs, missions, areas, { governance: 5 }, { kind: 'mission', value: 'Nairobi' });
    expect(row(view, 'governance')).toMatchObject({ target: 5, gap: 4 });
    expect(row(view, 'quality')).toMatchObject({ target: DEFAULT_MATURITY_TARGET, gap: -2 });
  });

  it('shows nothing for a scope without runs, and leaves out runs of unknown missions', () => {
    const view = maturityView([...runs, { id: 9, missionId: 99, date: '2026-07-01', levels: { governance: 5 }, dontKnow: {} }], missions, areas, {}, { kind: 'region', value: 'Nowhere' });
    expect(view.missionsAssessed).toBe(0);
    expect(view.asOf).toBeUndefined();
    expect(view.areas.every((a) => a.level === undefined && a.target === 3)).toBe(true);
    expect(maturityView([...runs, { id: 9, missionId: 99, date: '2026-07-01', levels: { governance: 5 }, dontKnow: {} }], missions, areas, {}, { kind: 'organisation' }).asOf).toBe('2026-06-01');
  });
});

describe('maturity targets', () => {
  const leads = [7];

  it('keeps whole levels 1-5 and drops anything else', () => {
    expect(parseMaturityTargets('{"governance":4,"quality":6,"security":2.5,"storage":"3"}')).toEqual({ governance: 4 });
    expect(parseMaturityTargets('not json')).toEqual({});
    expect(parseMaturityTargets('[4]')).toEqual({});
  });

  it('counts the setting only when a governance lead last wrote it', () => {
    const value = '{"governance":5}';
    expect(targetsInForce({ value, editor: { id: 7 } }, leads)).toEqual({ targets: { governance: 5 }, ignored: false, absent: false });
    expect(targetsInForce({ value, editor: { id: 8 } }, leads)).toEqual({ targets: {}, ignored: true, absent: false });
    expect(targetsInForce({ value }, leads).ignored).toBe(true);
    expect(targetsInForce(undefined, leads)).toEqual({ targets: {}, ignored: false, absent: true });
  });

  it('validates a lead\'s targets and writes every area', () => {
    const ids = areas.map((a) => a.id);
    expect(validateTargets({ governance: '4', quality: 5 }, ids)).toEqual([]);
    expect(validateTargets({ governance: '0', quality: '4.5', security: '', storage: 'high', nowhere: 3 }, ids)).toEqual([
      { area: 'governance', code: 'notALevel' }, { area: 'quality', code: 'notALevel' }, { area: 'security', code: 'notALevel' },
      { area: 'storage', code: 'notALevel' }, { area: 'nowhere', code: 'unknownArea' }
    ]);
    expect(JSON.parse(serializeMaturityTargets({ governance: 4 }, ['governance', 'quality']))).toEqual({ governance: 4, quality: 3 });
  });
});
