import * as strings from 'HealthScorecardWebPartStrings';
import type { MaturityView } from '../../../core/maturity';
import { chartImageHeight, drawChartImage } from '../../../ui/scorecard/export/chartImage';
import { levelTargetImage } from './chartImages';
import { maturityCsv, maturityTrendRows, maturityTrendSeries } from './maturityFigures';

/** Two areas, two dates: quality had no level on the first date, and its latest run said "don't know". */
const VIEW: MaturityView = {
  areas: [
    { area: 'governance', level: 3, missionsCounted: 2, dontKnow: 0, target: 4, gap: 1, previous: 2.5, change: 0.5 },
    { area: 'quality', level: undefined, missionsCounted: 0, dontKnow: 1, target: 3, gap: undefined, previous: undefined, change: undefined }
  ],
  missionsAssessed: 2,
  asOf: '2026-09-01',
  previousAsOf: '2026-03-01',
  trend: [
    { date: '2026-03-01', areas: { governance: { level: 2.5, missionsCounted: 2, dontKnow: 0 }, quality: { level: undefined, missionsCounted: 0, dontKnow: 0 } } },
    { date: '2026-09-01', areas: { governance: { level: 3, missionsCounted: 2, dontKnow: 0 }, quality: { level: undefined, missionsCounted: 0, dontKnow: 1 } } }
  ]
};
const TITLES: Record<string, string> = { governance: 'Data governance', quality: 'Data quality' };
const titleOf = (area: string): string => TITLES[area] ?? area;

describe('maturity figures of the scorecard', () => {
  it('gives the trend table a row per date and a level per area, none where the area had no level', () => {
    expect(maturityTrendRows(VIEW, ['governance', 'quality'])).toEqual([
      { date: '2026-03-01', levels: [2.5, undefined] },
      { date: '2026-09-01', levels: [3, undefined] }
    ]);
  });

  it('draws a line per area through the dates it had a level', () => {
    expect(maturityTrendSeries(VIEW, ['governance', 'quality'])).toEqual([
      { area: 'governance', points: [{ date: '2026-03-01', level: 2.5 }, { date: '2026-09-01', level: 3 }] },
      { area: 'quality', points: [] }
    ]);
  });

  it('writes the table\'s rows, then the trend, with localised headers and numbers as numbers', () => {
    const lines = maturityCsv(VIEW, titleOf).split('\r\n');
    expect(lines).toEqual([
      [strings.MaturityArea, strings.MaturityLevel, strings.MaturityTarget, strings.MaturityGap, strings.MaturityPrevious, strings.MaturityChange, strings.MaturityDontKnow, strings.MaturityMissionsCounted]
        .map((h) => (/[",]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h))
        .join(','),
      'Data governance,3,4,1,2.5,0.5,0,2',
      'Data quality,,3,,,,1,0',
      '',
      // The trend's rows are padded to the table's eight columns: one rectangular sheet.
      `${[strings.ColumnDate, strings.MaturityArea, strings.MaturityLevel, strings.MaturityMissionsCounted].join(',')},,,,`,
      '2026-03-01,Data governance,2.5,2,,,,',
      '2026-03-01,Data quality,,0,,,,',
      '2026-09-01,Data governance,3,2,,,,',
      '2026-09-01,Data quality,,0,,,,'
    ]);
  });

  it('exports the level-vs-target chart as grouped bars on 0-5, an area without a level written "–"', () => {
    const spec = levelTargetImage('Maturity', 'Scope: Dakar', [{ label: 'Data governance', level: 3, target: 4 }, { label: 'Data quality', level: undefined, target: 3 }]);
    expect(spec).toMatchObject({
      kind: 'groupedBars',
      max: 5,
      series: [{ label: strings.MaturityLevelLegend }, { label: strings.MaturityTargetLegend }],
      groups: [{ label: 'Data governance', values: [3, 4] }, { label: 'Data quality', values: [undefined, 3] }]
    });
    const texts: string[] = [];
    const bars: number[][] = [];
    const ctx = new Proxy({} as Record<string | symbol, unknown>, {
      get: (target, key) => {
        if (key === 'fillText') return (text: string) => texts.push(text);
        if (key === 'fillRect') return (...args: number[]) => bars.push(args);
        if (key === 'measureText') return (text: string) => ({ width: text.length * 8 });
        return key in target ? target[key] : () => undefined;
      },
      set: (target, key, value) => {
        target[key] = value;
        return true;
      }
    }) as unknown as CanvasRenderingContext2D;
    expect(drawChartImage(ctx, spec)).toEqual({ width: 1200, height: chartImageHeight(spec) });
    expect(texts).toEqual(expect.arrayContaining(['Maturity', 'Scope: Dakar', 'Data governance', 'Data quality', '3', '4', '–', strings.MaturityAxis, '0', '5']));
    // The background, two legend swatches and three bars (no level bar for quality).
    expect(bars).toHaveLength(6);
  });
});
