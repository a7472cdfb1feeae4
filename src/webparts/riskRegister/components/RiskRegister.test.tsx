import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { safeCell, toCsv } from '../../../ui/export/csv';
import { LEAD, OWNER, makeRisk, renderRiskRegister } from '../testing/renderRiskRegister';

// Fluent panels and lazy chunks are slow to mount in jsdom on a busy machine.
jest.setTimeout(30000);

describe('RiskRegister', () => {
  it('lists risks with inherent → residual levels and flags overdue, unowned and above-appetite risks in words', async () => {
    renderRiskRegister([
      makeRisk({ title: 'Late registry clean-up', dueDate: '2026-10-01' }),
      makeRisk({ title: 'Nobody owns the payroll export', riskOwner: undefined, residualLikelihood: 1, residualImpact: 2 })
    ]);
    expect(await screen.findByText('Late registry clean-up')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Inherent 16 (Critical), residual 9 (Medium)' })).toBeTruthy();
    expect(screen.getByText('Overdue')).toBeTruthy();
    expect(screen.getByText('No owner')).toBeTruthy();
    expect(screen.getByText('2 risks: 2 open, 1 overdue, 1 unowned, 0 above appetite and not accepted, 0 accepted', { exact: false })).toBeTruthy();
  });

  it('lists the risks of a heat map cell and offers the same counts as a table', async () => {
    const user = userEvent.setup();
    renderRiskRegister([
      makeRisk({ title: 'Moved down', likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 3 }),
      makeRisk({ title: 'Not assessed yet', likelihood: 4, impact: 4, residualLikelihood: undefined, residualImpact: undefined }),
      makeRisk({ title: 'Closed one', likelihood: 4, impact: 4, status: 'Closed' })
    ]);
    await screen.findByText('Moved down');
    await user.click(screen.getByRole('tab', { name: 'Heat map' }));
    // Its name is what it shows (WCAG 2.5.3); where it sits and what the counts mean is its description.
    const cell = await screen.findByRole('button', { name: '1 2 → 1 Critical', description: 'Likelihood 4, impact 4, Critical: 1 risk; inherent 2 → residual 1' });
    await user.click(cell);
    expect(within(screen.getByTestId('heat-cell-risks')).getByText('Not assessed yet')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Inherent' }));
    await waitFor(() => expect(within(screen.getByTestId('heat-cell-risks')).getAllByRole('listitem')).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByTestId('heat-map-table');
    expect(within(table).getByText('Risks per likelihood and impact (inherent → residual)')).toBeTruthy();
    expect(table.querySelector('[data-cell="4-4"]')?.textContent).toContain('2 → 1');
    expect(table.querySelector('[data-cell="2-3"]')?.textContent).toContain('0 → 1');
  });

  it('refuses a residual score above the inherent one with a clear message, and sends nothing', async () => {
    const user = userEvent.setup();
    const { service } = renderRiskRegister([makeRisk({ title: 'Existing' })]);
    await screen.findByText('Existing');
    await user.click(screen.getByRole('menuitem', { name: 'New risk' }));
    const panel = await screen.findByRole('dialog', { name: 'New risk' });
    await user.type(within(panel).getByRole('textbox', { name: 'Title' }), 'Vendor trains on our data');
    await user.click(within(panel).getByRole('combobox', { name: /^Residual likelihood/ }));
    await user.click(await screen.findByRole('option', { name: '5' }));
    await user.click(within(panel).getByRole('combobox', { name: /^Residual impact/ }));
    await user.click(await screen.findByRole('option', { name: '5' }));
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByText('The residual score (25) is above the inherent score (9): controls cannot add risk. Lower the residual likelihood or impact.')).toBeTruthy();
    expect(service.calls.createRisk).toHaveLength(0);
  });

  it('tells a lead who owns the risk that they cannot accept it, and lets a lead accept someone else\'s', async () => {
    const user = userEvent.setup();
    const { service } = renderRiskRegister([
      makeRisk({ title: 'Lead-owned risk', riskOwner: LEAD }),
      makeRisk({ title: 'Someone else\'s risk', riskOwner: OWNER })
    ]);
    await screen.findByText('Lead-owned risk');
    // Refused up front: the action is disabled and the reason is shown beside it.
    expect(screen.getByRole('button', { name: 'Accept… Lead-owned risk' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('You own this risk, so you cannot accept it: someone else must decide.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Accept… Someone else\'s risk' }));
    const other = await screen.findByRole('alertdialog');
    expect(within(other).getByText('Current score 9 is within the appetite (9).')).toBeTruthy();
    await user.click(within(other).getByRole('button', { name: 'Accept risk' }));
    await screen.findByText('Risk accepted until May 23, 2027.');
    expect(service.calls.acceptRisk).toEqual([{ id: expect.any(Number), expiresOn: '2027-05-23' }]);
  });
});

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(safeCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(safeCell('+1')).toBe('\'+1');
    expect(safeCell('-2')).toBe('\'-2');
    expect(safeCell('@SUM(A1)')).toBe('\'@SUM(A1)');
    expect(safeCell('Plain')).toBe('Plain');
    expect(safeCell(undefined)).toBe('');
    expect(toCsv(['Title', 'Score'], [['=cmd|calc', 16], ['Comma, "quoted"', 4]])).toBe('Title,Score\r\n\'=cmd|calc,16\r\n"Comma, ""quoted""",4');
  });
});
