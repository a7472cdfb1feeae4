import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { FOCAL_POINT, LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

/** Waits for a download started by `action` and returns its content. */
async function downloaded(page: Page, action: () => Promise<void>): Promise<{ name: string; content: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), content: await readFile(path) };
}

/** What a PNG shows, decoded by the page's own canvas: its size, how many colours, and whether its title strip has text. */
async function pngFacts(page: Page, png: Buffer): Promise<{ width: number; height: number; colours: number; titleInk: boolean }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    const strip = context.getImageData(0, 25, image.width, 35).data; // the title's line
    let dark = 0;
    for (let i = 0; i < strip.length; i += 4) if (strip[i] < 100 && strip[i + 1] < 100 && strip[i + 2] < 100) dark++;
    return { width: image.width, height: image.height, colours: colours.size, titleInk: dark > 200 };
  }, png.toString('base64'));
}

/** Presses a chart's "Show table" button and returns the table, now shown (issue 24: charts first, tables on demand). */
async function showTable(scorecard: Locator, caption: string): Promise<Locator> {
  const toggle = scorecard.getByRole('button', { name: `Show table: ${caption}`, exact: true });
  await toggle.click();
  assert.equal(await scorecard.getByRole('button', { name: `Hide table: ${caption}`, exact: true }).getAttribute('aria-expanded'), 'true');
  const table = scorecard.getByRole('table', { name: caption, exact: true });
  await table.waitFor();
  return table;
}

/** The scorecard web part on the workbench page, once its figures are there. */
async function openScorecard(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const scorecard = page.getByRole('region', { name: 'Data Health Scorecard' });
  await scorecard.getByText(/^Figures as of /).waitFor();
  return scorecard;
}

describe('Data Health Scorecard in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(400);
  });

  after(async () => {
    await harness?.close();
  });

  it('a governance lead sees the organisation with 12 months of trend, drills down and downloads the records as CSV', async () => {
    const { page, context, errors } = await harness.signedIn(LEAD);
    const scorecard = await openScorecard(page, harness.workbench.pageUrl);

    // Headline figures and the trend: twelve monthly snapshots plus "Now".
    const assetsTile = await scorecard.locator('[data-tile="assets"]').innerText();
    const active = Number(/\d[\d,]*/.exec(assetsTile)?.[0].replace(/,/g, ''));
    assert.ok(active > 300 && active <= 400, `records counted: ${assetsTile}`);
    const series = await showTable(scorecard, 'Figures of each snapshot');
    const dates = await series.getByRole('rowheader').allInnerTexts();
    assert.equal(dates.length, 13, `snapshots shown: ${dates.join(' | ')}`);
    assert.equal(dates[12], 'Now');
    const comparison = scorecard.getByRole('table', { name: /^Now compared with/ });
    const scoreCells = await comparison.getByRole('row').filter({ hasText: 'Health score' }).getByRole('cell').allInnerTexts();
    assert.match(scoreCells[2], /better|worse|no change/);
    await scorecard.getByRole('group', { name: /over time/ }).locator('svg').first().waitFor();

    // Lead-only actions are offered.
    await scorecard.getByRole('button', { name: 'Take snapshot now' }).waitFor();

    // Issue 24: each chart comes first; its table is hidden behind "Show table" until asked for.
    const regionToggle = scorecard.getByRole('button', { name: 'Show table: Score by region', exact: true });
    assert.equal(await regionToggle.getAttribute('aria-expanded'), 'false');
    const regionsTable = scorecard.locator(`[id="${await regionToggle.getAttribute('aria-controls')}"] table`);
    assert.ok(await regionsTable.isHidden(), 'the table is hidden at first');
    const chart = scorecard.getByRole('group', { name: /^Bar chart.*Score by region/ });
    assert.ok(await chart.evaluate((c, table) => (c.compareDocumentPosition(table!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, await regionsTable.elementHandle()),
      'the chart precedes its table');

    // Drill down from a region to its records, then download them.
    const regions = await showTable(scorecard, 'Score by region');
    assert.ok(await regionsTable.isVisible());
    const firstRegion = (await regions.getByRole('rowheader').first().innerText()).trim();
    await regions.getByRole('button', { name: `Show the records: ${firstRegion}` }).click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('table').waitFor();
    const listed = await panel.getByRole('table').getByRole('rowheader').count();
    assert.ok(listed > 0, 'the panel lists the records behind the figure');
    const records = await downloaded(page, () => panel.getByRole('button', { name: 'Download these records (CSV)' }).click());
    assert.match(records.name, /^scorecard-records-.*\.csv$/);
    const lines = records.content.toString('utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    assert.match(lines[0], /^ID,Title,Region,Mission,/);
    assert.ok(lines.length - 1 >= listed, `CSV rows ${lines.length - 1}, listed ${listed}`);
    assert.ok(lines.slice(1).every((line) => line.includes(firstRegion)), 'every row belongs to the region');
    // Each title is a link opening its record in the inventory (on this page in the workbench): asset=<its id>.
    const firstLink = panel.getByRole('table').getByRole('rowheader').first().getByRole('link');
    const recordUrl = new URL((await firstLink.getAttribute('href')) ?? '', page.url());
    assert.equal(recordUrl.pathname, new URL(harness.workbench.pageUrl).pathname);
    assert.equal(recordUrl.searchParams.get('asset'), lines[1].split(',')[0], 'the worst record, first in the panel and the CSV');
    await panel.getByRole('button', { name: 'Close' }).click();

    // A figure of more than 200 records lists the first 200 and links to the inventory filtered by the scope: the
    // organisation sets no filter.
    const bands = await showTable(scorecard, 'Band distribution');
    const counts = await bands.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.querySelector('td')?.textContent)));
    const large = counts.findIndex((count) => count > 200);
    assert.ok(large >= 0, `a band of more than 200 records: ${counts.join(', ')}`);
    await bands.locator('tbody tr').nth(large).getByRole('button').click();
    await panel.getByText(/^Showing the first 200 of \d+\./).waitFor();
    const inventory = new URL((await panel.getByRole('link', { name: 'Open the inventory, filtered to this scope' }).getAttribute('href')) ?? '', page.url());
    assert.equal(inventory.pathname, new URL(harness.workbench.pageUrl).pathname);
    assert.deepEqual(['region', 'mission', 'department', 'domain', 'asset'].filter((key) => inventory.searchParams.has(key)), []);
    await panel.getByRole('button', { name: 'Close' }).click();

    // The aggregates too, and a chart as PNG.
    const figures = await downloaded(page, () => scorecard.getByRole('button', { name: 'Download figures (CSV)' }).click());
    assert.ok(figures.content.toString('utf8').includes(`\r\nOrganisation,,${active},`), 'the organisation row of the figures');
    // Each chart's PNG is readable (issue 24: a 788x24 strip, an all-black donut, a trend without title or legend):
    // at least 800x400, a title, many colours, the scope and date in its name.
    const day = new Date().toISOString().slice(0, 10);
    for (const [button, name] of [
      [/^Save chart as PNG: Health score and confirmed/, `scorecard-trend-organisation-${day}.png`],
      [/^Save chart as PNG: Score by region/, `scorecard-region-organisation-${day}.png`],
      [/^Save chart as PNG: Donut chart/, `scorecard-bands-organisation-${day}.png`]
    ] as const) {
      const png = await downloaded(page, () => scorecard.getByRole('button', { name: button }).click());
      assert.deepEqual([...png.content.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
      assert.equal(png.name, name);
      const facts = await pngFacts(page, png.content);
      assert.ok(facts.width >= 800 && facts.height >= 400, `${name}: ${facts.width}x${facts.height}`);
      assert.ok(facts.colours > 20, `${name}: ${facts.colours} colours`);
      assert.ok(facts.titleInk, `${name}: a title`);
    }

    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the records of processing show per region, and a count opens the records it counts', async () => {
    const { page, context } = await harness.signedIn(FOCAL_POINT);
    const scorecard = await openScorecard(page, harness.workbench.pageUrl);
    const table = scorecard.getByRole('table', { name: /^Records of processing by region:/ });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    assert.ok(await rows.count() >= 5, 'the seeded register spans the regions');
    // The seed's DPIAs in draft, awaiting an opinion or validation, or returned to draft: their records count, judged
    // from the decision items.
    const notValidated = await table.locator('td[data-figure="dpiaNotValidated"]').allTextContents();
    assert.ok(notValidated.reduce((sum, n) => sum + Number(n), 0) >= 5, `DPIA not validated: ${notValidated.join(', ')}`);
    // The seed's review dates run from 60 days ago: some region has overdue reviews, and its count opens them.
    const overdue = table.getByRole('button', { name: /^\d+ Review overdue in .*: show the records$/ }).first();
    const label = (await overdue.getAttribute('aria-label')) ?? '';
    const [, count, region] = /^(\d+) Review overdue in (.*): show the records$/.exec(label) ?? [];
    await overdue.click();
    const detail = scorecard.getByRole('region', { name: `Review overdue: ${region}` });
    await detail.waitFor();
    assert.equal(await detail.getByRole('listitem').count(), Number(count), `${label}: one line per record`);
    assert.match((await detail.getByRole('listitem').first().textContent()) ?? '', /\((.+), (review due .+|no review date)\)$/);
    await context.close();
  });

  it('a lead takes a snapshot now and it joins the trend', async () => {
    const { page, context } = await harness.signedIn(LEAD);
    const scorecard = await openScorecard(page, harness.workbench.pageUrl);
    const series = await showTable(scorecard, 'Figures of each snapshot');
    const before = await series.getByRole('rowheader').count();
    // A revisit shows the cached figures first: let the delta refresh finish so the snapshot holds today's figures.
    await scorecard.getByText(/^Showing saved figures; checking for changes/).waitFor({ state: 'hidden', timeout: 60_000 });
    await scorecard.getByRole('button', { name: 'Take snapshot now' }).click();
    // Every scope is written (a few hundred items in $batches): allow for a busy CI machine.
    const outcome = scorecard.getByText(/^Snapshot of .* saved/).or(scorecard.getByRole('alert'));
    await outcome.first().waitFor({ timeout: 90_000 });
    assert.match((await outcome.first().textContent()) ?? '', /^Snapshot of .* saved/);
    await page.waitForFunction((n) => document.querySelectorAll('table caption').length > 0 &&
      Array.from(document.querySelectorAll('table')).some((t) => t.querySelector('caption')?.textContent === 'Figures of each snapshot' && t.querySelectorAll('tbody tr').length === n + 1), before);
    await context.close();
  });

  it('a revisit shows the cached figures, then only changes are read', async () => {
    const { page, context } = await harness.signedIn(FOCAL_POINT);
    const first = await openScorecard(page, harness.workbench.pageUrl);
    const firstAsOf = await first.locator('[data-as-of]').getAttribute('data-as-of');
    const itemReads: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes("getByTitle('DataAssets')/items")) itemReads.push(decodeURIComponent(request.url().replace(/\+/g, ' ')));
    });
    const second = await openScorecard(page, harness.workbench.pageUrl);
    await page.waitForFunction((before) => document.querySelector('[data-as-of]')?.getAttribute('data-as-of') !== before, firstAsOf);
    assert.ok(await second.getByText(/^Figures as of /).isVisible());
    assert.ok(itemReads.some((url) => /Modified ge datetime'/.test(url)), `a delta query on Modified: ${itemReads.join('\n')}`);
    assert.ok(!itemReads.some((url) => /\(ID ge \d+\) and \(ID lt/.test(url) && url.includes('Title')), 'no full reload of the scoring columns');
    // Readers who are not leads get no lead actions.
    assert.equal(await page.getByRole('button', { name: 'Take snapshot now' }).count(), 0);
    await context.close();
  });
});
