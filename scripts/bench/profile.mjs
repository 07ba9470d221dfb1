// Where the main thread's time goes while a folder loads: drops a folder on the app in
// dist/, records a CPU profile of the page (Chrome DevTools protocol) from the drop
// until the library shows every document, then (with RESTART=1) a second profile of a
// reload until the library is back, and prints the long tasks and the functions with
// the most self time. For finding what to make faster, not a figure for BENCHMARKS.md.
//
//   BENCH_DIST=DIR node scripts/bench/profile.mjs CORPUS_DIR EXPECTED_DOCUMENTS
//
// Build the app without wasm-opt to keep function names (see scripts/bench.sh).
import { serve, launch } from '../../tests/e2e/harness.mjs';

const [dir, expected] = process.argv.slice(2);
const server = await serve(process.env.BENCH_DIST ?? undefined);
const browser = await launch();
const context = await browser.newContext();
const page = await context.newPage();
await page.addInitScript(() => {
  window.__kvLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__kvLongTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
});
await page.goto(server.url);
await page.locator('[data-testid=folder-input]').waitFor({ state: 'attached' });
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });

async function waitForLibrary() {
  for (let i = 0; ; i++) {
    const state = await page.evaluate(() => ({
      running: !!document.querySelector('.kv-progress__bar'),
      count: document.querySelector('[data-testid=result-count]')?.textContent ?? '',
      progress: document.querySelector('.kv-progress')?.textContent ?? '',
    }));
    const m = /(\d+) van (\d+)/.exec(state.count);
    if (!state.running && m && Number(m[2]) === Number(expected)) return;
    if (i % 50 === 0) console.log(JSON.stringify(state));
    await page.waitForTimeout(100);
  }
}

function summary(label, profile, tasks, ms) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
  // Inside the longest task: the heaviest stacks (leaf and four callers).
  const longest = tasks.reduce((a, t) => (t[1] > (a?.[1] ?? 0) ? t : a), null);
  if (longest) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const stacks = new Map();
    // Page time of each sample: the profile started when the page clock read `tasks.since`.
    let at = tasks.since ?? 0;
    profile.samples.forEach((id, i) => {
      at += (dt[i] ?? 0) / 1000;
      const pageMs = at;
      if (pageMs < longest[0] || pageMs > longest[0] + longest[1]) return;
      const names = [];
      for (let n = id; n !== undefined && names.length < 6; n = parent.get(n)) {
        const f = byId.get(n).callFrame;
        names.push((f.functionName || '(anon)').replace(/::h[0-9a-f]{16}/, '').slice(0, 70));
      }
      const key = names.join(' < ');
      stacks.set(key, (stacks.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    console.log(`-- heaviest stacks in the longest task (${longest.join(':')})`);
    for (const [k, t] of [...stacks.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${t.toFixed(0).padStart(7)} ms  ${k}`);
  }
  console.log(`\n== ${label}: ${ms} ms; long tasks (start, ms): ${tasks.length}, longest ${Math.max(0, ...tasks.map((t) => t[1]))}`);
  console.log(tasks.slice(0, 60).map((t) => t.join(':')).join(' '));
  for (const [name, t] of top) console.log(`${t.toFixed(0).padStart(7)} ms  ${name}`);
}

const since = await page.evaluate(() => performance.now());
await cdp.send('Profiler.start');
const started = Date.now();
await page.setInputFiles('[data-testid=folder-input]', dir);
await waitForLibrary();
const dropMs = Date.now() - started;
const { profile } = await cdp.send('Profiler.stop');
const tasks = await page.evaluate((since) => window.__kvLongTasks.filter(([s]) => s >= since), since);
tasks.since = since;
summary('drop', profile, tasks, dropMs);

if (process.env.RESTART === '1') {
  await page.waitForTimeout(3000);
  await page.reload();
  const cdp2 = await context.newCDPSession(page);
  await cdp2.send('Profiler.enable');
  await cdp2.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp2.send('Profiler.start');
  const t0 = Date.now();
  await waitForLibrary();
  const restartMs = Date.now() - t0;
  const { profile: p2 } = await cdp2.send('Profiler.stop');
  const tasks2 = await page.evaluate(() => window.__kvLongTasks);
  summary('restart', p2, tasks2, restartMs);
}
await browser.close();
await server.close();
