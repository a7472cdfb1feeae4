import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { meetingActionCsvRows } from '../../src/core/meetingActions';
import type { MeetingAction } from '../../src/core/models/meetingAction';
import type { Procedure } from '../../src/core/models/procedure';
import { isoDay } from '../../src/core/procedures';
import { MEETING_ACTIONS_LIST, MISSIONS_LIST, PROCEDURES_LIST } from '../../src/core/schema';
import { SiteDirectory } from '../../src/data/people/siteDirectory';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { addProcedure } from '../../src/data/procedures';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { toCsvText } from '../../src/data/spreadsheet/writeSpreadsheet';
import { GovernanceRolesService } from '../../src/webparts/governanceRoles/services/GovernanceRolesService';
import { startHarness, type Harness, type UserKey } from './support/harness';

const NOW = new Date();
const day = (offset: number): string => isoDay(new Date(NOW.getTime() + offset * 86_400_000));

describe('procedures library and meeting actions (issue 19, parts 3 and 5)', () => {
  let harness: Harness;
  const service = (user: UserKey): GovernanceRolesService => {
    const sp = harness.sp(user);
    return new GovernanceRolesService(sp, createRepositories(sp, { log: harness.log }), new SiteUserSearch(sp), new SiteDirectory(sp), () => NOW);
  };
  const codes = async (task: Promise<unknown>): Promise<string[]> => {
    try {
      await task;
    } catch (error) {
      assert.ok(isGovernanceError(error, 'Validation'), String(error));
      return error.issues.map((i) => i.code);
    }
    return [];
  };
  const procedure = (values: Partial<Procedure> = {}): Partial<Procedure> => ({
    title: 'Custodian nomination procedure', procedureType: 'Procedure', owner: harness.people.lead, documentVersion: '1.2', reviewDate: day(90),
    documentLink: { url: 'https://contoso.sharepoint.com/sites/governance/Procedures/custodian-nomination.docx' }, relatedActivities: 'approveOwnership', relatedFrameworks: 'euAiAct\nISO 27001 A.5.12', ...values
  });
  const action = (values: Partial<MeetingAction> = {}): Partial<MeetingAction> => ({
    meetingTitle: 'Data governance board', meetingDate: day(-2), kind: 'Action', actionText: 'Name a custodian for the Kenya border dataset', owner: harness.people.alice,
    dueDate: day(14), status: 'Open', recordList: 'DataAssets', recordId: 3, ...values
  });

  before(async () => {
    harness = await startHarness();
    await harness.provision([MISSIONS_LIST, PROCEDURES_LIST, MEETING_ACTIONS_LIST]);
  });
  after(() => harness.close());

  it('a lead creates a procedure; it reads back with its activities, frameworks and link', async () => {
    const saved = await service('lead').saveProcedure(procedure());
    const [stored] = (await service('bob').procedures()).filter((p) => p.id === saved.id);
    assert.equal(stored.title, 'Custodian nomination procedure');
    assert.equal(stored.owner?.id, harness.people.lead.id);
    assert.equal(stored.relatedActivities, 'approveOwnership');
    assert.equal(stored.relatedFrameworks, 'euAiAct\nISO 27001 A.5.12');
    assert.equal(stored.documentLink?.url, 'https://contoso.sharepoint.com/sites/governance/Procedures/custodian-nomination.docx');
    assert.equal(stored.documentVersion, '1.2');
    assert.equal(stored.status, 'Active');
  });

  it('a non-lead cannot create a procedure: SharePoint refuses (leadsWrite)', async () => {
    const before = (await service('lead').procedures()).length;
    await assert.rejects(
      addProcedure(createRepositories(harness.sp('bob')), procedure({ title: 'Bob\'s own procedure' })),
      (error: unknown) => isGovernanceError(error, 'Forbidden') || isGovernanceError(error, 'Unauthorized')
    );
    assert.equal((await service('lead').procedures()).length, before);
  });

  it('refuses bad procedures with their codes and writes nothing', async () => {
    const before = (await service('lead').procedures()).length;
    const lead = service('lead');
    assert.deepEqual(await codes(lead.saveProcedure(procedure({ title: ' ', owner: undefined }))), ['titleRequired', 'ownerRequired']);
    assert.deepEqual(await codes(lead.saveProcedure(procedure({ owner: { id: 9999, title: 'Nobody Here' } }))), ['unknownPerson']);
    assert.deepEqual(await codes(lead.saveProcedure(procedure({ documentVersion: 'v2', reviewDate: undefined, documentLink: { url: 'file://share/p.docx' } }))),
      ['versionInvalid', 'reviewDateRequired', 'linkInvalid']);
    assert.equal((await lead.procedures()).length, before);
  });

  it('an edit over a stale ETag is reported as a conflict, not applied', async () => {
    const lead = service('lead');
    const saved = await lead.saveProcedure(procedure({ title: 'Access review standard', procedureType: 'Standard' }));
    await lead.saveProcedure({ ...saved, documentVersion: '2.0' }, saved);
    await assert.rejects(lead.saveProcedure({ ...saved, documentVersion: '1.3' }, saved), (error: unknown) => isGovernanceError(error, 'Conflict'));
    assert.equal((await lead.getProcedure(saved.id)).documentVersion, '2.0');
    const retired = await lead.setProcedureStatus(await lead.getProcedure(saved.id), 'Retired');
    assert.equal(retired.status, 'Retired');
  });

  it('a lead records an action; a new action due in the past, without owner or text, is refused and nothing is half-saved', async () => {
    const lead = service('lead');
    const created = await lead.saveAction(action());
    assert.equal(created.owner?.id, harness.people.alice.id);
    assert.equal(created.title, 'Name a custodian for the Kenya border dataset');
    const before = (await lead.meetingActions()).length;
    assert.deepEqual(await codes(lead.saveAction(action({ dueDate: day(-1) }))), ['dueDateInPast']);
    assert.deepEqual(await codes(lead.saveAction(action({ owner: undefined, actionText: '  ' }))), ['textRequired', 'ownerRequired']);
    assert.deepEqual(await codes(lead.saveAction(action({ owner: { id: 9999, title: 'Nobody Here' } }))), ['unknownPerson']);
    assert.equal((await lead.meetingActions()).length, before);
  });

  it('the owner updates their action\'s status; someone else is refused; a stale ETag is a conflict', async () => {
    const created = await service('lead').saveAction(action({ actionText: 'Publish the DPIA summary' }));
    await assert.rejects(service('bob').setActionStatus(created, 'Done'), (error: unknown) => isGovernanceError(error, 'Forbidden'));
    const started = await service('alice').setActionStatus(created, 'In progress');
    assert.equal(started.status, 'In progress');
    assert.equal(started.editor?.id, harness.people.alice.id, 'SharePoint recorded the owner as the editor');
    await assert.rejects(service('alice').setActionStatus(created, 'Done'), (error: unknown) => isGovernanceError(error, 'Conflict'));
    const done = await service('alice').setActionStatus(started, 'Done');
    assert.equal(done.status, 'Done');
  });

  it('exports the log as CSV rows grouped by meeting, overdue flagged, formula-like text escaped', async () => {
    const lead = service('lead');
    // An overdue action: recorded when it was not yet due (the service's clock a month back), now past its date.
    const monthAgo = new Date(NOW.getTime() - 30 * 86_400_000);
    const sp = harness.sp('lead');
    const past = new GovernanceRolesService(sp, createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp), () => monthAgo);
    await past.saveAction(action({ meetingTitle: 'AI board', meetingDate: day(-31), actionText: '=HYPERLINK("http://evil.example")', dueDate: day(-3), recordList: undefined, recordId: undefined }));
    const actions = await lead.meetingActions();
    const rows = meetingActionCsvRows(actions, { headers: [], kind: (k) => k, status: (s) => s, overdue: 'Overdue' }, NOW);
    assert.deepEqual(rows.map((r) => r[0]), ['Data governance board', 'Data governance board', 'AI board'], 'latest meeting first');
    const ai = rows[2];
    assert.equal(ai[7], 'Overdue');
    assert.equal(rows[0][8], 'DataAssets #3');
    const csv = toCsvText(['Meeting', 'Date', 'Kind', 'Text', 'Owner', 'Due', 'Status', 'Overdue', 'Record', 'Note'], rows);
    assert.match(csv, /'=HYPERLINK/, 'formula-like text is escaped');
    assert.doesNotMatch(csv, /(^|,)"?=HYPERLINK/m);
    const blob = lead.exportActionsCsv(['Meeting'], [['x']]);
    assert.equal(blob.type, 'text/csv;charset=utf-8');
  });
});
