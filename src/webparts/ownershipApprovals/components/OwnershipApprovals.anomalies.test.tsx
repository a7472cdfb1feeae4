import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LEAD } from '../testing/fixtures';
import { ownershipStrings as s, renderApprovals } from '../testing/renderApprovals';

describe('OwnershipApprovals: stored statuses that disagree with decisions (issue 23)', () => {
  it('lists the record whose Confirmed was written by hand, with both statuses and a link to the record', async () => {
    renderApprovals({ person: LEAD, isLead: true });
    // One flagged decision and one disagreeing stored status.
    await userEvent.click(await screen.findByRole('tab', { name: /Anomalies.*2/ }));
    const table = await screen.findByRole('table', { name: s.StatusAnomaliesTableLabel });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => Array.from(row.children).map((cell) => cell.textContent))).toEqual([['Water points survey', 'Confirmed', 'Unassigned']]);
    const link = within(rows[0]).getByRole('link', { name: 'Water points survey (opens the record in SharePoint)' });
    expect(link.getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/governance/Lists/DataAssets/DispForm.aspx?ID=5');
    // The decision anomalies are still listed beside it.
    expect(screen.getByRole('table', { name: s.AnomaliesTableLabel })).toBeTruthy();
  });

  it('is emptied by "Recompute ownership statuses", which stores the derived status', async () => {
    const { service } = renderApprovals({ person: LEAD, isLead: true });
    await userEvent.click(await screen.findByRole('tab', { name: /Anomalies/ }));
    await screen.findByRole('table', { name: s.StatusAnomaliesTableLabel });
    await userEvent.click(screen.getByRole('button', { name: s.Recompute }));
    expect(await screen.findByText(s.EmptyStatusAnomalies)).toBeTruthy();
    expect(screen.queryByRole('table', { name: s.StatusAnomaliesTableLabel })).toBeNull();
    expect(service.assets.find((asset) => asset.id === 5)?.ownershipStatus).toBe('Unassigned');
  });
});
