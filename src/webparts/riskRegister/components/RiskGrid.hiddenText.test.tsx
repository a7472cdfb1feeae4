import { screen, within } from '@testing-library/react';
import { makeRisk, renderRiskRegister } from '../testing/renderRiskRegister';

describe('Risk Register: hidden characters in a risk\'s title are shown, not obeyed (issue 23)', () => {
  it('marks a zero-width space in the register grid', async () => {
    renderRiskRegister([makeRisk({ title: 'Payroll\u200B export' })]);
    const grid = await screen.findByRole('grid');
    const marker = await within(grid).findByRole('img', { name: 'Hidden zero-width character U+200B' });
    expect(marker.textContent).toBe('⟪U+200B⟫');
    expect(within(grid).queryByText('Payroll\u200B export')).toBeNull();
  });
});
