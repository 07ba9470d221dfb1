// End to end, keeping the library: parsed in workers and stored batch by batch, so a
// reload right after a load brings everything back, a reload in the middle of a load
// brings back everything that was shown and lists the rest as not stored, the same
// files dropped twice are stored once, "bibliotheek wissen" stops a running load, and
// a second tab follows a clear. Counts are asserted, never times.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './harness.mjs';
import { generate, asInputFiles } from './app_fixtures.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const resultCount = (page) => page.getByTestId('result-count');
const shownCount = async (page) => {
  const text = await resultCount(page).textContent().catch(() => '');
  const m = text?.match(/van (\d+) documenten/);
  return m ? Number(m[1]) : 0;
};

async function fresh() {
  const opened = await openPage(browser, server.url);
  await opened.page.goto(server.url);
  await opened.page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  return opened;
}

test('2,000 files: a reload right after "done" brings all of them back', async () => {
  const { page, problems, context } = await fresh();
  await page.setInputFiles('[data-testid=file-input]', asInputFiles(generate(2000, 21)));
  await page.getByText(/Klaar: 2000 verwerkt/).waitFor({ timeout: 120000 });
  await resultCount(page).filter({ hasText: '2000 van 2000 documenten' }).waitFor();
  await page.reload();
  await resultCount(page).filter({ hasText: '2000 van 2000 documenten' }).waitFor({ timeout: 60000 });
  assert.match(await page.locator('.kv-files__summary').textContent(), /2000 bestanden geladen/);
  // A stored document's source text is read from storage when its tab opens.
  await page.getByTestId('library-row').first().locator('a').first().click();
  await page.getByTestId('document').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a reload in the middle of a load keeps what was shown and lists the rest as not stored', async () => {
  const { page, problems, context } = await fresh();
  const total = 4000;
  await page.setInputFiles('[data-testid=file-input]', asInputFiles(generate(total, 22)));
  await page.waitForFunction(() => /van \d+ documenten/.test(document.querySelector('[data-testid=result-count]')?.textContent ?? ''), null, { timeout: 60000 });
  const shown = await shownCount(page);
  await page.reload();
  await page.getByTestId('progress').getByText(/Klaar/).waitFor({ timeout: 60000 });
  await page.waitForTimeout(500);
  const back = await shownCount(page);
  const notStored = await page.locator('.kv-file--error', { hasText: 'niet bewaard' }).count();
  console.log(`reload during a load: ${shown} shown before, ${back} back, ${notStored} listed as not stored`);
  assert.ok(back >= shown, `documents back after the reload (${back}) < shown before it (${shown})`);
  assert.equal(back + notStored, total);
  // The list of files not stored survives another reload.
  await page.reload();
  await page.getByTestId('progress').getByText(/Klaar/).waitFor({ timeout: 60000 });
  await page.waitForTimeout(500);
  assert.equal(await shownCount(page), back);
  assert.equal(await page.locator('.kv-file--error', { hasText: 'niet bewaard' }).count(), notStored);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the same files dropped twice, and the example loaded twice, are stored once', async () => {
  const { page, problems, context } = await fresh();
  const files = asInputFiles(generate(20, 23));
  await page.setInputFiles('[data-testid=file-input]', files);
  await resultCount(page).filter({ hasText: '20 van 20 documenten' }).waitFor();
  // The same bytes under other names are the same files.
  await page.setInputFiles('[data-testid=file-input]', files.map((f) => ({ ...f, name: `kopie-${f.name}` })));
  await page.getByText(/Klaar/).waitFor();
  await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
  await resultCount(page).filter({ hasText: '21 van 21 documenten' }).waitFor();
  await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
  await page.waitForTimeout(300);
  assert.match(await page.locator('.kv-files__summary').textContent(), /21 bestanden geladen/);
  await page.reload();
  await resultCount(page).filter({ hasText: '21 van 21 documenten' }).waitFor();
  assert.match(await page.locator('.kv-files__summary').textContent(), /21 bestanden geladen/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"bibliotheek wissen" stops a running load: nothing comes back', async () => {
  const { page, problems, context } = await fresh();
  await page.setInputFiles('[data-testid=file-input]', asInputFiles(generate(4000, 24)));
  await page.waitForFunction(() => /van \d+ documenten/.test(document.querySelector('[data-testid=result-count]')?.textContent ?? ''), null, { timeout: 60000 });
  await page.getByTestId('clear-library').click();
  await page.getByTestId('confirm-clear').click();
  await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  await page.waitForTimeout(3000);
  assert.equal(await page.getByTestId('library-row').count(), 0);
  assert.equal(await page.locator('.kv-file').count(), 0);
  await page.reload();
  await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  await page.waitForTimeout(1000);
  assert.equal(await page.getByTestId('library-row').count(), 0);
  assert.equal(await page.locator('.kv-file').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a library of only failed files can be cleared, and a second tab follows the clear', async () => {
  const { page, problems, context } = await fresh();
  await page.setInputFiles('[data-testid=file-input]', [{ name: 'kapot.txt', mimeType: 'text/plain', buffer: Buffer.from('<html>geen kamervraag</html>') }]);
  await page.locator('.kv-file--error').waitFor();
  const other = await context.newPage();
  await other.goto(server.url);
  await other.locator('.kv-file--error').waitFor();
  await page.getByTestId('clear-library').click();
  await page.getByTestId('confirm-clear').click();
  await other.waitForFunction(() => document.querySelectorAll('.kv-file').length === 0);
  assert.equal(await page.locator('.kv-file').count(), 0);
  await other.reload();
  await other.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  await other.waitForTimeout(500);
  assert.equal(await other.locator('.kv-file').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
