/**
 * Issue 19 in the screens: a focal point nominates for a Kenya record, the dialog shows Kenya's Accountable (seeded
 * in workbench/seed/seedGovernanceRoles.ts) as the routed decider with the Informed, the request is created for
 * him, and he finds it in his Ownership Approvals queue once signed in.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OWNERSHIP_REQUESTS_LIST } from '../../src/core/schema';
import { filterField } from '../../src/data/odata/fieldRef';
import { eq } from '../../src/data/odata/filter';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { MISSION_ACCOUNTABLES } from '../../workbench/seed/seedGovernanceRoles';
import { describeFindings, seriousFindings } from './support/axe';
import { ADMIN, FOCAL_POINT, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const KENYA_ACCOUNTABLE = DEMO_USERS.find((u) => u.email === MISSION_ACCOUNTABLES.Kenya)!;
const TITLE = 'Kenya returns monitoring (routing test)';

describe('Ownership nominations routed by the governance roles in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(200);
  });

  after(async () => {
    await harness?.close();
  });

  it('a focal point nominates for a Kenya record: Kwame Asante is routed, asked, and sees it in his queue', async () => {
    assert.equal(KENYA_ACCOUNTABLE.title, 'Kwame Asante');
    const siteUrl = harness.workbench.emulator.siteUrl;
    const focal = DEMO_USERS.find((u) => u.loginName === FOCAL_POINT)!;
    // A Kenya record of the focal point's, with nobody nominated yet.
    const asset = await createRepositories(createNodeSp(siteUrl, { user: FOCAL_POINT })).dataAssets.create({
      title: TITLE, mission: 'Kenya', region: 'East and Horn of Africa', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active'
    });

    const { page, errors, context } = await harness.signedIn(FOCAL_POINT);
    await page.goto(`${harness.workbench.pageUrl}?view=sharepoint`);
    const inventory = page.getByRole('region', { name: 'Data Inventory' });
    await inventory.getByRole('searchbox', { name: 'Search titles' }).fill(TITLE);
    const row = inventory.getByRole('row').filter({ hasText: TITLE }).first();
    await row.waitFor({ timeout: 60000 });
    await row.getByRole('button', { name: `Open details of ${TITLE}` }).click();
    await page.getByRole('button', { name: 'Nominate custodian', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: `Nominate a custodian for ${TITLE}` });

    // The routed decider and the level it came from, then the Informed of every scope holding the record.
    const decider = dialog.getByTestId('routed-decider');
    await decider.waitFor();
    assert.equal(await decider.innerText(), 'The governance roles ask Kwame Asante (Kenya\'s Accountable) to decide.');
    assert.equal(await dialog.getByTestId('routed-informed').innerText(), 'Informed (listed on the request): Helena Okafor, Tomas Lindqvist, Mission Focal Points (group)');
    assert.equal(await dialog.getByRole('radio', { name: 'Ask Kwame Asante, routed by the governance roles' }).isChecked(), true);
    assert.equal(await dialog.getByRole('combobox').count(), 0, 'nobody to pick while the routed person is asked');
    const findings = await seriousFindings(dialog);
    assert.equal(findings.length, 0, describeFindings('routed nomination dialog', findings));

    await dialog.getByRole('button', { name: 'Send nomination' }).click();
    await page.getByText('Nomination sent to Kwame Asante. The record stays Pending until they decide.').waitFor();

    // In SharePoint: one request, for Kwame, authored by the focal point, listing the Informed.
    const admin = createRepositories(createNodeSp(siteUrl, { user: ADMIN }));
    const requests = (await admin.ownershipRequests.page({ filter: eq(filterField(OWNERSHIP_REQUESTS_LIST, 'asset'), asset.id), top: 10 })).items;
    assert.equal(requests.length, 1);
    assert.equal(requests[0].nominee.title, 'Kwame Asante');
    assert.equal(requests[0].author?.title, focal.title);
    assert.match(requests[0].message ?? '', /Informed: Helena Okafor, Tomas Lindqvist, Mission Focal Points$/);
    assert.deepEqual(errors, []);
    await context.close();

    // Kwame signs in: the request waits in his queue (the Teams tab), and his approval makes it Confirmed.
    const kwame = await harness.signedIn(KENYA_ACCOUNTABLE.loginName);
    await kwame.page.goto(`${harness.workbench.pageUrl}?view=teams`);
    const approvals = kwame.page.getByRole('region', { name: 'Ownership Approvals' });
    const card = approvals.getByRole('listitem', { name: `Nomination for ${TITLE}` });
    await card.waitFor({ timeout: 60000 });
    await approvals.getByRole('button', { name: `Approve ${TITLE}`, exact: true }).click();
    await approvals.getByText(`Approved: ${TITLE}. Ownership status is now Confirmed.`).waitFor();
    const stored = await admin.dataAssets.getById(asset.id);
    assert.equal(stored.ownershipStatus, 'Confirmed');
    assert.equal(stored.custodian?.title, 'Kwame Asante');
    assert.deepEqual(kwame.errors, []);
    await kwame.context.close();
  });
});
