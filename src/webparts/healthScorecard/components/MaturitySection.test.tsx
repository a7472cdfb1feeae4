// The charts pull in d3 (ESM only): the one lazily imported chart module is stubbed.
jest.mock('../../../ui/scorecard/charts/ScorecardCharts', () => ({ LevelTargetBarChart: () => null, TrendLineChart: () => null }));
// Downloads are captured instead of handed to the browser.
jest.mock('../../../ui/export/download', () => ({
  ...jest.requireActual('../../../ui/export/download'),
  downloadCsv: jest.fn()
}));

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import * as shared from 'GovernanceSuiteStrings';
import * as strings from 'HealthScorecardWebPartStrings';
import { dmbokMaturityTemplate } from '../../../core/assessments/templateSeed';
import { maturityAreas, maturityRuns, targetsInForce, type MaturityData, type MaturityRunItem } from '../../../core/maturity';
import { downloadCsv } from '../../../ui/export/download';
import { FakeScorecardService } from '../testing/fakeScorecardService';
import { MaturitySection } from './MaturitySection';

const template = dmbokMaturityTemplate();
const answers = (governance: number | 'dk', quality: number | 'dk'): string =>
  JSON.stringify(Object.fromEntries(([['governance', governance], ['quality', quality]] as const).map(([area, v]) => [`${area}-maturity`, v === 'dk' ? { value: 'dontKnow' } : { value: 'level', level: v }])));
const item = (id: number, missionId: number, date: string, text: string): MaturityRunItem => ({ id, targetId: missionId, status: 'Completed', assessmentDate: date, templateVersion: 1, answers: text });
const setting = { id: 1, etag: '"1"', title: 'maturityTargets', value: '{"governance":4}', editor: { id: 7, title: 'Lead' } };

function serviceWith(lead: boolean): FakeScorecardService {
  const service = new FakeScorecardService([], []);
  service.lead = lead;
  const data: MaturityData = {
    areas: maturityAreas([template]),
    runs: maturityRuns([item(1, 1, '2026-03-01', answers(2, 1)), item(2, 1, '2026-09-01', answers(3, 'dk')), item(3, 2, '2026-05-01', answers(5, 4))], [template]),
    missions: [{ id: 1, mission: 'Dakar', region: 'West Africa' }, { id: 2, mission: 'Nairobi', region: 'East Africa' }],
    targets: targetsInForce(setting, [7]),
    setting
  };
  service.maturityData = data;
  return service;
}

/** The figures of the row whose header is `name`, by column. */
function row(name: string): Record<string, string> {
  const tr = screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
  return Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.getAttribute('data-figure') ?? '', td.textContent ?? '']));
}

describe('MaturitySection', () => {
  it('shows a mission\'s level per DMBOK area against its target in the table alternative', async () => {
    render(<MaturitySection service={serviceWith(false)} shared={shared} scope={{ kind: 'mission', value: 'Dakar' }} lead={false} />);
    await screen.findByRole('table', { name: strings.MaturityCaption, hidden: true });
    await userEvent.click(screen.getByRole('button', { name: `${strings.ShowTable}: ${strings.MaturityCaption}` }));
    expect(row('Data governance')).toEqual({ level: '3.0', target: '4', gap: '+1.0', previous: '2.0', change: '+1.0', dontKnow: '0', missionsCounted: '1' });
    expect(row('Data quality')).toMatchObject({ level: strings.MaturityNoLevel, target: '3', gap: '–', previous: '1.0', dontKnow: '1', missionsCounted: '0' });
    expect(screen.queryByRole('button', { name: strings.MaturityEditTargets })).toBeNull();
  });

  it('shows the trend over a mission\'s assessment dates as a table, "–" where an area had no level', async () => {
    render(<MaturitySection service={serviceWith(false)} shared={shared} scope={{ kind: 'mission', value: 'Dakar' }} lead={false} />);
    const table = await screen.findByRole('table', { name: strings.MaturityTrendCaption, hidden: true });
    await userEvent.click(screen.getByRole('button', { name: `${strings.ShowTable}: ${strings.MaturityTrendCaption}` }));
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => tr.getAttribute('data-date'))).toEqual(['2026-03-01', '2026-09-01']);
    const cell = (tr: Element, area: string): string => tr.querySelector(`td[data-area="${area}"]`)?.textContent ?? '';
    expect([cell(rows[0], 'governance'), cell(rows[0], 'quality'), cell(rows[0], 'security')]).toEqual(['2.0', '1.0', '–']);
    expect([cell(rows[1], 'governance'), cell(rows[1], 'quality')]).toEqual(['3.0', '–']);
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(expect.arrayContaining([strings.ColumnDate, 'Data governance', 'Data quality']));
    expect(screen.queryByText(strings.MaturityTrendSingle)).toBeNull();
  });

  it('says the trend needs two assessment dates when the scope has one', async () => {
    render(<MaturitySection service={serviceWith(false)} shared={shared} scope={{ kind: 'mission', value: 'Nairobi' }} lead={false} />);
    expect(await screen.findByText(strings.MaturityTrendSingle)).toBeTruthy();
    expect(screen.queryByRole('table', { name: strings.MaturityTrendCaption, hidden: true })).toBeNull();
  });

  it('downloads the figures and the trend as CSV, named with the scope and the day', async () => {
    const downloads = downloadCsv as jest.MockedFunction<typeof downloadCsv>;
    downloads.mockClear();
    render(<MaturitySection service={serviceWith(false)} shared={shared} scope={{ kind: 'mission', value: 'Dakar' }} lead={false} />);
    await userEvent.click(await screen.findByRole('button', { name: strings.MaturityDownloadCsv }));
    expect(downloads).toHaveBeenCalledTimes(1);
    const [csv, fileName] = downloads.mock.calls[0];
    expect(fileName).toMatch(/^scorecard-maturity-dakar-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.split('\r\n');
    expect(lines[0].startsWith(`${strings.MaturityArea},${strings.MaturityLevel},${strings.MaturityTarget},`)).toBe(true);
    expect(lines).toEqual(expect.arrayContaining([
      'Data governance,3,4,1,2,1,0,1',
      'Data quality,,3,,1,,1,0',
      '2026-03-01,Data governance,2,1,,,,',
      '2026-09-01,Data quality,,0,,,,'
    ]));
  });

  it('averages the missions of the organisation and says how to get figures where there are none', async () => {
    const { unmount } = render(<MaturitySection service={serviceWith(false)} shared={shared} scope={{ kind: 'organisation' }} lead={false} />);
    await screen.findByRole('table', { name: strings.MaturityCaption, hidden: true });
    await userEvent.click(screen.getByRole('button', { name: `${strings.ShowTable}: ${strings.MaturityCaption}` }));
    expect(row('Data governance')).toMatchObject({ level: '4.0', missionsCounted: '2' });
    unmount();
    render(<MaturitySection service={serviceWith(false)} shared={shared} scope={{ kind: 'region', value: 'South America' }} lead={false} />);
    expect(await screen.findByText(strings.MaturityEmpty)).toBeTruthy();
  });

  it('lets a lead set targets: a level outside 1-5 is refused, a valid one saved with the setting\'s ETag', async () => {
    const service = serviceWith(true);
    render(<MaturitySection service={service} shared={shared} scope={{ kind: 'mission', value: 'Dakar' }} lead />);
    await userEvent.click(await screen.findByRole('button', { name: strings.MaturityEditTargets }));
    const dialog = await screen.findByRole('alertdialog', { name: strings.MaturityTargetsDialogTitle });
    const quality = within(dialog).getByLabelText('Data quality');
    await userEvent.clear(quality);
    await userEvent.type(quality, '7');
    await userEvent.click(within(dialog).getByRole('button', { name: strings.MaturitySaveTargets }));
    expect(within(dialog).getByText(strings.MaturityTargetNotALevel)).toBeTruthy();
    expect(service.savedTargets).toHaveLength(0);

    await userEvent.clear(quality);
    await userEvent.type(quality, '5');
    await userEvent.click(within(dialog).getByRole('button', { name: strings.MaturitySaveTargets }));
    await screen.findByText(strings.MaturityTargetsSaved);
    expect(service.savedTargets[0]).toMatchObject({ etag: '"1"', targets: { governance: 4, quality: 5, security: 3 } });
    await userEvent.click(screen.getByRole('button', { name: `${strings.ShowTable}: ${strings.MaturityCaption}` }));
    await waitFor(() => expect(row('Data quality').target).toBe('5'));
  });

  it('shows the conflict dialog when another lead saved first, and re-applies on their ETag', async () => {
    const service = serviceWith(true);
    service.saveFailures = ['Conflict'];
    service.conflictWith = { governance: 2 };
    render(<MaturitySection service={service} shared={shared} scope={{ kind: 'mission', value: 'Dakar' }} lead />);
    await userEvent.click(await screen.findByRole('button', { name: strings.MaturityEditTargets }));
    const quality = within(await screen.findByRole('alertdialog', { name: strings.MaturityTargetsDialogTitle })).getByLabelText('Data quality');
    await userEvent.clear(quality);
    await userEvent.type(quality, '5');
    await userEvent.click(screen.getByRole('button', { name: strings.MaturitySaveTargets }));
    const conflict = await screen.findByRole('alertdialog', { name: shared.ConflictTitle });
    expect(within(conflict).getAllByText(/Data governance: 2/).length).toBeGreaterThan(0);
    await userEvent.click(within(conflict).getByRole('button', { name: shared.ConflictReapply }));
    await screen.findByText(strings.MaturityTargetsSaved);
    expect(service.savedTargets.map((s) => s.etag)).toEqual(['"1"', '"2"']);
  });
});
