// End to end: the built app in headless Chromium, used as a person would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot, dropFiles, ROOT } from './harness.mjs';
import { join } from 'node:path';
import { copyFile } from 'node:fs/promises';

const FIXTURE_ID = '2021Z55555';
const FIXTURE = `Kamervraag ${FIXTURE_ID}

Een verzonnen vraag over de dienstregeling van veerboten in de winter

Ingediend 4 februari 2021
Indiener Jan Modaal (XYZ)
Onderwerpen verkeer
Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-${FIXTURE_ID}.html
 • Vraag 1
  Waarom varen de veerboten minder vaak?
`;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a file chosen with the file picker shows its vraagnummer and title', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
  await page.setInputFiles('input[type=file]', {
    name: 'veerboten.txt', mimeType: 'text/plain', buffer: Buffer.from(FIXTURE),
  });
  await page.getByText(FIXTURE_ID).waitFor();
  assert.match(await page.textContent('body'), /dienstregeling van veerboten/);
  await screenshot(page, 'slice-file-picker');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a dropped file shows its vraagnummer and title; a bad file is listed with its reason', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.locator('.kv-drop-zone').waitFor();
  await dropFiles(page, '.kv-drop-zone', [
    { name: 'veerboten.txt', text: FIXTURE },
    { name: 'leeg.txt', text: '' },
  ]);
  await page.getByText(FIXTURE_ID).waitFor();
  const error = page.locator('.kv-file--error');
  await error.waitFor();
  assert.match(await error.textContent(), /leeg\.txt/);
  await screenshot(page, 'slice-drop');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the example button shows the built-in example (README screenshot)', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
  await page.getByText('2024Z99999').waitFor();
  const shot = await screenshot(page, 'readme');
  await copyFile(shot, join(ROOT, 'tests/e2e/readme-screenshot.png')).catch(() => {});
  assert.deepEqual(problems, []);
  await context.close();
});
