// End to end: the JS API (parse, stats, version) from a test page, compared with the
// native CLI's JSON for the same invented files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, ROOT } from './harness.mjs';
import { stage, HOST_CSP } from './fixtures/stage.mjs';

const run = promisify(execFile);
const DOCS = ['tests/e2e/fixtures/docs/2019Z77777.txt', 'tests/e2e/fixtures/docs/2020Z88888.txt'];
const BAD = 'tests/e2e/fixtures/docs/not-a-kamervraag.txt';

/** Runs the native CLI (`cargo run --quiet -- ARGS`) from the repository root. */
async function cli(...args) {
  try {
    const { stdout } = await run('cargo', ['run', '--quiet', '--', ...args], { cwd: ROOT, maxBuffer: 1 << 24 });
    return stdout;
  } catch (e) {
    if (e.stdout) return e.stdout; // exit status 1 with output (a file failed)
    throw e;
  }
}

let staged, server, browser;
before(async () => {
  staged = await stage();
  server = await serve(staged.dir, { 'content-security-policy': HOST_CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await staged?.remove();
});

/** A page with the API module loaded; returns the page and its problem list. */
async function apiPage() {
  const opened = await openPage(browser, server.url);
  await opened.page.goto(`${server.url}host/api.html`);
  await opened.page.evaluate(async () => {
    const api = await import('../kamervraag-viewer.js');
    await api.ready;
    window.kv = api;
  });
  return opened;
}

test('parse(text, name) equals the CLI JSON for the same files; a bad input throws the parser message', async () => {
  const expected = (await cli('parse', ...DOCS, BAD)).trim().split('\n').map((line) => JSON.parse(line));
  const texts = await Promise.all([...DOCS, BAD].map((f) => readFile(join(ROOT, f), 'utf8')));
  const { page, problems, context } = await apiPage();
  const results = await page.evaluate(({ texts, names }) => texts.map((text, i) => {
    try {
      return kv.parse(text, names[i]);
    } catch (e) {
      return { source: names[i], error: e.message, isError: e instanceof Error };
    }
  }), { texts, names: [...DOCS, BAD] });

  assert.deepEqual(results[0], expected[0]);
  assert.deepEqual(results[1], expected[1]);
  assert.equal(results[2].isError, true, 'a bad input throws an Error');
  assert.equal(results[2].error, expected[2].error, "the thrown message is the parser's");
  // Without a name, `source` is null, like the schema says for an unknown file name.
  assert.equal(await page.evaluate((text) => kv.parse(text).source, texts[0]), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('stats(documents, {by, today}) equals `kamervraag stats --json`; version() is the crate version', async () => {
  const texts = await Promise.all(DOCS.map((f) => readFile(join(ROOT, f), 'utf8')));
  const { page, problems, context } = await apiPage();
  for (const by of [undefined, 'party', 'ministry', 'month']) {
    const args = ['stats', ...DOCS, '--today', '2020-06-01', '--json', ...(by ? ['--by', by] : [])];
    const expected = JSON.parse(await cli(...args));
    const fromObjects = await page.evaluate(({ texts, names, by }) =>
      kv.stats(texts.map((t, i) => kv.parse(t, names[i])), { by, today: '2020-06-01' }), { texts, names: DOCS, by });
    const fromTexts = await page.evaluate(({ texts, by }) => kv.stats(texts, { by, today: '2020-06-01' }), { texts, by });
    assert.deepEqual(fromObjects, expected, `by ${by}`);
    assert.deepEqual(fromTexts, expected, `texts, by ${by}`);
  }
  const errors = await page.evaluate(() => ['colour', undefined].map((by, i) => {
    try {
      kv.stats([], i === 0 ? { by } : { today: '1 juni 2020' });
      return null;
    } catch (e) {
      return e.message;
    }
  }));
  assert.match(errors[0], /unknown grouping "colour"/);
  assert.match(errors[1], /today/);

  const cargo = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  const version = cargo.match(/^version = "([^"]+)"/m)[1];
  assert.equal(await page.evaluate(() => kv.version()), version);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the TypeScript declarations are in dist/', async () => {
  const dts = await readFile(join(staged.dir, 'kamervraag-viewer.d.ts'), 'utf8');
  assert.match(dts, /export const parse/);
  assert.match(dts, /export const stats/);
  const bindings = dts.match(/from '\.\/(kamervraag-[0-9a-f]+)\.js'/)[1];
  const generated = await readFile(join(staged.dir, `${bindings}.d.ts`), 'utf8');
  assert.match(generated, /export function parse\(text: string, name\?: string \| null\): object;/);
  assert.match(generated, /export function stats\(/);
  assert.match(generated, /export function version\(\): string;/);
  assert.match(generated, /export interface StatsOptions/);
});
