/** Issue 23: what a lookup proves about an update whose answer was lost, and which records a run leaves naming a custodian. */
import type { PersonRef } from '../models/common';
import {
  autoMatchColumns, checkRows, changedSincePlannedIssue, indexByKey, initialReport, namedCustodians, nominationCounts, planImport, reportTable,
  unknownUpdateFate
} from './index';
import type { ReportRow, RowContext } from './index';

const alice: PersonRef = { id: 7, title: 'Alice Custodian', email: 'alice@governance.test' };
const bob: PersonRef = { id: 8, title: 'Bob Custodian', email: 'bob@governance.test' };
const context: RowContext = {
  dateOrder: 'DMY',
  missions: [{ title: 'Chile', region: 'South America' }],
  people: new Map<string, PersonRef | undefined>([['alice@governance.test', alice]])
};

describe('an update whose fate is unknown (attack 5)', () => {
  const [row] = checkRows({ headers: ['Title', 'Mission', 'Domain'], rows: [['Survey', 'Chile', 'Health']] }, autoMatchColumns(['Title', 'Mission', 'Domain']), context);
  const record = (etag: string, domain: string): { id: number; etag: string; values: Record<string, string> } => ({ id: 5, etag, values: { title: 'Survey', mission: 'Chile', domain } });

  it('is written when the record holds the row\'s values, whatever its ETag', () => {
    expect(unknownUpdateFate(record('"2"', 'Health'), row, '"1"')).toBe('written');
  });

  it('is unwritten (re-sent with the planning ETag) when the record is as it was planned, or was not found by its key', () => {
    expect(unknownUpdateFate(record('"1"', 'Finance'), row, '"1"')).toBe('unwritten');
    expect(unknownUpdateFate(undefined, row, '"1"')).toBe('unwritten');
  });

  it('is a conflict, never an overwrite, when someone else changed the record since planning', () => {
    expect(unknownUpdateFate(record('"2"', 'Finance'), row, '"1"')).toBe('changedSincePlanned');
    expect(changedSincePlannedIssue()).toMatchObject({ field: '', code: 'changedSincePlanned' });
  });
});

describe('records a run leaves naming a custodian (attack 6)', () => {
  const headers = ['Title', 'Mission', 'Custodian'];
  const rows = checkRows(
    { headers, rows: [['New', 'Chile', 'alice@governance.test'], ['Kept', 'Chile', 'alice@governance.test'], ['Skipped', 'Chile', ''], ['Gone', 'Chile', 'alice@governance.test'], ['None', 'Chile', '']] },
    autoMatchColumns(headers),
    context
  );
  const existing = [
    { id: 2, etag: '"1"', values: { title: 'Kept', mission: 'Chile', custodian: alice } },
    { id: 3, etag: '"1"', values: { title: 'Skipped', mission: 'Chile', custodian: bob } },
    { id: 4, etag: '"1"', values: { title: 'Gone', mission: 'Chile' } }
  ];
  const plan = planImport(rows, indexByKey(existing, false), 'update');
  const report: ReportRow[] = [
    { rowNumber: 2, outcome: 'created', id: 1 },
    { rowNumber: 3, outcome: 'unchanged', id: 2 },
    { rowNumber: 4, outcome: 'skipped', id: 3 },
    { rowNumber: 5, outcome: 'failed', id: 4 },
    { rowNumber: 6, outcome: 'created', id: 6 }
  ];

  it('takes the file\'s custodian for written rows, the record\'s own for skipped ones, and leaves failed rows and empty names out', () => {
    const byId = new Map(existing.map((e) => [e.id, e.values]));
    expect(namedCustodians(report, plan, byId)).toEqual([
      { assetId: 1, title: 'New', custodian: alice },
      { assetId: 2, title: 'Kept', custodian: alice },
      { assetId: 3, title: 'Skipped', custodian: bob }
    ]);
  });

  it('reports what happened to each nomination, in the report file and in the counts', () => {
    const rowsWithNominations: ReportRow[] = [
      { ...report[0], nomination: 'sent' },
      { ...report[1], nomination: 'failed' },
      { ...report[2], nomination: 'declined' },
      { rowNumber: 7, outcome: 'created', id: 9, nomination: 'self' },
      ...initialReport(plan).slice(4)
    ];
    const words = {
      headers: ['Row', 'Outcome', 'Record', 'Notes'] as [string, string, string, string],
      outcomes: { created: 'Created', updated: 'Updated', unchanged: 'Unchanged', skipped: 'Skipped', invalid: 'Invalid', failed: 'Failed', notRun: 'Not run' },
      nominations: { sent: 'Asked.', self: 'You.', declined: 'Declined before.', failed: 'Import again.' }
    };
    const table = reportTable(rowsWithNominations, words, (id) => `#${id}`, (i) => i.message);
    expect(table.slice(1).map((line) => line[3])).toEqual(['Asked.', 'Import again.', 'Declined before.', '', 'You.']);
    expect(nominationCounts(rowsWithNominations)).toEqual({ sent: 1, self: 1, declined: 1, failed: 1 });
  });
});
