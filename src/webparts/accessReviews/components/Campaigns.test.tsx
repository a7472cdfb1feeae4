import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GovernanceError } from '../../../core/errors';
import { LEAD, renderAccessReviews, world } from '../testing/renderAccessReviews';

// Fluent panels and lazy chunks are slow to mount in jsdom on a busy machine.
jest.setTimeout(60000);

// A panel still sliding in has `pointer-events: none` for a moment; the clicks below are real user clicks once it settles.
const setup = (): ReturnType<typeof userEvent.setup> => userEvent.setup({ pointerEventsCheck: 0 });

async function chooseFallback(user: ReturnType<typeof userEvent.setup>, panel: HTMLElement): Promise<void> {
  await user.type(within(panel).getByRole('combobox', { name: 'Fallback reviewer' }), 'Maria');
  await user.click(await screen.findByRole('option', { name: /Maria Lopez/ }));
}

describe('Campaigns (governance leads)', () => {
  it('starts a review of a stale group from its row: the New campaign panel opens pre-filled and the campaign starts', async () => {
    const user = setup();
    const { service } = renderAccessReviews(LEAD);
    await user.click(await screen.findByRole('tab', { name: 'Stale groups' }));
    const row = (await screen.findByRole('rowheader', { name: /Finance team/ })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Team')).toBeTruthy();
    expect(within(row).getByText('Only one owner')).toBeTruthy();
    expect(within(row).getByText('No inventory record')).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'Start a review: Finance team' }));
    const panel = await screen.findByRole('dialog', { name: 'New campaign' });
    expect((within(panel).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Review of Finance team');
    expect((within(panel).getByRole('radio', { name: 'Groups by name' }) as HTMLInputElement).checked).toBe(true);
    expect(within(panel).getAllByText('Finance team').length).toBeGreaterThan(0);
    await chooseFallback(user, panel);
    await user.click(within(panel).getByRole('button', { name: 'Create and start' }));
    expect(await screen.findByText('Campaign started: reviewers see their items now.')).toBeTruthy();
    expect(service.calls.createCampaign).toHaveLength(1);
    const { draft, start } = service.calls.createCampaign[0];
    expect(start).toBe(true);
    expect(draft.title).toBe('Review of Finance team');
    expect(JSON.parse(draft.scope).groupIds).toEqual(['g-fin']);
    expect(draft.fallbackReviewer.id).toBe(3);
  });

  it('keeps the form and says why when the service refuses to start (the item limit)', async () => {
    const user = setup();
    const { service } = renderAccessReviews(LEAD);
    service.startError = new GovernanceError('Validation', 'Too many items', { issues: [{ field: 'scope', code: 'tooManyItems', message: 'Too many items' }] });
    await user.click(await screen.findByRole('tab', { name: 'Stale groups' }));
    await user.click(await screen.findByRole('button', { name: 'Start a review: Finance team' }));
    const panel = await screen.findByRole('dialog', { name: 'New campaign' });
    await chooseFallback(user, panel);
    await user.click(within(panel).getByRole('button', { name: 'Create and start' }));
    expect(await within(panel).findByText('This scope holds more than 20,000 items: split the campaign (e.g. by region) and try again.')).toBeTruthy();
    expect((within(panel).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Review of Finance team');
  });

  it('lists the problems of an imported access file row by row and does not start with it', async () => {
    const user = setup();
    const data = world();
    data.checkedFile = {
      rows: [{ row: 1, principal: 'a@contoso.com', principalType: 'User', resource: 'SAP', entitlement: 'Buyer' }],
      issues: [{ row: 2, code: 'duplicate', value: 'a@contoso.com / SAP / Buyer' }, { row: 3, code: 'unknownPrincipal', value: 'ghost@contoso.com' }]
    };
    const { service } = renderAccessReviews(LEAD, { defaultView: 'campaigns' }, data);
    await user.click(await screen.findByRole('button', { name: 'New campaign' }));
    const panel = await screen.findByRole('dialog', { name: 'New campaign' });
    await user.click(within(panel).getByRole('radio', { name: 'An imported access file' }));
    await user.upload(within(panel).getByLabelText('Access file (CSV or Excel)'), new File(['principal,resource,entitlement'], 'oim.csv', { type: 'text/csv' }));
    const report = await within(panel).findByTestId('file-report');
    expect(within(report).getByText('1 valid rows, 2 rows with problems.')).toBeTruthy();
    expect(within(report).getByText('Duplicate row')).toBeTruthy();
    expect(within(report).getByText('Not found in the directory')).toBeTruthy();
    expect(within(report).getByText('ghost@contoso.com')).toBeTruthy();
    expect(service.calls.checkAccessFile).toEqual(['oim.csv']);
  });

  it('closes a campaign after confirmation, then downloads its remediation list as CSV', async () => {
    const user = setup();
    const created: Blob[] = [];
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (b: Blob) => { created.push(b); return 'blob:remediation'; };
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    // The download is an anchor click; jsdom cannot navigate, so the click only records the file name offered.
    const offered: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { offered.push(this.download); });
    const { service } = renderAccessReviews(LEAD, { defaultView: 'campaigns' });
    await user.click(await screen.findByRole('button', { name: 'Open campaign Q4 finance review' }));
    const panel = await screen.findByRole('dialog', { name: 'Q4 finance review' });
    await user.click(await within(panel).findByRole('button', { name: 'Close campaign' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Close "Q4 finance review"?' });
    await user.click(within(confirm).getByRole('button', { name: 'Close campaign' }));
    expect(await screen.findByText('Campaign closed: outcomes are final.')).toBeTruthy();
    expect(service.calls.closeCampaign).toEqual([{ id: 1, etag: '"1"' }]);
    await user.click(await screen.findByRole('button', { name: 'Download remediation list (CSV)' }));
    await waitFor(() => expect(service.calls.remediationFile).toEqual([{ id: 1, format: 'csv' }]));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(offered).toEqual(['remediation-q4-finance-review-2026-11-23.csv']);
    click.mockRestore();

    // The evidence report: every item, and the decision that did not count with why; Print prints it.
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Evidence report' }));
    const report = await screen.findByRole('dialog', { name: 'Evidence report: Q4 finance review' });
    const table = await within(report).findByTestId('evidence-table');
    expect(within(table).getByRole('rowheader', { name: 'Ann Lee <ann@partner.example>' })).toBeTruthy();
    expect(within(table).getByText('(decided by the person whose access is reviewed)', { exact: false })).toBeTruthy();
    await user.click(within(report).getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('shows a conflict instead of closing a campaign someone changed after it was opened', async () => {
    const user = setup();
    const { service } = renderAccessReviews(LEAD, { defaultView: 'campaigns' });
    await user.click(await screen.findByRole('button', { name: 'Open campaign Q4 finance review' }));
    const panel = await screen.findByRole('dialog', { name: 'Q4 finance review' });
    const close = await within(panel).findByRole('button', { name: 'Close campaign' });
    service.campaigns = service.campaigns.map((c) => (c.id === 1 ? { ...c, etag: '"2"', editor: LEAD, modified: '2026-11-23T09:00:00Z' } : c));
    await user.click(close);
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Close "Q4 finance review"?' })).getByRole('button', { name: 'Close campaign' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Someone else saved this record first' });
    expect(within(conflict).getByText('Saved by Helena Okafor', { exact: false })).toBeTruthy();
    expect(service.campaigns[0].state).toBe('Active');
    await user.click(within(conflict).getByRole('button', { name: 'Reload the campaign' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('offers the enterprise apps for an app roles scope, read once', async () => {
    const user = setup();
    const data = world();
    data.apps = [{ id: 'app-pay', displayName: 'Payroll', appRoles: [{ id: 'r1', displayName: 'Approver' }] }];
    const { service } = renderAccessReviews(LEAD, { defaultView: 'campaigns' }, data);
    await user.click(await screen.findByRole('button', { name: 'New campaign' }));
    const panel = await screen.findByRole('dialog', { name: 'New campaign' });
    await user.click(within(panel).getByRole('radio', { name: 'App roles of enterprise apps' }));
    await user.click(within(panel).getByRole('combobox', { name: 'Enterprise apps' }));
    expect(await screen.findByRole('option', { name: 'Payroll' })).toBeTruthy();
    expect(service.calls.listApps).toBe(1);
  });
});
