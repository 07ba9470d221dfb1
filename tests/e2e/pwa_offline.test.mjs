// End to end: the installable, offline app — manifest and icons, the service worker
// taking control, working offline (load a file, see it parsed, the statistics view),
// the "Nieuwe versie — herladen" offer when a new build waits, files opened from the
// operating system (launchQueue), and all of it under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot } from './harness.mjs';
import { stage, makeRelative, fixtureText, waitForControl } from './fixtures/stage.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The size of a PNG from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('ascii'), 'PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the manifest is installable: relative start_url and scope, icons, file handlers', async () => {
  const staged = await stage();
  try {
    const manifest = JSON.parse(await readFile(join(staged.dir, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.name && manifest.short_name && manifest.description);
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
    const sizes = {};
    for (const icon of manifest.icons) {
      assert.doesNotMatch(icon.src, /^\/|:/, 'icon URLs are relative');
      const [w, h] = pngSize(await readFile(join(staged.dir, icon.src)));
      assert.equal(`${w}x${h}`, icon.sizes);
      sizes[`${icon.purpose}:${icon.sizes}`] = true;
    }
    assert.ok(sizes['any:192x192'] && sizes['any:512x512'] && sizes['maskable:512x512']);
    const handler = manifest.file_handlers[0];
    assert.equal(handler.action, './');
    assert.deepEqual(handler.accept['text/plain'], ['.txt']);
    const sw = await readFile(join(staged.dir, 'sw.js'), 'utf8');
    assert.match(sw, /const VERSION = 'kamervraag-[0-9a-f]{16}';/);
    assert.doesNotMatch(sw, /const PRECACHE = \[\];/);
    assert.doesNotMatch(sw.match(/const PRECACHE = (\[[\s\S]*?\]);/)[1], /"\//, 'precache URLs are relative');
  } finally {
    await staged.remove();
  }
});

for (const prefix of ['', 'some/sub/path/']) {
  test(`offline${prefix ? ' under a sub-path' : ''}: after the worker controls the page, reload offline, load a file, see it parsed and the statistics`, async () => {
    const staged = await stage(prefix);
    if (prefix) await makeRelative(staged.dir);
    const server = await serve(staged.root);
    const base = `${server.url}${prefix}`;
    const { page, problems, context } = await openPage(browser, server.url);
    try {
      await page.goto(base);
      await waitForControl(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      assert.equal(scope, base);

      await context.setOffline(true);
      await page.reload();
      await page.locator('[data-testid=file-input]').waitFor({ state: 'attached', timeout: 15000 });
      await page.setInputFiles('[data-testid=file-input]', {
        name: '2019Z77777.txt', mimeType: 'text/plain', buffer: Buffer.from(await fixtureText('2019Z77777.txt')),
      });
      await page.getByText('2019Z77777').first().waitFor({ timeout: 15000 });
      assert.match(await page.textContent('body'), /openingstijden van gemeentelijke zwembaden/);
      await screenshot(page, `pwa-offline-loaded${prefix ? '-subpath' : ''}`);

      await page.goto(`${base}#/stats`);
      await page.locator('.kv-stats').waitFor({ timeout: 15000 });
      assert.ok((await page.textContent('.kv-stats')).trim().length > 0);
      await screenshot(page, `pwa-offline-stats${prefix ? '-subpath' : ''}`);

      // The embed loader works offline too (precached).
      const loader = await page.evaluate(async () => (await fetch('kamervraag-viewer.js')).ok);
      assert.equal(loader, true);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await server.close();
      await staged.remove();
    }
  });
}

test('a new build waiting offers "Nieuwe versie — herladen"; taking it reloads and removes the old cache', async () => {
  const staged = await stage();
  const server = await serve(staged.dir);
  const { page, problems, context } = await openPage(browser, server.url);
  try {
    await page.goto(server.url);
    await waitForControl(page);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);

    // A "new build": another sw.js (new cache name) and another index.html.
    const swPath = join(staged.dir, 'sw.js');
    const sw = await readFile(swPath, 'utf8');
    await writeFile(swPath, sw.replace(/const VERSION = 'kamervraag-[0-9a-f]+';/, "const VERSION = 'kamervraag-0000000000000001';"));
    await page.reload();
    const offer = page.getByRole('button', { name: 'Nieuwe versie — herladen' });
    await offer.waitFor({ timeout: 20000 });
    await screenshot(page, 'pwa-update-offer');

    await Promise.all([page.waitForEvent('load', { timeout: 20000 }), offer.click()]);
    await page.waitForFunction(async () => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0] === 'kamervraag-0000000000000001 /';
    }, null, { timeout: 20000 });
    await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
    assert.equal(await offer.count(), 0, 'no offer once the new version runs');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
    await staged.remove();
  }
});

test('files opened from the operating system (launchQueue) are loaded', async () => {
  const staged = await stage();
  const server = await serve(staged.dir);
  const { page, problems, context } = await openPage(browser, server.url);
  try {
    const text = await fixtureText('2020Z88888.txt');
    // Stand in for the browser's launch queue: one launch with one file handle.
    await page.addInitScript((text) => {
      const handle = { kind: 'file', name: '2020Z88888.txt', getFile: async () => new File([text], '2020Z88888.txt', { type: 'text/plain' }) };
      Object.defineProperty(window, 'launchQueue', {
        configurable: true,
        value: { setConsumer: (consumer) => setTimeout(() => consumer({ files: [handle] }), 0) },
      });
    }, text);
    await page.goto(server.url);
    await page.getByText('2020Z88888').first().waitFor({ timeout: 15000 });
    assert.match(await page.textContent('body'), /fietsenstallingen bij stations/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
    await staged.remove();
  }
});
