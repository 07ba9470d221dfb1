// End to end, getting documents in: 1,000 files through the file picker with progress
// (timed), duplicates, failures with raw text, a folder through the folder picker and
// through a drop (readEntries in batches of at most 100), a .zip archive, pasted text,
// and the library surviving a reload until "bibliotheek wissen".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, dropFiles } from './harness.mjs';
import { generate, RICH, RICH_CUT, makeZip, asInputFiles, checkAxe } from './app_fixtures.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const resultCount = (page) => page.getByTestId('result-count');

test('empty app renders quickly and the welcome view passes axe', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  const start = Date.now();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  const ms = Date.now() - start;
  console.log(`budget: empty app rendered ${ms} ms after navigation`);
  await screenshot(page, 'app-welcome');
  await checkAxe(page, assert, 'welcome');
  assert.deepEqual(problems, []);
  await context.close();
});

test('1,000 generated files load with progress, responsive page, windowed table', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  await page.evaluate(() => {
    window.__longest = 0;
    window.__frameGap = 0;
    let last = performance.now();
    const frame = (t) => { window.__frameGap = Math.max(window.__frameGap, t - last); last = t; requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const docs = generate(1000, 1);
  const start = Date.now();
  await page.setInputFiles('[data-testid=file-input]', asInputFiles(docs));
  await page.getByTestId('progress').waitFor();
  await screenshot(page, 'app-progress');
  // From here on the app itself is working: record its longest task.
  await page.evaluate(() => { window.__longest = 0; window.__frameGap = 0; });
  await resultCount(page).filter({ hasText: '1000 van 1000 documenten' }).waitFor({ timeout: 30000 });
  const ms = Date.now() - start;
  const { longest, gap } = await page.evaluate(() => ({ longest: window.__longest, gap: window.__frameGap }));
  console.log(`budget: 1,000 generated documents shown in the library after ${ms} ms (while loading: longest task ≥50 ms: ${Math.round(longest)} ms, longest gap between frames: ${Math.round(gap)} ms)`);
  await page.getByText(/Klaar: 1000 verwerkt/).waitFor();
  // Windowed: far fewer rows in the DOM than documents.
  const rows = await page.getByTestId('library-row').count();
  assert.ok(rows > 5 && rows < 100, `rows in DOM: ${rows}`);
  // Scrolling to the end shows the last rows.
  await page.locator('.kv-table__body').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=library-row]:last-of-type')?.getAttribute('aria-rowindex')) === 1001);
  await screenshot(page, 'app-library-1000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the same vraagnummer twice keeps the most complete version and says so; failures keep their raw text', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  await dropFiles(page, '.kv-drop-zone', [
    { name: RICH_CUT.name, text: RICH_CUT.text },
    { name: 'kapot.txt', text: '<html><body>geen kamervraag</body></html>' },
    { name: RICH.name, text: RICH.text },
  ]);
  await resultCount(page).filter({ hasText: '1 van 1 documenten' }).waitFor();
  const notice = page.getByTestId('notices');
  await notice.getByText(/2022Z77777 is twee keer geladen/).waitFor();
  assert.match(await notice.textContent(), /rijk\.txt\) is bewaard, rijk-afgebroken\.txt is opzijgelegd/);
  // The failed file is listed with its reason; its raw text opens.
  const failed = page.locator('.kv-file--error');
  assert.match(await failed.textContent(), /kapot\.txt.*not a Kamervraag/);
  await failed.getByText('Brontekst tonen').click();
  await failed.locator('pre').getByText('geen kamervraag').waitFor();
  await screenshot(page, 'app-duplicates-and-failures');
  await checkAxe(page, assert, 'library with notices');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a folder through the folder picker, a zip archive, and pasted text', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kv-folder-'));
  const docs = generate(12, 7);
  await mkdir(join(dir, 'map', 'diep'), { recursive: true });
  for (const [i, d] of docs.slice(0, 6).entries()) {
    await writeFile(join(dir, 'map', i % 2 ? 'diep' : '', d.name), d.text);
  }
  const { page, problems, context } = await openPage(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Map kiezen' }).waitFor();
  await page.setInputFiles('[data-testid=folder-input]', join(dir, 'map'));
  await resultCount(page).filter({ hasText: '6 van 6 documenten' }).waitFor();

  const zip = makeZip(docs.slice(6, 11).map((d, i) => ({ name: `archief/${i % 2 ? 'sub/' : ''}${d.name}`, text: d.text })));
  await page.setInputFiles('[data-testid=file-input]', { name: 'set.zip', mimeType: 'application/zip', buffer: zip });
  await resultCount(page).filter({ hasText: '11 van 11 documenten' }).waitFor();

  // Ctrl+V anywhere outside a text field loads pasted text.
  await page.evaluate((text) => navigator.clipboard.writeText(text), docs[11].text);
  await page.locator('h1').first().click().catch(() => {});
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+V');
  await resultCount(page).filter({ hasText: '12 van 12 documenten' }).waitFor();
  assert.match(await page.locator('.kv-files__summary').textContent(), /12 bestanden geladen/);
  await screenshot(page, 'app-folder-zip-paste');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a dropped folder is walked recursively, reading entries until none are left', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  const docs = generate(250, 11);
  // A real folder drop cannot be synthesised, so the test gives the dropped item a
  // folder entry with the browser's shape: readEntries hands out at most 100 at a time.
  const calls = await page.evaluate((docs) => {
    let readCalls = 0;
    const fileEntry = (d) => ({ isFile: true, isDirectory: false, name: d.name,
      file: (ok) => setTimeout(() => ok(new File([d.text], d.name, { type: 'text/plain' })), 0) });
    const dirEntry = (name, children) => ({ isFile: false, isDirectory: true, name,
      createReader: () => { let at = 0; return { readEntries: (ok) => { readCalls++; const batch = children.slice(at, at + 100); at += batch.length; setTimeout(() => ok(batch), 0); } }; } });
    const sub = dirEntry('sub', docs.slice(200).map(fileEntry));
    const root = dirEntry('kamervragen', [...docs.slice(0, 200).map(fileEntry), sub]);
    DataTransferItem.prototype.webkitGetAsEntry = function () { return root; };
    const dt = new DataTransfer();
    dt.items.add(new File(['x'], 'kamervragen', { type: '' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
    return new Promise((ok) => setTimeout(() => ok(readCalls), 3000));
  }, docs);
  await resultCount(page).filter({ hasText: '250 van 250 documenten' }).waitFor();
  assert.ok(calls >= 5, `readEntries calls: ${calls}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the library survives a reload, until "bibliotheek wissen"', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
  await resultCount(page).filter({ hasText: '1 van 1 documenten' }).waitFor();
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('theme-switch').selectOption('dark');
  await page.waitForTimeout(300);
  await page.reload();
  await page.getByText('1 of 1 documents').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByTestId('notices').getByText(/restored from the previous session/).waitFor();
  await screenshot(page, 'app-restored-dark-en');
  await page.getByTestId('clear-library').click();
  await page.getByTestId('confirm-clear').click();
  await page.getByRole('button', { name: 'Load example' }).waitFor();
  await page.waitForTimeout(300);
  await page.reload();
  await page.getByRole('button', { name: 'Load example' }).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.getByTestId('library-row').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
