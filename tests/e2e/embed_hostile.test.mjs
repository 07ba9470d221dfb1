// End to end: what a hostile or careless page or link cannot do to the viewer — a
// panic leaves a readable message (app page and every element), a `src` on another
// host is refused however it is spelled (the iframe mode fetches from its own origin
// only), a too large document is refused, a viewer removed mid-fetch aborts its
// request, and a timeline bar inside a frame leads to a view the frame can show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { serve, launch, openPage, screenshot } from './harness.mjs';
import { stage, HOST_CSP } from './fixtures/stage.mjs';

let staged, server, browser;
before(async () => {
  staged = await stage();
  // A document just over the per-file limit (16 MiB).
  await writeFile(join(staged.dir, 'docs', 'huge.txt'), Buffer.alloc(16 * 1024 * 1024 + 1, 'a'));
  server = await serve(staged.dir, { 'content-security-policy': HOST_CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await staged?.remove();
});

/** Calls the wasm module's test-only panic from the page (the same instance the page
 *  runs, loaded through the embed loader at `loader`). */
const triggerPanic = (page, loader) => page.evaluate(async (loader) => {
  const bindings = await (await import(loader)).ready;
  try { bindings.testPanic(); } catch { /* the trap after the hook */ }
}, loader);

test('a panic on the app page shows what happened, in Dutch and English, and logs it', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  try {
    await page.goto(server.url);
    await page.locator('[data-testid=file-input]').waitFor({ state: 'attached', timeout: 15000 });
    await triggerPanic(page, './kamervraag-viewer.js');
    const message = page.locator('[data-testid=panic]');
    await message.waitFor({ timeout: 10000 });
    const text = await message.textContent();
    assert.match(text, /Er ging iets mis/);
    assert.match(text, /Je opgeslagen bibliotheek is veilig/);
    assert.match(text, /Your stored library is safe/);
    assert.match(text, /Reload the page/);
    assert.equal(await page.getAttribute('[data-testid=panic]', 'role'), 'alert');
    assert.ok(problems.some((p) => p.includes('test panic requested')), problems.join('\n'));
    await screenshot(page, 'panic-app');
  } finally {
    await context.close();
  }
});

test('a panic on a host page shows the message in every viewer and leaves the host alone', async () => {
  const { page, context } = await openPage(browser, server.url);
  try {
    await page.goto(`${server.url}host/element.html`);
    await page.waitForFunction(() => document.getElementById('inline-viewer')?.mounted, null, { timeout: 15000 });
    await triggerPanic(page, '../kamervraag-viewer.js');
    await page.waitForFunction(() => [...document.querySelectorAll('kamervraag-viewer')]
      .every((el) => el.shadowRoot?.querySelector('[data-testid=panic]')), null, { timeout: 10000 });
    const texts = await page.evaluate(() => [...document.querySelectorAll('kamervraag-viewer')]
      .map((el) => el.shadowRoot.querySelector('[data-testid=panic]').textContent));
    assert.ok(texts.length >= 3);
    for (const text of texts) assert.match(text, /Je opgeslagen bibliotheek is veilig.*Your stored library is safe/s);
    assert.equal(await page.textContent('#host-note'), "The host's own paragraph.");
  } finally {
    await context.close();
  }
});

test('a src on another host is refused however it is spelled, in the element and the frame', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  try {
    await page.goto(`${server.url}host/element.html`);
    await page.waitForFunction(() => document.getElementById('inline-viewer')?.mounted, null, { timeout: 15000 });
    const notes = await page.evaluate(async () => {
      const out = [];
      for (const src of ['//evil.example/a.txt', '\\\\evil.example\\a.txt', '/\\evil.example/a.txt', ' //evil.example/a.txt']) {
        const el = document.createElement('kamervraag-viewer');
        el.setAttribute('src', src);
        document.body.append(el);
        await new Promise((ok) => el.addEventListener('kamervraag-ready', ok, { once: true }));
        await new Promise((ok) => setTimeout(ok, 200));
        out.push(el.shadowRoot.querySelector('.kv-embed').textContent);
        el.remove();
      }
      return out;
    });
    for (const note of notes) assert.match(note, /Geen document/);
    for (const src of ['%2F%2Fevil.example%2Fa.txt', '%5C%5Cevil.example%5Ca.txt', 'https%3A%2F%2Fevil.example%2Fa.txt']) {
      await page.goto(`${server.url}index.html#/embed/document?src=${src}`);
      await page.reload();
      await page.locator('.kv-embed__note').waitFor({ timeout: 15000 });
      assert.match(await page.textContent('.kv-embed__note'), /src/);
    }
    assert.deepEqual(problems.filter((p) => p.includes('evil.example')), []);
  } finally {
    await context.close();
  }
});

test('a src larger than the per-file limit is refused with the reason', async () => {
  const { page, context } = await openPage(browser, server.url);
  try {
    await page.goto(`${server.url}index.html#/embed/document?src=docs%2Fhuge.txt`);
    await page.reload();
    await page.locator('.kv-embed__error').waitFor({ timeout: 20000 });
    assert.match(await page.textContent('.kv-embed__error'), /16 MB/);
  } finally {
    await context.close();
  }
});

test('removing a viewer while its document is still arriving aborts the request', async () => {
  // The page and a document that never finishes, on one origin.
  let closed = false;
  const slow = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path === '/slow.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('Kamervraag 2024Z00001\n');
      req.on('close', () => { closed = true; });
      return;
    }
    try {
      const file = join(staged.dir, path.endsWith('/') ? `${path}index.html` : path);
      const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => slow.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${slow.address().port}/`;
  const { page, context } = await openPage(browser, origin);
  try {
    await page.goto(`${origin}host/element.html`);
    await page.waitForFunction(() => document.getElementById('inline-viewer')?.mounted, null, { timeout: 15000 });
    await page.evaluate(async () => {
      const el = document.createElement('kamervraag-viewer');
      el.id = 'slow-viewer';
      el.setAttribute('src', '/slow.txt');
      document.body.append(el);
      await new Promise((ok) => el.addEventListener('kamervraag-ready', ok, { once: true }));
    });
    await page.waitForFunction(() => document.getElementById('slow-viewer').shadowRoot
      .querySelector('.kv-embed')?.textContent.includes('Document laden'), null, { timeout: 10000 });
    assert.equal(closed, false, 'still arriving');
    await page.evaluate(() => document.getElementById('slow-viewer').remove());
    const deadline = Date.now() + 10000;
    while (!closed && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
    assert.equal(closed, true, 'the request was aborted');
  } finally {
    await context.close();
    slow.closeAllConnections?.();
    await new Promise((ok) => slow.close(ok));
  }
});

test('in the iframe mode a timeline bar leads to the frame\'s own document view', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  try {
    await page.goto(`${server.url}index.html#/embed/timeline?src=docs%2F2019Z77777.txt&lang=en`);
    await page.reload();
    const bar = page.locator('.kv-bar-link').first();
    await bar.waitFor({ timeout: 15000 });
    const href = await bar.getAttribute('href');
    assert.match(href, /^#\/embed\/document\?src=docs%2F2019Z77777\.txt&lang=en/);
    await bar.click();
    await page.locator('[data-testid=question]').first().waitFor({ timeout: 15000 });
    assert.match(page.url(), /#\/embed\/document\?/);
    assert.equal(await page.locator('.kv-embed__note').count(), 0, 'no "no document" note');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('in an element the timeline bars are not links that would move the host page', async () => {
  const { page, context } = await openPage(browser, server.url);
  try {
    await page.goto(`${server.url}host/element.html`);
    await page.waitForFunction(() => document.getElementById('inline-viewer')?.mounted, null, { timeout: 15000 });
    await page.evaluate(() => document.getElementById('inline-viewer').setAttribute('view', 'timeline'));
    await page.waitForFunction(() => document.getElementById('inline-viewer').shadowRoot
      .querySelector('.kv-timeline-bars rect'), null, { timeout: 10000 });
    const links = await page.evaluate(() => document.getElementById('inline-viewer').shadowRoot
      .querySelectorAll('.kv-timeline-bars a').length);
    assert.equal(links, 0);
  } finally {
    await context.close();
  }
});
