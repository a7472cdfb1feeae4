import { isGovernanceError } from '../../core/errors';
import type { AccessReviewCampaign, AccessReviewItem, SoDRule } from '../../core/models/accessReview';
import type { PersonRef, Stored } from '../../core/models/common';
import { FakeDirectoryReader, fakeGroup, fakeUser } from '../../webparts/accessReviews/testing/fakeDirectoryReader';
import { buildItems } from './buildItems';
import { isOnSite, maxSensitivity, recordsPerSite, regionPerSite, type LinkedRecord } from './inventoryLinks';
import { reviewerCandidates } from './reviewerCandidates';
import { readScope } from './scopeEntries';
import { SiteUserCache } from './siteUsers';
import { latestPerScope } from './sod';

const person = (id: number, alias: string): PersonRef => ({ id, title: alias, email: `${alias}@governance.test` });
const ALICE = person(3, 'alice');
const LEAD = person(9, 'lead');
const NOW = new Date('2026-06-01T00:00:00Z');

const campaign = (extra: Partial<AccessReviewCampaign> = {}): Stored<AccessReviewCampaign> => ({
  id: 1, etag: '"1"', title: 'Finance', scopeKind: 'Groups', scope: '{"groupIds":["g1"]}', reviewerRule: 'Resource owners', fallbackReviewer: LEAD,
  startDate: '2026-06-01', dueDate: '2026-06-30', recurrence: 'One-off', undecidedOutcome: 'Keep', justificationRequired: true, state: 'Draft', ...extra
});

const reader = new FakeDirectoryReader({
  groups: [
    { group: fakeGroup('g1', 'Finance', 'https://t.sharepoint.com/sites/fin'), owners: [fakeUser('alice')], members: [fakeUser('alice'), fakeUser('bob', { accountEnabled: false }), fakeUser('gus', { type: 'Guest', sponsorCount: 0 })] },
    { group: fakeGroup('g2', 'Other'), owners: [], members: [fakeUser('gus', { type: 'Guest', sponsorCount: 1 })] }
  ]
});

describe('access review snapshot building blocks', () => {
  it('matches locations on a site by prefix, not by substring', () => {
    expect(isOnSite('https://t.sharepoint.com/sites/fin/Shared%20Documents/a.xlsx', 'https://t.sharepoint.com/sites/fin/')).toBe(true);
    expect(isOnSite('https://T.sharepoint.com/sites/FIN', 'https://t.sharepoint.com/sites/fin')).toBe(true);
    expect(isOnSite('https://t.sharepoint.com/sites/finance/x', 'https://t.sharepoint.com/sites/fin')).toBe(false);
    expect(isOnSite(undefined, 'https://t.sharepoint.com/sites/fin')).toBe(false);
  });

  it('counts records per site with one pass over the locations', () => {
    const onSite = recordsPerSite(['https://t.sharepoint.com/sites/fin/Lists/a', 'https://t.sharepoint.com/sites/fin', 'https://t.sharepoint.com/sites/finance/x', '']);
    expect(onSite('https://t.sharepoint.com/sites/fin/')).toBe(2);
    expect(onSite('https://t.sharepoint.com/sites/finance')).toBe(1);
    expect(onSite('https://t.sharepoint.com/sites/hr')).toBe(0);
    expect(onSite(undefined)).toBe(0);
  });

  it('finds the region of the first record on a site, not on a site whose name merely starts the same', () => {
    const regionOf = regionPerSite([
      { url: 'https://t.sharepoint.com/sites/finance/x', region: 'Europe' },
      { url: 'https://t.sharepoint.com/sites/fin/Lists/a', region: 'Africa' },
      { url: 'https://t.sharepoint.com/sites/fin/b', region: 'Asia' }
    ]);
    expect(regionOf('https://T.sharepoint.com/sites/fin/')).toBe('Africa');
    expect(regionOf('https://t.sharepoint.com/sites/finance')).toBe('Europe');
    expect(regionOf('https://t.sharepoint.com/sites/hr')).toBeUndefined();
    expect(regionOf(undefined)).toBeUndefined();
  });

  it('takes the highest declared sensitivity', () => {
    const records = [{ declaredSensitivity: 'Internal' }, { declaredSensitivity: 'Highly Confidential' }, {}] as LinkedRecord[];
    expect(maxSensitivity(records)).toBe('Highly Confidential');
    expect(maxSensitivity([])).toBeUndefined();
  });

  it('reads guests of every group for a Guests scope, and asks for the file again for an Imported one', async () => {
    const guests = await readScope({ kind: 'Guests' }, reader, [], undefined);
    expect(guests.map((e) => `${e.resourceKey}:${e.principal.id}`)).toEqual(['g1:user-gus', 'g2:user-gus']);
    const refused = await readScope({ kind: 'Imported', fileName: 'x.csv' }, reader, [], undefined).catch((e: unknown) => e);
    expect(isGovernanceError(refused, 'Validation')).toBe(true);
  });

  it('routes a self-owner to the fallback and recommends from the directory facts, SoD rules and records', async () => {
    const c = campaign();
    const entries = await readScope({ kind: 'Groups', groupIds: ['g1'] }, reader, [], undefined);
    const users = new SiteUserCache(async (emails) => new Map(emails.map((e) => [e, e === 'alice@governance.test' ? ALICE : undefined])));
    const records: LinkedRecord[] = [{ id: 1, locationUrl: { url: 'https://t.sharepoint.com/sites/fin/Lists/x' }, declaredSensitivity: 'Highly Confidential' }];
    const rule = { id: 5, etag: '', title: 'r', entitlementA: 'Owner:g1:Owner', labelA: 'a', entitlementB: 'Member:g1:Member', labelB: 'b', riskStatement: 's', active: true } as Stored<SoDRule>;
    const items = buildItems(c, entries, [rule], records, await reviewerCandidates(c, entries, records, reader, users), NOW);
    const by = (key: string, kind: string): AccessReviewItem | undefined => items.find((i) => i.principalKey === key && i.entitlementKind === kind);
    expect(by('user-alice', 'Owner')).toMatchObject({ reviewer: LEAD, routedToFallback: true, recommendation: 'Remove' });
    expect(JSON.parse(by('user-alice', 'Member')?.recommendationReasons ?? '[]')).toEqual(['sodConflict', 'highlyConfidential']);
    expect(by('user-bob', 'Member')).toMatchObject({ reviewer: ALICE, routedToFallback: false, recommendation: 'Remove', title: 'bob / Finance' });
    expect(JSON.parse(by('user-gus', 'Member')?.recommendationReasons ?? '[]')).toEqual(['guestWithoutSponsor', 'highlyConfidential']);
  });

  it('shares named reviewers in turn, skipping the principal', async () => {
    const bob = person(4, 'bob');
    const c = campaign({ reviewerRule: 'Named people', namedReviewers: [ALICE, bob] });
    const entries = await readScope({ kind: 'Groups', groupIds: ['g1'] }, reader, [], undefined);
    const items = buildItems(c, entries, [], [], await reviewerCandidates(c, entries, [], reader, new SiteUserCache(async () => new Map())), NOW);
    expect(items.map((i) => `${i.principalKey}:${i.reviewer?.title}`)).toEqual(['user-alice:bob', 'user-alice:bob', 'user-bob:alice', 'user-gus:bob']);
  });

  it('takes the latest Active or Closed campaign of each scope', () => {
    const a = campaign({ state: 'Closed', startDate: '2026-01-01' });
    const b = { ...campaign({ state: 'Active', startDate: '2026-04-01' }), id: 2 };
    const other = { ...campaign({ scope: '{"groupIds":["g2"]}' }), id: 3 };
    expect(latestPerScope([a, b, other]).map((c) => c.id).sort()).toEqual([2, 3]);
  });
});
