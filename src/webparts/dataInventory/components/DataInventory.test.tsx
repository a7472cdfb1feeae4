import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeAsset } from '../testing/fixtures';
import { renderInventory, strings } from '../testing/renderInventory';

/** Rows of the grid (the header row excluded). */
function dataRows(): HTMLElement[] {
  return screen.queryAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1' && within(row).queryAllByRole('gridcell').length > 0);
}

describe('DataInventory grid', () => {
  it('shows records with their health score and band', async () => {
    renderInventory([
      makeAsset({ title: 'Beneficiary registry' }),
      makeAsset({ title: 'Unowned survey', owner: undefined, custodian: undefined, ownershipStatus: 'Unassigned', lastReviewed: undefined })
    ]);
    expect(await screen.findByText('Beneficiary registry')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Health score 96.9, Healthy' })).toBeTruthy();
    // No owner, custodian, approval or review: 30 + 15 points lost.
    expect(screen.getByRole('img', { name: 'Health score 51.9, Needs attention' })).toBeTruthy();
    expect(screen.getByText('2 records shown')).toBeTruthy();
  });

  it('queries the service with the chosen mission and shows its rows', async () => {
    const user = userEvent.setup();
    const { service } = renderInventory([
      makeAsset({ title: 'Dhaka shelter survey', mission: 'Bangladesh' }),
      makeAsset({ title: 'Nairobi payroll', mission: 'Kenya', region: 'East and Horn of Africa' })
    ]);
    await screen.findByText('Nairobi payroll');

    await user.click(screen.getByRole('combobox', { name: /^Mission/ }));
    await user.click(await screen.findByRole('option', { name: 'Kenya' }));

    await waitFor(() => expect(screen.queryByText('Dhaka shelter survey')).toBeNull());
    expect(screen.getByText('Nairobi payroll')).toBeTruthy();
    const last = service.calls.page[service.calls.page.length - 1];
    expect(last.query.filters.mission).toBe('Kenya');
    expect(last.continuation).toBeUndefined();
  });

  it('debounces the title search into one query', async () => {
    const user = userEvent.setup();
    const { service } = renderInventory([makeAsset({ title: 'Health assessments' }), makeAsset({ title: 'Payroll' })]);
    await screen.findByText('Payroll');
    const before = service.calls.page.length;

    await user.type(screen.getByRole('searchbox', { name: strings.SearchTitleLabel }), 'health');

    await waitFor(() => expect(screen.queryByText('Payroll')).toBeNull());
    const searches = service.calls.page.slice(before).map((c) => c.query.filters.search);
    expect(searches).toEqual(['health']);
    expect(screen.getByText('Health assessments')).toBeTruthy();
  });

  it('says when results come from SharePoint search, and asks for a mission when search cannot serve', async () => {
    const user = userEvent.setup();
    const { service } = renderInventory([makeAsset({ title: 'Health assessments' }), makeAsset({ title: 'Payroll' })]);
    await screen.findByText('Payroll');
    expect(screen.queryByText(strings.SearchResultsNote)).toBeNull();

    await user.type(screen.getByRole('searchbox', { name: strings.SearchTitleLabel }), 'health');
    expect(await screen.findByText(strings.SearchResultsNote)).toBeTruthy();

    service.searchSource = 'needsMission';
    await user.type(screen.getByRole('searchbox', { name: strings.SearchTitleLabel }), 'y');
    expect(await screen.findByText(strings.SearchNeedsMission)).toBeTruthy();
    expect(strings.SearchNeedsMission).toMatch(/choose a mission/i);
  });

  it('appends the next page with the continuation on "Load more"', async () => {
    const user = userEvent.setup();
    const items = Array.from({ length: 7 }, (_unused, i) => makeAsset({ title: `Record ${i + 1}` }));
    const { service } = renderInventory(items);
    await screen.findByText('Record 5');
    expect(screen.queryByText('Record 6')).toBeNull();

    await user.click(screen.getByRole('button', { name: strings.LoadMore }));

    expect(await screen.findByText('Record 7')).toBeTruthy();
    expect(screen.getByText('Record 1')).toBeTruthy();
    expect(service.calls.page[service.calls.page.length - 1].continuation).toBe('5');
    expect(screen.queryByRole('button', { name: strings.LoadMore })).toBeNull();
    expect(dataRows().length).toBeGreaterThan(0);
  });

  it('shows the localised, actionable message of the error kind', async () => {
    const user = userEvent.setup();
    const { service } = renderInventory([makeAsset({ title: 'Archive' })], { pageSize: 5 });
    await screen.findByText('Archive');

    service.failNext('page', 'ThresholdExceeded');
    await user.click(screen.getByRole('combobox', { name: /^Region/ }));
    await user.click(await screen.findByRole('option', { name: 'East and Horn of Africa' }));
    expect(await screen.findByText(strings.ErrorThresholdExceeded)).toBeTruthy();
    expect(strings.ErrorThresholdExceeded).toMatch(/filter by mission first/i);

    service.failNext('page', 'Throttled');
    await user.click(screen.getByRole('combobox', { name: /^Region/ }));
    await user.click(await screen.findByRole('option', { name: 'Asia and the Pacific' }));
    expect(await screen.findByText(strings.ErrorThrottled)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: strings.Retry }));
    expect(await screen.findByText('Archive')).toBeTruthy();
  });

  it('renders a title with markup as text, never as HTML', async () => {
    const { container } = renderInventory([makeAsset({ title: '<img src=x onerror=alert(1)>' })]);
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('opens details with the score breakdown, what pulls it down, and the version history', async () => {
    const user = userEvent.setup();
    const asset = makeAsset({ title: 'Stale survey', custodian: undefined, ownershipStatus: 'Unassigned', lastReviewed: '2023-01-10' });
    const { service } = renderInventory([asset]);
    service.versionsById.set(asset.id, [
      {
        label: '2.0',
        modified: '2026-10-02T08:30:00Z',
        editor: { id: 12, title: 'Carlos Pérez' },
        changes: [{ property: 'declaredSensitivity', from: 'Internal', to: 'Confidential' }]
      }
    ]);
    await act(async () => {
      await user.click(await screen.findByRole('button', { name: 'Open details of Stale survey' }));
    });

    const missing = await screen.findByRole('list', { name: strings.MissingLabel });
    expect(within(missing).getByText(/No custodian/)).toBeTruthy();
    expect(within(missing).getByText(/Review overdue/)).toBeTruthy();
    const breakdown = screen.getByRole('list', { name: strings.ScoreBreakdownTitle });
    expect(within(breakdown).getByText('Ownership: 9 of 30 points')).toBeTruthy();
    const history = await screen.findByRole('list', { name: strings.VersionHistoryTitle });
    expect(within(history).getByText(/Carlos Pérez/)).toBeTruthy();
    expect(within(history).getByText('Declared sensitivity: Internal → Confidential')).toBeTruthy();
  });
  it('lists the record\'s open risks from the Risk Register in its details', async () => {
    const user = userEvent.setup();
    const asset = makeAsset({ title: 'Beneficiary registry' });
    const { service } = renderInventory([asset]);
    service.risksByAsset.set(asset.id, [
      { id: 7, etag: '"1"', title: 'Registry shared by an anyone-link', likelihood: 4, impact: 5, status: 'Open', dueDate: '2026-12-01' },
      { id: 3, etag: '"1"', title: 'No retention rule', likelihood: 2, impact: 2, status: 'In treatment' }
    ]);
    await act(async () => {
      await user.click(await screen.findByRole('button', { name: 'Open details of Beneficiary registry' }));
    });

    const section = await screen.findByRole('region', { name: 'Open risks' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^20 Critical: Registry shared by an anyone-link/),
      expect.stringMatching(/^4 Low: No retention rule/)
    ]);
  });
});
