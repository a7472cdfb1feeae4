/**
 * Access reviews at size, against the emulator: a scope above MAX_CAMPAIGN_ITEMS refused with nothing written, a
 * snapshot failing part-way rolled back (campaign left Draft, no items), a 10,000-item snapshot within
 * items/100 + 10 SharePoint requests, and a reviewer's first screen over a campaign of thousands in three requests.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_CAMPAIGN_ITEMS } from '../../src/core/accessReviews';
import { isGovernanceError } from '../../src/core/errors';
import { campaignItems } from '../../src/data/accessReviews/reads';
import type { DirectoryPrincipal, GroupAccess } from '../../src/graph/directory/types';
import { FakeDirectoryReader, fakeGroup, fakeUser } from '../../src/webparts/accessReviews/testing/fakeDirectoryReader';
import { draft, requestsSince, reviewService, type ReviewerSession } from './support/accessReviewFixtures';
import { startHarness, type Harness, type UserKey } from './support/harness';

const people = (prefix: string, count: number): DirectoryPrincipal[] => Array.from({ length: count }, (_, i) => fakeUser(`${prefix}${i}`));
const group = (id: string, owner: string, members: number): GroupAccess => ({ group: fakeGroup(id, id), owners: [fakeUser(owner)], members: people(`${id}-m`, members) });

const reader = new FakeDirectoryReader({
  groups: [
    group('g-huge', 'bob', MAX_CAMPAIGN_ITEMS),
    group('g-fail', 'bob', 449),
    group('g-10k', 'bob', 9999),
    group('g-alice', 'alice', 1500),
    group('g-bob', 'bob', 1500)
  ]
});

describe('access reviews at size', () => {
  let h: Harness;
  const as = (user: UserKey, retries?: number): ReviewerSession => reviewService(h, user, reader, retries);
  const batches = (lines: readonly string[]): number => lines.filter((l) => l.startsWith('POST') && l.includes('$batch')).length;

  before(async () => {
    h = await startHarness();
    await h.provision();
  });
  after(() => h.close());

  it(`refuses a scope above ${MAX_CAMPAIGN_ITEMS} items before writing anything`, async () => {
    const { service, repositories } = as('lead');
    const created = await service.createCampaign(draft('Everything', { kind: 'Groups', groupIds: ['g-huge'] }, h.people.lead), { start: false });
    const mark = h.requests.length;
    await assert.rejects(service.startCampaign(created.id, undefined), (e: unknown) => {
      assert.ok(isGovernanceError(e, 'Validation'));
      assert.match(e.message, /20000 \(MAX_CAMPAIGN_ITEMS\)/);
      assert.match(e.message, /region/);
      return true;
    });
    assert.equal(batches(requestsSince(h, mark)), 0, 'no $batch was sent');
    assert.equal((await repositories.accessReviewCampaigns.getById(created.id)).state, 'Draft');
    assert.equal((await campaignItems(repositories, created.id)).length, 0);
  });

  it('a snapshot failing part-way deletes what it wrote and leaves the campaign Draft; it can be started again', async () => {
    const { service, repositories } = as('lead', 2);
    const created = await service.createCampaign(draft('Failing', { kind: 'Groups', groupIds: ['g-fail'] }, h.people.lead), { start: false });
    let injected = false;
    const progress = (done: number): void => {
      // After two batches, every $batch fails until the retries are spent (2 attempts); the rollback's then pass.
      if (done >= 200 && !injected) {
        injected = true;
        h.emulator.faults.inject({ status: 503, count: 2, retryAfterSeconds: 0, pathContains: '$batch' });
      }
    };
    await assert.rejects(service.startCampaign(created.id, undefined, progress), (e: unknown) => {
      assert.ok(isGovernanceError(e, 'Throttled'), String(e));
      assert.match(e.message, /Item 201 of 450 could not be written/);
      assert.match(e.message, /the 200 items written were removed and "Failing" stays in Draft/);
      return true;
    });
    assert.equal((await repositories.accessReviewCampaigns.getById(created.id)).state, 'Draft');
    assert.equal((await campaignItems(repositories, created.id)).length, 0);
    h.emulator.faults.clear();
    const started = await service.startCampaign(created.id, undefined);
    assert.equal(started.state, 'Active');
    assert.equal(started.itemCount, 450);
  });

  it('snapshots 10,000 items within items/100 + 10 SharePoint requests', async (t) => {
    const { service, repositories } = as('lead');
    const created = await service.createCampaign(draft('Ten thousand', { kind: 'Groups', groupIds: ['g-10k'] }, h.people.lead), { start: false });
    const mark = h.requests.length;
    let reported = 0;
    const started = await service.startCampaign(created.id, undefined, (done) => {
      reported = done;
    });
    const sent = requestsSince(h, mark);
    assert.equal(started.itemCount, 10000);
    assert.equal(reported, 10000);
    assert.equal(batches(sent), 100);
    t.diagnostic(`${sent.length} SharePoint requests for 10,000 items`);
    assert.ok(sent.length <= 10000 / 100 + 10, `${sent.length} requests:\n${sent.filter((l) => !l.includes('$batch')).join('\n')}`);
    assert.equal((await campaignItems(repositories, created.id, ['principalKey'])).length, 10000);
  });

  it('a reviewer\'s queue in the 10,000-item campaign loads although its Campaign filter does not narrow below 5,000', async () => {
    const rows = await as('bob').service.myReviews();
    assert.ok(rows.length >= 9999, `${rows.length} rows`);
  });

  it('a reviewer\'s first screen over a campaign of 3,000 items costs three requests; delegated items reach the fallback', async (t) => {
    const lead = as('lead');
    for (const c of (await lead.service.listCampaigns()).filter((s) => s.campaign.state === 'Active')) await lead.service.closeCampaign(c.campaign.id, c.campaign.etag);
    const campaign = await lead.service.createCampaign(draft('Three thousand', { kind: 'Groups', groupIds: ['g-alice', 'g-bob'] }, h.people.lead), { start: true });
    assert.equal(campaign.itemCount, 3002);
    const alice = as('alice');
    const first = await alice.service.myReviews();
    assert.equal(first.length, 1500);
    await alice.service.decide(first.slice(0, 100), 'Keep', 'Still in the team');
    await alice.service.decide(first.slice(100, 105), "Don't know", undefined);

    // A cold service: the session's two reads (who am I, the leads group) run beside the campaigns' read.
    const cold = as('alice').service;
    const coldMark = h.requests.length;
    assert.equal((await cold.myReviews()).length, 1500);
    const coldSent = requestsSince(h, coldMark);
    assert.equal(coldSent.filter((l) => /currentuser|sitegroups/i.test(l)).length, 2);
    assert.equal(coldSent.length, 5, coldSent.join('\n'));
    // Once the session is known (the web part's later loads), exactly three requests.
    const mark = h.requests.length;
    const rows = await cold.myReviews();
    const sent = requestsSince(h, mark);
    assert.equal(sent.length, 3, sent.join('\n'));
    assert.equal(rows.length, 1500, 'her items, including those she handed over (shown with their state)');
    assert.equal(rows.filter((r) => r.state.decision).length, 100);
    assert.equal(rows[rows.length - 1].state.decision?.decision, 'Keep', 'undecided first');

    const leadService = as('lead').service;
    await leadService.session();
    const leadMark = h.requests.length;
    const leadRows = await leadService.myReviews();
    const leadSent = requestsSince(h, leadMark);
    t.diagnostic(`fallback reviewer: ${leadSent.length} requests`);
    assert.ok(leadSent.length <= 5, `three round trips, five requests at most:\n${leadSent.join('\n')}`);
    assert.equal(leadRows.filter((r) => r.state.delegated && !r.item.routedToFallback).length, 5, 'the five "Don\'t know" items');
  });
});
