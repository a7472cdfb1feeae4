import { parseReminderSettings, reminderCandidates, remindersDue } from './reminders';
import { ALICE, BOB, NOW, asset, decision, request } from './__fixtures__/builders';

describe('ownership reminders', () => {
  const open = request(1, { assetId: 100, nominee: ALICE });
  const approvedLongAgo = request(2, { assetId: 200, nominee: BOB });
  const approval = decision(10, { request: approvedLongAgo, created: '2025-04-20T09:00:00Z' });
  const candidates = reminderCandidates([open, approvedLongAgo], [approval], [asset(100), asset(200)], NOW);

  it('are off unless the setting says enabled: true', () => {
    expect(parseReminderSettings(undefined)).toEqual({ enabled: false });
    expect(parseReminderSettings('{"enabled":"yes"}')).toEqual({ enabled: false });
    expect(parseReminderSettings('not json')).toEqual({ enabled: false });
    expect(parseReminderSettings('{"enabled":true}')).toEqual({ enabled: true });
    expect(remindersDue(candidates, [], { enabled: false }, NOW)).toEqual([]);
  });

  it('go to the nominee of an open request and to the custodian of an approval due for re-attestation', () => {
    expect(candidates).toEqual([
      { itemKey: 'request:1', recipient: ALICE, reason: 'nomination', assetId: 100, requestId: 1 },
      { itemKey: 'reattestation:200:10', recipient: BOB, reason: 'reattestation', assetId: 200 }
    ]);
  });

  it('are sent at most once per item per week', () => {
    const sixDaysAgo = new Date(NOW.getTime() - 6 * 86400000 - 3600000).toISOString();
    const sevenDaysAgo = new Date(NOW.getTime() - 7 * 86400000).toISOString();
    const due = remindersDue(candidates, [{ itemKey: 'request:1', sentOn: sixDaysAgo }, { itemKey: 'reattestation:200:10', sentOn: sevenDaysAgo }], { enabled: true }, NOW);
    expect(due.map((c) => c.itemKey)).toEqual(['reattestation:200:10']);
  });
});
