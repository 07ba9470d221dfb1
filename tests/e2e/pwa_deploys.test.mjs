// End to end: the service worker across deploys — a second build deployed over the
// first while a tab is open (offline reloads get one whole version, never a new page
// with assets no cache holds), two deployments on one origin (`/` and `/staging/`)
// that keep each other's caches, and a deployment at the origin root that answers
// only its own pages offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, DIST } from './harness.mjs';
import { stage, makeRelative, waitForControl } from './fixtures/stage.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Waits until the app has mounted (its file input exists). */
const appReady = (page) =>
  page.locator('[data-testid=file-input]').waitFor({ state: 'attached', timeout: 15000 });

/** The build tag of the page shown (none for the first build). */
const buildOf = (page) =>
  page.evaluate(() => document.querySelector('meta[name=kv-build]')?.content ?? null);

/** Deploys "a new build" over the copy in `dir`: its start-up script gets a new
 *  (hashed-looking) name and the old one is removed from the server, as a real new
 *  build's hashed assets replace the old ones; the page names the build (`tag`); the
 *  worker gets a new version and precaches the new script. */
async function deploy(dir, tag) {
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const old = html.match(/(start-[0-9a-z]+\.js)/)[1];
  const fresh = `start-${tag.repeat(16).slice(0, 16)}.js`;
  const code = await readFile(join(dir, old), 'utf8');
  await writeFile(join(dir, fresh), `${code}\n// build ${tag}\n`);
  await rm(join(dir, old));
  html = html.replace(old, fresh).replace(/<meta name="kv-build"[^>]*>/, '')
    .replace('<head>', `<head>\n    <meta name="kv-build" content="${tag}" />`);
  await writeFile(indexPath, html);
  const swPath = join(dir, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  const version = `kamervraag-${Buffer.from(tag).toString('hex').padStart(16, '0')}`;
  await writeFile(swPath, sw
    .replace(/const VERSION = '[^']+';/, `const VERSION = '${version}';`)
    .replace(`"./${old}"`, `"./${fresh}"`));
  return version;
}

/** Takes the waiting version through the app's update offer (reloading the page once
 *  the new worker waits, so the app finds it at start). */
async function takeUpdate(page) {
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    null, { timeout: 30000 });
  await page.reload();
  const offer = page.getByRole('button', { name: 'Nieuwe versie — herladen' });
  await offer.waitFor({ timeout: 30000 });
  await Promise.all([page.waitForEvent('load', { timeout: 20000 }), offer.click()]);
}

test('a second build deployed over the first with a tab open: offline reloads get one whole version', async () => {
  const staged = await stage();
  const server = await serve(staged.dir);
  const { page, problems, context } = await openPage(browser, server.url);
  try {
    await page.goto(server.url);
    await waitForControl(page);
    await appReady(page);

    // Online, the new page is fetched (network first) with its own assets; the new
    // worker installs and waits.
    const version = await deploy(staged.dir, 'b');
    await page.reload();
    await appReady(page);
    assert.equal(await buildOf(page), 'b');
    await page.getByRole('button', { name: 'Nieuwe versie — herladen' }).waitFor({ timeout: 20000 });

    // Offline, the old worker (still in charge) answers with its own page and assets.
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    assert.equal(await buildOf(page), null, 'the first build, whole');
    await context.setOffline(false);

    // Once the new version runs, offline reloads get it, whole.
    await takeUpdate(page);
    await page.waitForFunction((version) => caches.keys().then((keys) =>
      keys.length === 1 && keys[0] === `${version} /`), version, { timeout: 20000 });
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    assert.equal(await buildOf(page), 'b');
    assert.deepEqual(problems.filter((p) => p.startsWith('pageerror')), []);
  } finally {
    await context.close();
    await server.close();
    await staged.remove();
  }
});

test('two deployments on one origin (/ and /staging/) keep each other\'s caches', async () => {
  const staged = await stage();
  const staging = join(staged.dir, 'staging');
  await cp(DIST, staging, { recursive: true });
  await makeRelative(staging);
  await deploy(staging, 's');
  const server = await serve(staged.dir);
  const { page, problems, context } = await openPage(browser, server.url);
  try {
    await page.goto(server.url);
    await waitForControl(page, '127.0.0.1:' + server.port + '/sw.js');
    await appReady(page);
    await page.goto(`${server.url}staging/`);
    await waitForControl(page, '/staging/sw.js');
    await appReady(page);
    const keys = (await page.evaluate(() => caches.keys())).sort();
    assert.equal(keys.length, 2, keys.join(', '));
    assert.ok(keys.some((k) => k.endsWith(' /')) && keys.some((k) => k.endsWith(' /staging/')), keys.join(', '));

    // A new version at /staging/ removes the older /staging/ cache only.
    const version = await deploy(staging, 't');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await takeUpdate(page);
    await page.waitForFunction((version) => caches.keys().then((keys) =>
      keys.length === 2 && keys.includes(`${version} /staging/`) && keys.some((k) => k.endsWith(' /'))),
    version, { timeout: 20000 });

    // Both work offline.
    await context.setOffline(true);
    await page.goto(server.url);
    await appReady(page);
    assert.equal(await buildOf(page), null);
    await page.goto(`${server.url}staging/`);
    await appReady(page);
    assert.equal(await buildOf(page), 't');
    assert.deepEqual(problems.filter((p) => p.startsWith('pageerror')), []);
  } finally {
    await context.close();
    await server.close();
    await staged.remove();
  }
});

test('deployed at the origin root, the worker answers only the app\'s own pages', async () => {
  const staged = await stage();
  await mkdir(join(staged.dir, 'other'), { recursive: true });
  await writeFile(join(staged.dir, 'other', 'page.html'),
    '<!DOCTYPE html><title>Other</title><p>Another page of this origin.</p>');
  const server = await serve(staged.dir);
  const { page, context } = await openPage(browser, server.url);
  try {
    await page.goto(server.url);
    await waitForControl(page);
    const online = await page.goto(`${server.url}other/page.html`);
    assert.equal(online.fromServiceWorker(), false, 'another page goes to the network');
    assert.match(await page.textContent('body'), /Another page of this origin/);

    await context.setOffline(true);
    const offline = await page.goto(`${server.url}other/page.html`).then(() => 'answered', () => 'network error');
    if (offline === 'answered') {
      assert.equal(await page.locator('body[data-kv-app]').count(), 0, 'not answered with the app');
    }
    // Let the browser's own error page settle before the next navigation.
    await page.waitForLoadState('load').catch(() => {});
    // The error page may still be committing: leave it once it has.
    for (let attempt = 0; ; attempt++) {
      try {
        await page.goto('about:blank');
        break;
      } catch (error) {
        if (attempt >= 4) throw error;
        await page.waitForTimeout(250);
      }
    }
    // The app's own URLs, with a query, still work offline.
    await page.goto(`${server.url}?from=offline`);
    await appReady(page);
    await page.goto(`${server.url}index.html`);
    await appReady(page);
  } finally {
    await context.close();
    await server.close();
    await staged.remove();
  }
});
