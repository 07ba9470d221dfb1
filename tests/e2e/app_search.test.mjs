// End to end, the search language in the library: an exact phrase with its snippet,
// a field scope, a regular expression, an invalid regular expression (the reason next
// to the search box, the previous results kept), one chip per query part, and from a
// snippet into the document with n / N stepping through the matches.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './harness.mjs';
import { generate, RICH, asInputFiles } from './app_fixtures.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const DOCS = [RICH, ...generate(40, 5)];
const ALL = `${DOCS.length} van ${DOCS.length} documenten`;

async function loaded(page) {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  await page.setInputFiles('[data-testid=file-input]', asInputFiles(DOCS));
  await page.getByTestId('result-count').filter({ hasText: ALL }).waitFor();
}

async function search(page, query) {
  await page.getByTestId('search').fill(query);
}

async function ids(page) {
  return page.locator('[data-testid=library-row] [data-testid=doc-id]').allTextContents();
}

test('phrases, scopes, regular expressions and an invalid one', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.setViewportSize({ width: 1200, height: 900 });
  await loaded(page);

  // An exact phrase: one document, its snippet says where.
  await search(page, '"geen cijfers beschikbaar"');
  await page.getByTestId('result-count').filter({ hasText: `1 van ${DOCS.length} documenten` }).waitFor();
  assert.deepEqual(await ids(page), [RICH.id]);
  const snippet = page.getByTestId('snippet').first();
  assert.match(await snippet.textContent(), /^antwoord 2.*geen cijfers beschikbaar/);
  assert.equal(await snippet.locator('mark').textContent(), 'geen cijfers beschikbaar');

  // A field scope: in the questions, not in the answers.
  await search(page, 'vraag:"gesloten ijsbanen"');
  await page.getByTestId('result-count').filter({ hasText: `1 van ${DOCS.length} documenten` }).waitFor();
  assert.deepEqual(await ids(page), [RICH.id]);
  await search(page, 'antwoord:"gesloten ijsbanen"');
  await page.getByTestId('result-count').filter({ hasText: `0 van ${DOCS.length} documenten` }).waitFor();

  // A regular expression, case-insensitive.
  await search(page, '/ENERGIE(crisis|prijzen)/ -sport OR partij:abc');
  await page.waitForFunction(() => location.hash.includes('q=%2FENERGIE'));
  assert.ok((await ids(page)).includes(RICH.id));
  const chips = await page.getByTestId('chips').locator('li').allTextContents();
  assert.equal(chips.length, 2, chips.join(' | '));
  const kept = await page.getByTestId('result-count').textContent();
  const keptHash = await page.evaluate(() => location.hash);

  // An invalid regular expression: the reason next to the box, the results stay.
  await search(page, '/energie(/');
  const problem = page.getByTestId('search-problem');
  await problem.waitFor();
  assert.match(await problem.textContent(), /niet leesbaar.*regular expression/);
  assert.equal(await page.getByTestId('search').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByTestId('result-count').textContent(), kept);
  assert.equal(await page.evaluate(() => location.hash), keptHash);
  // Fixed: the reason goes away.
  await search(page, '/energie(crisis)/');
  await page.waitForFunction(() => !document.querySelector('[data-testid=search-problem]'));

  // Chips are removable one by one.
  await search(page, 'vraag:ijsbanen -"geen idee"');
  await page.getByRole('button', { name: 'Filter verwijderen: zoeken: -"geen idee"' }).click();
  await page.waitForFunction(() => location.hash.includes('q=vraag%3Aijsbanen') && !location.hash.includes('idee'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a snippet opens the document; n and N step through the matches', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await loaded(page);
  await search(page, 'ijsbanen');
  await page.getByTestId('snippet').first().waitFor();
  await page.locator('[data-testid=snippet] a').first().click();
  await page.getByTestId('document').waitFor();
  const marks = page.locator('[data-testid=document] mark.kv-mark');
  await page.locator('.kv-mark--current').waitFor();
  const count = await marks.count();
  assert.ok(count >= 2, `${count} marks`);
  const current = () => page.evaluate(() => [...document.querySelectorAll('[data-testid=document] mark.kv-mark')].findIndex((m) => m.classList.contains('kv-mark--current')));
  assert.equal(await current(), 0);
  await page.keyboard.press('n');
  assert.equal(await current(), 1);
  await page.keyboard.press('Shift+N');
  assert.equal(await current(), 0);
  await page.keyboard.press('Shift+N');
  assert.equal(await current(), count - 1);
  assert.deepEqual(problems, []);
  await context.close();
});
