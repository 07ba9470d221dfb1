// End to end, the library and the document view: search with highlights, filters as
// chips in the URL (bookmarkable), sorting, the document view (header, delay, safe
// links, questions and answers, "Zie antwoord" and footnote links, notices, timeline,
// source tab), previous/next with the keyboard, English, dark mode, exports, and axe
// on every view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, screenshot } from './harness.mjs';
import { generate, RICH, asInputFiles, checkAxe } from './app_fixtures.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const DOCS = [RICH, ...generate(60, 3)];

async function loaded(page) {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  await page.setInputFiles('[data-testid=file-input]', asInputFiles(DOCS));
  await page.getByTestId('result-count').filter({ hasText: `${DOCS.length} van ${DOCS.length} documenten` }).waitFor();
}

test('search, filters, chips, URL and sorting in the library', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.setViewportSize({ width: 1200, height: 900 });
  await loaded(page);
  // Case- and diacritic-insensitive search, matches highlighted.
  await page.getByTestId('search').fill('cafe zurich');
  await page.waitForFunction(() => location.hash.includes('q=cafe%20zurich'));
  const marks = page.locator('[data-testid=library] mark');
  await marks.first().waitFor();
  assert.equal(await marks.first().textContent(), 'Café');
  const afterSearch = await page.getByTestId('result-count').textContent();
  assert.match(afterSearch, /^\d+ van 61 documenten$/);
  assert.notEqual(afterSearch, '61 van 61 documenten');
  await page.getByTestId('search').fill('');

  // Filters combine and show as chips; the URL carries them.
  await page.locator('select[data-filter=party]').selectOption('ABC');
  await page.waitForFunction(() => location.hash.includes('party=ABC'));
  await page.locator('select[data-filter=status]').selectOption('late');
  await page.waitForFunction(() => location.hash.includes('status=late'));
  const chips = page.getByTestId('chips');
  assert.match(await chips.textContent(), /Partij: ABC.*Status: te laat/);
  const filtered = await page.getByTestId('result-count').textContent();
  for (const status of await page.locator('[data-testid=library-row] [data-status]').evaluateAll((els) => els.map((e) => e.dataset.status))) {
    assert.equal(status, 'late');
  }
  await screenshot(page, 'app-library-filtered');
  await checkAxe(page, assert, 'library filtered');

  // Bookmarkable: a fresh page with the same URL shows the same view (after a reload the stored library returns).
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await page.getByTestId('result-count').filter({ hasText: filtered }).waitFor();
  assert.match(await page.getByTestId('chips').textContent(), /Partij: ABC/);

  // Removing a chip removes the filter.
  await page.getByRole('button', { name: 'Filter verwijderen: Status: te laat' }).click();
  await page.waitForFunction(() => !location.hash.includes('status='));
  await page.getByRole('button', { name: 'Alle filters wissen' }).click();
  await page.getByTestId('result-count').filter({ hasText: '61 van 61 documenten' }).waitFor();

  // Sorting by a column header, with the keyboard.
  await page.locator('[data-sort=title]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('sort=title-asc'));
  const titles = await page.locator('[data-testid=library-row] .kv-row__title').allTextContents();
  const sorted = [...titles].sort((a, b) => a.localeCompare(b, 'nl'));
  assert.deepEqual(titles.map((t) => t.toLowerCase()), sorted.map((t) => t.toLowerCase()));
  assert.equal(await page.locator('[role=columnheader][aria-sort=ascending]').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the document view: header, answers, links, notices, timeline, source, keyboard navigation', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.setViewportSize({ width: 1100, height: 900 });
  await loaded(page);
  await page.getByTestId('search').fill('kunstijsbanen');
  await page.getByRole('link', { name: RICH.id }).click();
  await page.waitForFunction((id) => location.hash.startsWith(`#/doc/${id}`), RICH.id);
  const doc = page.getByTestId('document');
  await doc.getByRole('heading', { level: 1, name: /kunstijsbanen/ }).waitFor();
  assert.match(await page.getByTestId('delay-words').textContent(), /Beantwoord na 58 dagen: 16 dagen na de termijn van 42 dagen/);
  assert.equal(await page.locator('.kv-delay-bar').count(), 1);
  // Only http(s) links, opening in a new tab.
  const links = await doc.locator('.kv-links a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.target, a.rel]));
  assert.deepEqual(links, [['https://zoek.officielebekendmakingen.nl/kv-tk-2022Z77777.html', '_blank', 'noopener noreferrer']]);
  // Footnote markers link to existing footnotes only.
  assert.equal(await doc.locator('.kv-footnote-mark').count(), 2);
  assert.match(await doc.locator('.kv-qa__pair').nth(1).textContent(), /in 2021 meer dan 2 miljoen kWh\?/);
  await doc.getByRole('link', { name: 'Voetnoot 2' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'voetnoot-2');
  // "Zie antwoord vraag 2" scrolls to that answer; a question without its own answer says so.
  await doc.getByRole('link', { name: 'Zie antwoord vraag 2' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'antwoord-2');
  await doc.getByText(/heeft geen eigen antwoord/).waitFor();
  await doc.getByTestId('doc-notice').getByText(/Mededeling – 24 oktober 2022/).waitFor();
  const timeline = await page.getByTestId('doc-timeline').textContent();
  for (const word of ['ingediend', 'termijn 21 dagen', 'mededeling', 'termijn 42 dagen', 'beantwoord']) assert.ok(timeline.includes(word), word);
  await screenshot(page, 'app-document');
  await checkAxe(page, assert, 'document');
  // The print stylesheet keeps the document and drops the app chrome.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.kv-appbar').isVisible(), false);
  assert.equal(await doc.getByRole('heading', { level: 1 }).isVisible(), true);
  await screenshot(page, 'app-document-print');
  await page.emulateMedia({ media: 'screen' });

  // Topic chips filter the library.
  await doc.getByRole('link', { name: 'Bibliotheek filteren op onderwerp energie' }).click();
  await page.waitForFunction(() => location.hash.includes('topic=energie'));
  await page.getByTestId('chips').getByText('Onderwerp: energie').waitFor();
  await page.goBack();
  await doc.getByRole('heading', { level: 1 }).waitFor();

  // The source tab with the original text and the diagnostics, by keyboard.
  await page.getByRole('tab', { name: 'Vragen en antwoorden' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('raw-text').getByText('Kamervraag 2022Z77777').waitFor();
  await page.getByText(/Opmerkingen van de parser/).waitFor();
  await screenshot(page, 'app-document-source');
  await checkAxe(page, assert, 'document source tab');

  // Previous/next through the filtered list with j and k.
  await page.getByRole('link', { name: /Terug naar de bibliotheek/ }).click();
  await page.getByTestId('search').fill('');
  await page.waitForFunction(() => !location.hash.includes('q='));
  const firstTwo = await page.locator('[data-testid=library-row] [data-testid=doc-id]').evaluateAll((as) => as.slice(0, 2).map((a) => a.textContent));
  await page.getByRole('link', { name: firstTwo[0] }).click();
  await page.getByTestId('doc-header-id').filter({ hasText: firstTwo[0] }).waitFor();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('j');
  await page.getByTestId('doc-header-id').filter({ hasText: firstTwo[1] }).waitFor();
  await page.keyboard.press('k');
  await page.getByTestId('doc-header-id').filter({ hasText: firstTwo[0] }).waitFor();
  await page.getByTestId('doc-next').click();
  await page.getByTestId('doc-header-id').filter({ hasText: firstTwo[1] }).waitFor();
  // An unknown document says so.
  await page.goto(`${server.url}#/doc/2099Z00000`);
  await page.getByTestId('doc-not-found').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('English, dark mode, timeline and statistics views get the filtered documents; axe on each', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.setViewportSize({ width: 1100, height: 900 });
  await loaded(page);
  await page.getByTestId('lang-switch').click();
  await page.getByText('61 of 61 documents').waitFor();
  await page.getByTestId('theme-switch').selectOption('dark');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(18, 22, 27)');
  await screenshot(page, 'app-library-dark-en');
  await checkAxe(page, assert, 'library dark english');
  await page.locator('select[data-filter=party]').selectOption('DEF');
  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/timeline') && location.hash.includes('party=DEF'));
  await screenshot(page, 'app-timeline-dark');
  await checkAxe(page, assert, 'timeline');
  await page.getByRole('link', { name: 'Statistics' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/stats'));
  await screenshot(page, 'app-stats-dark');
  await checkAxe(page, assert, 'statistics');
  await page.getByTestId('theme-switch').selectOption('light');
  await page.getByRole('link', { name: 'Library' }).click();
  await screenshot(page, 'app-library-light-en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the filtered documents download as CSV and JSON', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await loaded(page);
  await page.locator('select[data-filter=party]').selectOption('ABC');
  await page.waitForFunction(() => location.hash.includes('party=ABC'));
  const count = Number((await page.getByTestId('result-count').textContent()).split(' ')[0]);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  assert.equal(csv.suggestedFilename(), 'kamervragen.csv');
  const csvText = await readFile(await csv.path(), 'utf8');
  assert.equal(csvText.trim().split('\n').length, count + 1);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const parsed = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(parsed.length, count);
  assert.ok(parsed.every((d) => d.schema === 'kamervraag/1'));
  console.log(`export: ${count} documents, CSV ${csvText.length} bytes`);
  assert.deepEqual(problems, []);
  await context.close();
});
