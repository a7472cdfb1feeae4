import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LEAD, renderAIRegistry, STAFF } from '../testing/renderAIRegistry';

afterEach(() => cleanup());
// Let Fluent's pending callbacks (lazy panel, animations) finish while jsdom still exists.
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 1000)));

describe('AI Registry: hidden characters in a system\'s title are shown, not obeyed (issue 23)', () => {
  it('marks a right-to-left override in the register and in the details header', async () => {
    renderAIRegistry(LEAD, (service) => service.seed({ title: 'Chat\u202Etxt.exe', lifecycle: 'Production', approvalStatus: 'Approved' }, STAFF));
    const link = await screen.findByRole('button', { name: /Chat⟪U\+202E⟫txt\.exe/ });
    expect(within(link).getByRole('img', { name: 'Hidden text-direction control U+202E' })).toBeTruthy();
    expect(link.textContent).not.toContain('\u202E');
    await userEvent.click(link);
    expect(await screen.findByRole('heading', { name: 'Chat⟪U+202E⟫txt.exe' })).toBeTruthy();
  });
});
