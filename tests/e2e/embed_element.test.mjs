// End to end: <kamervraag-viewer> on a host page with a strict Content-Security-Policy
// and aggressive CSS — two working viewers, scoped styles both ways, removal,
// attribute changes and a readable parse error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot } from './harness.mjs';
import { stage, HOST_CSP } from './fixtures/stage.mjs';

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

/** Text of a viewer's shadow root (its rendered view). */
const shadowText = (page, id) => page.evaluate((id) =>
  document.getElementById(id)?.shadowRoot?.querySelector('.kv-embed')?.textContent ?? null, id);

/** Waits until a viewer's shadow root shows `needle`. */
async function waitForShadowText(page, id, needle) {
  await page.waitForFunction(({ id, needle }) => {
    const text = document.getElementById(id)?.shadowRoot?.querySelector('.kv-embed')?.textContent ?? '';
    return text.includes(needle);
  }, { id, needle }, { timeout: 15000 });
}

/** A computed style of the first match of `selector` inside a viewer's shadow root. */
const styleIn = (page, id, selector, property) => page.evaluate(({ id, selector, property }) => {
  const el = document.getElementById(id).shadowRoot.querySelector(selector);
  return el ? getComputedStyle(el).getPropertyValue(property) : null;
}, { id, selector, property });

test('two viewers render under a strict CSP; the host CSS does not leak in, the viewer does not restyle the host', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${server.url}host/element.html`);

  // 1. The inline document, Dutch, light, branded.
  await waitForShadowText(page, 'inline-viewer', 'lantaarnpalen op het dorpsplein');
  const inline = await shadowText(page, 'inline-viewer');
  assert.match(inline, /2021Z12121/);
  assert.match(inline, /Mila Licht \(SP\)/);
  assert.match(inline, /Vraag 1/);
  assert.match(inline, /Dat is niet bekend\./);

  // 2. The fetched document (src), questions view, English.
  await waitForShadowText(page, 'fetched-viewer', 'Question 2');
  const fetched = await shadowText(page, 'fetched-viewer');
  assert.match(fetched, /zwembaden in kleine gemeenten/);
  assert.doesNotMatch(fetched, /Karel Zwemmer/, 'the questions view shows no document facts');

  // Host CSS does not reach in: headings visible, no red, no Comic Sans, no borders.
  assert.equal(await styleIn(page, 'inline-viewer', 'h2', 'display'), 'block');
  assert.notEqual(await styleIn(page, 'inline-viewer', 'h2', 'color'), 'rgb(255, 0, 0)');
  assert.doesNotMatch(await styleIn(page, 'inline-viewer', '.kv-embed', 'font-family'), /Comic Sans/);
  assert.equal(await styleIn(page, 'inline-viewer', '.kv-embed', 'letter-spacing'), 'normal');
  assert.equal(await styleIn(page, 'inline-viewer', '.kv-embed', 'text-transform'), 'none');
  // The host's <html> font size (30px) does not resize the viewer (no rem leaks).
  assert.equal(await styleIn(page, 'inline-viewer', '.kv-embed', 'font-size'), '16px');
  assert.equal(await styleIn(page, 'inline-viewer', '.kv-embed-document__title', 'font-size'), '20px');
  assert.equal(await styleIn(page, 'inline-viewer', '.kv-qa__pair', 'border-top-style'), 'solid');
  assert.equal(await styleIn(page, 'inline-viewer', '.kv-qa__pair', 'margin-left'), '0px');

  // Colours come from the --kv-* custom properties: the host overrides the accent on
  // one element only; the theme attribute picks light or dark.
  assert.equal(await styleIn(page, 'inline-viewer', '.kv-qa__label', 'color'), 'rgb(138, 21, 56)');
  assert.equal(await styleIn(page, 'fetched-viewer', '.kv-qa__label', 'color'), 'rgb(140, 184, 236)');
  assert.equal(await styleIn(page, 'inline-viewer', '.kv-embed', 'background-color'), 'rgb(255, 255, 255)');
  assert.equal(await styleIn(page, 'fetched-viewer', '.kv-embed', 'background-color'), 'rgb(18, 22, 27)');

  // The viewer does not restyle the host.
  const host = await page.evaluate(() => {
    const note = getComputedStyle(document.getElementById('host-note'));
    const heading = getComputedStyle(document.getElementById('host-heading'));
    return { bg: note.backgroundColor, font: note.fontFamily, heading: heading.display,
      body: getComputedStyle(document.body).backgroundColor,
      sheets: document.styleSheets.length };
  });
  assert.equal(host.bg, 'rgb(0, 0, 255)');
  assert.match(host.font, /Comic Sans/);
  assert.equal(host.heading, 'none');
  assert.equal(host.body, 'rgb(255, 255, 0)');
  assert.equal(host.sheets, 1, 'no stylesheet added to the host document');

  // 3. A text that is not a Kamervraag: a readable error, never a blank box.
  await waitForShadowText(page, 'broken-viewer', 'Dit document kon niet worden gelezen');
  const error = await page.evaluate(() =>
    document.getElementById('broken-viewer').shadowRoot.querySelector('[role=alert]').textContent);
  assert.match(error, /Dit document kon niet worden gelezen/);
  assert.ok(error.length > 'Dit document kon niet worden gelezen'.length + 10, `the parser's reason is shown: ${error}`);

  await screenshot(page, 'embed-element-host');
  assert.deepEqual(problems, []);
  await context.close();
});

test('removing one viewer destroys its app and leaves the other working; attribute changes re-render', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.goto(`${server.url}host/element.html`);
  await waitForShadowText(page, 'inline-viewer', 'lantaarnpalen');
  await waitForShadowText(page, 'fetched-viewer', 'Question 2');

  // Remove the inline viewer: its Yew app is destroyed and its DOM emptied.
  const removed = await page.evaluate(async () => {
    const el = document.getElementById('inline-viewer');
    el.remove();
    const mounted = el.mounted;
    // Yew schedules the destruction; let its scheduler run.
    await new Promise((ok) => setTimeout(ok, 50));
    return { mounted, rendered: el.shadowRoot.querySelector('.kv-embed') !== null };
  });
  assert.deepEqual(removed, { mounted: false, rendered: false });

  // The other one still reacts: switch it to the document view in Dutch.
  await page.evaluate(() => {
    const el = document.getElementById('fetched-viewer');
    el.setAttribute('lang', 'nl');
    el.setAttribute('view', 'document');
  });
  await waitForShadowText(page, 'fetched-viewer', 'Karel Zwemmer (PvdA)');
  assert.match(await shadowText(page, 'fetched-viewer'), /Vragen en antwoorden/);

  // Changing src fetches the new document.
  await page.evaluate(() => document.getElementById('fetched-viewer').setAttribute('src', '../docs/2020Z88888.txt'));
  await waitForShadowText(page, 'fetched-viewer', 'fietsenstallingen bij stations');
  assert.match(await shadowText(page, 'fetched-viewer'), /nog niet beantwoord/);

  // Changing the text of an inline viewer re-renders it too.
  await page.evaluate(() => {
    document.getElementById('broken-viewer').textContent =
      'Kamervraag 2022Z34343\n\nEen verzonnen vraag over bankjes\n\nIngediend 3 mei 2022\n';
  });
  await waitForShadowText(page, 'broken-viewer', 'Een verzonnen vraag over bankjes');

  // Many elements added and removed: each gets and loses its own app.
  const churn = await page.evaluate(async () => {
    const text = 'Kamervraag 2022Z56565\n\nEen verzonnen vraag over churn\n\nIngediend 3 mei 2022\n';
    const made = [];
    for (let i = 0; i < 20; i++) {
      const el = document.createElement('kamervraag-viewer');
      el.textContent = text;
      document.body.append(el);
      made.push(el);
    }
    await new Promise((ok) => setTimeout(ok, 200));
    const mounted = made.filter((el) => el.mounted).length;
    for (const el of made) el.remove();
    return { mounted, left: made.filter((el) => el.mounted).length };
  });
  assert.deepEqual(churn, { mounted: 20, left: 0 });
  assert.match(await shadowText(page, 'fetched-viewer'), /fietsenstallingen/);

  await screenshot(page, 'embed-element-after-removal');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the timeline and stats views render inside a viewer', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  await page.goto(`${server.url}host/element.html`);
  await waitForShadowText(page, 'fetched-viewer', 'Question 2');
  for (const view of ['timeline', 'stats']) {
    await page.evaluate((view) => document.getElementById('fetched-viewer').setAttribute('view', view), view);
    await page.waitForFunction((view) =>
      document.getElementById('fetched-viewer').shadowRoot.querySelector(`.kv-embed--${view}`)?.textContent.trim().length > 0,
    view, { timeout: 15000 });
    // rem-based app styles inside the shadow root follow the viewer's 16px, not the host's 30px.
    const heading = await styleIn(page, 'fetched-viewer', `.kv-${view} h2`, 'font-size');
    if (heading) assert.ok(parseFloat(heading) < 30, `${view} heading ${heading}`);
    await screenshot(page, `embed-element-${view}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe-core finds no serious or critical problem inside the viewers or in the iframe mode', async () => {
  const axeSource = await (await import('node:fs/promises')).readFile(
    new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  const pages = [
    { url: `${server.url}host/element.html`, ready: ['inline-viewer', 'lantaarnpalen'], context: { include: [['#inline-viewer'], ['#fetched-viewer'], ['#broken-viewer']] } },
    { url: `${server.url}index.html#/embed/document?src=docs/2019Z77777.txt&theme=dark`, context: null },
  ];
  for (const { url, ready, context: axeContext } of pages) {
    const { page, context } = await openPage(browser, server.url);
    await page.goto(url);
    if (ready) await waitForShadowText(page, ...ready);
    else await page.locator('.kv-embed-document').waitFor({ timeout: 15000 });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (axeContext) => {
      const result = await axe.run(axeContext ?? document);
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, axeContext);
    assert.deepEqual(violations, [], url);
    await context.close();
  }
});
