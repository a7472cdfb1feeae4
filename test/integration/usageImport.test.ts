/**
 * AI usage imports against the emulator through the production data layer: re-importing a period replaces its rows
 * (never duplicates them), a run that fails halfway leaves the period's previous rows as they were, and matching
 * follows the registry as it is now.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Stored } from '../../src/core/models/common';
import type { UsageObservation } from '../../src/core/models/usageObservation';
import { USAGE_OBSERVATIONS_LIST } from '../../src/core/schema/lists/usageObservations';
import { autoMapUsageColumns } from '../../src/core/usage/columns';
import { visibleRows } from '../../src/core/usage/periods';
import { SiteDirectory } from '../../src/data/people/siteDirectory';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { AIRegistryService } from '../../src/webparts/aiRegistry/services/AIRegistryService';
import { UsageMonitoringService } from '../../src/webparts/aiRegistry/services/UsageMonitoringService';
import type { UsageRunResult } from '../../src/webparts/aiRegistry/services/IUsageMonitoringService';
import { startHarness, type Harness } from './support/harness';

const HEADERS = 'Name,Category,Risk score,Traffic,Transactions,Users,Web domain';
const OCTOBER = { start: '2026-10-01', end: '2026-10-31' };

function csv(rows: string[]): Blob {
  return new Blob([[HEADERS, ...rows].join('\r\n')]);
}

const FIRST = csv([
  'ChatGPT,Generative AI,7,1.2 GB,"15,200","1,320",chatgpt.com',
  'Claude,Generative AI,8,300 MB,2400,210,claude.ai',
  'DeepSeek,Generative AI,3,40 MB,300,25,chat.deepseek.com',
  'Perplexity,Generative AI,6,80 MB,900,60,www.perplexity.ai',
  'Dropbox,Cloud storage,9,4 GB,8000,500,dropbox.com'
]);
const SECOND = csv([
  'ChatGPT,Generative AI,7,1.4 GB,"16,000","1,400",chatgpt.com',
  'Claude,Generative AI,8,350 MB,2600,260,claude.ai',
  'DeepSeek,Generative AI,3,10 MB,100,9,chat.deepseek.com',
  'Dropbox,Cloud storage,9,4 GB,8000,480,dropbox.com'
]);

describe('usage import: period replacement against the emulator', { timeout: 120000 }, () => {
  let h: Harness;
  let usage: UsageMonitoringService;
  let registry: AIRegistryService;

  async function stored(): Promise<Stored<UsageObservation>[]> {
    const out: Stored<UsageObservation>[] = [];
    let continuation: string | undefined;
    do {
      const page = await h.repository(USAGE_OBSERVATIONS_LIST).page({ top: 5000 }, continuation);
      out.push(...page.items);
      continuation = page.continuation;
    } while (continuation !== undefined);
    return out;
  }

  async function importFile(file: Blob): Promise<UsageRunResult> {
    const table = await usage.readFile(file, 'defender-october.csv');
    const prepared = await usage.check('defender-october.csv', table, autoMapUsageColumns(table.headers), 'DMY', OCTOBER);
    return usage.run(prepared, {});
  }

  before(async () => {
    h = await startHarness();
    await h.provision();
    const sp = h.sp('admin');
    registry = new AIRegistryService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp));
    usage = new UsageMonitoringService(sp, registry, { retry: { attempts: 1 } });
    await registry.create({ title: 'ChatGPT Enterprise', lifecycle: 'Production', approvalStatus: 'Approved', webDomains: 'chatgpt.com' });
    await registry.create({ title: 'DeepSeek', lifecycle: 'Retired', approvalStatus: 'Rejected', aliases: 'Deep Seek' });
  });

  after(async () => h.close());

  it('imports a period and stores each row with its match, key and batch', async () => {
    const result = await importFile(FIRST);
    assert.deepEqual(result.periods.map((p) => [p.outcome, p.written, p.removed]), [['replaced', 5, 0]]);
    const rows = await stored();
    assert.equal(rows.length, 5);
    const chatgpt = rows.find((r) => r.title === 'ChatGPT')!;
    assert.equal(chatgpt.users, 1320);
    assert.equal(chatgpt.matchStatus, 'Matched');
    assert.equal(chatgpt.matchedSystem?.title, 'ChatGPT Enterprise');
    assert.equal(chatgpt.appKey, 'app:chatgpt');
    assert.equal(chatgpt.batchRows, 5);
    assert.equal(rows.find((r) => r.title === 'Claude')?.matchStatus, 'Unmatched');
  });

  it('re-importing the same period replaces its rows: no duplicates, the new figures only', async () => {
    const result = await importFile(SECOND);
    assert.deepEqual(result.periods.map((p) => [p.outcome, p.written, p.removed]), [['replaced', 4, 5]]);
    const rows = await stored();
    assert.equal(rows.length, 4, 'the old rows are gone');
    assert.deepEqual(rows.map((r) => `${r.title}:${r.users}`).sort(), ['ChatGPT:1400', 'Claude:260', 'DeepSeek:9', 'Dropbox:480']);
    assert.equal(new Set(rows.map((r) => r.importBatch)).size, 1);
  });

  it('a run that fails halfway leaves the previous rows of the period, and nothing of its own visible', async () => {
    const before = (await stored()).map((r) => `${r.title}:${r.users}`).sort();
    // Parts of the $batch fail one by one (PnPjs never retries batch parts): some rows are written, some not.
    h.emulator.faults.setRate({ rate: 0.5, scope: 'part', seed: 3, method: 'POST', pathContains: "getbytitle('usageobservations')/items", retryAfterSeconds: 0 });
    let result: UsageRunResult;
    try {
      result = await importFile(FIRST);
    } finally {
      h.emulator.faults.clear();
    }
    assert.equal(result.periods[0].outcome, 'failed');
    assert.ok(result.report.every((r) => r.outcome === 'failed'), 'no row is reported written');
    const rows = await stored();
    assert.deepEqual(visibleRows(rows).map((r) => `${r.title}:${r.users}`).sort(), before, 'the period shows its previous rows');
    assert.deepEqual(rows.map((r) => `${r.title}:${r.users}`).sort(), before, 'the failed run cleaned up what it wrote');
  });

  it('the overview matches against the registry as it is now: registering a tool clears its finding', async () => {
    let overview = await usage.overview();
    const claude = overview.apps.find((a) => a.name === 'Claude')!;
    assert.deepEqual(claude.findings, ['unregistered']);
    assert.deepEqual(overview.apps.find((a) => a.name === 'DeepSeek')?.findings, ['unapproved']);
    assert.equal(overview.summary.toolsInUse, 3);
    await registry.create({ title: 'Claude', vendor: 'Anthropic', lifecycle: 'Pilot', approvalStatus: 'Pending review', webDomains: 'claude.ai' });
    overview = await usage.overview();
    assert.deepEqual(overview.apps.find((a) => a.name === 'Claude')?.findings, []);
    assert.equal(overview.apps.find((a) => a.name === 'Claude')?.match?.title, 'Claude');
    assert.equal(overview.summary.registered, 3);
  });

  it('keeps triage per app across re-imports', async () => {
    const overview = await usage.overview();
    const dropbox = overview.apps.find((a) => a.name === 'Dropbox')!;
    const state = await usage.setTriage(dropbox, { decision: 'Not AI', reason: 'File storage', assignedTo: h.people.alice });
    assert.equal(state.decision, 'Not AI');
    await importFile(SECOND);
    const again = (await usage.overview()).apps.find((a) => a.name === 'Dropbox')!;
    assert.equal(again.triage?.reason, 'File storage');
    assert.equal(again.triage?.assignedTo?.id, h.people.alice.id);
    assert.equal(again.dismissed, true);
  });
});
