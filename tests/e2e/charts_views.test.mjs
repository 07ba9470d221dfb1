// End to end: the statistics view and the timeline view with invented documents
// loaded through the file input, used as a person would (clicks, keys, downloads).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, ROOT } from './harness.mjs';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli',
  'augustus', 'september', 'oktober', 'november', 'december'];
const dutch = ([y, m, d]) => `${d} ${MONTHS[m - 1]} ${y}`;
const daysBetween = (a, b) => Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86400000);

/** An invented Kamervraag in the openkamer text format. */
function kamervraag({ id, title, submitted, answered, submitter, answerer, topics, notice }) {
  const lines = [`Kamervraag ${id}`, '', title, '', `Ingediend ${dutch(submitted)}`];
  if (answered) lines.push(`Beantwoord ${dutch(answered)} (na ${daysBetween(submitted, answered)} dagen)`);
  lines.push(`Indiener ${submitter}`);
  if (answered) lines.push(`Beantwoord door ${answerer}`);
  lines.push(`Onderwerpen ${topics}`);
  lines.push(`Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-${id}.html`);
  lines.push(' • Vraag 1', `  Wat is de stand van zaken rond ${title.toLowerCase()}?`, '');
  if (answered) lines.push('  Het kabinet werkt eraan en informeert de Kamer binnenkort.');
  if (notice) {
    lines.push(` • Mededeling - ${dutch(notice)}`,
      '  De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord, omdat afstemming meer tijd vraagt.');
  }
  lines.push('', '', `Kamervraag document nummer: kv-tk-${id}`, `Volledige titel: ${title}`);
  return lines.join('\n') + '\n';
}

const FIN = 'Anouk Verhoeven (minister financiën) (ABC)';
const IW = 'Bram Koster (minister infrastructuur en waterstaat) (DEF)';
const VWS = 'Carla Mulder (minister volksgezondheid, welzijn en sport) (ABC)';
const DOCS = [
  { id: '2022Z91001', title: 'Verzonnen belastingregels voor fietsenmakers', submitted: [2022, 1, 10], answered: [2022, 1, 20], submitter: 'Eva Bakker (PQR)', answerer: FIN, topics: 'belasting' },
  { id: '2022Z91002', title: 'Verzonnen sluizen in een verzonnen kanaal', submitted: [2022, 3, 7], answered: [2022, 4, 25], submitter: 'Joris Dekker (STU)', answerer: IW, topics: 'water' },
  { id: '2022Z91003', title: 'Verzonnen wachtlijsten bij een verzonnen kliniek', submitted: [2022, 5, 2], answered: [2022, 6, 7], submitter: 'Eva Bakker (PQR)', answerer: VWS, topics: 'zorg en gezondheid', notice: [2022, 5, 20] },
  { id: '2022Z91004', title: 'Verzonnen tolheffing op een verzonnen brug', submitted: [2022, 9, 12], answered: [2022, 9, 28], submitter: 'Lotte de Wit (STU)', answerer: IW, topics: 'verkeer' },
  { id: '2022Z91005', title: 'Verzonnen toeslagen voor verzonnen ouders', submitted: [2022, 11, 14], answered: [2023, 2, 6], submitter: 'Joris Dekker (STU)', answerer: FIN, topics: 'belasting' },
  { id: '2023Z91006', title: 'Verzonnen vaccinatiebussen op het platteland', submitted: [2023, 1, 16], answered: [2023, 2, 3], submitter: 'Lotte de Wit (STU)', answerer: VWS, topics: 'zorg en gezondheid' },
  { id: '2023Z91007', title: 'Verzonnen dijkversterking bij een verzonnen dorp', submitted: [2023, 4, 3], answered: [2023, 5, 30], submitter: 'Eva Bakker (PQR)', answerer: IW, topics: 'water', notice: [2023, 4, 21] },
  { id: '2023Z91008', title: 'Verzonnen accijns op verzonnen limonade', submitted: [2023, 6, 5], answered: [2023, 6, 19], submitter: 'Pim Jansen (XYZ)', answerer: FIN, topics: 'belasting' },
  { id: '2023Z91009', title: 'Verzonnen vertragingen op een verzonnen spoorlijn', submitted: [2023, 9, 11], answered: [2023, 10, 30], submitter: 'Pim Jansen (XYZ)', answerer: IW, topics: 'verkeer' },
  { id: '2024Z91010', title: 'Verzonnen huisartsentekort in een verzonnen regio', submitted: [2024, 2, 5], answered: [2024, 2, 22], submitter: 'Lotte de Wit (STU)', answerer: VWS, topics: 'zorg en gezondheid' },
  { id: '2024Z91011', title: 'Verzonnen rekenregels voor verzonnen pensioenen', submitted: [2024, 5, 13], submitter: 'Eva Bakker (PQR)', topics: 'belasting' },
  { id: '2024Z91012', title: 'Verzonnen onderhoud van verzonnen vaarwegen', submitted: [2024, 8, 19], answered: [2024, 9, 5], submitter: 'Pim Jansen (XYZ)', answerer: IW, topics: 'water' },
];
const FILES = DOCS.map((d) => ({ name: `${d.id}.txt`, mimeType: 'text/plain', buffer: Buffer.from(kamervraag(d)) }));

let server, browser, axeSource;
before(async () => {
  server = await serve();
  browser = await launch();
  axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
});
after(async () => { await browser?.close(); await server?.close(); });

/** Opens the app, loads the invented documents with the file input and goes to `hash`. */
async function loadAndGo(hash, { colorScheme = 'light' } = {}) {
  const opened = await openPage(browser, server.url);
  const { page } = opened;
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(server.url);
  await page.locator('input[type=file]').first().waitFor({ state: 'attached' });
  await page.setInputFiles('input[type=file] >> nth=0', FILES);
  await page.getByText(DOCS[DOCS.length - 1].id).first().waitFor();
  // Use the navigation bar like a person; fall back to the hash without one.
  const nav = page.locator(`nav a[href^="${hash}"]`);
  if (await nav.count()) await nav.first().click();
  else await page.evaluate((h) => { location.hash = h; }, hash);
  return opened;
}

/** Runs axe-core on the page and fails on serious or critical violations. */
async function assertAccessible(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), [], `${name}: axe violations`);
}

test('statistics view: tiles, histogram with marks, per-group bars, table view and CSV download', async () => {
  const { page, problems, context } = await loadAndGo('#/stats');
  await page.locator('.kv-tiles').waitFor();
  const tile = (name) => page.locator(`[data-tile=${name}] dd`).textContent();
  assert.equal(await tile('documents'), String(DOCS.length));
  assert.equal(await tile('answered'), '11');
  assert.equal(await tile('overdue'), '1');

  assert.equal(await page.locator('#kv-chart-histogram .kv-histogram__bin').count(), 13);
  assert.equal(await page.locator('#kv-chart-histogram .kv-mark').count(), 2);
  assert.equal(await page.locator('#kv-chart-trend polyline').count() >= 1, true);
  for (const by of ['ministry', 'party', 'answerer', 'topic', 'year', 'cabinet']) {
    assert.ok(await page.locator(`#kv-chart-${by} .kv-group-bars__row`).count() >= 1, by);
  }
  assert.equal(await page.locator('#kv-chart-year .kv-group-bars__row').count(), 3);
  await screenshot(page, 'charts-stats');

  // The table view of the ministries chart, opened with the keyboard.
  await page.locator('#kv-chart-ministry summary').focus();
  await page.keyboard.press('Enter');
  const rows = page.locator('#kv-chart-ministry table tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 4); // three ministries and "onbekend" for the open one
  assert.match(await page.locator('#kv-chart-ministry table').textContent(), /Infrastructuur en Waterstaat/);

  // The CSV of the same table.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#kv-chart-ministry .kv-chart__download').click(),
  ]);
  // Every download carries the reference date (today here) in its name.
  const reference = await page.locator('#kv-reference-date').inputValue();
  assert.equal(download.suggestedFilename(), `kamervragen-per-ministerie-peildatum-${reference}.csv`);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split('\n');
  assert.match(lines[0], /^group,documents,answered,median_delay_days,on_time_percent/);
  assert.equal(lines.length, 5);
  await page.locator('#kv-chart-ministry').screenshot({ path: join(ROOT, 'tests/e2e/output/charts-stats-table.png') });

  await assertAccessible(page, 'statistics');
  assert.deepEqual(problems, []);
  await context.close();
});

test('statistics and timeline views in dark mode', async () => {
  const { page, problems, context } = await loadAndGo('#/stats', { colorScheme: 'dark' });
  await page.locator('.kv-tiles').waitFor();
  await screenshot(page, 'charts-stats-dark');
  await assertAccessible(page, 'statistics (dark)');
  await page.evaluate(() => { location.hash = '#/timeline'; });
  await page.locator('a.kv-bar-link').first().waitFor();
  await screenshot(page, 'charts-timeline-dark');
  await assertAccessible(page, 'timeline (dark)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('timeline view: a bar per document, zoom to a year, Enter on a bar opens the document', async () => {
  const { page, problems, context } = await loadAndGo('#/timeline');
  const bars = page.locator('a.kv-bar-link');
  await bars.first().waitFor();
  assert.equal(await bars.count(), DOCS.length);
  assert.ok(await page.locator('.kv-weekly__bar').count() >= DOCS.length - 1);
  assert.equal(await page.locator('.kv-legend__item').count(), 5);
  await screenshot(page, 'charts-timeline');

  // Zoom to 2023 only: the documents of 2023, plus the 2022 one answered in 2023.
  await page.selectOption('[data-testid=zoom-from]', '2023');
  await page.selectOption('[data-testid=zoom-to]', '2023');
  await page.waitForFunction(() => document.querySelectorAll('a.kv-bar-link').length === 5);
  await screenshot(page, 'charts-timeline-2023');
  await assertAccessible(page, 'timeline');

  // Keyboard: focus the first bar and press Enter.
  const first = page.locator('a.kv-bar-link').first();
  const href = await first.getAttribute('href');
  await first.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => location.hash === h, href);
  assert.match(href, /^#\/doc\/2022Z91005/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('statistics and timeline follow the filters and speak English', async () => {
  const { page, problems, context } = await loadAndGo('#/stats');
  await page.locator('.kv-tiles').waitFor();
  // The library filter lives in the URL query: only the documents of party STU.
  await page.evaluate(() => { location.hash = '#/stats?party=STU'; });
  await page.waitForFunction(() => document.querySelector('[data-tile=documents] dd')?.textContent === '5');
  assert.equal(await page.locator('#kv-chart-party .kv-group-bars__row').count(), 1);
  const lang = page.locator('[data-testid=lang-switch]');
  if (await lang.count()) {
    await lang.click();
    await page.getByRole('heading', { name: 'Statistics' }).waitFor();
    assert.match(await page.locator('[data-tile=median_delay_days] dt').textContent(), /Median delay/);
    assert.match(await page.locator('#kv-chart-ministry').textContent(), /Download CSV/);
  }
  await page.evaluate(() => { location.hash = '#/timeline?party=STU'; });
  await page.locator('a.kv-bar-link').first().waitFor();
  assert.equal(await page.locator('a.kv-bar-link').count(), 5);
  // A bar keeps the filter when it opens its document.
  assert.match(await page.locator('a.kv-bar-link').first().getAttribute('href'), /^#\/doc\/2022Z91002\?party=STU$/);
  await screenshot(page, 'charts-timeline-filtered-en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('timeline and statistics views say so when nothing is loaded', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.goto(`${server.url}#/timeline`);
  await page.locator('.kv-timeline .kv-empty').waitFor();
  await page.evaluate(() => { location.hash = '#/stats'; });
  await page.locator('.kv-stats .kv-empty').waitFor();
  await screenshot(page, 'charts-empty');
  assert.deepEqual(problems, []);
  await context.close();
});

/** `count` invented documents spread over 2021-2024 (deterministic). */
function manyDocuments(count) {
  let seed = 12345;
  const next = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const answerers = [FIN, IW, VWS, 'Dirk Visser (minister justitie en veiligheid) (GHI)',
    'Femke Bos (staatssecretaris onderwijs, cultuur en wetenschap) (JKL)'];
  const submitters = ['Eva Bakker (PQR)', 'Joris Dekker (STU)', 'Lotte de Wit (STU)', 'Pim Jansen (XYZ)', 'Sanne Vos (MNO)'];
  const topics = ['belasting', 'water', 'verkeer', 'zorg en gezondheid', 'onderwijs en wetenschap'];
  const files = [];
  for (let i = 0; i < count; i++) {
    const start = Date.UTC(2021, 0, 4) + next(4 * 365) * 86400000;
    const s = new Date(start);
    const submitted = [s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate()];
    const open = next(10) === 0;
    const a = new Date(start + (3 + next(90)) * 86400000);
    const answered = open ? undefined : [a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate()];
    const id = `${submitted[0]}Z8${String(i).padStart(4, '0')}`;
    files.push({
      name: `${id}.txt`, mimeType: 'text/plain',
      buffer: Buffer.from(kamervraag({
        id, title: `Verzonnen vraag nummer ${i}`, submitted, answered,
        submitter: submitters[next(submitters.length)], answerer: answerers[next(answerers.length)],
        topics: topics[next(topics.length)], notice: next(5) === 0 ? submitted : undefined,
      })),
    });
  }
  return files;
}

test('many documents: statistics and a capped timeline stay quick (timings printed)', async () => {
  const count = 1500;
  const { page, problems, context } = await openPage(browser, server.url);
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(server.url);
  await page.locator('input[type=file]').first().waitFor({ state: 'attached' });
  await page.setInputFiles('input[type=file] >> nth=0', manyDocuments(count));
  await page.getByText(`2024Z8`).first().waitFor({ timeout: 60000 }).catch(() => {});

  // Wait until every document is read (the documents tile counts them all) ...
  await page.evaluate(() => { location.hash = '#/stats'; });
  await page.waitForFunction((n) => document.querySelector('[data-tile=documents] dd')?.textContent === String(n), count, { timeout: 60000 });
  await page.evaluate(() => { location.hash = '#/'; });
  await page.locator('[data-tile=documents]').waitFor({ state: 'detached' });
  // ... then time a fresh visit of the statistics view.
  let started = Date.now();
  await page.evaluate(() => { location.hash = '#/stats'; });
  await page.locator('[data-tile=documents] dd').waitFor();
  await page.locator('#kv-chart-cabinet .kv-group-bars__row').first().waitFor();
  const statsMs = Date.now() - started;
  await screenshot(page, 'charts-stats-many');

  started = Date.now();
  await page.evaluate(() => { location.hash = '#/timeline'; });
  await page.locator('a.kv-bar-link').first().waitFor();
  const timelineMs = Date.now() - started;
  assert.equal(await page.locator('a.kv-bar-link').count(), 300);
  assert.match(await page.locator('#kv-chart-timeline .kv-chart__note').textContent(), /300/);

  started = Date.now();
  await page.selectOption('[data-testid=zoom-to]', '2021');
  await page.waitForFunction(() => document.querySelector('[data-testid=zoom-to]').value === '2021');
  await page.locator('a.kv-bar-link').first().waitFor();
  const zoomMs = Date.now() - started;
  await screenshot(page, 'charts-timeline-many');
  console.log(`charts with ${count} documents: statistics view ${statsMs} ms, timeline view ${timelineMs} ms, zoom ${zoomMs} ms`);
  assert.deepEqual(problems, []);
  await context.close();
});
