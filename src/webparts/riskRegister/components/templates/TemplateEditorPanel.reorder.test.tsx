import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as shared from 'GovernanceSuiteStrings';
import * as strings from 'RiskRegisterWebPartStrings';
import { FakeRiskService } from '../../testing/fakeRiskService';
import { LEAD } from '../../testing/renderRiskRegister';
import { TemplateEditorPanel } from './TemplateEditorPanel';
import { moveFocusKey, moveItem } from './moveItem';

describe('moveItem', () => {
  it('moves one item and keeps the others in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 1, 3)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
  });

  it('returns the same array for a move outside it', () => {
    const items = ['a', 'b'];
    expect(moveItem(items, 0, -1)).toBe(items);
    expect(moveItem(items, 1, 2)).toBe(items);
  });

  it('hands the focus to the other button at an end', () => {
    expect(moveFocusKey('question', 2, 0, 4, 'up')).toBe('question:2:0:down');
    expect(moveFocusKey('question', 2, 1, 4, 'up')).toBe('question:2:1:up');
    expect(moveFocusKey('section', 0, 3, 4, 'down')).toBe('section:3:up');
  });
});

describe('TemplateEditorPanel reordering', () => {
  async function openDraft(key = 'data-protection'): Promise<{ service: FakeRiskService; saved: jest.Mock }> {
    const service = new FakeRiskService([], { currentUser: LEAD, leadIds: [LEAD.id], appetite: 9 });
    const draft = await service.startTemplateDraft(key);
    const saved = jest.fn();
    render(<TemplateEditorPanel service={service} strings={strings} shared={shared} template={draft} onSaved={saved} onPublished={jest.fn()} onDismiss={jest.fn()} />);
    return { service, saved };
  }

  it('moves a question down, keeps the focus on it, announces the move and saves the new order', async () => {
    const { service, saved } = await openDraft();
    const before = service.templates[service.templates.length - 1].body.sections[0].questions.map((q) => q.id);
    const editor = await screen.findByTestId('template-editor');
    const firstSection = editor.querySelectorAll('fieldset[data-section]')[0] as HTMLElement;
    const up = within(firstSection).getAllByRole('button', { name: 'Move question 1 up' })[0];
    expect((up as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(firstSection).getAllByRole('button', { name: 'Move question 1 down' })[0]);
    const order = Array.from(firstSection.querySelectorAll('fieldset[data-question]')).map((el) => el.getAttribute('data-question'));
    expect(order.slice(0, 2)).toEqual([before[1], before[0]]);
    expect(document.activeElement).toBe(firstSection.querySelector('[data-move="question:0:1:down"]'));
    expect(screen.getByRole('status').textContent).toBe('Question moved from position 1 to 2 in section 1.');

    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved.');
    const stored = saved.mock.calls[0][0].body.sections[0].questions.map((q: { id: string }) => q.id);
    expect(stored).toEqual([before[1], before[0], ...before.slice(2)]);
  });

  it('moves a section up and hands the focus to "down" when it reaches the top', async () => {
    const { service } = await openDraft('information-system');
    const sections = service.templates[service.templates.length - 1].body.sections.map((s) => s.id);
    expect(sections.length).toBeGreaterThan(1);
    fireEvent.click(screen.getByRole('button', { name: 'Move section 2 up' }));
    const editor = screen.getByTestId('template-editor');
    const order = Array.from(editor.querySelectorAll('fieldset[data-section]')).map((el) => el.getAttribute('data-section'));
    expect(order.slice(0, 2)).toEqual([sections[1], sections[0]]);
    expect(document.activeElement).toBe(editor.parentElement?.querySelector('[data-move="section:0:down"]'));
    expect((screen.getByRole('button', { name: 'Move section 1 up' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
