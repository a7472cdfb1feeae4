import * as React from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'AIRegistryWebPartStrings';
import * as usageStrings from 'AIUsageStrings';
import * as suiteStrings from 'GovernanceSuiteStrings';
import type { PersonRef } from '../../../../core/models/common';
import { AIRegistry } from '../AIRegistry';
import { FakeAIRegistryService } from '../../testing/fakeAIRegistryService';
import { FakeUsageService } from '../../testing/fakeUsageService';
import { LEAD, OTHER_LEAD, STAFF } from '../../testing/renderAIRegistry';

jest.setTimeout(30000);
afterEach(() => cleanup());
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 1000)));

const OCT = { periodStart: '2026-10-01', periodEnd: '2026-10-31' };
const SEP = { periodStart: '2026-09-01', periodEnd: '2026-09-30' };

function setup(me: PersonRef): { usage: FakeUsageService; registry: FakeAIRegistryService; downloads: { fileName: string; csv: string }[] } {
  const registry = new FakeAIRegistryService(me, [LEAD, OTHER_LEAD]);
  registry.people = [LEAD, OTHER_LEAD, STAFF];
  registry.seed({ title: 'DeepSeek', lifecycle: 'Retired', approvalStatus: 'Rejected', webDomains: 'deepseek.com' }, STAFF);
  const usage = new FakeUsageService(registry);
  usage.rows = [
    { title: 'Claude', domain: 'claude.ai', category: 'Generative AI', users: 120, department: 'Finance', ...OCT },
    { title: 'Claude', domain: 'claude.ai', category: 'Generative AI', users: 80, ...SEP },
    { title: 'DeepSeek', domain: 'chat.deepseek.com', category: 'Generative AI', users: 30, department: 'Protection', ...OCT },
    { title: 'Grammar Helper', category: 'AI writing', users: 10, ...OCT },
    { title: 'Dropbox', domain: 'dropbox.com', category: 'Cloud storage', users: 400, ...OCT }
  ];
  const downloads: { fileName: string; csv: string }[] = [];
  render(
    <AIRegistry service={registry} strings={strings} suiteStrings={suiteStrings} pageSize={20} usage={{ service: usage, strings: usageStrings }}
      download={(fileName, csv) => downloads.push({ fileName, csv })} />
  );
  return { usage, registry, downloads };
}

async function openTab(): Promise<HTMLElement> {
  await userEvent.click(await screen.findByRole('tab', { name: usageStrings.TabUsage }));
  return screen.findByRole('table', { name: usageStrings.QueueAriaLabel });
}

function appNames(table: HTMLElement): string[] {
  return within(table).queryAllByRole('rowheader').map((th) => (th.firstChild?.textContent ?? '').trim());
}

describe('Usage monitoring tab', () => {
  it('ranks findings by users with finding, trend, departments and registry match', async () => {
    setup(LEAD);
    const table = await openTab();
    expect(appNames(table)).toEqual(['Claude', 'DeepSeek', 'Grammar Helper']);
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent ?? '');
    expect(rows[0]).toMatch(/Unregistered.*120.*Up from 80.*Finance \(120\).*Not in the register/);
    expect(rows[1]).toMatch(/Unapproved.*30.*New this period.*DeepSeek \(Rejected\)/);
    expect(screen.getByText(usageStrings.Figures.toolsInUse).nextSibling?.textContent).toBe('3');
    expect(screen.getByText(usageStrings.Figures.registeredShare).nextSibling?.textContent).toBe('33%');
  });

  it('lets a lead mark an app not AI with a required reason; it leaves the open queue and the figures', async () => {
    const { usage } = setup(LEAD);
    const table = await openTab();
    await userEvent.click(within(table).getByRole('button', { name: 'Not AI: Grammar Helper' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Mark Grammar Helper as not AI' });
    await userEvent.click(within(dialog).getByRole('button', { name: suiteStrings.Save }));
    expect(within(dialog).getByText(usageStrings.ReasonRequired)).toBeTruthy();
    await userEvent.type(within(dialog).getByRole('textbox', { name: usageStrings.ReasonLabel }), 'Spell checker only');
    await userEvent.click(within(dialog).getByRole('button', { name: suiteStrings.Save }));
    await screen.findByText('Grammar Helper: saved.');
    await waitFor(() => expect(appNames(screen.getByRole('table', { name: usageStrings.QueueAriaLabel }))).toEqual(['Claude', 'DeepSeek']));
    expect(usage.triage.get('app:grammarhelper')).toMatchObject({ decision: 'Not AI', reason: 'Spell checker only' });
    expect(screen.getByText(usageStrings.Figures.toolsInUse).nextSibling?.textContent).toBe('2');
  });

  it('assigns an app to an owner found among site users', async () => {
    const { usage } = setup(LEAD);
    const table = await openTab();
    await userEvent.click(within(table).getByRole('button', { name: 'Assign: Claude' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Assign Claude to an owner' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: usageStrings.PeopleSearchLabel }), 'Tomas{Enter}');
    await within(dialog).findByRole('radio', { name: /Tomas Lindqvist/ });
    await userEvent.click(within(dialog).getByRole('button', { name: suiteStrings.Save }));
    await screen.findByText('Assigned to Tomas Lindqvist');
    expect(usage.triage.get('app:claude')?.assignedTo?.id).toBe(OTHER_LEAD.id);
  });

  it('registers a tool from the queue with the form pre-filled, then shows it matched', async () => {
    const { registry } = setup(LEAD);
    const table = await openTab();
    await userEvent.click(within(table).getByRole('button', { name: 'Register Claude in the AI register' }));
    const form = await screen.findByRole('dialog', { name: strings.FormNewTitle });
    expect((within(form).getByRole('textbox', { name: strings.Fields.title }) as HTMLInputElement).value).toBe('Claude');
    expect((within(form).getByRole('textbox', { name: strings.Fields.webDomains }) as HTMLTextAreaElement).value).toBe('claude.ai');
    await userEvent.click(within(form).getByRole('button', { name: suiteStrings.Save }));
    await screen.findByText('Claude is registered.');
    expect((await registry.exportRows({})).some((r) => r.system.title === 'Claude' && r.system.webDomains === 'claude.ai')).toBe(true);
    expect(appNames(screen.getByRole('table', { name: usageStrings.QueueAriaLabel }))).toEqual(['DeepSeek', 'Grammar Helper']);
  });

  it('exports the summary as CSV with formula-safe cells', async () => {
    const { downloads } = setup(STAFF);
    await openTab();
    await userEvent.click(screen.getByRole('button', { name: usageStrings.ExportSummary }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toMatch(/^ai-usage-summary-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(downloads[0].csv).toMatch(/AI tools in use,3/);
    expect(downloads[0].csv).toMatch(/Finance,120/);
  });

  it('shows no actions to someone who is not a lead', async () => {
    setup(STAFF);
    const table = await openTab();
    expect(within(table).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: usageStrings.Import })).toBeNull();
    expect(screen.getByText(usageStrings.LeadsOnlyNote)).toBeTruthy();
  });
});
