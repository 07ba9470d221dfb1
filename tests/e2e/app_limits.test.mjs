// End to end, the resource limits: a file larger than the per-file limit is refused by
// its size without being read, and a zip bomb's member by its compression ratio; each
// is listed among the files that could not be read with its reason and the limit, in
// Dutch and in English, while the other files load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, open, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot } from './harness.mjs';
import { generate, makeZip } from './app_fixtures.mjs';

let server, browser, dir;
before(async () => {
  server = await serve();
  browser = await launch();
  dir = await mkdtemp(join(tmpdir(), 'kv-limits-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('an oversize file and a zip bomb are listed with their reason and limit; the rest loads', async () => {
  // 17 MB, sparse: the file is never read, only its size is looked at.
  const big = join(dir, 'groot.txt');
  const handle = await open(big, 'w');
  await handle.truncate(17 * 1024 * 1024);
  await handle.close();
  const [good, inside] = generate(2, 7);
  const goodPath = join(dir, good.name);
  await writeFile(goodPath, good.text);
  // 8 MB of zeros deflate to about 8 KB: a ratio of about 1,000.
  const bomb = join(dir, 'bom.zip');
  await writeFile(bomb, makeZip([{ name: 'bom.txt', text: '\0'.repeat(8 * 1024 * 1024) }, inside]));

  const { page, problems, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  await page.setInputFiles('[data-testid=file-input]', [big, goodPath, bomb]);
  await page.getByTestId('result-count').filter({ hasText: '2 van 2 documenten' }).waitFor();

  const failed = page.locator('.kv-file--error');
  await failed.nth(1).waitFor();
  assert.equal(await failed.count(), 2);
  const oversize = page.locator('.kv-file--error', { hasText: 'groot.txt' });
  assert.equal(await oversize.locator('.kv-file__error').textContent(),
    'niet gelezen: 17 MB, meer dan de grens van 16 MB per bestand');
  const bombed = page.locator('.kv-file--error', { hasText: 'bom.zip/bom.txt' });
  assert.match(await bombed.locator('.kv-file__error').textContent(),
    /^niet uitgepakt: \d{3,} keer samengeperst, meer dan de grens van 100 keer$/);
  await screenshot(page, 'app-limits');

  await page.getByTestId('lang-switch').click();
  await page.getByText('2 of 2 documents').waitFor();
  assert.equal(await oversize.locator('.kv-file__error').textContent(),
    'not read: 17 MB, over the limit of 16 MB per file');
  assert.match(await bombed.locator('.kv-file__error').textContent(),
    /^not unpacked: compressed \d{3,} times, over the limit of 100 times$/);
  assert.deepEqual(problems, []);
  await context.close();
});
