import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REVIEW_PRIORITIES } from '../../src/core/aiRegistry/priority';
import { AI_SYSTEMS_LIST, RISKS_LIST } from '../../src/core/schema';
import { SiteDirectory } from '../../src/data/people/siteDirectory';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { AIRegistryService } from '../../src/webparts/aiRegistry/services/AIRegistryService';
import type { RegisterFilters } from '../../src/webparts/aiRegistry/services/IAIRegistryService';
import { RiskService } from '../../src/webparts/riskRegister/services/RiskService';
import { startHarness, type Harness } from './support/harness';

/** Above SharePoint's threshold of 5,000, with filter values that each match more than 5,000 items. */
const TOTAL = 12_000;

describe('query planner: the AI registry and risk register at 12,000 items', () => {
  let h: Harness;
  const priorityOf = (i: number): number => REVIEW_PRIORITIES[i % REVIEW_PRIORITIES.length];

  before(async () => {
    h = await startHarness();
    await h.provision();
    h.emulator.store.bulkInsertItems(AI_SYSTEMS_LIST.title, Array.from({ length: TOTAL }, (_, i) => ({
      Title: `System ${i}`, Department: i % 2 === 0 ? 'Finance' : 'Health', Lifecycle: i % 3 === 0 ? 'Pilot' : 'Production',
      ApprovalStatus: 'Pending review', VerificationState: 'Unverified', ReviewPriority: priorityOf(i)
    })));
    h.emulator.store.bulkInsertItems(RISKS_LIST.title, Array.from({ length: TOTAL }, (_, i) => ({
      Title: `Risk ${i}`, Likelihood: 1 + (i % 5), Impact: 2, Status: i % 4 === 0 ? 'Closed' : 'Open', Category: 'Data protection'
    })));
  });
  after(() => h.close());

  it('the AI registry pages a department of 6,000 systems in review order: by priority, newest first within one', async () => {
    const service = new AIRegistryService(createRepositories(h.sp('admin'), { log: h.log }), new SiteUserSearch(h.sp('admin')), new SiteDirectory(h.sp('admin')));
    const filters: RegisterFilters = { department: 'Finance', lifecycle: 'Production' };
    const expected: { id: number; priority: number }[] = [];
    for (let i = 0; i < TOTAL; i++) if (i % 2 === 0 && i % 3 !== 0) expected.push({ id: i + 1, priority: priorityOf(i) });
    expected.sort((a, b) => a.priority - b.priority || b.id - a.id);
    const first = await service.page({ filters, pageSize: 50 });
    assert.deepEqual(first.items.map((row) => row.system.id), expected.slice(0, 50).map((e) => e.id));
    const rows = await service.exportRows(filters);
    assert.deepEqual(rows.map((row) => row.system.id), expected.map((e) => e.id));
  });

  it('the risk register loads every open risk (9,000) newest first', async () => {
    const service = new RiskService(createRepositories(h.sp('admin'), { log: h.log }), new SiteUserSearch(h.sp('admin')), new SiteDirectory(h.sp('admin')));
    const data = await service.loadRegister({ status: 'Open', category: 'Data protection' });
    const expected: number[] = [];
    for (let i = TOTAL - 1; i >= 0; i--) if (i % 4 !== 0) expected.push(i + 1);
    assert.deepEqual(data.risks.map((r) => r.id), expected);
  });
});
