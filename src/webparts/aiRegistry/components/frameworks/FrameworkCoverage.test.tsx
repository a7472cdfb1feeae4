import * as React from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'AIRegistryWebPartStrings';
import * as suiteStrings from 'GovernanceSuiteStrings';
import { emptyAIActProfile } from '../../../../core/aiAct/profile';
import { classificationColumns } from '../../../../core/aiRegistry/classificationRecord';
import type { AISystem } from '../../../../core/models/aiSystem';
import type { Stored } from '../../../../core/models/common';
import type { RegisterRow } from '../../services/IAIRegistryService';
import { FakeFrameworkService } from '../../testing/fakeFrameworkService';
import { FrameworkCoverage } from './FrameworkCoverage';

jest.setTimeout(30000);
afterEach(() => cleanup());
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 1000)));

const f = strings.Frameworks;
const system: Stored<AISystem> = {
  id: 7, etag: '"1"', title: 'Border risk scorer', lifecycle: 'Pilot', approvalStatus: 'Pending review',
  ...classificationColumns(emptyAIActProfile({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true }))
} as Stored<AISystem>;
const verified: RegisterRow = { system, verification: { state: 'Verified', by: { id: 21, title: 'Helena Okafor' }, on: '2026-11-20', ignored: [], anomalies: [] } };

function renderCoverage(row: RegisterRow = verified): { service: FakeFrameworkService; downloads: { blob: Blob; fileName: string }[] } {
  const service = new FakeFrameworkService('Sofia Rossi');
  const downloads: { blob: Blob; fileName: string }[] = [];
  render(<FrameworkCoverage row={row} service={service} strings={f} suiteStrings={suiteStrings} download={(blob, fileName) => downloads.push({ blob, fileName })} />);
  return { service, downloads };
}

/** The coverage table's row of a framework, as text. */
async function frameworkRow(name: string): Promise<string> {
  const table = await screen.findByRole('table', { name: 'Framework coverage of Border risk scorer' });
  return within(table).getByRole('rowheader', { name }).closest('tr')?.textContent ?? '';
}

describe('FrameworkCoverage', () => {
  it('shows each framework\'s coverage in a table with headers; the verified classification counts for the EU AI Act', async () => {
    renderCoverage();
    const table = await screen.findByRole('table', { name: 'Framework coverage of Border risk scorer' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([f.ColFramework, f.ColStatus, f.ColCovered, f.ColGaps]);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual([f.Names.euAiAct, f.Names.nistAiRmf, f.Names.iso42001, f.Names.oecd]);
    // A high-risk deployer at a public body: Art. 6 (classification), Art. 4 and the Art. 26-27 duties apply.
    expect(await frameworkRow(f.Names.euAiAct)).toBe('EU AI ActPartially covered1 of 8 covered7');
    expect(await frameworkRow(f.Names.oecd)).toBe('OECD AI PrinciplesNot covered0 of 10 covered10');
    const evidence = screen.getByRole('table', { name: 'Evidence that counts for Border risk scorer' });
    expect(evidence.textContent).toContain('EU AI Act Art. 6');
    expect(evidence.textContent).toContain(f.ClassificationEvidence);
  });

  it('without a counting verification, the classification is no evidence', async () => {
    renderCoverage({ ...verified, verification: { state: 'Unverified', ignored: [], anomalies: [] } });
    expect(await frameworkRow(f.Names.euAiAct)).toBe('EU AI ActNot covered0 of 8 covered8');
    expect(screen.getByText(f.NoEvidence)).toBeTruthy();
  });

  it('adds link evidence for a control: a non-http link is refused with nothing saved, then coverage grows through the mappings', async () => {
    const user = userEvent.setup();
    const { service } = renderCoverage();
    await screen.findByRole('table', { name: 'Framework coverage of Border risk scorer' });
    expect(await frameworkRow(f.Names.iso42001)).toBe('ISO/IEC 42001 Annex APartially covered0 of 38 covered, 1 partially38');
    await user.click(screen.getByRole('button', { name: f.AddEvidence }));
    await user.click(screen.getByRole('combobox', { name: f.FieldControl }));
    await user.click(await screen.findByRole('option', { name: /^Art\. 26\(6\) / }));
    await user.type(screen.getByRole('textbox', { name: f.FieldTitle }), 'Log retention settings');
    await user.type(screen.getByRole('textbox', { name: f.FieldLink }), 'ftp://files.example.org/logs');
    await user.click(screen.getByRole('button', { name: f.SaveEvidence }));
    expect((await screen.findByRole('alert')).textContent).toBe(f.Errors.invalidUrl);
    expect(service.evidence).toHaveLength(0);

    const link = screen.getByRole('textbox', { name: f.FieldLink });
    await user.clear(link);
    await user.type(link, 'https://docs.example.org/logs');
    await user.click(screen.getByRole('button', { name: f.SaveEvidence }));
    await screen.findByText(f.Saved);
    expect(service.evidence.map((e) => [e.controlKey, e.systemId, e.link])).toEqual([['euAiAct:Art. 26(6)', 7, 'https://docs.example.org/logs']]);
    await waitFor(async () => expect(await frameworkRow(f.Names.euAiAct)).toBe('EU AI ActPartially covered2 of 8 covered6'));
    // Art. 26(6) maps to ISO A.6.2.8 in part: a second ISO control partially covered (A.5.2 was, by the classification).
    expect(await frameworkRow(f.Names.iso42001)).toBe('ISO/IEC 42001 Annex APartially covered0 of 38 covered, 2 partially38');
    expect(within(screen.getByTestId('gaps-iso42001')).getByText('A.6.2.8 AI system recording of event logs (partly covered by EU AI Act Art. 26(6))')).toBeTruthy();
  });

  it('exports the comparison and the coverage as files named after the system', async () => {
    // Fluent's menu items refuse the pointer while the callout positions itself (as in the suite's other menu tests).
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const { downloads } = renderCoverage();
    await screen.findByRole('table', { name: 'Framework coverage of Border risk scorer' });
    await user.click(screen.getByRole('button', { name: f.ExportCoverage }));
    await user.click(await screen.findByRole('menuitem', { name: f.ExportCsv }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].fileName).toMatch(/^framework-coverage-border-risk-scorer-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(downloads[0].blob.size).toBeGreaterThan(1000);
    // The first menu closes (its items take no pointer while they fade) before the second one opens.
    await waitFor(() => expect(screen.queryByRole('menuitem')).toBeNull());
    await user.click(screen.getByRole('button', { name: f.ExportComparison }));
    await user.click(await screen.findByRole('menuitem', { name: f.ExportCsv }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1].fileName).toMatch(/^framework-comparison-border-risk-scorer-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
