import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { REVIEWER, renderAccessReviews } from '../testing/renderAccessReviews';

// Fluent dialogs are slow to mount in jsdom on a busy machine.
jest.setTimeout(30000);

function card(name: string): HTMLElement {
  const heading = screen.getAllByRole('heading').find((h) => (h.textContent ?? '').startsWith(name));
  return heading?.closest('li') as HTMLElement;
}

describe('My reviews', () => {
  it('shows each item with its principal, type, campaign, overdue due date and the recommendation reasons in words', async () => {
    renderAccessReviews();
    await screen.findByRole('heading', { name: /^Ann Lee/ });
    const ann = card('Ann Lee');
    expect(within(ann).getByText('ann@partner.example')).toBeTruthy();
    expect(within(ann).getByText('Guest')).toBeTruthy();
    expect(within(ann).getByText('Finance team (group), Member')).toBeTruthy();
    expect(within(ann).getByText('Campaign "Q4 finance review", due Nov 20, 2026', { exact: false })).toBeTruthy();
    expect(within(ann).getByText('Overdue')).toBeTruthy();
    expect(within(ann).getByText('Recommendation: Remove')).toBeTruthy();
    expect(within(ann).getByText('No sign-in for more than 90 days')).toBeTruthy();
    expect(within(ann).getByText('Guest nobody sponsors')).toBeTruthy();
  });

  it('decides Keep in two clicks with a justification, then moves focus to the next undecided item', async () => {
    const user = userEvent.setup();
    const { service } = renderAccessReviews();
    await screen.findByRole('heading', { name: /^Ann Lee/ });
    await user.click(screen.getByRole('button', { name: 'Keep: Ann Lee: Finance team (Member)' }));
    const dialog = await screen.findByRole('alertdialog');
    const box = within(dialog).getByRole('textbox', { name: 'Justification' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    await user.type(box, 'Still works with us on the audit');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(service.calls.decide).toEqual([{ itemIds: [101], decision: 'Keep', justification: 'Still works with us on the audit' }]));
    // Ann's card leaves "To decide"; focus lands on the card now in its place (Bob's), not at the top of the page.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-labelledby')).toBe('review-row-102'));
    const decided = screen.getByRole('region', { name: 'Decided' });
    expect(within(decided).getByText('Decision: Keep, by Jonas Weber on', { exact: false })).toBeTruthy();
  });

  it('requires a justification when the campaign asks for one, and sends nothing without it', async () => {
    const user = userEvent.setup();
    const { service } = renderAccessReviews();
    await screen.findByRole('heading', { name: /^Dan Guest/ });
    await user.click(screen.getByRole('button', { name: 'Remove: Dan Guest: Sales team (Member)' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByText('Enter a justification: this campaign requires one.')).toBeTruthy();
    expect(service.calls.decide).toHaveLength(0);
  });

  it('shows why the reviewer\'s own decision about themselves did not count', async () => {
    renderAccessReviews();
    const decided = await screen.findByRole('region', { name: 'Decided' });
    expect(within(decided).getByText('Your decision "Keep" did not count: you are the person whose access is reviewed')).toBeTruthy();
    expect(within(decided).getByText('Handed to the fallback reviewer: Maria Lopez')).toBeTruthy();
  });

  it('removes the filtered items in bulk with one justification and lists the row that failed', async () => {
    const user = userEvent.setup();
    const { service } = renderAccessReviews(REVIEWER);
    service.failingItems.set(102, 'notReviewer');
    await screen.findByRole('heading', { name: /^Ann Lee/ });
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'finance');
    await waitFor(() => expect(screen.queryByRole('heading', { name: /^Carla Diaz/ })).toBeNull());
    await user.click(screen.getByRole('checkbox', { name: 'Select all shown (2)' }));
    await user.click(screen.getByRole('button', { name: 'Remove selected' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('2 selected items')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: 'Justification' }), 'Team disbanded');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    const results = await screen.findByTestId('decide-results');
    expect(within(results).getByText('1 decisions recorded, 1 failed.', { exact: false })).toBeTruthy();
    expect(within(results).getByText('Bob Stone: Finance team (Member): you are not the expected reviewer')).toBeTruthy();
    expect(service.calls.decide).toEqual([{ itemIds: [101, 102], decision: 'Remove', justification: 'Team disbanded' }]);
  });

  it('does not offer campaign management to a reviewer who is not a lead', async () => {
    const user = userEvent.setup();
    renderAccessReviews(REVIEWER);
    await user.click(await screen.findByRole('tab', { name: 'Campaigns' }));
    expect(await screen.findByText('Only members of the "Governance Leads" group manage campaigns', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New campaign' })).toBeNull();
  });
});
