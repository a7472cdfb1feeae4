import * as React from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as suiteStrings from 'GovernanceSuiteStrings';
import { GovernanceError } from '../../core/errors';
import type { PersonRef, Stored } from '../../core/models/common';
import type { MeetingAction } from '../../core/models/meetingAction';
import { RecordMeetingActions, type RecordActions } from './RecordMeetingActions';

afterEach(() => cleanup());

const NOW = new Date('2026-12-05T09:00:00Z');
const JONAS: PersonRef = { id: 7, title: 'Jonas Weber' };
const AMINA: PersonRef = { id: 9, title: 'Amina Diallo' };

let nextId = 1;
function action(values: Partial<MeetingAction>): Stored<MeetingAction> {
  const id = nextId++;
  return {
    id, etag: '"1"', title: `Action ${id}`, meetingTitle: 'Data governance board', meetingDate: '2026-10-02', kind: 'Action',
    actionText: `Action ${id}`, status: 'Open', recordList: 'DataAssets', recordId: 4, ...values
  } as Stored<MeetingAction>;
}

function show(load: () => Promise<RecordActions>): void {
  render(<RecordMeetingActions load={load} strings={suiteStrings} now={NOW} />);
}

describe('RecordMeetingActions', () => {
  it('counts the open and overdue actions, lists the open ones overdue first and flags them', async () => {
    const actions = [
      action({ actionText: 'Publish the retention schedule', owner: AMINA, dueDate: '2027-01-15' }),
      action({ actionText: 'Name a custodian', owner: JONAS, dueDate: '2026-11-20' }),
      action({ actionText: 'Closed item', status: 'Done', dueDate: '2026-09-01' })
    ];
    show(async () => ({ actions, me: AMINA }));
    expect(await screen.findByText('3 meeting actions concern this record. 2 open, 1 overdue.')).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Name a custodian \(owner: Jonas Weber, due .*\)Overdue/),
      expect.stringMatching(/^Publish the retention schedule \(owner: Amina Diallo, due .*\)From "Data governance board"/)
    ]);
    expect(screen.queryByText(/Closed item/)).toBeNull();
    // Amina owns no overdue action: no warning for her.
    expect(screen.queryByText(/You own/)).toBeNull();
  });

  it('warns the signed-in owner of an overdue action', async () => {
    show(async () => ({ actions: [action({ owner: JONAS, dueDate: '2026-11-20' }), action({ owner: JONAS, dueDate: '2026-11-30' })], me: JONAS }));
    expect(await screen.findByText('You own 2 overdue actions on this record.')).toBeTruthy();
  });

  it('says so when no action concerns the record', async () => {
    show(async () => ({ actions: [] }));
    expect(await screen.findByText('No governance meeting action concerns this record.')).toBeTruthy();
  });

  it('shows text with markup as text', async () => {
    show(async () => ({ actions: [action({ actionText: '<img src=x onerror=alert(1)>', dueDate: '2027-01-01' })] }));
    expect(await screen.findByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('reports a failed load and loads again on retry', async () => {
    let calls = 0;
    show(async () => {
      calls += 1;
      if (calls === 1) throw new GovernanceError('Throttled', 'busy');
      return { actions: [action({ dueDate: '2027-01-01' })] };
    });
    await userEvent.click(await screen.findByRole('button', { name: suiteStrings.Retry }));
    expect(await screen.findByText('1 meeting action concerns this record. 1 open.')).toBeTruthy();
    expect(calls).toBe(2);
  });
});
