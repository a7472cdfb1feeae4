import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import * as strings from 'RiskRegisterWebPartStrings';
import type { StakeholderRequirement } from '../../../../core/assessments/stakeholderRequirements';
import type { Stored } from '../../../../core/models/common';
import { FakeRiskService } from '../../testing/fakeRiskService';
import { LEAD } from '../../testing/renderRiskRegister';
import { RequirementsPart } from './RequirementsPart';

const ASSESSMENT = { id: 40, title: 'Information system assessment: Migration MIS' };
const SYSTEM = { id: 7, title: 'Migration MIS' };
const SECTIONS = [{ id: 'database', title: 'Database' }, { id: 'interfaces', title: 'Interfaces and interoperability standards' }];

// Saves submit the form (the browser test presses the button itself).
/** The part as the assessment workspace hosts it: requirements read again from the service after each change. */
function Host(props: { service: FakeRiskService; onError: (e: unknown) => void }): React.ReactElement {
  const [requirements, setRequirements] = React.useState<Stored<StakeholderRequirement>[]>(() => props.service.requirements.slice());
  const reload = async (): Promise<void> => setRequirements(await props.service.requirementsOf(ASSESSMENT.id));
  return <RequirementsPart service={props.service} strings={strings.SystemAssessment} assessment={ASSESSMENT} system={SYSTEM} requirements={requirements} sections={SECTIONS} onReload={reload} onError={props.onError} />;
}

function setup(): { service: FakeRiskService; onError: jest.Mock } {
  const service = new FakeRiskService([], { currentUser: LEAD, leadIds: [LEAD.id], appetite: 9 });
  service.requirements = [{ id: 1, etag: '"1"', title: 'Case records in Arabic and French', institution: 'Regional migration observatory', priority: 'Must', source: 'Workshop', assessment: ASSESSMENT, system: SYSTEM }];
  const onError = jest.fn();
  render(<Host service={service} onError={onError} />);
  return { service, onError };
}

const field = (form: HTMLElement, name: string): HTMLElement => within(form).getByRole('textbox', { name: (accessible) => accessible.startsWith(name) });

describe('RequirementsPart', () => {
  it('refuses an empty requirement beside its fields and writes nothing, then adds a typed one', async () => {
    const { service, onError } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add requirement' }));
    const form = screen.getByRole('form', { name: 'Add requirement' });
    await act(async () => { fireEvent.submit(form); });
    // Fluent shows a field's error message a moment after the field turns invalid.
    expect(await within(form).findByText('Enter the need, in the stakeholder\'s words.')).toBeTruthy();
    expect(await within(form).findByText('Enter the institution that stated the need.')).toBeTruthy();
    expect(service.requirements).toHaveLength(1);

    fireEvent.change(field(form, 'Need'), { target: { value: 'Export to the national statistics office' } });
    fireEvent.change(field(form, 'Stakeholder institution'), { target: { value: 'National statistics office' } });
    await act(async () => { fireEvent.submit(form); });
    expect(await screen.findByText('Requirement saved.')).toBeTruthy();
    const row = screen.getByText('Export to the national statistics office').closest('tr') as HTMLElement;
    expect(within(row).getByText('National statistics office')).toBeTruthy();
    expect(within(row).getByText('Should')).toBeTruthy();
    expect(service.requirements.map((r) => r.title)).toEqual(['Case records in Arabic and French', 'Export to the national statistics office']);
    expect(onError).not.toHaveBeenCalled();
  });

  it('keeps the typed text when someone saved the requirement meanwhile, and applies it after a reload', async () => {
    const { service } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit requirement: Case records in Arabic and French' }));
    const form = screen.getByRole('form', { name: /^Edit requirement/ });
    fireEvent.change(field(form, 'Need'), { target: { value: 'Case records in Arabic, French and English' } });
    // Another assessor's save since this page read the row.
    service.requirements = service.requirements.map((r) => ({ ...r, source: 'Interview', etag: '"2"' }));
    await act(async () => { fireEvent.submit(form); });
    expect(await screen.findByText(/Your text is kept/)).toBeTruthy();
    expect((field(form, 'Need') as HTMLInputElement).value).toBe('Case records in Arabic, French and English');
    expect(service.requirements[0].title).toBe('Case records in Arabic and French');

    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Reload requirements' })); });
    await act(async () => { fireEvent.submit(screen.getByRole('form', { name: /^Edit requirement/ })); });
    expect(await screen.findByText('Requirement saved.')).toBeTruthy();
    expect(service.requirements[0]).toMatchObject({ title: 'Case records in Arabic, French and English', source: 'Workshop', etag: '"3"' });
  });

  it('deletes a requirement with its ETag, and a stale delete shows the conflict', async () => {
    const { service } = setup();
    service.requirements = service.requirements.map((r) => ({ ...r, etag: '"5"' }));
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Delete requirement: Case records in Arabic and French' })); });
    expect(await screen.findByText(/Someone changed or deleted this requirement/)).toBeTruthy();
    expect(service.requirements).toHaveLength(1);
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Reload requirements' })); });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Delete requirement: Case records in Arabic and French' })); });
    expect(await screen.findByText('Requirement deleted.')).toBeTruthy();
    expect(service.requirements).toHaveLength(0);
    expect(screen.getByText(strings.SystemAssessment.RequirementsNone)).toBeTruthy();
  });

  it('links a requirement to the section it answers, shows the section, and unlinks it', async () => {
    const { service } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit requirement: Case records in Arabic and French' }));
    const form = screen.getByRole('form', { name: /^Edit requirement/ });
    fireEvent.click(within(form).getByRole('combobox', { name: (n) => n.startsWith(strings.SystemAssessment.RequirementSection) }));
    fireEvent.click(await screen.findByRole('option', { name: 'Interfaces and interoperability standards' }));
    await act(async () => { fireEvent.submit(form); });
    expect(await screen.findByText('Requirement saved.')).toBeTruthy();
    expect(service.requirements[0].section).toBe('interfaces');
    const row = screen.getByText('Case records in Arabic and French').closest('tr') as HTMLElement;
    expect(within(row).getByText('Interfaces and interoperability standards')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Edit requirement: Case records in Arabic and French' }));
    const again = screen.getByRole('form', { name: /^Edit requirement/ });
    fireEvent.click(within(again).getByRole('combobox', { name: (n) => n.startsWith(strings.SystemAssessment.RequirementSection) }));
    fireEvent.click(await screen.findByRole('option', { name: strings.SystemAssessment.SectionNone }));
    await act(async () => { fireEvent.submit(again); });
    await screen.findByText('Requirement saved.');
    expect(service.requirements[0].section).toBeUndefined();
  });
});
