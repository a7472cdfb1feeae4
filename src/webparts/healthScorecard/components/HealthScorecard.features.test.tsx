// The charts pull in d3 (ESM only, which Jest's CommonJS cannot load): tests stub the one lazily imported module.
jest.mock('../../../ui/scorecard/charts/ScorecardCharts', () => ({
  ScoreBarChart: () => null,
  CountDonutChart: () => null,
  TrendLineChart: () => null,
  LevelTargetBarChart: () => null
}));
// Downloads are captured instead of handed to the browser.
jest.mock('../../../ui/export/download', () => ({
  ...jest.requireActual('../../../ui/export/download'),
  downloadCsv: jest.fn()
}));

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aggregateScorecard } from '../../../core/scorecard';
import { downloadCsv } from '../../../ui/export/download';
import { knownRecords, makeAsset, MISSIONS, NOW, toRecords } from '../testing/fixtures';
import { renderScorecard, showTable, strings } from '../testing/renderScorecard';

const downloads = downloadCsv as jest.MockedFunction<typeof downloadCsv>;

/** The row header texts of a table, in order. */
function rowNames(table: HTMLElement): string[] {
  return within(table).getAllByRole('rowheader').map((cell) => cell.textContent ?? '');
}

/** Picks an option of a Fluent dropdown by its label and option text. */
async function choose(user: ReturnType<typeof userEvent.setup>, label: RegExp, option: string): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

// Several dropdown round trips per test: allow for a busy CI machine.
jest.setTimeout(30000);

beforeEach(() => downloads.mockClear());

describe('HealthScorecard grouping', () => {
  it('groups the figures by department or domain on request', async () => {
    const user = userEvent.setup();
    const records = [...knownRecords(), ...toRecords([makeAsset(4, { title: 'Payroll', department: 'Finance', domain: 'Human resources' })])];
    renderScorecard(records);
    await showTable(user, strings.Scorecard.ByRegion);
    await choose(user, /^Group figures by/, 'Department');
    const table = await screen.findByRole('table', { name: 'By department' });
    expect(rowNames(table)).toEqual(['Finance', 'Protection']);
    await choose(user, /^Group figures by/, 'Domain');
    expect(rowNames(await screen.findByRole('table', { name: 'By domain' }))).toEqual(['Displacement tracking', 'Human resources']);
  });

  it("counts only the shown region's records under a region", async () => {
    const user = userEvent.setup();
    const records = [...knownRecords(), ...toRecords([makeAsset(4, { mission: 'Kenya', department: 'Finance' })])];
    renderScorecard(records, { scope: { kind: 'region', value: 'Asia and the Pacific' }, grouping: 'department' });
    const table = await showTable(user, 'By department');
    expect(rowNames(table)).toEqual(['Protection']);
    expect(within(table).getAllByRole('row')[1].textContent).toContain('2');
  });
});

describe('HealthScorecard trend', () => {
  it('compares now with any chosen past snapshot, figure by figure', async () => {
    const user = userEvent.setup();
    const records = knownRecords();
    renderScorecard(records, {}, (service) => {
      service.addOrganisationSnapshot(aggregateScorecard(records.slice(2), { missions: MISSIONS, now: NOW }), '2026-01-01');
      service.addOrganisationSnapshot(aggregateScorecard(records.slice(1), { missions: MISSIONS, now: NOW }), '2026-06-01');
    });
    const compare = await screen.findByRole('table', { name: /^Now compared with/ });
    const countRow = within(compare).getByRole('rowheader', { name: 'Records' }).closest('tr') as HTMLElement;
    // The oldest snapshot is the default: 1 record then, 3 now.
    expect(within(countRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '3', '+2 (better)']);
    const scoreRow = within(compare).getByRole('rowheader', { name: 'Health score' }).closest('tr') as HTMLElement;
    expect(within(scoreRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['51.9', '81.9', '+30 (better)']);

    await user.click(screen.getByRole('combobox', { name: /^Compare now with the snapshot of/ }));
    await user.click((await screen.findAllByRole('option'))[1]);
    await waitFor(() => {
      const table = screen.getByRole('table', { name: /^Now compared with/ });
      const row = within(table).getByRole('rowheader', { name: 'Records' }).closest('tr') as HTMLElement;
      expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '3', '+1 (better)']);
    });
    // The series table (behind "Show table") lists every snapshot and "Now", with the same figures as the chart.
    const series = await showTable(user, 'Figures of each snapshot');
    expect(within(series).getAllByRole('rowheader')).toHaveLength(3);
    expect(rowNames(series)[2]).toBe('Now');
  });

  it('says there is no snapshot yet', async () => {
    renderScorecard(knownRecords());
    expect(await screen.findByText('No snapshot of this scope yet. A governance lead can take one now.')).toBeTruthy();
  });
});

describe('HealthScorecard governance lead actions', () => {
  it('are hidden from readers who are not leads', async () => {
    renderScorecard(knownRecords());
    await screen.findByRole('table', { name: strings.Scorecard.ByRegion, hidden: true });
    expect(screen.queryByRole('button', { name: 'Take snapshot now' })).toBeNull();
  });

  it('take a snapshot of every scope dated today, which then shows in the trend', async () => {
    const user = userEvent.setup();
    const { service } = renderScorecard(knownRecords(), {}, (s) => (s.lead = true));
    await user.click(await screen.findByRole('button', { name: 'Take snapshot now' }));
    expect(await screen.findByText(/^Snapshot of .* saved \(\d+ scopes\)\.$/)).toBeTruthy();
    expect(service.taken).toHaveLength(1);
    expect(service.taken[0].takenOn).toBe('2026-11-15');
    expect(service.taken[0].aggregate.scopes.map((s) => s.kind)).toEqual(expect.arrayContaining(['organisation', 'region', 'mission', 'department', 'domain']));
    expect(await screen.findByRole('table', { name: /^Now compared with/ })).toBeTruthy();
  });

  it('recompute stale scores and report what changed', async () => {
    const user = userEvent.setup();
    renderScorecard(knownRecords(), {}, (s) => (s.lead = true));
    await user.click(await screen.findByRole('button', { name: 'Recompute stale scores' }));
    expect(await screen.findByText('Scores checked: 3 records, 1 stale, 1 updated, 0 saved by someone else meanwhile, 0 failed.')).toBeTruthy();
  });
});

describe('HealthScorecard exports', () => {
  it('downloads the figures shown as CSV', async () => {
    const user = userEvent.setup();
    renderScorecard(knownRecords());
    await user.click(await screen.findByRole('button', { name: 'Download figures (CSV)' }));
    expect(downloads).toHaveBeenCalledTimes(1);
    const [csv, fileName] = downloads.mock.calls[0];
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Scope type,Scope,Records,Health score,Maturity level,Healthy,Needs attention,At risk,Confirmed custodians (%),Classified (%),Under-labelled (%),Reviewed in cycle (%),With personal data (%),Missions onboarded,Missions in the reference list');
    expect(lines[1]).toBe('Organisation,,3,81.9,4,2,1,0,66.7,100,0,66.7,0,2,3');
    expect(lines[2]).toMatch(/^Region,Asia and the Pacific,2,/);
    expect(fileName).toBe('scorecard-figures-organisation-region-2026-11-15.csv');
  });

  it('downloads every record behind a figure from the drill-down panel', async () => {
    const user = userEvent.setup();
    renderScorecard(knownRecords());
    const regions = await showTable(user, strings.Scorecard.ByRegion);
    await user.click(within(regions).getByRole('button', { name: 'Show the records: Asia and the Pacific' }));
    const panel = await screen.findByRole('dialog');
    await user.click(within(panel).getByRole('button', { name: 'Download these records (CSV)' }));
    const [csv] = downloads.mock.calls[0];
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^ID,Title,Region,Mission,Department,Domain,Ownership status,Health score,Band,Points lost: /);
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(['Unowned registry', 'Dhaka shelter survey']);
  });
});

describe('HealthScorecard links to the inventory', () => {
  const inventoryPage = 'https://contoso.sharepoint.com/sites/gov/SitePages/Inventory.aspx?env=Embedded';

  it('opens each record, and a list cut at 200 in the inventory filtered by its region, on the configured page', async () => {
    const user = userEvent.setup();
    const many = toRecords(Array.from({ length: 201 }, (_, i) => makeAsset(i + 10)));
    renderScorecard([...knownRecords(), ...many], { inventoryPageUrl: inventoryPage });
    const regions = await showTable(user, strings.Scorecard.ByRegion);
    await user.click(within(regions).getByRole('button', { name: 'Show the records: Asia and the Pacific' }));
    const panel = await screen.findByRole('dialog');
    const url = new URL(within(panel).getByRole('link', { name: 'Open the inventory, filtered to this scope' }).getAttribute('href') ?? '');
    expect(url.pathname).toBe('/sites/gov/SitePages/Inventory.aspx');
    // The page's own parameter stays beside the filter.
    expect(url.searchParams.get('env')).toBe('Embedded');
    expect(url.searchParams.get('region')).toBe('Asia and the Pacific');
    // Worst first: the unowned record (ID 3) heads the list, its title a link to its details.
    const first = within(panel).getAllByRole('rowheader')[0];
    expect(within(first).getByRole('link').getAttribute('href')).toBe(`${inventoryPage}&asset=3`);
  });
});

describe('HealthScorecard Purview labels', () => {
  it('counts under-labelled and overshared records from their cached checks and lists them', async () => {
    const user = userEvent.setup();
    const checked = { labelCheckedOn: '2026-11-14T09:00:00Z' };
    renderScorecard([
      ...knownRecords(),
      ...toRecords([
        makeAsset(4, { title: 'Case register', purviewLabelId: 'i', purviewLabelName: 'Internal', ...checked }),
        makeAsset(5, { title: 'Shared budget', purviewLabelId: 'c', purviewLabelName: 'Confidential', accessFlags: ['anonymousLink'], ...checked }),
        makeAsset(6, { title: 'Aligned file', purviewLabelId: 'c', purviewLabelName: 'Confidential', ...checked })
      ])
    ]);
    const table = await screen.findByRole('table', { name: 'Purview labels' });
    const count = (code: string): string | null | undefined => table.querySelector(`tr[data-figure="${code}"] td`)?.textContent;
    expect(count('underLabelled')).toBe('1');
    expect(count('overshared')).toBe('1');
    // The three records never checked.
    expect(count('labelNotCheckable')).toBe('3');
    expect(document.querySelector('[data-tile="underLabelled"]')?.textContent).toContain('1 of 6');
    await user.click(within(table).getByRole('button', { name: 'Show the records: Overshared' }));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText('Shared budget')).toBeTruthy();
    expect(within(panel).queryByText('Aligned file')).toBeNull();
  });
});

describe('HealthScorecard cache', () => {
  it('shows cached figures at once with their date, then the refreshed ones', async () => {
    const { service } = renderScorecard(knownRecords(), {}, (s) => {
      s.cached = { records: knownRecords().slice(0, 1), asOf: '2026-11-14T08:00:00.000Z' };
      s.hold = true;
    });
    expect(await screen.findByText(/^Showing saved figures; checking for changes/)).toBeTruthy();
    expect(document.querySelector('[data-as-of]')?.getAttribute('data-as-of')).toBe('2026-11-14T08:00:00.000Z');
    expect(document.querySelector('[data-tile="assets"]')?.textContent).toBe('Records1');
    act(() => service.release());
    await waitFor(() => expect(document.querySelector('[data-tile="assets"]')?.textContent).toBe('Records3'));
    expect(document.querySelector('[data-as-of]')?.getAttribute('data-as-of')).toBe('2026-11-15T12:00:00.000Z');
    expect(screen.queryByText(/^Showing saved figures/)).toBeNull();
  });
});
