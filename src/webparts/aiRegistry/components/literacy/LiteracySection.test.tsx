import * as React from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'AIRegistryWebPartStrings';
import * as suiteStrings from 'GovernanceSuiteStrings';
import type { AISystem } from '../../../../core/models/aiSystem';
import type { PersonRef, Stored } from '../../../../core/models/common';
import type { RegisterRow } from '../../services/IAIRegistryService';
import { FakeLiteracyService } from '../../testing/fakeLiteracyService';
import { LiteracySection } from './LiteracySection';

jest.setTimeout(30000);
afterEach(() => cleanup());
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 1000)));

const l = strings.Literacy;
const now = new Date('2026-06-15T10:00:00Z');
const amina: PersonRef = { id: 11, title: 'Amina Diallo' };
const jonas: PersonRef = { id: 12, title: 'Jonas Weber' };
const lead: PersonRef = { id: 2, title: 'Helena Okafor' };
const system = { id: 7, etag: '"1"', title: 'Translation assistant', lifecycle: 'Production', approvalStatus: 'Approved' } as Stored<AISystem>;
const row: RegisterRow = { system, verification: { state: 'Unverified', ignored: [], anomalies: [] } };

function renderSection(me: PersonRef, isLead: boolean, setup: (service: FakeLiteracyService) => void): FakeLiteracyService {
  const service = new FakeLiteracyService(me, now, [7, 8]);
  setup(service);
  render(<LiteracySection row={row} service={service} user={{ person: me, isLead }} systems={[{ id: 7, title: system.title }, { id: 8, title: 'Chat assistant' }]}
    onResolvePeople={async () => []} strings={l} suiteStrings={suiteStrings} now={now} />);
  return service;
}

describe('LiteracySection', () => {
  it('shows the gap with its reason, and a named person\'s own acknowledgement closes it', async () => {
    const user = userEvent.setup();
    const service = renderSection(amina, false, (s) => {
      s.addMeasure({ title: 'Safe use briefing', audienceKind: 'Named people', audiencePeople: [amina, jonas], coveredSystems: [{ id: 7 }], deliveredOn: '2026-05-01', format: 'Briefing', evidenceLink: { url: 'https://learn.example.org/brief' } });
      s.acknowledgements.push({ id: 1, etag: '"1"', title: 'ack', measure: { id: 100 }, person: jonas, author: jonas, created: '2026-05-02T09:00:00Z' });
    });
    const coverage = await screen.findByTestId('literacy-coverage');
    expect(coverage.textContent).toContain(`${l.CoverageLabel}: 50%`);
    expect(screen.getByTestId('literacy-gaps').textContent).toContain('1 of 2 named people have not acknowledged: Amina Diallo.');
    const table = screen.getByRole('table', { name: 'Literacy measures for Translation assistant' });
    expect(within(table).getByRole('link', { name: 'https://learn.example.org/brief' })).toBeTruthy();
    await user.click(within(table).getByRole('button', { name: 'I have completed Safe use briefing' }));
    await waitFor(() => expect(screen.getByTestId('literacy-coverage').textContent).toContain(`${l.CoverageLabel}: 100%`));
    expect(screen.getByTestId('literacy-no-gap')).toBeTruthy();
    expect(screen.getByText(l.Acknowledged)).toBeTruthy();
    expect(service.acknowledgements.filter((a) => a.author?.id === amina.id)).toHaveLength(1);
  });

  it('offers no acknowledgement to someone outside a named audience, nor for a lapsed measure, and says when it lapsed', async () => {
    renderSection({ id: 30, title: 'Outsider' }, false, (s) => {
      s.addMeasure({ title: 'Safe use briefing', audienceKind: 'Named people', audiencePeople: [amina], coveredSystems: [{ id: 7 }], deliveredOn: '2026-05-01' });
      s.addMeasure({ title: 'Old e-learning', audienceKind: 'Departments', audienceValues: 'Finance', coveredSystems: [{ id: 7 }], deliveredOn: '2025-01-10' });
    });
    await screen.findByTestId('literacy-coverage');
    expect(screen.queryByRole('button', { name: /I have completed/ })).toBeNull();
    expect(screen.getByRole('table', { name: 'Literacy measures for Translation assistant' }).textContent).toContain('Lapsed on');
    expect(screen.queryByRole('button', { name: l.AddMeasure })).toBeNull();
  });

  it('shows usage departments weighted by users, and a measure delivered before the verified reclassification as a gap', async () => {
    const service = new FakeLiteracyService(amina, now, [7]);
    service.addMeasure({ title: 'Intro workshop', audienceKind: 'Departments', audienceValues: 'Finance\nProgrammes', coveredSystems: [{ id: 7 }], deliveredOn: '2026-03-01' });
    service.usage.set(7, [{ department: 'Finance', users: 30, periodEnd: '2026-05-31' }, { department: 'Programmes', users: 90, periodEnd: '2026-05-31' }]);
    const reclassified: RegisterRow = { system, verification: { state: 'Verified', on: '2026-04-02T10:00:00Z', ignored: [], anomalies: [] } };
    render(<LiteracySection row={reclassified} service={service} user={{ person: amina, isLead: false }} systems={[]} onResolvePeople={async () => []} strings={l} suiteStrings={suiteStrings} now={now} />);
    expect((await screen.findByTestId('literacy-coverage')).textContent).toContain(`${l.CoverageLabel}: 0%`);
    const gaps = screen.getByTestId('literacy-gaps').textContent ?? '';
    expect(gaps).toContain('"Intro workshop" was delivered on');
    expect(gaps).toContain('Departments not covered: Programmes, Finance (120 users).');
    expect(screen.getByRole('table', { name: 'Users of Translation assistant per department (usage monitoring)' })).toBeTruthy();
  });

  it('a lead adds a measure: bad input shows localised messages and saves nothing; a valid one saves and counts', async () => {
    const user = userEvent.setup();
    const service = renderSection(lead, true, () => undefined);
    expect((await screen.findByTestId('literacy-gaps')).textContent).toContain(l.Gaps.noMeasure);
    await user.click(screen.getByRole('button', { name: l.AddMeasure }));
    const form = await screen.findByTestId('literacy-measure-form');
    await user.type(within(form).getByRole('textbox', { name: l.Form.Delivered }), '2099-01-01');
    await user.type(within(form).getByRole('textbox', { name: l.Form.Evidence }), 'ftp://files.example.org/x');
    await user.clear(within(form).getByRole('spinbutton', { name: l.Form.Refresh }));
    await user.type(within(form).getByRole('spinbutton', { name: l.Form.Refresh }), '0');
    await user.click(screen.getByRole('button', { name: l.Form.Save }));
    expect(await screen.findByText(l.Form.FixErrors)).toBeTruthy();
    for (const code of ['titleRequired', 'audienceRequired', 'deliveredInFuture', 'invalidLink', 'refreshTooShort'] as const) expect(screen.getByText(l.Errors[code])).toBeTruthy();
    expect(service.saves).toBe(0);
    await user.type(within(form).getByRole('textbox', { name: l.Form.Title }), 'Prompting workshop');
    await user.type(within(form).getByRole('textbox', { name: l.Form.AudienceValues }), 'Finance');
    await user.clear(within(form).getByRole('textbox', { name: l.Form.Delivered }));
    await user.type(within(form).getByRole('textbox', { name: l.Form.Delivered }), '2026-06-01');
    await user.clear(within(form).getByRole('textbox', { name: l.Form.Evidence }));
    await user.clear(within(form).getByRole('spinbutton', { name: l.Form.Refresh }));
    await user.type(within(form).getByRole('spinbutton', { name: l.Form.Refresh }), '6');
    await user.click(screen.getByRole('button', { name: l.Form.Save }));
    await waitFor(() => expect(service.saves).toBe(1));
    expect(service.measures[0]).toMatchObject({ title: 'Prompting workshop', audienceKind: 'Departments', audienceValues: 'Finance', coveredSystems: [{ id: 7 }], refreshMonths: 6 });
    expect(await screen.findByText(l.Saved)).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Literacy measures for Translation assistant' }).textContent).toContain('Prompting workshop');
  });

  it('an edit that meets a conflict offers their version or saving over it, and saves nothing blindly', async () => {
    const user = userEvent.setup();
    const service = renderSection(lead, true, (s) => {
      s.addMeasure({ title: 'Safe use briefing', audienceKind: 'Departments', audienceValues: 'Finance', coveredSystems: [{ id: 7 }], deliveredOn: '2026-05-01' });
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Safe use briefing' }));
    const form = await screen.findByTestId('literacy-measure-form');
    service.conflictNext = true;
    await user.type(within(form).getByRole('textbox', { name: l.Form.Objective }), 'Check outputs.');
    await user.click(screen.getByRole('button', { name: l.Form.Save }));
    expect(await screen.findByText(l.Form.ConflictMessage)).toBeTruthy();
    expect(service.measures[0].objective).toBeUndefined();
    await user.click(screen.getByRole('button', { name: l.Form.ConflictOverwrite }));
    await waitFor(() => expect(service.measures[0].objective).toBe('Check outputs.'));
  });
});
