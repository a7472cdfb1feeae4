import * as React from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as shared from 'GovernanceSuiteStrings';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { MeetingAction } from '../../../core/models/meetingAction';
import { formatDate } from '../../../ui/format';
import { MeetingActionsView, type ActionFilter } from './MeetingActionsView';
import { AMINA, FakeActionService, HELENA, JONAS, NOW } from './MeetingActionsView.fake';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadAmdStrings = require('../../../../config/jest/loadAmdStrings') as (path: string) => Record<string, unknown>;

// The web part's strings are not mapped for Jest: its real en-us resource file, evaluated.
const en = loadAmdStrings('src/webparts/governanceRoles/loc/en-us.js') as unknown as IGovernanceRolesStrings;
const fr = loadAmdStrings('src/webparts/governanceRoles/loc/fr-fr.js') as unknown as IGovernanceRolesStrings;

// Fluent dialogs and callouts are slow to mount in jsdom on a busy machine.
jest.setTimeout(60000);

afterEach(() => cleanup());
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 500)));

const PAGE = 'https://contoso.sharepoint.com/sites/gov/SitePages/Roles.aspx';

let nextId = 1;
function action(values: Partial<MeetingAction> & Pick<MeetingAction, 'actionText' | 'meetingTitle' | 'meetingDate'>): Stored<MeetingAction> {
  return { id: nextId++, etag: '"1"', title: values.actionText, kind: 'Action', status: 'Open', ...values };
}

const BOARD = { meetingTitle: 'Data governance board', meetingDate: '2026-10-02' };
const STEERING = { meetingTitle: 'AI steering committee', meetingDate: '2026-11-14' };
const PRIVACY = { meetingTitle: 'Privacy sync', meetingDate: '2026-09-10' };

function log(): Stored<MeetingAction>[] {
  nextId = 1;
  return [
    action({ ...BOARD, actionText: 'Name a custodian for the HR share', owner: JONAS, dueDate: '2026-11-20', recordList: 'DataAssets', recordId: 4 }),
    action({ ...BOARD, actionText: 'Publish the retention schedule', owner: AMINA, dueDate: '2026-11-01', status: 'Done' }),
    action({ ...BOARD, actionText: 'The retention schedule is approved', kind: 'Decision', status: 'Done', note: 'Unanimous' }),
    action({ ...STEERING, actionText: 'Classify the chatbot', owner: JONAS, dueDate: '2027-01-15', status: 'In progress', recordList: 'AISystems', recordId: 12 }),
    action({ ...STEERING, actionText: 'Review the scoring model', owner: AMINA, dueDate: '2026-11-30' }),
    action({ ...PRIVACY, actionText: 'Update the DPIA template', owner: JONAS, dueDate: '2026-09-30', status: 'Dropped' })
  ];
}

interface Rendered {
  service: FakeActionService;
  saved: Stored<MeetingAction>[];
  filters: ActionFilter[];
  user: ReturnType<typeof userEvent.setup>;
}

/** The view as the container holds it: the log and the filter in state, saved items put back in the log. */
function Harness(props: { service: FakeActionService; me: PersonRef; isLead: boolean; saved: Stored<MeetingAction>[]; filters: ActionFilter[]; strings?: IGovernanceRolesStrings }): React.ReactElement {
  const { service, me, isLead, saved, filters } = props;
  const [actions, setActions] = React.useState<Stored<MeetingAction>[]>(() => service.items.slice());
  const [filter, setFilter] = React.useState<ActionFilter>('all');
  return (
    <MeetingActionsView service={service} actions={actions} currentUser={me} isLead={isLead} now={NOW} pageUrl={PAGE} strings={props.strings ?? en} shared={shared}
      filter={filter}
      onFilterChange={(f) => {
        filters.push(f);
        setFilter(f);
      }}
      onSaved={(item) => {
        saved.push(item);
        setActions((list) => (list.some((a) => a.id === item.id) ? list.map((a) => (a.id === item.id ? item : a)) : [...list, item]));
      }} />
  );
}

function renderView(me: PersonRef, isLead: boolean, items: Stored<MeetingAction>[] = log(), strings: IGovernanceRolesStrings = en): Rendered {
  const service = new FakeActionService(items, me, isLead);
  const saved: Stored<MeetingAction>[] = [];
  const filters: ActionFilter[] = [];
  // A dialog still fading in has `pointer-events: none` for a moment; the clicks are real user clicks once it settles.
  const user = userEvent.setup({ pointerEventsCheck: 0 });
  render(<Harness service={service} me={me} isLead={isLead} saved={saved} filters={filters} strings={strings} />);
  return { service, saved, filters, user };
}

/** The meetings shown, in order, each with its items' texts in order. */
function meetings(): { meeting: string; items: string[] }[] {
  return screen.queryAllByRole('region').map((section) => ({
    meeting: section.getAttribute('data-meeting') ?? '',
    items: within(section).queryAllByRole('rowheader').map((th) => th.textContent ?? '')
  }));
}

function rowOf(text: string): HTMLElement {
  return screen.getByRole('rowheader', { name: text }).closest('tr') as HTMLElement;
}

async function chooseFilter(user: Rendered['user'], option: string | RegExp): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: /^Show/ }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('MeetingActionsView', () => {
  it('groups the items by meeting, the latest meeting first, each meeting\'s items by due date', () => {
    renderView(JONAS, false);
    expect(meetings()).toEqual([
      { meeting: 'AI steering committee', items: ['Review the scoring model', 'Classify the chatbot'] },
      { meeting: 'Data governance board', items: ['Publish the retention schedule', 'Name a custodian for the HR share', 'The retention schedule is approved'] },
      { meeting: 'Privacy sync', items: ['Update the DPIA template'] }
    ]);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      `AI steering committee, ${formatDate('2026-11-14', '')}`,
      `Data governance board, ${formatDate('2026-10-02', '')}`,
      `Privacy sync, ${formatDate('2026-09-10', '')}`
    ]);
    expect(screen.getByRole('region', { name: headings[0] as string })).toBeTruthy();
    // A decision: its kind, no owner, its note; a record of the inventory links to its details on this page.
    const decision = rowOf('The retention schedule is approved');
    expect(within(decision).getByText(en.KindDecision)).toBeTruthy();
    expect(within(decision).getAllByText(en.NotSet).length).toBeGreaterThan(0);
    expect(within(decision).getByText('Unanimous')).toBeTruthy();
    const link = within(rowOf('Name a custodian for the HR share')).getByRole('link', { name: 'Record DataAssets #4' }) as HTMLAnchorElement;
    expect(new URL(link.href).searchParams.get('asset')).toBe('4');
    // A record of another list is named, not linked.
    expect(within(rowOf('Classify the chatbot')).getByText('Record AISystems #12')).toBeTruthy();
    expect(within(rowOf('Classify the chatbot')).queryByRole('link')).toBeNull();
  });

  it('badges an open action past its due date as Overdue, but not a done, dropped or not-yet-due one', () => {
    renderView(JONAS, false);
    expect(within(rowOf('Name a custodian for the HR share')).getByText(en.Overdue)).toBeTruthy();
    expect(within(rowOf('Review the scoring model')).getByText(en.Overdue)).toBeTruthy();
    // Past due but done or dropped: not overdue.
    expect(within(rowOf('Publish the retention schedule')).queryByText(en.Overdue)).toBeNull();
    expect(within(rowOf('Update the DPIA template')).queryByText(en.Overdue)).toBeNull();
    // In progress, due next month; a decision without a due date.
    expect(within(rowOf('Classify the chatbot')).queryByText(en.Overdue)).toBeNull();
    expect(within(rowOf('The retention schedule is approved')).queryByText(en.Overdue)).toBeNull();
    expect(document.querySelectorAll('[data-kind="overdue"]')).toHaveLength(2);
  });

  it('filters open, overdue (counted in the choice), mine and my overdue items', async () => {
    const { user, filters } = renderView(JONAS, false);
    await chooseFilter(user, en.ActFilterOpen);
    expect(meetings().flatMap((m) => m.items).sort()).toEqual(['Classify the chatbot', 'Name a custodian for the HR share', 'Review the scoring model']);

    await chooseFilter(user, 'Overdue (2)');
    expect(meetings()).toEqual([
      { meeting: 'AI steering committee', items: ['Review the scoring model'] },
      { meeting: 'Data governance board', items: ['Name a custodian for the HR share'] }
    ]);

    await chooseFilter(user, en.ActFilterMine);
    expect(meetings()).toEqual([
      { meeting: 'AI steering committee', items: ['Classify the chatbot'] },
      { meeting: 'Data governance board', items: ['Name a custodian for the HR share'] },
      { meeting: 'Privacy sync', items: ['Update the DPIA template'] }
    ]);

    await chooseFilter(user, en.ActFilterMyOverdue);
    expect(meetings()).toEqual([{ meeting: 'Data governance board', items: ['Name a custodian for the HR share'] }]);

    await chooseFilter(user, en.ActFilterAll);
    expect(meetings().flatMap((m) => m.items)).toHaveLength(6);
    expect(filters).toEqual(['open', 'overdue', 'mine', 'myOverdue', 'all']);
  });

  it('says so when nothing matches, and offers no export then', async () => {
    const { user } = renderView(HELENA, false);
    await chooseFilter(user, en.ActFilterMine);
    expect(screen.getByText(en.ActionsNone)).toBeTruthy();
    expect(screen.queryAllByRole('region')).toEqual([]);
    expect((screen.getByRole('button', { name: en.ActExportCsv }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lets the owner change the status of their own action in place, saved with its ETag', async () => {
    const { service, saved, user } = renderView(JONAS, false);
    const row = rowOf('Name a custodian for the HR share');
    await user.click(within(row).getByRole('combobox', { name: 'Status of Name a custodian for the HR share' }));
    await user.click(await screen.findByRole('option', { name: en.StatusDone }));

    expect(await screen.findByText('Name a custodian for the HR share: now Done.')).toBeTruthy();
    expect(service.calls.setStatus).toEqual([{ id: 1, etag: '"1"', status: 'Done' }]);
    expect(service.stored('Name a custodian for the HR share')).toMatchObject({ status: 'Done', etag: '"2"' });
    expect(saved.map((a) => a.status)).toEqual(['Done']);
    // Done: no longer overdue.
    await waitFor(() => expect(within(rowOf('Name a custodian for the HR share')).queryByText(en.Overdue)).toBeNull());
  });

  it('gives someone who is neither owner nor lead no control over the status, and no Edit or Add', () => {
    renderView(JONAS, false);
    // Amina's action and an ownerless decision: the status as text only.
    for (const text of ['Review the scoring model', 'Publish the retention schedule', 'The retention schedule is approved']) {
      expect(within(rowOf(text)).queryByRole('combobox')).toBeNull();
    }
    expect(within(rowOf('Review the scoring model')).getByText(en.StatusOpen)).toBeTruthy();
    // Jonas's own: one status control each.
    expect(within(rowOf('Classify the chatbot')).getByRole('combobox', { name: 'Status of Classify the chatbot' })).toBeTruthy();
    expect(screen.getAllByRole('combobox', { name: /^Status of / })).toHaveLength(3);
    expect(screen.queryByRole('button', { name: en.ActAdd })).toBeNull();
    expect(screen.queryAllByRole('button', { name: /^Edit / })).toEqual([]);
    expect(screen.queryAllByRole('button', { name: /^Add to this meeting/ })).toEqual([]);
    expect(screen.queryByRole('columnheader', { name: en.ActionsColumn })).toBeNull();
  });

  it('gives a lead the status of every action, Edit on each and Add on each meeting', () => {
    renderView(HELENA, true);
    expect(screen.getAllByRole('combobox', { name: /^Status of / })).toHaveLength(6);
    expect(screen.getAllByRole('button', { name: /^Edit / })).toHaveLength(6);
    expect(screen.getByRole('button', { name: en.ActAdd })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add to this meeting: Privacy sync' })).toBeTruthy();
  });

  it('shows the conflict dialog when someone changed the action first, overwrites nothing, and re-applies the status on request', async () => {
    const { service, saved, user } = renderView(JONAS, false);
    service.changeBySomeoneElse('Name a custodian for the HR share', { status: 'In progress', note: 'Started by HR' });
    await user.click(within(rowOf('Name a custodian for the HR share')).getByRole('combobox', { name: 'Status of Name a custodian for the HR share' }));
    await user.click(await screen.findByRole('option', { name: en.StatusDone }));

    const conflict = await screen.findByRole('alertdialog', { name: shared.ConflictTitle });
    expect(within(conflict).getByText('Saved by Helena Okafor', { exact: false })).toBeTruthy();
    const statusRow = within(conflict).getByRole('rowheader', { name: en.ActStatusLabel }).closest('tr') as HTMLElement;
    expect(within(statusRow).getByText('Done')).toBeTruthy();
    expect(within(statusRow).getByText('In progress')).toBeTruthy();
    // Refused with the old ETag: the stored action is theirs, untouched.
    expect(service.calls.setStatus).toEqual([{ id: 1, etag: '"1"', status: 'Done' }]);
    expect(service.stored('Name a custodian for the HR share')).toMatchObject({ status: 'In progress', etag: '"2"', note: 'Started by HR' });
    expect(saved).toEqual([]);
    expect(service.calls.get).toEqual([1]);

    await user.click(within(conflict).getByRole('button', { name: shared.ConflictReapply }));
    expect(await screen.findByText('Name a custodian for the HR share: now Done.')).toBeTruthy();
    expect(service.calls.setStatus[1]).toEqual({ id: 1, etag: '"2"', status: 'Done' });
    // Their note kept, my status on top.
    expect(service.stored('Name a custodian for the HR share')).toMatchObject({ status: 'Done', etag: '"3"', note: 'Started by HR' });
    expect(within(rowOf('Name a custodian for the HR share')).getByText('Started by HR')).toBeTruthy();
  });

  it('names the statuses in the conflict dialog in the user\'s language, not as stored', async () => {
    const { service, user } = renderView(JONAS, false, log(), fr);
    service.changeBySomeoneElse('Name a custodian for the HR share', { status: 'In progress' });
    await user.click(within(rowOf('Name a custodian for the HR share')).getByRole('combobox', { name: /Name a custodian for the HR share/ }));
    await user.click(await screen.findByRole('option', { name: fr.StatusDone }));
    const conflict = await screen.findByRole('alertdialog', { name: shared.ConflictTitle });
    const statusRow = within(conflict).getByRole('rowheader', { name: fr.ActStatusLabel }).closest('tr') as HTMLElement;
    expect(within(statusRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([fr.StatusDone, fr.StatusInProgress]);
  });

  it('after a conflict, "Reload theirs" shows the saved version and writes nothing', async () => {
    const { service, saved, user } = renderView(JONAS, false);
    service.changeBySomeoneElse('Name a custodian for the HR share', { status: 'In progress', note: 'Started by HR' });
    await user.click(within(rowOf('Name a custodian for the HR share')).getByRole('combobox', { name: 'Status of Name a custodian for the HR share' }));
    await user.click(await screen.findByRole('option', { name: en.StatusDone }));
    const conflict = await screen.findByRole('alertdialog', { name: shared.ConflictTitle });
    await user.click(within(conflict).getByRole('button', { name: shared.ConflictReloadTheirs }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(within(rowOf('Name a custodian for the HR share')).getByText('Started by HR')).toBeTruthy();
    expect(service.calls.setStatus).toHaveLength(1);
    expect(service.stored('Name a custodian for the HR share').status).toBe('In progress');
    expect(saved.map((a) => a.etag)).toEqual(['"2"']);
  });

  it('exports the log shown as CSV: the localised header and one row per item, grouped as on screen', async () => {
    const created: Blob[] = [];
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:meeting-actions';
    };
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    // The download is an anchor click; jsdom cannot navigate, so the click only records the file name offered.
    const offered: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { offered.push(this.download); });
    try {
      const { service, user } = renderView(JONAS, false);
      await user.click(screen.getByRole('button', { name: en.ActExportCsv }));
      expect(service.calls.exports).toHaveLength(1);
      const { headers, rows } = service.calls.exports[0];
      expect(headers).toEqual(['Meeting', 'Meeting date', 'Decision or action', 'Text', 'Owner', 'Due date', 'Status', 'Overdue', 'Record', 'Note']);
      // Grouped by meeting, the latest first, as on screen. (Within a meeting the export keeps the log's order, while the
      // screen sorts by due date: compared here without that order.)
      expect(rows.map((r) => r[0])).toEqual(['AI steering committee', 'AI steering committee', 'Data governance board', 'Data governance board', 'Data governance board', 'Privacy sync']);
      const byText = (a: readonly string[], b: readonly string[]): number => a[3].localeCompare(b[3]);
      expect([...rows].sort(byText)).toEqual([
        ['AI steering committee', '2026-11-14', 'Action', 'Review the scoring model', 'Amina Diallo', '2026-11-30', 'Open', 'Overdue', '', ''],
        ['AI steering committee', '2026-11-14', 'Action', 'Classify the chatbot', 'Jonas Weber', '2027-01-15', 'In progress', '', 'AISystems #12', ''],
        ['Data governance board', '2026-10-02', 'Action', 'Publish the retention schedule', 'Amina Diallo', '2026-11-01', 'Done', '', '', ''],
        ['Data governance board', '2026-10-02', 'Action', 'Name a custodian for the HR share', 'Jonas Weber', '2026-11-20', 'Open', 'Overdue', 'DataAssets #4', ''],
        ['Data governance board', '2026-10-02', 'Decision', 'The retention schedule is approved', '', '', 'Done', '', '', 'Unanimous'],
        ['Privacy sync', '2026-09-10', 'Action', 'Update the DPIA template', 'Jonas Weber', '2026-09-30', 'Dropped', '', '', '']
      ].sort(byText));
      // The service's file is what the browser is offered, under a dated name.
      expect(created).toHaveLength(1);
      expect(created[0]).toBe(service.exported[0]);
      expect(offered).toHaveLength(1);
      expect(offered[0]).toMatch(/^meeting-actions-\d{4}-\d{2}-\d{2}\.csv$/);

      // Filtered, the export holds only what is shown.
      await chooseFilter(user, en.ActFilterMyOverdue);
      await user.click(screen.getByRole('button', { name: en.ActExportCsv }));
      expect(service.calls.exports[1].rows.map((r) => r[3])).toEqual(['Name a custodian for the HR share']);
    } finally {
      click.mockRestore();
    }
  });

  it('refuses a lead\'s new action due in the past with the localised message and saves nothing', async () => {
    const { service, saved, user } = renderView(HELENA, true);
    await user.click(screen.getByRole('button', { name: 'Add to this meeting: AI steering committee' }));
    const dialog = await screen.findByRole('dialog', { name: en.ActAddTitle });
    // Pre-filled with the meeting it was opened from.
    expect((within(dialog).getByRole('textbox', { name: en.ActMeetingLabel }) as HTMLInputElement).value).toBe('AI steering committee');
    await user.type(within(dialog).getByRole('textbox', { name: en.ActTextLabel }), 'Retrain the model');
    const due = within(dialog).getByLabelText(en.ActDueLabel);
    await user.clear(due);
    await user.type(due, '2026-11-01');
    await user.click(within(dialog).getByRole('button', { name: en.Save }));

    expect(await within(dialog).findByText(en.IssueDueDateInPast)).toBeTruthy();
    expect(within(dialog).getByText(en.IssueOwnerRequired)).toBeTruthy();
    expect(service.calls.save).toHaveLength(1);
    expect(service.calls.save[0].draft).toMatchObject({ meetingTitle: 'AI steering committee', meetingDate: '2026-11-14', dueDate: '2026-11-01' });
    expect(service.items).toHaveLength(6);
    expect(saved).toEqual([]);
  });
});
