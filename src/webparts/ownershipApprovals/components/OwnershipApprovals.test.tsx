import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LEAD } from '../testing/fixtures';
import { ownershipStrings as s, renderApprovals, strings } from '../testing/renderApprovals';

/** The queue card of one record. */
async function card(title: string): Promise<HTMLElement> {
  return screen.findByRole('listitem', { name: `Nomination for ${title}` });
}

describe('OwnershipApprovals', () => {
  it('shows the custodian\'s counts, and each pending record\'s essentials', async () => {
    renderApprovals();
    expect(await screen.findByText('2 pending, 1 re-attestations due, 1 past decisions')).toBeTruthy();
    expect(screen.getByText('Signed in as Alice Custodian')).toBeTruthy();
    const census = await card('Chile census 2025');
    const text = census.textContent ?? '';
    // People are personas: their initials (the coin, until a photo loads) come before the name.
    for (const expected of ['Chile', 'Confidential', 'Personal dataYes', 'Current ownerCPCarol Focal Point', 'Requested byCPCarol Focal Point', 'You run the census database.']) {
      expect(text).toContain(expected);
    }
    expect(within(census).getByRole('link').getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/data-1');
    expect(within(await card('Shelter registry')).getByTestId('overdue-badge').textContent).toBe('Overdue');
  });

  it('approves in one click and says what the record\'s status now is', async () => {
    const { service } = renderApprovals();
    await userEvent.click(within(await card('Chile census 2025')).getByRole('button', { name: 'Approve Chile census 2025' }));
    expect(await screen.findByText('Approved: Chile census 2025. Ownership status is now Confirmed.')).toBeTruthy();
    expect(service.decided).toEqual([{ requestId: 1, draft: { decision: 'Approve' } }]);
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Nomination for Chile census 2025' })).toBeNull());
    expect(screen.getByText('1 pending, 1 re-attestations due, 2 past decisions')).toBeTruthy();
  });

  it('keeps keyboard focus in the queue: on the next card after a decision, on the empty queue after the last', async () => {
    renderApprovals();
    await userEvent.click(within(await card('Shelter registry')).getByRole('button', { name: 'Approve Shelter registry' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Approve Chile census 2025'));
    await userEvent.click(within(await card('Chile census 2025')).getByRole('button', { name: 'Approve Chile census 2025' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe(s.EmptyPending));
  });

  it('refuses a Decline without a comment, then declines with one', async () => {
    const { service } = renderApprovals();
    const shelter = await card('Shelter registry');
    await userEvent.click(within(shelter).getByRole('button', { name: 'Decline Shelter registry' }));
    const comment = within(shelter).getByRole('textbox', { name: /Why do you decline/ });
    expect(document.activeElement).toBe(comment);
    await userEvent.click(within(shelter).getByRole('button', { name: s.ConfirmDecline }));
    expect(await within(shelter).findByText(s.IssueCommentRequired)).toBeTruthy();
    expect(service.decided).toEqual([]);

    await userEvent.type(comment, 'Not our data.');
    await userEvent.click(within(shelter).getByRole('button', { name: s.ConfirmDecline }));
    expect(await screen.findByText('Declined: Shelter registry. Ownership status is now Declined.')).toBeTruthy();
    expect(service.decided).toEqual([{ requestId: 2, draft: { decision: 'Decline', comment: 'Not our data.' } }]);
  });

  it('approves several selected records at once and reports the result', async () => {
    const { service } = renderApprovals();
    await userEvent.click(within(await card('Chile census 2025')).getByRole('checkbox', { name: 'Select Chile census 2025' }));
    await userEvent.click(within(await card('Shelter registry')).getByRole('checkbox', { name: 'Select Shelter registry' }));
    await userEvent.click(screen.getByRole('button', { name: 'Approve selected (2)' }));
    expect(await screen.findByText('2 approved, 0 not approved.')).toBeTruthy();
    // In queue order: the shelter registry is due first.
    expect(service.decided.map((d) => d.requestId)).toEqual([2, 1]);
    expect(await screen.findByText(s.EmptyPending)).toBeTruthy();
  });

  it('shows a re-attestation due without a request as waiting, with its dates', async () => {
    renderApprovals();
    await userEvent.click(await screen.findByRole('tab', { name: /Re-attestations due/ }));
    const payroll = await card('Payroll extracts');
    expect(payroll.textContent).toContain(s.AwaitingReattestationRequest);
    expect(within(payroll).queryByRole('button', { name: /Approve/ })).toBeNull();
  });

  it('shows an error the user can act on when saving fails', async () => {
    const { service } = renderApprovals();
    service.decideFailures.push('Network');
    await userEvent.click(within(await card('Chile census 2025')).getByRole('button', { name: 'Approve Chile census 2025' }));
    expect(await screen.findByText(strings.ErrorNetwork)).toBeTruthy();
  });

  it('shows custodians no anomalies tab', async () => {
    renderApprovals();
    await screen.findByRole('tab', { name: /Pending/ });
    expect(screen.queryByRole('tab', { name: /Anomalies/ })).toBeNull();
  });

  it('shows governance leads the flagged decisions and runs the recompute job', async () => {
    const { service } = renderApprovals({ person: LEAD, isLead: true });
    await userEvent.click(await screen.findByRole('tab', { name: /Anomalies/ }));
    const table = await screen.findByRole('table', { name: s.AnomaliesTableLabel });
    const row = within(table).getByRole('row', { name: /Border crossings/ });
    expect(row.textContent).toContain('Carol Focal Point');
    expect(row.textContent).toContain('Mallory Intruder');
    expect(row.textContent).toContain(s.ReasonAuthorNotNominee);
    await userEvent.click(screen.getByRole('button', { name: s.Recompute }));
    expect(await screen.findByText('Checked 5 records: 1 updated, 0 failed, 2 re-attestation requests sent.')).toBeTruthy();
    expect(service.recomputeCalls).toBe(1);
  });
});
