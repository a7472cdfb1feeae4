import * as React from 'react';
import { render, screen } from '@testing-library/react';
import * as strings from 'GovernanceSuiteStrings';
import { VisibleText } from './VisibleText';

describe('VisibleText (issue 23: hidden characters made visible)', () => {
  it('shows a right-to-left override as a labelled marker and never renders the character itself', () => {
    const { container } = render(<p>{<VisibleText text={'invoice\u202Egnp.exe'} strings={strings} />}</p>);
    const marker = screen.getByRole('img', { name: 'Hidden text-direction control U+202E' });
    expect(marker.textContent).toBe('⟪U+202E⟫');
    expect(container.textContent).toBe('invoice⟪U+202E⟫gnp.exe');
    expect(container.textContent).not.toContain('\u202E');
    // Isolated, so right-to-left text inside cannot reorder what surrounds it.
    expect(container.querySelector('bdi')).not.toBeNull();
  });

  it('labels zero-width characters apart from direction controls', () => {
    render(<VisibleText text={'Pay\u200Broll\uFEFF'} strings={strings} />);
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'))).toEqual(['Hidden zero-width character U+200B', 'Hidden zero-width character U+FEFF']);
  });

  it('renders text without hidden characters unchanged, as text (markup in a title stays text)', () => {
    const { container } = render(<VisibleText text={'<b>Registre</b> سجل'} />);
    expect(container.textContent).toBe('<b>Registre</b> سجل');
    expect(container.querySelector('b')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
