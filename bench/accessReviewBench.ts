/**
 * Access review figures (issue 16), printed, not asserted: starting a 10,000-item campaign (an imported One
 * Identity-style file, so the directory costs nothing and every request counted is SharePoint's) with its requests
 * against the budget items/100 + 10, and a reviewer's first screen ("My reviews") with its HTTP round trips.
 */
import type { ImportedAccessRow } from '../src/core/accessReviews';
import type { PersonRef } from '../src/core/models/common';
import { ensureSchema } from '../src/data/provisioning/ensureSchema';
import { createNodeSp } from '../src/data/sp/createSp';
import { AccessReviewService } from '../src/webparts/accessReviews/services/AccessReviewService';
import { FakeDirectoryReader } from '../src/webparts/accessReviews/testing/fakeDirectoryReader';
import { startEmulator, type EmulatorHandle } from '../workbench/emulator';
import { fmt, repeat, timed, type Row } from './measure';
import { accessReviewServiceOver } from '../src/webparts/accessReviews/services/accessReviewServiceOver';

const ITEMS = 10000;
const REVIEWERS = 20;
const LEAD = 'bench.lead@governance.example.org';

function service(siteUrl: string, login: string): AccessReviewService {
  const sp = createNodeSp(siteUrl, { user: login });
  return accessReviewServiceOver(sp, new FakeDirectoryReader({}));
}

interface Site {
  readonly emulator: EmulatorHandle;
  readonly requests: () => number;
  readonly reviewers: PersonRef[];
}

/** A fresh site (in-memory emulator) with the lead, the reviewers and every list. */
async function freshSite(): Promise<Site & { lead: PersonRef }> {
  let requests = 0;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', log: () => { requests++; } });
  const lead = emulator.store.upsertUser({ loginName: LEAD, title: 'Bench Lead', email: LEAD, isSiteAdmin: true });
  emulator.store.upsertGroup('Governance Leads', [LEAD]);
  const reviewers: PersonRef[] = [];
  for (let i = 0; i < REVIEWERS; i++) {
    const login = `bench.reviewer${i}@governance.example.org`;
    const user = emulator.store.upsertUser({ loginName: login, title: `Bench Reviewer ${i}`, email: login });
    reviewers.push({ id: user.Id, title: user.Title, email: login, loginName: login });
  }
  await ensureSchema(createNodeSp(emulator.siteUrl, { user: LEAD }));
  return { emulator, requests: () => requests, reviewers, lead: { id: lead.Id, title: lead.Title, email: LEAD, loginName: LEAD } };
}

/** Starts an `items`-item imported campaign on a fresh site; timed from the create call. */
async function startCampaign(items: number): Promise<[Site & { sent: number; itemCount: number }, number]> {
  const site = await freshSite();
  const rows: ImportedAccessRow[] = Array.from({ length: items }, (_, i) => ({
    row: i + 1, principal: `user${i % 2500}@governance.example.org`, principalType: 'User', resource: `System ${Math.floor(i / 2500)}`, entitlement: 'Operator'
  }));
  const leadService = service(site.emulator.siteUrl, LEAD);
  await leadService.session();
  const before = site.requests();
  const [campaign, ms] = await timed(() => leadService.createCampaign({
    title: `Bench: ${items} imported entitlements`, scopeKind: 'Imported', scope: JSON.stringify({ fileName: 'bench.csv' }), reviewerRule: 'Named people',
    namedReviewers: site.reviewers, fallbackReviewer: site.lead, startDate: '2026-12-01', dueDate: '2026-12-31',
    recurrence: 'One-off', undecidedOutcome: 'Keep', justificationRequired: false
  }, { start: true, importedRows: rows }));
  return [{ ...site, sent: site.requests() - before, itemCount: campaign.itemCount ?? 0 }, ms];
}

export async function benchAccessReviews(row: Row): Promise<void> {
  // Warm-up: a 1,000-item campaign on its own site; each timed run starts the campaign on a fresh site.
  await startCampaign(1000).then(([site]) => site.emulator.close());
  const sites: Site[] = [];
  const snapshot = await repeat(async () => {
    const [site, ms] = await startCampaign(ITEMS);
    sites.push(site);
    return [site, ms];
  }, { warmUp: false });
  for (const site of sites.slice(0, -1)) await site.emulator.close();
  const site = snapshot.last;
  try {
    row(`access review: start a ${ITEMS}-item campaign (snapshot)`, `${fmt(snapshot.stats)}, ${site.sent} requests (budget ${ITEMS / 100 + 10}), ${site.itemCount} items`);

    // A fresh reviewer service per run, its session read before the clock starts.
    const login = site.reviewers[0].loginName as string;
    let sent = 0;
    const mine = await repeat(async () => {
      const reviewer = service(site.emulator.siteUrl, login);
      await reviewer.session();
      const before = site.requests();
      const [items, took] = await timed(() => reviewer.myReviews());
      sent = site.requests() - before;
      return [items, took];
    });
    row(`access review: "My reviews" first screen (${ITEMS}-item campaign)`, `${fmt(mine.stats)}, ${sent} HTTP requests (session already known), ${mine.last.length} items`);
    // Each run decides 100 items not decided before (warm-up included).
    const reviewer = service(site.emulator.siteUrl, login);
    await reviewer.session();
    const decide = await repeat(async (run) => {
      const [decided, took] = await timed(() => reviewer.decide(mine.last.slice(run * 100, run * 100 + 100), 'Keep', 'Bench'));
      return [decided.filter((r) => r.ok).length, took];
    });
    row('access review: decide 100 items (one $batch)', `${fmt(decide.stats)}, ${decide.results.join('/')} recorded`);
  } finally {
    await site.emulator.close();
  }
}
