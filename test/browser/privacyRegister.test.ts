/**
 * A mission focal point records a processing activity for the mission's beneficiary database, from the dataset,
 * answers the DPIA screening, sees "DPIA required" with its grounds, saves, finds the record flagged in the
 * register, downloads the Art. 30 report, and sees the record listed in the dataset's details panel in the Data Inventory.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/universal';
import type { Locator, Page } from 'playwright-core';
import type { Stored } from '../../src/core/models/common';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { SENSITIVE_DATA_CATEGORIES } from '../../src/core/privacy/screening';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { ADMIN, FOCAL_POINT, chooseWithKeyboard, fillSteadily, startBrowserHarness, type BrowserHarness, downloadFromMenu } from './support/browserHarness';

/** The register's own section (the workbench wraps it in a region titled "Privacy Register"). */
function register(page: Page): Locator {
  return page.getByRole('region', { name: 'Privacy register', exact: true });
}

describe('Privacy Register in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;
  let repositories: ReturnType<typeof createRepositories>;

  before(async () => {
    harness = await startBrowserHarness(300);
    repositories = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
  });

  after(async () => {
    await harness?.close();
  });

  it('a focal point records a beneficiary database\'s processing, the screening requires a DPIA, and the dataset lists it', async () => {
    // A mission's beneficiary database that holds migrants' personal data (the seed's vocabulary).
    const assets = await repositories.dataAssets.page({ top: 300, orderBy: [{ field: 'id', ascending: true }] });
    const dataset: Stored<DataAsset> | undefined = assets.items.find((a) => /^(Assistance case registry|Cash transfer beneficiary list)/.test(a.title)
      && (a.dataSubjects ?? []).includes('Migrants') && (a.personalDataCategories ?? []).length > 0 && a.mission !== undefined
      // No health, biometric or other sensitive category, so the screening starts from the one rule-based criterion.
      && !(a.personalDataCategories ?? []).some((c) => SENSITIVE_DATA_CATEGORIES.includes(c)));
    assert.ok(dataset, 'the seed has a beneficiary database with migrants\' personal data');
    const title = `Beneficiary registration and assistance - ${dataset.mission} (test)`;

    const { page, errors } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    const section = register(page);
    await section.getByText(/\d+ processing activities shown/).waitFor({ timeout: 60000 });

    // New from a dataset: find the database and continue.
    await section.getByRole('menuitem', { name: 'New from a dataset' }).click();
    const picker = page.getByRole('dialog', { name: 'New processing activity from a dataset' });
    await fillSteadily(picker.getByRole('searchbox', { name: 'Find datasets by title' }), dataset.title);
    await picker.getByRole('button', { name: `Add ${dataset.title}`, exact: true }).click();
    await picker.getByRole('button', { name: 'Continue' }).click();

    // The form is pre-filled from the dataset: name, mission, data subjects, personal data.
    const form = page.getByRole('dialog', { name: 'New processing activity' });
    await form.getByText(`Pre-filled from the dataset "${dataset.title}"`, { exact: false }).waitFor();
    const name = form.getByRole('textbox', { name: 'Name of the processing' });
    assert.equal(await name.inputValue(), dataset.title);
    assert.ok((await form.getByRole('combobox', { name: 'Mission' }).innerText()).includes(dataset.mission!), 'the mission comes from the dataset');
    assert.match(await form.getByRole('combobox', { name: 'Categories of data subjects' }).innerText(), /Migrants/);
    await fillSteadily(name, title);

    // Saving with a Art. 30 field missing is refused with the field's message; nothing is written.
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Some fields need attention: nothing was saved.', { exact: false }).waitFor();
    await form.getByText('Required in a controller\'s record of processing (Art. 30(1)).').first().waitFor();

    await form.getByRole('textbox', { name: 'Purposes of the processing' }).fill('Register migrants to assess eligibility and deliver assistance.');
    await form.getByRole('textbox', { name: 'Controller (name and contact details)' }).fill('The Organisation, Chief of Mission');
    // By keyboard on the closed dropdown: a click on its opened list failed once under load (the list re-rendered).
    await chooseWithKeyboard(form.getByRole('combobox', { name: 'Legal basis (Art. 6(1))' }), 'Art. 6(1)(e) Public interest or official authority');
    await form.getByRole('textbox', { name: 'Categories of recipients' }).fill('Implementing partners under data sharing agreements.');
    await form.getByRole('textbox', { name: 'Technical and organisational security measures' }).fill('Role-based access, encryption at rest.');

    // The screening: migrants are vulnerable data subjects already; the focal point says the processing is large scale.
    const screening = form.getByTestId('dpia-screening');
    const result = form.getByTestId('screening-result');
    await result.getByText(/No DPIA required: 1 of the 9 criteria met/).waitFor();
    await screening.getByRole('checkbox', { name: 'Is the data processed on a large scale?' }).check({ force: true });
    await result.getByText('DPIA required: 2 of the 9 criteria are met.').waitFor();
    const grounds = await result.getByRole('list', { name: 'Grounds' }).getByRole('listitem').allInnerTexts();
    assert.equal(grounds.length, 2);
    assert.equal(grounds[0], 'Large scale (answered yes)');
    assert.match(grounds[1], /^Vulnerable data subjects \(data subjects: .*Migrants.*\)$/);

    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });

    // The register shows the record, flagged: a DPIA is required and none is recorded.
    await section.getByRole('searchbox', { name: 'Search' }).fill(title);
    const row = section.getByRole('row').filter({ hasText: title });
    await row.getByText('DPIA required, none recorded').waitFor();
    await section.getByText('1 processing activities shown, 1 needing a DPIA that has none').waitFor();

    // The Art. 30 report of what the grid shows downloads as a workbook in the regulator's column order.
    const download = await downloadFromMenu(section.getByRole('menuitem', { name: 'Export Art. 30 register' }), 'Excel workbook (.xlsx)');
    assert.match(download.suggestedFilename(), /^art30-register-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = await readXlsxFile(new Blob([readFileSync(await download.path())]));
    const [headers, first] = sheets[0].data;
    assert.equal(sheets[0].data.length, 2, 'the header row and the one record shown');
    assert.equal(headers[1], 'Name of the processing');
    assert.equal(headers[6], 'Purposes of the processing (Art. 30(1)(b))');
    assert.equal(first[1], title);

    // The print view shows the same record with its fields in the report's order; Escape closes it.
    await section.getByRole('menuitem', { name: 'Print view' }).click();
    const printView = page.getByRole('dialog', { name: 'Record of processing activities (GDPR Art. 30)' });
    const printed = printView.getByRole('article', { name: title });
    await printed.waitFor();
    assert.equal(await printView.getByRole('article').count(), 1, 'the one record the grid shows');
    const fields = await printed.getByRole('rowheader').allTextContents();
    assert.ok(fields.indexOf('Purposes of the processing (Art. 30(1)(b))') > fields.indexOf('Role (controller or processor)'), fields.join(' | '));
    await page.keyboard.press('Escape');
    await printView.waitFor({ state: 'detached' });

    const stored = (await repositories.processingActivities.page({ top: 5, orderBy: [{ field: 'id', ascending: false }] })).items.find((a) => a.title === title);
    assert.ok(stored, 'the record is stored');
    assert.equal(stored.dpiaRequired, true);
    assert.equal(stored.mission, dataset.mission);
    assert.deepEqual(stored.linkedDataAssets?.map((d) => d.id), [dataset.id]);
    assert.equal(stored.author?.title, 'Amina Diallo', 'the focal point is the record\'s author');

    // The dataset's details panel in the Data Inventory lists the record with the same flag.
    const url = new URL(harness.workbench.pageUrl);
    url.searchParams.set('asset', String(dataset.id));
    await page.goto(url.href);
    const details = page.getByRole('dialog', { name: `Details: ${dataset.title}` });
    const linked = details.getByRole('region', { name: 'Processing activities' });
    const item = linked.getByRole('listitem').filter({ hasText: title });
    await item.waitFor({ timeout: 30000 });
    assert.match(await item.innerText(), /Controller/);
    assert.match(await item.innerText(), /DPIA required, none recorded/);
    assert.deepEqual(errors, []);
  });
});
