// End to end: the reference date (peildatum) and the overdue list. The CLI, the JS API
// and the app's tiles give the same figures for the same invented files on three
// reference dates; the overdue view matches `kamervraag overdue --json`, downloads
// its CSV and has no serious accessibility problem; the date control writes the URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, writeFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, ROOT } from './harness.mjs';
import { stage, HOST_CSP } from './fixtures/stage.mjs';
import { generate, asInputFiles, checkAxe } from './app_fixtures.mjs';

const run = promisify(execFile);
const DOCS = generate(40, 14);
const DATES = ['2020-06-30', '2022-03-15', '2024-12-31'];

/** Runs the native CLI (`cargo run --quiet -- ARGS`) and parses its JSON output. */
async function cliJson(...args) {
  const { stdout } = await run('cargo', ['run', '--quiet', '--', ...args], { cwd: ROOT, maxBuffer: 1 << 24 });
  return JSON.parse(stdout);
}

let staged, server, appServer, browser, folder;
before(async () => {
  staged = await stage();
  server = await serve(staged.dir, { 'content-security-policy': HOST_CSP });
  appServer = await serve();
  browser = await launch();
  folder = await mkdtemp(join(tmpdir(), 'kv-reports-'));
  for (const doc of DOCS) await writeFile(join(folder, doc.name), doc.text);
});
after(async () => {
  await browser?.close();
  await server?.close();
  await appServer?.close();
  await staged?.remove();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Opens the app, loads the invented documents and goes to `hash`. */
async function loadApp(hash) {
  const opened = await openPage(browser, appServer.url);
  const { page } = opened;
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(appServer.url);
  await page.locator('input[type=file]').first().waitFor({ state: 'attached' });
  await page.setInputFiles('input[type=file] >> nth=0', asInputFiles(DOCS));
  await page.getByText(DOCS[DOCS.length - 1].id).first().waitFor();
  await page.evaluate((h) => { location.hash = h; }, hash);
  return opened;
}

test('CLI --today, JS API today and the app peildatum agree on three reference dates', async () => {
  const api = await openPage(browser, server.url);
  await api.page.goto(`${server.url}host/api.html`);
  await api.page.evaluate(async () => {
    const module = await import('../kamervraag-viewer.js');
    await module.ready;
    window.kv = module;
  });
  const { page, problems, context } = await loadApp('#/stats');
  const texts = DOCS.map((d) => d.text);
  for (const date of DATES) {
    const cli = (await cliJson('stats', folder, '--today', date, '--json')).total;
    const js = (await api.page.evaluate(({ texts, date }) => kv.stats(texts, { today: date }), { texts, date })).total;
    assert.deepEqual(js, cli, `JS API on ${date}`);

    await page.evaluate((d) => { location.hash = `#/stats?peildatum=${d}`; }, date);
    await page.locator('[data-testid=reference-note]').filter({ hasText: date.slice(0, 4) }).waitFor();
    const tile = async (name) => (await page.locator(`[data-tile=${name}] dd`).textContent()).trim();
    assert.equal(await tile('documents'), String(cli.count), `documents on ${date}`);
    assert.equal(await tile('answered'), String(cli.answered), `answered on ${date}`);
    assert.equal(await tile('overdue'), String(cli.overdue), `overdue on ${date}`);
    assert.equal(await page.locator('#kv-reference-date').inputValue(), date);
    const later = DOCS.length - cli.count;
    if (later > 0) {
      assert.match(await page.getByTestId('submitted-later').textContent(), new RegExp(`^${later} `));
    }
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(api.problems, []);
  await context.close();
  await api.context.close();
});

test('the overdue view equals `kamervraag overdue --json`, downloads its CSV and passes axe', async () => {
  const date = DATES[1];
  const expected = await cliJson('overdue', folder, '--today', date, '--json');
  assert.ok(expected.documents.length > 0, 'the invented files have overdue documents on this date');
  const { page, problems, context } = await loadApp(`#/achterstand?peildatum=${date}`);
  await page.getByTestId('overdue-intro').waitFor();
  assert.match(await page.getByTestId('overdue-intro').textContent(), new RegExp(`^${expected.documents.length} `));
  const ministryRows = page.locator('#kv-overdue-ministries tbody tr');
  assert.equal(await ministryRows.count(), expected.groups.length);
  assert.equal((await ministryRows.first().locator('th').textContent()).trim(), expected.groups[0].key);
  assert.equal((await ministryRows.first().locator('td').textContent()).trim(), String(expected.groups[0].count));
  // The first section lists the largest ministry's documents, longest overdue first.
  const firstDays = await page.locator('[data-testid=overdue-section] >> nth=0').locator('tbody tr td:first-child').allTextContents();
  const expectedDays = expected.documents.filter((d) => d.ministries.includes(expected.groups[0].key)).map((d) => String(d.days_overdue));
  assert.deepEqual(firstDays, expectedDays);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('overdue-csv').click()]);
  assert.equal(download.suggestedFilename(), `kamervragen-over-termijn-peildatum-${date}.csv`);
  const csv = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  assert.equal(csv.length, expected.documents.length + 1);
  assert.match(csv[1], new RegExp(`^${date},${expected.documents[0].id},`));
  await screenshot(page, 'reports-overdue');
  await checkAxe(page, assert, 'overdue view');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the date control writes peildatum to the URL, every chart shows it, Today clears it', async () => {
  const { page, problems, context } = await loadApp('#/stats');
  await page.locator('.kv-tiles').waitFor();
  await page.locator('#kv-reference-date').fill('2021-01-01');
  await page.locator('#kv-reference-date').dispatchEvent('change');
  await page.waitForFunction(() => location.hash.includes('peildatum=2021-01-01'));
  await page.getByTestId('submitted-later').waitFor();
  const charts = await page.locator('.kv-chart').count();
  assert.ok(charts >= 3);
  assert.equal(await page.locator('.kv-chart__reference', { hasText: '1 januari 2021' }).count(), charts);
  await checkAxe(page, assert, 'statistics with a reference date');
  await page.getByRole('button', { name: 'Vandaag' }).click();
  await page.waitForFunction(() => !location.hash.includes('peildatum'));
  assert.equal(await page.getByTestId('submitted-later').count(), 0);
  await page.evaluate(() => { location.hash = '#/timeline?peildatum=2021-01-01'; });
  await page.locator('#kv-reference-date').waitFor();
  assert.equal(await page.locator('#kv-reference-date').inputValue(), '2021-01-01');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every chart downloads as SVG and as a 2× PNG with title, reference date, count and credit', async () => {
  const { page, problems, context } = await loadApp('#/stats?peildatum=2024-12-31');
  await page.locator('.kv-tiles').waitFor();
  const charts = await page.locator('.kv-chart').count();
  assert.equal(await page.locator('.kv-chart .kv-chart__svg').count(), charts);
  assert.equal(await page.locator('.kv-chart .kv-chart__png').count(), charts);
  const documents = (await page.locator('[data-tile=documents] dd').textContent()).trim();

  const [svgDownload] = await Promise.all([page.waitForEvent('download'),
    page.locator('#kv-chart-histogram .kv-chart__svg').click()]);
  assert.equal(svgDownload.suggestedFilename(), 'kamervragen-antwoordtijd-peildatum-2024-12-31.svg');
  const svg = await readFile(await svgDownload.path(), 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /Verdeling van de antwoordtijd/);
  assert.match(svg, new RegExp(`Peildatum 31 december 2024 · ${documents} documenten`));
  assert.match(svg, />Kamervraag Viewer<\/text>/);

  const box = await page.locator('#kv-chart-histogram svg').first().boundingBox();
  const [pngDownload] = await Promise.all([page.waitForEvent('download'),
    page.locator('#kv-chart-histogram .kv-chart__png').click()]);
  assert.equal(pngDownload.suggestedFilename(), 'kamervragen-antwoordtijd-peildatum-2024-12-31.png');
  const png = await readFile(await pngDownload.path());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  assert.equal(width, 2 * Math.ceil(box.width + 32));
  assert.equal(height, 2 * Math.ceil(box.height + 92));
  assert.ok(png.length > 2000, 'the PNG holds a drawing');
  assert.deepEqual(problems, []);
  await context.close();
});

test('ministry and member pages open from the statistics view and pass axe', async () => {
  const { page, problems, context } = await loadApp('#/stats?peildatum=2024-12-31');
  await page.locator('.kv-tiles').waitFor();
  const cli = await cliJson('stats', folder, '--today', '2024-12-31', '--json', '--by', 'ministry');

  // A ministry: the first linked name of the ministries chart.
  const ministryLink = page.locator('#kv-chart-ministry [data-testid=group-link]').first();
  const ministryKey = await ministryLink.locator('..').getAttribute('data-key');
  await ministryLink.click();
  await page.waitForFunction(() => location.hash.startsWith('#/ministerie/'));
  assert.match(await page.evaluate(() => location.hash), /peildatum=2024-12-31/);
  await page.getByTestId('group-page').waitFor();
  assert.equal((await page.locator('#kv-stats-heading').textContent()).trim(), ministryKey);
  const group = cli.groups.find((g) => g.key === ministryKey);
  assert.equal((await page.locator('[data-tile=documents] dd').textContent()).trim(), String(group.count));
  assert.equal((await page.locator('[data-tile=answered] dd').textContent()).trim(), String(group.answered));
  assert.equal(await page.locator('#kv-chart-answerer').count(), 1);
  assert.equal(await page.locator('#kv-chart-cabinet').count(), 1);
  assert.equal(await page.locator('#kv-chart-histogram').count(), 1);
  await screenshot(page, 'reports-ministry');
  await checkAxe(page, assert, 'ministry page');

  // A member: back to the statistics, the first linked name of the submitters chart.
  await page.getByRole('link', { name: /Terug naar de statistieken/ }).click();
  await page.locator('#kv-chart-submitter').waitFor();
  const memberLink = page.locator('#kv-chart-submitter [data-testid=group-link]').first();
  const memberKey = await memberLink.locator('..').getAttribute('data-key');
  await memberLink.click();
  await page.waitForFunction(() => location.hash.startsWith('#/kamerlid/'));
  await page.getByTestId('group-page').waitFor();
  assert.equal((await page.locator('#kv-stats-heading').textContent()).trim(), memberKey);
  assert.equal(await page.locator('#kv-chart-topic').count(), 1);
  assert.equal(await page.locator('#kv-chart-answerer').count(), 1);
  await checkAxe(page, assert, 'member page');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the HTML report opens offline with its charts, tables, reference date and sources', async () => {
  const { page, problems, context } = await loadApp('#/stats?peildatum=2024-12-31');
  await page.locator('.kv-tiles').waitFor();
  const charts = await page.locator('.kv-chart').count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('html-report').click()]);
  assert.equal(download.suggestedFilename(), 'kamervragen-rapport-peildatum-2024-12-31.html');
  const html = await readFile(await download.path(), 'utf8');
  assert.doesNotMatch(html, /<script|<link|src="http/);

  const offline = await browser.newContext({ offline: true });
  const report = await offline.newPage();
  const requests = [];
  report.on('request', (r) => { if (!r.url().startsWith('data:')) requests.push(r.url()); });
  await report.setContent(html);
  assert.equal(await report.locator('section.chart > svg').count(), charts);
  assert.equal(await report.locator('section.chart table').count(), charts);
  assert.match(await report.locator('body').textContent(), /Peildatum 31 december 2024/);
  assert.match(await report.locator('body').textContent(), /Filter: alle documenten/);
  assert.equal(await report.locator('ul li').count(), DOCS.length);
  await report.emulateMedia({ media: 'print' });
  await report.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  for (const box of await report.locator('section.chart > svg').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
    assert.ok(box.width <= 794 && box.height <= 1123, `a chart fits on an A4 page: ${JSON.stringify(box)}`);
  }
  await report.screenshot({ path: join(ROOT, 'tests/e2e/output/reports-html.png'), fullPage: true });
  assert.deepEqual(requests, []);
  await offline.close();
  assert.deepEqual(problems, []);
  await context.close();
});
