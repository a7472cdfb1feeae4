// The charts pull in d3 (ESM only, which Jest's CommonJS cannot load): tests stub the one lazily imported module.
jest.mock('../../../ui/scorecard/charts/ScorecardCharts', () => ({
  ScoreBarChart: () => null,
  CountDonutChart: () => null,
  TrendLineChart: () => null,
  LevelTargetBarChart: () => null
}));

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { knownRecords } from '../testing/fixtures';
import { renderScorecard, showTable, strings } from '../testing/renderScorecard';

/** The text of one headline tile. */
function tile(container: HTMLElement, key: string): string {
  return container.querySelector(`[data-tile="${key}"]`)?.textContent ?? '';
}

/** The row header texts of a table, in order. */
function rowNames(table: HTMLElement): string[] {
  return within(table).getAllByRole('rowheader').map((cell) => cell.textContent ?? '');
}

describe('HealthScorecard', () => {
  it("shows the organisation's headline figures", async () => {
    const { container } = renderScorecard(knownRecords());
    await screen.findByText(strings.Scorecard.TileScore);
    const scoreTile = container.querySelector('[data-tile="score"]') as HTMLElement;
    expect(within(scoreTile).getByRole('img', { name: 'Health score 81.9, Healthy' })).toBeTruthy();
    expect(tile(container, 'maturity')).toBe('MaturityLevel 4: Managed');
    expect(tile(container, 'assets')).toBe('Records3');
    expect(tile(container, 'confirmedCustodian')).toBe('Confirmed custodians66.7%2 of 3');
    expect(tile(container, 'classified')).toBe('Classified100%3 of 3');
    expect(tile(container, 'underLabelled')).toBe('Under-labelled0%0 of 3');
    expect(tile(container, 'rollout')).toBe('Missions onboarded2 of 366.7%');
  });

  it('shows only the chosen tiles', async () => {
    const { container } = renderScorecard(knownRecords(), { visibleTiles: ['assets'] });
    await screen.findByRole('table', { name: strings.Scorecard.ByRegion, hidden: true });
    expect(container.querySelectorAll('[data-tile]')).toHaveLength(1);
  });

  it('shows "No score", not 0, for an empty scope', async () => {
    const { container } = renderScorecard(knownRecords(), { scope: { kind: 'mission', value: 'Nepal' } });
    await screen.findByText('Mission: Nepal');
    expect(tile(container, 'score')).toBe(`Health score${strings.Scorecard.NoScore}${strings.Scorecard.NoScoreHint}`);
    expect(tile(container, 'assets')).toBe('Records0');
    expect(tile(container, 'maturity')).toBe(`Maturity${strings.Scorecard.NoScore}`);
    expect(tile(container, 'confirmedCustodian')).toBe('Confirmed custodiansn/a0 of 0');
  });

  it('shows progress while loading', async () => {
    const { service } = renderScorecard(knownRecords(), {}, (s) => (s.hold = true));
    expect(await screen.findByText('Loaded 1 of 3 records')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    act(() => service.release());
    expect(await screen.findByText(strings.Scorecard.TileScore)).toBeTruthy();
    expect(screen.queryByText('Loaded 1 of 3 records')).toBeNull();
  });

  it('shows the error and loads again on "Try again"', async () => {
    const user = userEvent.setup();
    const { service } = renderScorecard(knownRecords(), {}, (s) => (s.failures = ['Network']));
    expect(await screen.findByText(strings.ErrorNetwork)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: strings.Retry }));
    expect(await screen.findByText(strings.Scorecard.TileScore)).toBeTruthy();
    expect(screen.queryByText(strings.ErrorNetwork)).toBeNull();
    expect(service.loadCalls).toBe(2);
  });

  it('lists the records of a region in a panel', async () => {
    const user = userEvent.setup();
    renderScorecard(knownRecords());
    const regions = await showTable(user, strings.Scorecard.ByRegion);
    await user.click(within(regions).getByRole('button', { name: 'Show the records: Asia and the Pacific' }));
    const panel = await screen.findByRole('dialog');
    const rows = within(within(panel).getByRole('table')).getAllByRole('rowheader').map((cell) => cell.textContent);
    // Worst first: the unowned record (51.9) before the healthy one.
    expect(rows).toEqual(['Unowned registry', 'Dhaka shelter survey']);
    expect(within(panel).queryByText('Nairobi payroll')).toBeNull();
    // Each title opens its record in the inventory (this page without a configured one).
    const href = within(panel).getByRole('link', { name: 'Unowned registry' }).getAttribute('href') ?? '';
    expect(new URL(href).searchParams.get('asset')).toMatch(/^\d+$/);
  });

  it('lists the records of a band', async () => {
    const user = userEvent.setup();
    renderScorecard(knownRecords());
    const bands = await showTable(user, strings.Scorecard.Bands);
    await user.click(within(bands).getByRole('button', { name: 'Show the records: Needs attention' }));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText('Unowned registry')).toBeTruthy();
    expect(within(panel).queryByText('Dhaka shelter survey')).toBeNull();
  });

  it('shows scores by region in a real, sortable table', async () => {
    const user = userEvent.setup();
    renderScorecard(knownRecords());
    const table = await showTable(user, strings.Scorecard.ByRegion);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Records', 'Score', 'Maturity']);
    expect(rowNames(table)).toEqual(['Asia and the Pacific', 'East and Horn of Africa']);

    await user.click(within(table).getByRole('button', { name: 'Score' }));
    const scoreHeader = within(table).getAllByRole('columnheader')[2];
    expect(scoreHeader.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames(table)).toEqual(['East and Horn of Africa', 'Asia and the Pacific']);

    await user.click(within(table).getByRole('button', { name: 'Score' }));
    await waitFor(() => expect(scoreHeader.getAttribute('aria-sort')).toBe('ascending'));
    expect(rowNames(table)).toEqual(['Asia and the Pacific', 'East and Horn of Africa']);
  });

  it('orders "what pulls the score down" by points lost', async () => {
    renderScorecard(knownRecords());
    const table = await screen.findByRole('table', { name: strings.Scorecard.Dimensions });
    expect(rowNames(table)[0]).toBe(strings.Dimensions.ownership);
  });
});
