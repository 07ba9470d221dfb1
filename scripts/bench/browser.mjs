// The browser half of `scripts/bench.sh`: measures the release build in dist/ in
// headless Chromium (playwright-core, /usr/bin/chromium) and writes the figures as JSON.
//
//   BENCH_DIST=DIR node scripts/bench/browser.mjs OUT.json PARSE_DIR SIZE:DIR:ZIP [...]
//
// BENCH_DIST: a release build with the feature bench-api (default dist/).
// For every size: the folder dropped through the folder input until the library shows
// every document (and the longest main-thread task meanwhile), the stored library
// back after a reload, the same files in one .zip, and the renderer's peak memory.
// On the largest size also the statistics and timeline views, a search keystroke and a
// filter change. On PARSE_DIR: the wasm parser's throughput measured inside the wasm
// (`parseTimed`) and the JS API's `parse` (string passing and object conversion).
// Timings are figures to read, never pass/fail.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch } from '../../tests/e2e/harness.mjs';

const [out, parseDir, ...specs] = process.argv.slice(2);
const sizes = specs.map((spec) => {
  const [count, dir, zip] = spec.split(':');
  return { count: Number(count), dir, zip };
});
const LONG = 30 * 60 * 1000;

/** Runs before any page script: records every long task (start, duration in ms), and
 * when the page hears of chosen files (the input's change event). */
function recordLongTasks() {
  window.__kvLongTasks = [];
  window.__kvInputAt = [];
  document.addEventListener('change', () => window.__kvInputAt.push(performance.now()), true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__kvLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** The longest task that ended at or after `since` (page milliseconds). The task in
 * which the browser builds the list of chosen files (before the page hears of them,
 * several seconds for 10,000 files on a page that does nothing with them) counts from
 * the input's change event: `browserMs` is the part before it. */
async function longestTaskSince(page, since) {
  return page.evaluate((since) => {
    let longest = 0;
    let browserMs = 0;
    for (const [start, duration] of window.__kvLongTasks) {
      const end = start + duration;
      if (end < since) continue;
      const heard = window.__kvInputAt.find((t) => t >= start && t <= end);
      const own = heard === undefined ? duration : end - heard;
      if (heard !== undefined) browserMs = Math.max(browserMs, heard - start);
      longest = Math.max(longest, own);
    }
    return { longest, browserMs };
  }, since);
}

/** The process ids below `root` (children, grandchildren, ...). */
function descendants(root) {
  const parent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* gone */ }
  }
  const below = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (below.has(ppid) && !below.has(pid)) { below.add(pid); grew = true; }
    }
  }
  below.delete(root);
  return [...below];
}

/** The highest peak resident memory (VmHWM, MB) of this process's Chromium renderers. */
function rendererPeakMb() {
  let peak = 0;
  for (const pid of descendants(process.pid)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch { /* gone */ }
  }
  return Math.round(peak);
}

/** Waits until the library shows `expected` documents (any number when null) with no load running. */
async function waitForLibrary(page, expected) {
  const handle = await page.waitForFunction((expected) => {
    if (document.querySelector('.kv-progress__bar')) return null;
    const m = /(\d+) van (\d+)/.exec(document.querySelector('[data-testid=result-count]')?.textContent ?? '');
    const count = m && Number(m[2]) > 0 ? Number(m[2]) : null;
    return count !== null && (expected === null || count === expected) ? count : null;
  }, expected, { timeout: LONG, polling: 100 });
  return handle.jsonValue();
}

/** Records in all of the page's IndexedDB databases (every object store summed). */
async function storedRecords(page) {
  return page.evaluate(async () => {
    let total = 0;
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((ok, fail) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      for (const store of db.objectStoreNames) {
        total += await new Promise((ok) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => ok(request.result);
          request.onerror = () => ok(0);
        });
      }
      db.close();
    }
    return total;
  });
}

/** Waits until the stored record count is above zero and has not changed for 3 s. */
async function waitForStored(page) {
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const now = await storedRecords(page);
    if (now !== last) { last = now; stableSince = Date.now(); }
    if (now > 0 && Date.now() - stableSince >= 3000) return now;
    await new Promise((ok) => setTimeout(ok, 500));
  }
}

async function freshPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await page.locator('[data-testid=folder-input]').waitFor({ state: 'attached' });
  return { context, page };
}

/** Drops `files` (a folder path or a zip path) on an input; the drop-to-library figures. */
async function dropAndWait(page, selector, files, expected) {
  const since = await page.evaluate(() => performance.now());
  const started = Date.now();
  await page.setInputFiles(selector, files);
  const documents = await waitForLibrary(page, expected);
  const ms = Date.now() - started;
  const { longest, browserMs } = await longestTaskSince(page, since);
  return { ms, documents, longestTaskMs: longest, browserFileListMs: browserMs };
}

/** Times an action inside the page until `done` holds and a frame is painted. */
async function timedInPage(page, name, arg) {
  const result = await page.evaluate(async ({ name, arg }) => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
    const count = () => document.querySelector('[data-testid=result-count]')?.textContent;
    const actions = {
      stats: () => { location.hash = '#/stats'; },
      timeline: () => { location.hash = '#/timeline'; },
      search: () => {
        const input = document.querySelector('[data-testid=search]');
        input.value = arg;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      filter: () => {
        const select = document.querySelector('select[data-filter]');
        select.selectedIndex = 1;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
    };
    const before = count();
    const done = {
      stats: () => document.querySelector('[data-tile=documents] dd') && document.querySelector('#kv-chart-cabinet .kv-group-bars__row'),
      timeline: () => document.querySelector('a.kv-bar-link'),
      search: () => count() !== before,
      filter: () => count() !== before,
    };
    const since = performance.now();
    actions[name]();
    const deadline = since + 120000;
    while (!done[name]() && performance.now() < deadline) await frame();
    await frame();
    const ms = performance.now() - since;
    await new Promise((ok) => setTimeout(ok, 300));
    const longest = Math.max(0, ...window.__kvLongTasks.filter(([s, d]) => s + d >= since).map(([, d]) => d));
    return { ms, longestTaskMs: longest, found: done[name]() ? true : false, after: count() };
  }, { name, arg });
  return result;
}

async function backToLibrary(page) {
  await page.evaluate(() => { location.hash = '#/'; });
  await page.locator('[data-testid=result-count]').waitFor();
  await page.waitForTimeout(300);
}

/** The wasm parser on the same bytes as the native criterion run. */
async function parseThroughput(browser, url, dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const buffers = await Promise.all(names.map((n) => readFile(join(dir, n))));
  const corpus = Buffer.concat(buffers);
  const lengths = buffers.map((b) => b.length);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/__bench/corpus.bin', (route) => route.fulfill({ body: corpus, contentType: 'application/octet-stream' }));
  await page.route('**/__bench/lengths.json', (route) => route.fulfill({ body: JSON.stringify(lengths), contentType: 'application/json' }));
  await page.goto(url);
  const result = await page.evaluate(async () => {
    const api = await import('./kamervraag-viewer.js');
    const wasm = await api.ready;
    const corpus = new Uint8Array(await (await fetch('./__bench/corpus.bin')).arrayBuffer());
    const lengths = await (await fetch('./__bench/lengths.json')).json();
    const files = [];
    let at = 0;
    for (const len of lengths) { files.push(corpus.subarray(at, at + len)); at += len; }
    const rounds = Math.max(1, Math.ceil(30e6 / corpus.length));
    wasm.parseTimed(files, 1); // warm up
    const inWasm = wasm.parseTimed(files, rounds);
    // The JS API: UTF-8 strings in, plain objects out. The same strings as UTF-8 bytes
    // parsed inside the wasm give the parsing share; the rest is passing and conversion.
    const texts = files.map((f) => new TextDecoder().decode(f));
    const utf8 = texts.map((t) => new TextEncoder().encode(t));
    const utf8Bytes = utf8.reduce((n, u) => n + u.length, 0);
    const apiRounds = Math.max(1, Math.ceil(10e6 / utf8Bytes));
    const parseOnly = wasm.parseTimed(utf8, apiRounds);
    for (const t of texts.slice(0, 200)) { try { api.parse(t); } catch { /* not a document */ } }
    const started = performance.now();
    for (let r = 0; r < apiRounds; r++) {
      for (const t of texts) { try { api.parse(t); } catch { /* not a document */ } }
    }
    const apiMs = performance.now() - started;
    return {
      files: files.length, bytes: corpus.length, rounds, inWasm,
      api: { bytes: utf8Bytes * apiRounds, ms: apiMs, parseOnlyMs: parseOnly.ms },
    };
  });
  await context.close();
  const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);
  return {
    files: result.files,
    bytes: result.bytes,
    wasmMBps: mbps(result.inWasm.bytes, result.inWasm.ms),
    apiMBps: mbps(result.api.bytes, result.api.ms),
    apiParseOnlyMBps: mbps(result.api.bytes, result.api.parseOnlyMs),
    apiConversionShare: 1 - result.api.parseOnlyMs / result.api.ms,
  };
}

const server = await serve(process.env.BENCH_DIST || undefined);
const results = { sizes: {} };
const log = (...a) => console.error('[bench]', ...a);

{
  const browser = await launch();
  log('wasm parse on', parseDir);
  results.parse = await parseThroughput(browser, server.url, parseDir);
  const { context } = await freshPage(browser, server.url);
  await new Promise((ok) => setTimeout(ok, 2000));
  results.emptyAppPeakMb = rendererPeakMb();
  await context.close();
  await browser.close();
}

const largest = Math.max(...sizes.map((s) => s.count));
for (const { count, dir, zip } of sizes) {
  const figures = {};
  {
    const browser = await launch();
    const { page, context } = await freshPage(browser, server.url);
    log(count, 'folder drop');
    figures.folder = await dropAndWait(page, '[data-testid=folder-input]', dir, null);
    figures.stored = await waitForStored(page);
    log(count, 'restart');
    const since = Date.now();
    await page.reload();
    figures.restart = { documents: await waitForLibrary(page, figures.folder.documents), ms: Date.now() - since };
    figures.restart.longestTaskMs = (await longestTaskSince(page, 0)).longest;
    if (count === largest) {
      await page.waitForTimeout(1000);
      for (const [name, arg] of [['stats'], ['timeline'], ['search', 'zorg'], ['filter']]) {
        log(count, name);
        await backToLibrary(page);
        figures[name] = await timedInPage(page, name, arg);
      }
    }
    figures.peakMb = rendererPeakMb();
    await context.close();
    await browser.close();
  }
  {
    const browser = await launch();
    const { page, context } = await freshPage(browser, server.url);
    log(count, 'zip drop');
    figures.zip = await dropAndWait(page, '[data-testid=file-input]', zip, figures.folder.documents);
    figures.zip.peakMb = rendererPeakMb();
    await context.close();
    await browser.close();
  }
  results.sizes[count] = figures;
  log(count, JSON.stringify(figures));
}
await server.close();
await writeFile(out, JSON.stringify(results, null, 2));
