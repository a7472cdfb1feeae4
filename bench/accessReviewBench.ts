/**
 * Access review figures (issue 16), printed, not asserted: starting a 10,000-item campaign (an imported One
 * Identity-style file, so the directory costs nothing and every request counted is SharePoint's) with its requests
 * against the budget items/100 + 10, and a reviewer's first screen ("My reviews") with its HTTP round trips.
 */
import type { ImportedAccessRow } from '../src/core/accessReviews';
import type { PersonRef } from '../src/core/models/common';
import { SiteDirectory } from '../src/data/people/siteDirectory';
import { resolveSiteUsers } from '../src/data/people/siteUserResolver';
import { SiteUserSearch } from '../src/data/people/siteUserSearch';
import { ensureSchema } from '../src/data/provisioning/ensureSchema';
import { createRepositories } from '../src/data/repositories/createRepositories';
import { createNodeSp } from '../src/data/sp/createSp';
import { AccessReviewService } from '../src/webparts/accessReviews/services/AccessReviewService';
import { FakeDirectoryReader } from '../src/webparts/accessReviews/testing/fakeDirectoryReader';
import { startEmulator } from '../workbench/emulator';

type Row = (name: string, value: string) => void;

const ITEMS = 10000;
const REVIEWERS = 20;
const LEAD = 'bench.lead@governance.example.org';

function service(siteUrl: string, login: string): AccessReviewService {
  const sp = createNodeSp(siteUrl, { user: login });
  return new AccessReviewService(createRepositories(sp), new FakeDirectoryReader({}), (emails) => resolveSiteUsers(sp, emails), new SiteUserSearch(sp), new SiteDirectory(sp));
}

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

export async function benchAccessReviews(row: Row): Promise<void> {
  let requests = 0;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', log: () => { requests++; } });
  try {
    const lead = emulator.store.upsertUser({ loginName: LEAD, title: 'Bench Lead', email: LEAD, isSiteAdmin: true });
    emulator.store.upsertGroup('Governance Leads', [LEAD]);
    const reviewers: PersonRef[] = [];
    for (let i = 0; i < REVIEWERS; i++) {
      const login = `bench.reviewer${i}@governance.example.org`;
      const user = emulator.store.upsertUser({ loginName: login, title: `Bench Reviewer ${i}`, email: login });
      reviewers.push({ id: user.Id, title: user.Title, email: login, loginName: login });
    }
    await ensureSchema(createNodeSp(emulator.siteUrl, { user: LEAD }));
    const rows: ImportedAccessRow[] = Array.from({ length: ITEMS }, (_, i) => ({
      row: i + 1, principal: `user${i % 2500}@governance.example.org`, principalType: 'User', resource: `System ${Math.floor(i / 2500)}`, entitlement: 'Operator'
    }));
    const leadService = service(emulator.siteUrl, LEAD);
    await leadService.session();
    const before = requests;
    const [campaign, snapshotMs] = await time(() => leadService.createCampaign({
      title: 'Bench: 10,000 imported entitlements', scopeKind: 'Imported', scope: JSON.stringify({ fileName: 'bench.csv' }), reviewerRule: 'Named people',
      namedReviewers: reviewers, fallbackReviewer: { id: lead.Id, title: lead.Title, email: LEAD, loginName: LEAD }, startDate: '2026-12-01', dueDate: '2026-12-31',
      recurrence: 'One-off', undecidedOutcome: 'Keep', justificationRequired: false
    }, { start: true, importedRows: rows }));
    const sent = requests - before;
    row(`access review: start a ${ITEMS}-item campaign (snapshot)`, `${snapshotMs.toFixed(0)} ms, ${sent} requests (budget ${ITEMS / 100 + 10}), ${campaign.itemCount ?? 0} items`);

    const reviewer = service(emulator.siteUrl, reviewers[0].loginName as string);
    await reviewer.session();
    const mark = requests;
    const [mine, myMs] = await time(() => reviewer.myReviews());
    row(`access review: "My reviews" first screen (${ITEMS}-item campaign)`, `${myMs.toFixed(0)} ms, ${requests - mark} HTTP requests (session already known), ${mine.length} items`);
    const [decided, decideMs] = await time(() => reviewer.decide(mine.slice(0, 100), 'Keep', 'Bench'));
    row('access review: decide 100 items (one $batch)', `${decideMs.toFixed(0)} ms, ${decided.filter((r) => r.ok).length} recorded`);
  } finally {
    await emulator.close();
  }
}
