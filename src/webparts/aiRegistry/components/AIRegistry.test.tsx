import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import * as strings from 'AIRegistryWebPartStrings';
import { emptyAIActProfile } from '../../../core/aiAct/profile';
import { classificationColumns } from '../../../core/aiRegistry/classificationRecord';
import { LEAD, OTHER_LEAD, renderAIRegistry, renderAs, STAFF } from '../testing/renderAIRegistry';
import type { FakeAIRegistryService } from '../testing/fakeAIRegistryService';

jest.setTimeout(30000);

// Unmount each render, then let Fluent's and React's pending callbacks (lazy chunks, panel animations) run out while
// jsdom still exists: an update after the environment is torn down crashes the next test file's worker.
afterEach(() => cleanup());
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 1000)));

const migration = emptyAIActProfile({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true });

function seedRegister(service: FakeAIRegistryService): void {
  service.seed({ title: 'Meeting transcription', lifecycle: 'Production', approvalStatus: 'Approved', ...classificationColumns(emptyAIActProfile({ transparencyTriggers: ['generatesSyntheticContent'] })), classifiedBy: STAFF }, STAFF);
  service.seed({ title: 'Border risk scorer', lifecycle: 'Pilot', approvalStatus: 'Pending review', ...classificationColumns(migration), classifiedBy: STAFF }, STAFF);
  service.seed({ title: 'Forecasting model', lifecycle: 'Production', approvalStatus: 'Approved' }, STAFF);
}

async function next(user: UserEvent, wizard: HTMLElement, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await user.click(within(wizard).getByRole('button', { name: /^(Next|See the result)$/ }));
  }
}

describe('AIRegistry container', () => {
  it('lists unverified high-risk systems first with tier and verification', async () => {
    renderAIRegistry(STAFF, seedRegister);
    const grid = await screen.findByRole('grid', { name: strings.GridAriaLabel });
    await within(grid).findByText('Border risk scorer');
    const rows = within(grid).getAllByRole('row').slice(1).map((r) => r.textContent ?? '');
    expect(rows[0]).toMatch(/Border risk scorer.*High risk.*Unverified/);
    expect(rows[1]).toMatch(/Meeting transcription.*Limited risk/);
    expect(rows[2]).toMatch(/Forecasting model.*Not classified/);
  });

  it('walks the wizard one question per screen and shows tier, explained grounds, obligations and the Art. 2(4) choice', async () => {
    const user = userEvent.setup();
    const { service } = renderAIRegistry(STAFF, seedRegister);
    await user.click(await screen.findByRole('button', { name: 'Open details of Forecasting model' }));
    await user.click(await screen.findByRole('button', { name: strings.Classify }));
    const wizard = await screen.findByRole('dialog', { name: 'Classify Forecasting model' });
    await waitFor(() => expect(document.activeElement).toBe(within(wizard).getByRole('heading', { name: strings.Steps.role.title })));
    expect(within(wizard).getByText(strings.Steps.role.explanation)).toBeTruthy();
    expect(within(wizard).getByRole('status').textContent).toBe('Step 1 of 10: Your role');

    await next(user, wizard, 4);
    expect(document.activeElement).toBe(within(wizard).getByRole('heading', { name: strings.Steps.migration.title }));
    expect(within(wizard).getByText(/Face matching at a border crossing/)).toBeTruthy();
    await user.click(within(wizard).getByRole('checkbox', { name: /Annex III 7\(b\)/ }));
    await next(user, wizard, 2);
    await user.click(within(wizard).getByRole('radio', { name: 'Yes' }));
    await next(user, wizard, 3);
    await user.click(within(wizard).getByRole('radio', { name: 'Yes' }));
    await next(user, wizard, 1);

    expect(within(wizard).getByTestId('wizard-tier').textContent).toMatch(/^Risk tier: High risk/);
    expect(within(wizard).getByRole('status').textContent).toBe('Risk tier: High risk');
    expect(wizard.textContent).toContain('Annex III 7(b): Assessing a security, irregular-migration or health risk');
    const checklist = within(wizard).getByRole('region', { name: strings.Wizard.ObligationsChecklist });
    expect(checklist.textContent).toContain('Carry out a fundamental-rights impact assessment before first use (Art. 27)');
    expect(checklist.textContent).toContain('Train the staff who operate or use the system in AI literacy (Art. 4)');

    await user.click(within(wizard).getByRole('button', { name: strings.Wizard.SaveClassification }));
    expect(within(wizard).getByRole('alert').textContent).toBe(strings.Wizard.ApplicabilityRequired);
    expect(service.calls.saveClassification).toHaveLength(0);
    await user.click(within(wizard).getByRole('radio', { name: 'Voluntary alignment' }));
    await user.click(within(wizard).getByRole('button', { name: strings.Wizard.SaveClassification }));

    await waitFor(() => expect(service.calls.saveClassification).toHaveLength(1));
    expect(service.calls.saveClassification[0]).toEqual({ profile: { ...migration }, applicabilityBasis: 'Voluntary alignment' });
    const details = await screen.findByRole('dialog', { name: 'Forecasting model' });
    expect(within(details).getByTestId('details-tier').textContent).toBe('High risk');
  });

  it('lets a lead verify; the submitter is told why they cannot', async () => {
    const user = userEvent.setup();
    const first = renderAIRegistry(LEAD, seedRegister);
    await user.click(await screen.findByRole('button', { name: 'Open details of Border risk scorer' }));
    const details = await screen.findByRole('dialog', { name: 'Border risk scorer' });
    await user.click(await within(details).findByRole('button', { name: strings.Verify }));
    await within(details).findByText(strings.VerifyDone);
    expect(within(details).getByTestId('verification-state').textContent).toMatch(/^Verified by Helena Okafor on/);
    expect(first.service.calls.verify).toEqual(['Verified']);
    first.unmount();

    // Tomas, a lead, classifies a system himself: he sees why he cannot verify it, and no button.
    const service = first.service;
    service.seed({ title: 'Interview analyser', lifecycle: 'Proposed', approvalStatus: 'Pending review', ...classificationColumns(migration), classifiedBy: OTHER_LEAD }, OTHER_LEAD);
    renderAs(service, OTHER_LEAD);
    await user.click(await screen.findByRole('button', { name: 'Open details of Interview analyser' }));
    const own = await screen.findByRole('dialog', { name: 'Interview analyser' });
    expect((await within(own).findByTestId('verification-refusal')).textContent).toBe(strings.CannotVerifyOwn);
    expect(within(own).queryByRole('button', { name: strings.Verify })).toBeNull();
  });

  it('flags a record whose stored columns disagree with its items, and refuses to verify answers nobody submitted', async () => {
    const user = userEvent.setup();
    renderAIRegistry(LEAD, (service) => {
      // Stored as Verified with answers edited outside the registry: no submission names them, no decision covers them.
      const system = service.seed({ title: 'Case triage model', lifecycle: 'Pilot', approvalStatus: 'Pending review', ...classificationColumns(migration), classifiedBy: STAFF, verificationState: 'Verified' }, STAFF);
      service.submissions = service.submissions.filter((s) => s.system.id !== system.id);
    });
    const grid = await screen.findByRole('grid', { name: strings.GridAriaLabel });
    const row = (await within(grid).findByText('Case triage model')).closest('[role="row"]') as HTMLElement;
    expect(row.textContent).toMatch(/Unverified.*Anomaly \(2\)/);
    await user.click(within(row).getByRole('button', { name: 'Open details of Case triage model' }));
    const details = await screen.findByRole('dialog', { name: 'Case triage model' });
    const anomalies = within(details).getByTestId('verification-anomalies');
    expect(anomalies.textContent).toContain(strings.Anomalies.notSubmitted);
    expect(anomalies.textContent).toContain(strings.Anomalies.storedStateMismatch);
    expect(within(details).getByTestId('verification-refusal').textContent).toBe(strings.CannotVerifyNotSubmitted);
    expect(within(details).queryByRole('button', { name: strings.Verify })).toBeNull();
  });

  it('exports the register as formula-safe CSV with tier, grounds, obligations and verification', async () => {
    const user = userEvent.setup();
    const { downloads, service } = renderAIRegistry(STAFF, (s) => {
      seedRegister(s);
      s.seed({ title: '=cmd|calc', lifecycle: 'Proposed', approvalStatus: 'Pending review' }, STAFF);
    });
    await screen.findByText('Border risk scorer');
    await user.click(screen.getByRole('button', { name: strings.Export }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(service.calls.exportRows).toBe(1);
    const csv = downloads[0].csv;
    expect(downloads[0].fileName).toBe('ai-register.csv');
    expect(csv.split('\r\n')[0]).toMatch(/^ID,AI system,Vendor,.*Risk tier,Grounds,Obligations/);
    expect(csv).toMatch(/Border risk scorer,.*High risk,Annex III 7\(b\),"Train the staff/);
    expect(csv).toContain('\'=cmd|calc');
    expect(await screen.findByText('Register exported: 4 systems.')).toBeTruthy();
  });

  it('validates documentation links as http(s) and saves nothing while invalid', async () => {
    const user = userEvent.setup();
    const { service } = renderAIRegistry(STAFF, seedRegister);
    await screen.findByText('Border risk scorer');
    await user.click(screen.getByRole('button', { name: strings.NewSystem }));
    const form = await screen.findByRole('dialog', { name: strings.FormNewTitle });
    await user.type(within(form).getByRole('textbox', { name: /^Title/ }), 'Chat assistant');
    await user.type(within(form).getByRole('textbox', { name: strings.Fields.dpiaUrl }), ['javascript', 'alert(1)'].join(':'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText(strings.InvalidUrl)).toBeTruthy();
    expect(service.systems).toHaveLength(3);
  });
  it('shows the system\'s open risks from the Risk Register in its details', async () => {
    const user = userEvent.setup();
    renderAIRegistry(STAFF, (service) => {
      seedRegister(service);
      const scorer = service.systems.find((s) => s.title === 'Border risk scorer');
      service.risksBySystem.set(scorer?.id ?? 0, [
        { id: 9, etag: '"1"', title: 'No human review of refusals', likelihood: 3, impact: 5, status: 'Open', dueDate: '2026-12-15' }
      ]);
    });
    await user.click(await screen.findByRole('button', { name: 'Open details of Border risk scorer' }));
    const details = await screen.findByRole('dialog', { name: 'Border risk scorer' });
    const risks = await within(details).findByRole('region', { name: 'Open risks' });
    expect((await within(risks).findByRole('listitem')).textContent).toMatch(/^15 Critical: No human review of refusals/);
  });

  it('shows the web domains and other names usage monitoring matches the system on', async () => {
    const user = userEvent.setup();
    renderAIRegistry(STAFF, (service) => {
      service.seed({ title: 'Chat assistant', lifecycle: 'Production', approvalStatus: 'Approved', webDomains: 'chat.example.org\nhttps://assist.example.org/app', aliases: 'ChatAssist\n\nChat-Assist Pro' }, STAFF);
    });
    await user.click(await screen.findByRole('button', { name: 'Open details of Chat assistant' }));
    const details = await screen.findByRole('dialog', { name: 'Chat assistant' });
    const valueOf = (term: string): string | null | undefined => within(details).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(valueOf('Web domains')).toBe('chat.example.org, https://assist.example.org/app');
    expect(valueOf('Other names (aliases)')).toBe('ChatAssist, Chat-Assist Pro');
  });
});
