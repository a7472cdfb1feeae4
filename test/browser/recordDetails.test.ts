/** The record details panel as a reader checks it: order of sections, headings apart from text, people in bounds. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { ADMIN, FOCAL_POINT, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const TITLE = 'Details panel layout registry';
// "Border Data Specialist · Immigration and Border Governance": longer than a narrow panel is wide.
const DMITRI = DEMO_USERS.find((u) => u.title === 'Dmitri Volkov')!;

describe('Record details panel (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(40);
    const repositories = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const owner = harness.workbench.emulator.store.ensureUser(DMITRI.loginName)!;
    await repositories.dataAssets.create({
      title: TITLE, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', region: 'South America', mission: 'Chile',
      owner: { id: owner.Id, title: owner.Title, email: owner.Email }
    });
  });

  after(async () => {
    await harness?.close();
  });

  it('shows the health breakdown before the label section, keeps headings apart from their text and job titles inside the panel', async () => {
    const { page, context, errors } = await harness.signedIn(FOCAL_POINT);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(harness.workbench.pageUrl);
    const inventory = page.getByRole('region', { name: 'Data Inventory' });
    await inventory.getByRole('searchbox', { name: 'Search titles' }).fill(TITLE);
    await inventory.getByRole('button', { name: `Open details of ${TITLE}` }).click();
    const panel = page.getByRole('dialog', { name: `Details: ${TITLE}` });
    const breakdown = panel.getByTestId('score-breakdown');
    const label = panel.getByTestId('label-section');
    await label.waitFor();
    assert.ok((await breakdown.boundingBox())!.y < (await label.boundingBox())!.y, 'the breakdown comes before the label section');

    const heading = (await label.getByRole('heading', { name: 'Purview label' }).boundingBox())!;
    const text = (await label.getByText(/The label has never been checked/).boundingBox())!;
    assert.ok(heading.y + heading.height <= text.y, 'the label heading sits above its sentence, not beside it');

    const jobTitle = panel.locator('.ms-Persona-secondaryText', { hasText: 'Border Data Specialist' });
    await jobTitle.waitFor();
    const job = (await jobTitle.boundingBox())!;
    const content = (await panel.locator('.ms-Panel-content').boundingBox())!;
    assert.ok(job.x + job.width <= content.x + content.width + 1, `the job title stays inside the panel (${job.x + job.width} > ${content.x + content.width})`);
    assert.match(await jobTitle.innerText(), /Immigration and Border Governance/, 'the whole text is shown');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
