// The report half of `scripts/bench.sh`: turns the measured figures into BENCHMARKS.md
// (machine, date, command, the table with the issue's "before" figures beside them)
// and prints the table.
import { readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];

const browser = JSON.parse(readFileSync(args.browser, 'utf8'));
const native = JSON.parse(args['native-stats']);
const criterion = JSON.parse(readFileSync(args.criterion, 'utf8'));
const corpusBytes = Object.fromEntries(args['corpus-bytes'].trim().split(/\s+/).map((kv) => kv.split('=').map(Number)));
const sizes = Object.keys(browser.sizes).map(Number).sort((a, b) => a - b);
const largest = Math.max(...sizes);

// The figures measured before the change, as the issue reports them (same machine,
// same corpus, release dist/, folder drop), in the units of this table.
const BEFORE = {
  drop: { 1000: '2.8 s', 10000: '23 s', 50000: '287 s' },
  longest: { 1000: '0.44 s', 10000: '2.3–3.0 s', 50000: '12.5 s' },
  restart: { 10000: '5.0 s', 50000: '42.6 s' },
  peak: { 1000: '295 MB', 10000: '596 MB', 50000: '1,637 MB' },
  native: { 50000: '2.06 s' },
  stats: { 1000: '0.15 s', 10000: '0.30 s', 50000: '1.34 s (1.3 s task)' },
  timeline: { 1000: '0.14 s', 10000: '0.29 s', 50000: '1.14 s' },
  search: { 1000: '0.09 s', 10000: '0.09 s', 50000: '0.23 s (150 ms task)' },
};

const n = (count) => count.toLocaleString('en-US');
const s = (ms) => `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
const msTask = (f) => (f ? `${Math.round(f.ms)} ms (longest task ${Math.round(f.longestTaskMs)} ms)` : '');
const mb = (v) => `${n(Math.round(v))} MB`;

const rows = [];
const row = (what, size, before, now, target = '') => rows.push([what, size ? n(size) : '', before ?? '', now, target]);
for (const size of sizes) {
  const f = browser.sizes[size];
  row('drop a folder until the library shows them all', size, BEFORE.drop[size], `${s(f.folder.ms)} (${n(f.folder.documents)} documents)`, size === 50000 ? '≤ 10 s' : '');
  row('the same files as one .zip', size, '', `${s(f.zip.ms)} (${n(f.zip.documents)} documents)`, size === 50000 ? '≤ 10 s' : '');
  row('native `kamervraag stats DIR` (release-native)', size, BEFORE.native[size], `${native[size].toFixed(2)} s`);
  row('folder drop ÷ native stats', size, size === 50000 ? '139×' : '', `${(f.folder.ms / 1000 / native[size]).toFixed(1)}×`, '≤ 3×');
  row('longest main-thread task while loading (folder)', size, BEFORE.longest[size], s(f.folder.longestTaskMs), '≤ 100 ms');
  row('… the browser\'s own task building the list of chosen files, before the page hears of them (not counted above)', size, '', s(f.folder.browserFileListMs ?? 0));
  row('longest main-thread task while loading (.zip)', size, '', s(f.zip.longestTaskMs), '≤ 100 ms');
  row('restart: reload until the whole library is back', size, BEFORE.restart[size], `${s(f.restart.ms)} (${n(f.restart.documents)} documents)`, size === 50000 ? '≤ 3 s' : '');
  row('longest main-thread task during the restart', size, '', s(f.restart.longestTaskMs ?? 0), '≤ 100 ms');
  row('renderer peak memory (folder drop + restart)', size, BEFORE.peak[size], `${mb(f.peakMb)} (${mb(f.peakMb - browser.emptyAppPeakMb)} above the empty app; text ${mb(corpusBytes[size] / 1048576)})`, `≤ empty + 2× text = ${mb(browser.emptyAppPeakMb + 2 * corpusBytes[size] / 1048576)}`);
  row('renderer peak memory (.zip drop)', size, '', mb(f.zip.peakMb));
  if (size === largest) {
    row('statistics view opened', size, BEFORE.stats[size], msTask(f.stats), '≤ 200 ms');
    row('timeline view opened', size, BEFORE.timeline[size], msTask(f.timeline), '≤ 200 ms');
    row('a search keystroke to updated table and counts', size, BEFORE.search[size], msTask(f.search), '≤ 100 ms');
    row('a filter change to updated table and counts', size, '', msTask(f.filter), '≤ 100 ms');
  }
}
const nativeMBps = Number(args['parse-bytes']) / 1e6 / (criterion.mean.point_estimate / 1e9);
const p = browser.parse;
const parseRows = [
  ['native parse (criterion `parse-dir`, mean)', `${nativeMBps.toFixed(1)} MB/s`, ''],
  ['wasm parse in headless Chromium, measured inside the wasm (`parseTimed`)', `${p.wasmMBps.toFixed(1)} MB/s`, ''],
  ['wasm ÷ native', `${Math.round((100 * p.wasmMBps) / nativeMBps)} %`, '≥ 50 %'],
  ['JS API `parse(text)` (string in, plain object out)', `${p.apiMBps.toFixed(1)} MB/s`, ''],
  ['of which parsing (the same strings through `parseTimed`)', `${p.apiParseOnlyMBps.toFixed(1)} MB/s`, ''],
  ['share of `parse(text)` spent passing the string and converting the object', `${Math.round(100 * p.apiConversionShare)} %`, ''],
];

const table = (head, body) => [
  `| ${head.join(' | ')} |`,
  `|${head.map(() => '---').join('|')}|`,
  ...body.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const mainTable = table(['what', 'files', 'before (the issue\'s figures)', 'now (measured)', 'target'], rows);
const parseTable = table(['parse throughput', 'measured', 'target'], parseRows);

const run = (cmd) => { try { return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return '?'; } };
const machine = [
  `${cpus()[0]?.model ?? '?'}, ${cpus().length} cores (shared with other work while measuring)`,
  `${(totalmem() / 2 ** 30).toFixed(1)} GB memory`,
  run('/usr/bin/chromium --version'),
  `node ${process.version}`,
  run('rustc --version'),
].join('; ');

const md = `# Benchmarks

Figures of \`bash scripts/bench.sh\` on issue-sized libraries. They are figures to read,
never pass/fail: the test suite asserts behaviour and counts, not times.

- **Date:** ${new Date().toISOString().replace(/\.\d+Z$/, ' UTC').replace('T', ' ')}
- **Machine:** ${machine}
- **Command:** \`${args.command}\`
- **Corpora:** \`kamervraag gen --count N --seed 99\`, the \`.txt\` files only: ${sizes.map((z) => `${n(z)} files = ${(corpusBytes[z] / 1e6).toFixed(1)} MB`).join(', ')}
- **App:** release build (\`trunk build --release\`; the measured copy with the feature \`bench-api\`, which adds \`parseTimed\`), app wasm as shipped ${n(Number(args['wasm-gzip']))} bytes gzipped (\`gzip -9\`)
- **Empty app:** renderer peak ${mb(browser.emptyAppPeakMb)}
${args.note ? `\n${args.note}\n` : ''}
The "before" column holds the figures the issue reports (measured on the same machine
before the change, with the same command line corpus); they are the issue's figures, not
re-measured here.

${mainTable}

Parse throughput on the same bytes (corpus of ${n(Number(args['parse-size']))} files, ${(Number(args['parse-bytes']) / 1e6).toFixed(1)} MB); the wasm is the app's
release build (size-optimised, \`opt-level = "z"\`), the native parser the criterion
bench profile (\`opt-level = 3\`):

${parseTable}

How each figure is taken (\`scripts/bench/browser.mjs\`): a fresh headless Chromium per
size; drop = from \`setInputFiles\` on the folder input (or the file input with the .zip)
until no progress bar runs and the library's count shows every document; longest task =
the longest \`longtask\` entry (PerformanceObserver) since the drop, the task in which
the browser builds the list of chosen files counted from the input's \`change\` event (the
part before it is the browser's own work, reported on its own row: a bare page that does
nothing with the files shows the same task); restart = from \`reload()\` until the
library shows every document again (after the stored record count in IndexedDB has
stopped changing), its longest task over the whole reloaded page; views, search and filter = from the change inside
the page until the view's content (or the changed count) is there and a frame is
painted; peak memory = the highest \`VmHWM\` of the browser's renderer processes.
`;
writeFileSync(args.out, md);
console.log(mainTable);
console.log();
console.log(parseTable);
