import * as React from 'react';
import { render, screen } from '@testing-library/react';
import * as strings from 'GovernanceSuiteStrings';
import { HealthScoreBadge } from './HealthScoreBadge';

describe('HealthScoreBadge', () => {
  it('shows the number and the band as text, with one accessible name', () => {
    render(<HealthScoreBadge score={72.5} band="Needs attention" strings={strings} />);
    const badge = screen.getByRole('img', { name: 'Health score 72.5, Needs attention' });
    expect(badge.textContent).toBe('72.5Needs attention');
  });

  it.each([
    [95, 'Healthy' as const],
    [12.3, 'At risk' as const]
  ])('names band of %s as %s', (score, band) => {
    render(<HealthScoreBadge score={score} band={band} strings={strings} />);
    expect(screen.getByRole('img', { name: `Health score ${score}, ${band}` })).toBeTruthy();
  });
});
