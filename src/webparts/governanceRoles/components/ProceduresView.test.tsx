import * as React from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as shared from 'GovernanceSuiteStrings';
import { GovernanceError } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import type { Procedure } from '../../../core/models/procedure';
import { ProceduresView } from './ProceduresView';
import { AMINA, FakeProcedureService, HELENA, NOW } from './ProceduresView.fake';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadAmdStrings = require('../../../../config/jest/loadAmdStrings') as (path: string) => Record<string, unknown>;

// The web part's strings are not mapped for Jest: its real en-us and fr-fr resource files, evaluated.
const en = loadAmdStrings('src/webparts/governanceRoles/loc/en-us.js') as unknown as IGovernanceRolesStrings;
const fr = loadAmdStrings('src/webparts/governanceRoles/loc/fr-fr.js') as unknown as IGovernanceRolesStrings;

// Fluent dialogs and callouts are slow to mount in jsdom on a busy machine.
jest.setTimeout(60000);

afterEach(() => cleanup());
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 500)));

const ACTIVITIES = ['approveOwnership', 'acceptRisk', 'decideAccessReviews'];
/** The activity filter: its label, then the activity chosen (Fluent's dropdown is named by both). */
const ACTIVITY_FILTER = /^Activity/;

function library(): Stored<Procedure>[] {
  return [
    {
      id: 1, etag: '"1"', title: 'Access review procedure', procedureType: 'Procedure', owner: AMINA, documentVersion: '1.2', reviewDate: '2026-11-20',
      relatedActivities: 'decideAccessReviews', relatedFrameworks: 'euAiAct\nISO 27001 A.5.12', status: 'Active'
    },
    {
      id: 2, etag: '"1"', title: 'Data ownership standard', procedureType: 'Standard', owner: HELENA, documentVersion: '1.0', reviewDate: '2027-03-01',
      documentLink: { url: 'https://contoso.sharepoint.com/sites/gov/Docs/ownership.docx' }, relatedActivities: 'approveOwnership', status: 'Active'
    },
    // Due today: not yet overdue.
    { id: 3, etag: '"1"', title: 'Risk acceptance template', procedureType: 'Template', owner: AMINA, reviewDate: '2026-12-05', relatedActivities: 'acceptRisk', status: 'Active' },
    // Its review date has long passed, but a retired procedure is never overdue.
    { id: 4, etag: '"1"', title: 'Legacy retention guideline', procedureType: 'Guideline', owner: AMINA, reviewDate: '2025-01-01', relatedActivities: 'decideAccessReviews', status: 'Retired' }
  ];
}

interface Rendered {
  service: FakeProcedureService;
  /** What the view handed to its container as saved. */
  saved: Stored<Procedure>[];
  user: ReturnType<typeof userEvent.setup>;
}

/** The view as the container holds it: the list and the activity filter in state, saved items put back in the list. */
function Harness(props: { service: FakeProcedureService; isLead: boolean; strings: IGovernanceRolesStrings; saved: Stored<Procedure>[] }): React.ReactElement {
  const { service, isLead, strings, saved } = props;
  const [procedures, setProcedures] = React.useState<Stored<Procedure>[]>(() => service.procedureItems.slice());
  const [activity, setActivity] = React.useState<string | undefined>();
  return (
    <ProceduresView service={service} procedures={procedures} activities={ACTIVITIES} activity={activity} onActivityChange={setActivity} isLead={isLead} now={NOW}
      strings={strings} shared={shared}
      onSaved={(item) => {
        saved.push(item);
        setProcedures((list) => (list.some((p) => p.id === item.id) ? list.map((p) => (p.id === item.id ? item : p)) : [...list, item]));
      }} />
  );
}

function renderView(isLead: boolean, strings: IGovernanceRolesStrings = en): Rendered {
  const service = new FakeProcedureService(library());
  const saved: Stored<Procedure>[] = [];
  // A dialog still fading in has `pointer-events: none` for a moment; the clicks are real user clicks once it settles.
  const user = userEvent.setup({ pointerEventsCheck: 0 });
  render(<Harness service={service} isLead={isLead} strings={strings} saved={saved} />);
  return { service, saved, user };
}

/** The titles of the table's rows, in order. */
function rowTitles(): string[] {
  const table = screen.queryByTestId('procedures-table');
  return table === null ? [] : within(table).getAllByRole('rowheader').map((th) => th.textContent ?? '');
}

function rowOf(title: string): HTMLElement {
  return screen.getByRole('rowheader', { name: title }).closest('tr') as HTMLElement;
}

async function typeDate(user: Rendered['user'], field: HTMLElement, value: string): Promise<void> {
  await user.clear(field);
  await user.type(field, value);
}

describe('ProceduresView', () => {
  it('badges the procedure past its review date and counts it above the table; retired and due-today ones are not overdue', async () => {
    renderView(false);
    // Fluent's message bars render their text a moment after mounting.
    await waitFor(() => expect(screen.getByTestId('procedures-overdue').textContent).toBe('1 procedure(s) are past their review date.'));
    // Retired procedures are hidden until asked for; the others in title order.
    expect(rowTitles()).toEqual(['Access review procedure', 'Data ownership standard', 'Risk acceptance template']);
    expect(screen.getByText('Procedures (3)')).toBeTruthy();
    expect(within(rowOf('Access review procedure')).getByText(en.ReviewOverdue)).toBeTruthy();
    expect(within(rowOf('Data ownership standard')).queryByText(en.ReviewOverdue)).toBeNull();
    expect(within(rowOf('Risk acceptance template')).queryByText(en.ReviewOverdue)).toBeNull();
    // The row shows its type, owner, version, framework names (a crosswalk key by its name) and activities by name.
    const row = rowOf('Access review procedure');
    expect(within(row).getByText('Procedure')).toBeTruthy();
    expect(within(row).getByText('Amina Diallo')).toBeTruthy();
    expect(within(row).getByText('1.2')).toBeTruthy();
    expect(within(row).getByText('EU AI Act')).toBeTruthy();
    expect(within(row).getByText('ISO 27001 A.5.12')).toBeTruthy();
    expect(within(row).getByText('Decide access reviews')).toBeTruthy();
    // A document link opens the document; a version-less one says so.
    expect((within(rowOf('Data ownership standard')).getByRole('link', { name: 'Data ownership standard' }) as HTMLAnchorElement).href)
      .toBe('https://contoso.sharepoint.com/sites/gov/Docs/ownership.docx');
    expect(within(rowOf('Risk acceptance template')).getByText(en.NotSet)).toBeTruthy();
  });

  it('"Overdue reviews only" hides the procedures whose review is not overdue, and shows them again when unticked', async () => {
    const { user } = renderView(false);
    await user.click(screen.getByRole('checkbox', { name: en.FilterOverdueReviews }));
    expect(rowTitles()).toEqual(['Access review procedure']);
    expect(screen.getByText('Procedures (1)')).toBeTruthy();
    // The retired one is past its date too, but it is not overdue: showing retired ones adds nothing here.
    await user.click(screen.getByRole('checkbox', { name: en.FilterShowRetired }));
    expect(rowTitles()).toEqual(['Access review procedure']);
    await user.click(screen.getByRole('checkbox', { name: en.FilterOverdueReviews }));
    expect(rowTitles()).toEqual(['Access review procedure', 'Data ownership standard', 'Legacy retention guideline', 'Risk acceptance template']);
    expect(within(rowOf('Legacy retention guideline')).getByText(en.ProcedureRetired)).toBeTruthy();
    expect(within(rowOf('Legacy retention guideline')).queryByText(en.ReviewOverdue)).toBeNull();
  });

  it('filters by activity: only the procedures governing it, named in the caption', async () => {
    const { user } = renderView(false);
    await user.click(screen.getByRole('combobox', { name: ACTIVITY_FILTER }));
    await user.click(await screen.findByRole('option', { name: 'Accept risk' }));
    expect(rowTitles()).toEqual(['Risk acceptance template']);
    expect(screen.getByText('Procedures (1) governing Accept risk')).toBeTruthy();
    await user.click(screen.getByRole('combobox', { name: ACTIVITY_FILTER }));
    await user.click(await screen.findByRole('option', { name: en.FilterAllActivities }));
    expect(rowTitles()).toHaveLength(3);
  });

  it('says so when no procedure matches the filters', async () => {
    const { user } = renderView(false);
    await user.click(screen.getByRole('combobox', { name: ACTIVITY_FILTER }));
    await user.click(await screen.findByRole('option', { name: 'Approve ownership' }));
    await user.click(screen.getByRole('checkbox', { name: en.FilterOverdueReviews }));
    expect(screen.queryByTestId('procedures-table')).toBeNull();
    expect(screen.getByText(en.ProceduresNone)).toBeTruthy();
  });

  it('is read-only for someone who is not a governance lead: no Add, Edit, Retire or Actions column', async () => {
    renderView(false);
    expect(await screen.findByText(en.ProceduresReadOnly)).toBeTruthy();
    expect(screen.queryByRole('button', { name: en.ProcAdd })).toBeNull();
    expect(screen.queryAllByRole('button', { name: /^(Edit|Retire|Reinstate) / })).toEqual([]);
    expect(screen.queryByRole('columnheader', { name: en.ActionsColumn })).toBeNull();
  });

  it('offers a lead Add, and Edit and Retire on each row', async () => {
    renderView(true);
    // The overdue count shows (its message bar has rendered), the read-only note does not.
    expect(await screen.findByText('1 procedure(s) are past their review date.')).toBeTruthy();
    expect(screen.queryByText(en.ProceduresReadOnly)).toBeNull();
    expect(screen.getByRole('button', { name: en.ProcAdd })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: en.ActionsColumn })).toBeTruthy();
    for (const title of rowTitles()) {
      expect(within(rowOf(title)).getByRole('button', { name: `Edit ${title}` })).toBeTruthy();
      expect(within(rowOf(title)).getByRole('button', { name: `Retire ${title}` })).toBeTruthy();
    }
  });

  it('shows a lead the localised message of each refused field and saves nothing (in French)', async () => {
    const { service, saved, user } = renderView(true, fr);
    await user.click(screen.getByRole('button', { name: fr.ProcAdd }));
    const dialog = await screen.findByRole('dialog', { name: fr.ProcAddTitle });
    await user.type(within(dialog).getByRole('textbox', { name: fr.ProcTitleLabel }), 'Procédure de classification');
    const version = within(dialog).getByRole('textbox', { name: fr.ProcVersionLabel });
    await user.clear(version);
    await user.type(version, 'v2');
    await user.type(within(dialog).getByRole('textbox', { name: fr.ProcLinkLabel }), 'ftp://files.contoso.com/classification.docx');
    await user.click(within(dialog).getByRole('button', { name: fr.Save }));

    expect(await within(dialog).findByText(fr.IssueOwnerRequired)).toBeTruthy();
    expect(within(dialog).getByText(fr.IssueVersionInvalid)).toBeTruthy();
    expect(within(dialog).getByText(fr.IssueReviewDateRequired)).toBeTruthy();
    expect(within(dialog).getByText(fr.IssueLinkInvalid)).toBeTruthy();
    // The French text, not the service's English message.
    expect(fr.IssueVersionInvalid).not.toBe(en.IssueVersionInvalid);
    expect(within(dialog).queryByText(en.IssueVersionInvalid)).toBeNull();
    // Refused: nothing stored, nothing handed to the container, the form keeps what was typed.
    expect(service.calls.save).toHaveLength(1);
    expect(service.procedureItems).toHaveLength(4);
    expect(saved).toEqual([]);
    expect((within(dialog).getByRole('textbox', { name: fr.ProcTitleLabel }) as HTMLInputElement).value).toBe('Procédure de classification');
  });

  it('lets a lead add a procedure: the owner from the people picker, the new row listed and announced', async () => {
    const { service, saved, user } = renderView(true);
    await user.click(screen.getByRole('button', { name: en.ProcAdd }));
    const dialog = await screen.findByRole('dialog', { name: en.ProcAddTitle });
    await user.type(within(dialog).getByRole('textbox', { name: en.ProcTitleLabel }), 'Classification guideline');
    await user.type(within(dialog).getByRole('combobox', { name: en.ProcOwnerLabel }), 'Amina');
    await user.click(await screen.findByRole('option', { name: /Amina Diallo/ }));
    await typeDate(user, within(dialog).getByLabelText(en.ProcReviewDateLabel), '2027-06-30');
    await user.click(within(dialog).getByRole('button', { name: en.Save }));

    expect(await screen.findByText('Saved: Classification guideline.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: en.ProcAddTitle })).toBeNull());
    expect(service.calls.save).toHaveLength(1);
    expect(service.calls.save[0].etag).toBeUndefined();
    expect(service.calls.save[0].draft).toMatchObject({ title: 'Classification guideline', procedureType: 'Procedure', owner: { id: AMINA.id }, reviewDate: '2027-06-30', status: 'Active' });
    expect(saved.map((p) => p.title)).toEqual(['Classification guideline']);
    expect(rowTitles()).toContain('Classification guideline');
    expect(within(rowOf('Classification guideline')).getByText('Amina Diallo')).toBeTruthy();
  });

  it('saves a lead\'s edit over the procedure with the ETag it was read with', async () => {
    const { service, saved, user } = renderView(true);
    await user.click(screen.getByRole('button', { name: 'Edit Data ownership standard' }));
    const dialog = await screen.findByRole('dialog', { name: en.ProcEditTitle });
    const version = within(dialog).getByRole('textbox', { name: en.ProcVersionLabel }) as HTMLInputElement;
    expect(version.value).toBe('1.0');
    await user.clear(version);
    await user.type(version, '2.0');
    await user.click(within(dialog).getByRole('button', { name: en.Save }));

    expect(await screen.findByText('Saved: Data ownership standard.')).toBeTruthy();
    expect(service.calls.save.map((c) => c.etag)).toEqual(['"1"']);
    expect(service.stored('Data ownership standard')).toMatchObject({ documentVersion: '2.0', etag: '"2"' });
    expect(saved.map((p) => p.documentVersion)).toEqual(['2.0']);
    expect(within(rowOf('Data ownership standard')).getByText('2.0')).toBeTruthy();
  });

  it('shows the conflict dialog when someone saved the procedure first, overwrites nothing, and re-applies on request', async () => {
    const { service, saved, user } = renderView(true);
    await user.click(screen.getByRole('button', { name: 'Edit Data ownership standard' }));
    const dialog = await screen.findByRole('dialog', { name: en.ProcEditTitle });
    const version = within(dialog).getByRole('textbox', { name: en.ProcVersionLabel });
    await user.clear(version);
    await user.type(version, '2.0');
    service.changeBySomeoneElse('Data ownership standard', { documentVersion: '1.5' });
    await user.click(within(dialog).getByRole('button', { name: en.Save }));

    const conflict = await screen.findByRole('alertdialog', { name: shared.ConflictTitle });
    expect(within(conflict).getByText('Saved by Helena Okafor', { exact: false })).toBeTruthy();
    // The version differs: mine and theirs side by side.
    const versionRow = within(conflict).getByRole('rowheader', { name: en.ProcVersionLabel }).closest('tr') as HTMLElement;
    expect(within(versionRow).getByText('2.0')).toBeTruthy();
    expect(within(versionRow).getByText('1.5')).toBeTruthy();
    // Nothing overwritten, nothing handed to the container.
    expect(service.stored('Data ownership standard')).toMatchObject({ documentVersion: '1.5', etag: '"2"' });
    expect(saved).toEqual([]);
    expect(service.calls.get).toEqual([2]);

    await user.click(within(conflict).getByRole('button', { name: shared.ConflictReapply }));
    expect(await screen.findByText('Saved: Data ownership standard.')).toBeTruthy();
    // The second save carried the fresh ETag.
    expect(service.calls.save.map((c) => c.etag)).toEqual(['"1"', '"2"']);
    expect(service.stored('Data ownership standard')).toMatchObject({ documentVersion: '2.0', etag: '"3"' });
    expect(within(rowOf('Data ownership standard')).getByText('2.0')).toBeTruthy();
  });

  it('after a conflict, "Reload theirs" puts the saved values in the form and saves nothing', async () => {
    const { service, saved, user } = renderView(true);
    await user.click(screen.getByRole('button', { name: 'Edit Data ownership standard' }));
    let dialog = await screen.findByRole('dialog', { name: en.ProcEditTitle });
    const version = within(dialog).getByRole('textbox', { name: en.ProcVersionLabel });
    await user.clear(version);
    await user.type(version, '2.0');
    service.changeBySomeoneElse('Data ownership standard', { documentVersion: '1.5' });
    await user.click(within(dialog).getByRole('button', { name: en.Save }));
    const conflict = await screen.findByRole('alertdialog', { name: shared.ConflictTitle });
    await user.click(within(conflict).getByRole('button', { name: shared.ConflictReloadTheirs }));

    dialog = await screen.findByRole('dialog', { name: en.ProcEditTitle });
    expect((within(dialog).getByRole('textbox', { name: en.ProcVersionLabel }) as HTMLInputElement).value).toBe('1.5');
    expect(service.calls.save).toHaveLength(1);
    expect(service.stored('Data ownership standard').documentVersion).toBe('1.5');
    expect(saved).toEqual([]);
  });

  it('retires a procedure with its ETag (it leaves the list) and reinstates it from "Show retired"', async () => {
    const { service, saved, user } = renderView(true);
    await user.click(screen.getByRole('button', { name: 'Retire Access review procedure' }));
    expect(await screen.findByText('Retired: Access review procedure.')).toBeTruthy();
    expect(service.calls.setStatus).toEqual([{ id: 1, etag: '"1"', status: 'Retired' }]);
    expect(rowTitles()).not.toContain('Access review procedure');
    // Retired, it is no longer overdue.
    expect(screen.queryByTestId('procedures-overdue')).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: en.FilterShowRetired }));
    await user.click(screen.getByRole('button', { name: 'Reinstate Access review procedure' }));
    expect(await screen.findByText('Reinstated: Access review procedure.')).toBeTruthy();
    expect(service.calls.setStatus[1]).toEqual({ id: 1, etag: '"2"', status: 'Active' });
    expect(saved.map((p) => p.status)).toEqual(['Retired', 'Active']);
    expect(within(rowOf('Access review procedure')).getByText(en.ProcedureActive)).toBeTruthy();
    expect(await screen.findByText('1 procedure(s) are past their review date.')).toBeTruthy();
  });

  it('does not retire a procedure someone changed since it was read: it says to refresh', async () => {
    const { service, saved, user } = renderView(true);
    service.changeBySomeoneElse('Data ownership standard', { documentVersion: '1.1' });
    await user.click(screen.getByRole('button', { name: 'Retire Data ownership standard' }));
    expect(await screen.findByText(en.ProcChangedRefresh)).toBeTruthy();
    expect(service.stored('Data ownership standard')).toMatchObject({ status: 'Active', documentVersion: '1.1' });
    expect(saved).toEqual([]);
    expect(rowTitles()).toContain('Data ownership standard');
  });

  it('shows the error of a failed retire other than a conflict', async () => {
    const { service, user } = renderView(true);
    service.setProcedureStatus = async () => {
      throw new GovernanceError('Forbidden', 'Access denied', { status: 403 });
    };
    await user.click(screen.getByRole('button', { name: 'Retire Data ownership standard' }));
    const bar = await waitFor(() => {
      const found = document.querySelector('[data-error-kind="Forbidden"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(bar.textContent).toContain(shared.ErrorForbidden);
    expect(rowTitles()).toContain('Data ownership standard');
  });
});
