// End to end: the iframe mode (index.html#/embed/<view>?src=…&lang=…&theme=…) inside
// <iframe>s of a host page on another port of 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot } from './harness.mjs';
import { stage, HOST_CSP } from './fixtures/stage.mjs';

let viewerStage, hostStage, viewer, host, browser;
before(async () => {
  viewerStage = await stage();
  viewer = await serve(viewerStage.dir);
  hostStage = await stage();
  const frames = {
    FRAME_DOCUMENT: `${viewer.url}index.html#/embed/document?src=docs%2F2019Z77777.txt&lang=en&theme=dark`,
    FRAME_STATS: `${viewer.url}index.html#/embed/stats?src=docs/2020Z88888.txt&theme=light`,
  };
  const page = join(hostStage.dir, 'host', 'frame.html');
  let html = await readFile(page, 'utf8');
  for (const [key, url] of Object.entries(frames)) html = html.replace(key, url.replaceAll('&', '&amp;'));
  await writeFile(page, html);
  host = await serve(hostStage.dir, {
    'content-security-policy': `${HOST_CSP}; frame-src ${viewer.url}`,
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await viewer?.close();
  await viewerStage?.remove();
  await hostStage?.remove();
});

test('the iframe mode shows one view of a fetched document without the app chrome, on another origin', async () => {
  const { page, problems, context } = await openPage(browser, host.url);
  // The frames are on another port: requests there are expected, not foreign.
  const foreign = () => problems.filter((p) => !p.startsWith(`foreign request: ${viewer.url}`));
  await page.setViewportSize({ width: 900, height: 1100 });
  await page.goto(`${host.url}host/frame.html`);

  const documentFrame = page.frameLocator('#document-frame');
  await documentFrame.getByText('Karel Zwemmer (PvdA)').waitFor({ timeout: 15000 });
  const inFrame = await page.frame({ url: /embed\/document/ }).evaluate(() => ({
    theme: document.documentElement.getAttribute('data-theme'),
    lang: document.documentElement.getAttribute('lang'),
    dropZone: document.querySelector('.kv-drop-zone') !== null,
    header: document.querySelector('.kv-header, header') !== null,
    questions: document.querySelectorAll('[data-testid=question]').length,
    background: getComputedStyle(document.querySelector('.kv-embed')).backgroundColor,
    text: document.body.textContent,
  }));
  assert.equal(inFrame.theme, 'dark');
  assert.equal(inFrame.lang, 'en');
  assert.equal(inFrame.dropZone, false, 'no drop zone in iframe mode');
  assert.equal(inFrame.header, false, 'no app header in iframe mode');
  assert.equal(inFrame.questions, 2);
  assert.equal(inFrame.background, 'rgb(18, 22, 27)');
  assert.match(inFrame.text, /Questions and answers/);

  const statsFrame = page.frame({ url: /embed\/stats/ });
  await statsFrame.waitForSelector('.kv-embed--stats', { timeout: 15000 });
  assert.equal(await statsFrame.evaluate(() => document.documentElement.getAttribute('data-theme')), 'light');
  assert.equal(await statsFrame.evaluate(() => document.querySelector('.kv-drop-zone')), null);

  await screenshot(page, 'embed-iframe-host');
  assert.deepEqual(foreign(), []);
  await context.close();
});

test('the iframe mode without a usable src explains what is missing', async () => {
  const { page, problems, context } = await openPage(browser, viewer.url);
  await page.goto(`${viewer.url}index.html#/embed/questions?src=javascript:alert(1)`);
  await page.locator('.kv-embed__note').waitFor({ timeout: 15000 });
  assert.match(await page.textContent('.kv-embed__note'), /src/);
  await page.goto(`${viewer.url}index.html#/embed/document?src=docs/does-not-exist.txt`);
  await page.reload();
  await page.locator('.kv-embed__error').waitFor({ timeout: 15000 });
  assert.match(await page.textContent('.kv-embed__error'), /404/);
  // The failed fetch is the point of this test; nothing else may go wrong.
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  await context.close();
});
