// End to end, the matrix of hostile and careless input dropped at once: an empty
// file, whitespace only, a PNG, a PDF, random bytes, a .zip of non-text, a corrupt
// .zip, an HTML page saved from a browser, a JSON file, UTF-16 without byte-order
// mark, Windows-1252, mixed line ends, documents whose every field carries markup
// and script and whose `Bron` lines hold script URLs, and 200 good documents. The
// good ones load, each bad one is listed with its reason, nothing runs (no dialog,
// no global set by a payload, no CSP violation, no request to another origin) and
// the exports hold the payloads as inert text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, screenshot } from './harness.mjs';
import { generate, generateDocument, makeZip, rng } from './app_fixtures.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Payloads that would run if any text became markup; each sets `window.__kvPwned`. */
const PAYLOADS = [
  '<script>window.__kvPwned=1</script>',
  '<img src=x onerror="window.__kvPwned=2;alert(2)">',
  '"><svg onload="window.__kvPwned=3;alert(3)">',
  '<img src="https://evil.example/p.png">',
];
const P = PAYLOADS.join(' ');

/** A document with a payload in every field and two script URLs as sources. */
function hostileDocument(n, questionUrl, answerUrl) {
  const id = `2024Z6666${n}`;
  return {
    id,
    name: `vijandig-${n}.txt`,
    text: [
      `Kamervraag ${id}`, '', `Vragen over ${P}`, '',
      'Ingediend 2 januari 2024', 'Beantwoord 9 januari 2024 (na 7 dagen)',
      `Indieners Anna ${P} (${P}), Bram Bos (ABC)`,
      `Beantwoord door Karin ${P} (minister ${P}) (${P})`,
      `Onderwerpen ${PAYLOADS.map((p) => p.replaceAll(' ', '')).join(' ')}`,
      `Bron vraag ${questionUrl}`, `Bron antwoord ${answerUrl}`,
      `1. ${P}`,
      ' • Vraag 1', `  ${P}?1`, '', `  ${P}`,
      ' • Mededeling - 5 januari 2024', `  ${P}`,
      '', '', `Kamervraag document nummer: kv-tk-${id}`, `Volledige titel: ${P}`,
    ].join('\n') + '\n',
  };
}

const HOSTILE = [
  hostileDocument(1, 'javascript:window.__kvPwned=4', 'JaVaScRiPt:window.__kvPwned=5'),
  hostileDocument(2, ' javascript:window.__kvPwned=6', 'data:text/html,<script>window.__kvPwned=7</script>'),
  hostileDocument(3, 'vbscript:msgbox(1)', '\tjavascript:window.__kvPwned=8'),
];

/** Windows-1252 bytes of a text (the characters used here are all in Latin-1). */
const cp1252 = (text) => Buffer.from(text, 'latin1');

function files() {
  const r = rng(12);
  const good = generate(200, 7);
  const latin = generateDocument(r, 900);
  const mixed = generateDocument(r, 901);
  const random = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(r() * 256)));
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), random.subarray(0, 200)]);
  const utf16 = generateDocument(r, 902);
  const bad = [
    { name: 'leeg.txt', bytes: Buffer.alloc(0) },
    { name: 'spaties.txt', bytes: Buffer.from('  \n\t\r\n   \n') },
    { name: 'plaatje.png', bytes: png },
    { name: 'brief.pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), random.subarray(0, 300)]) },
    { name: 'ruis.bin', bytes: random },
    { name: 'plaatjes.zip', bytes: makeZip([{ name: 'binnenin.png', text: png.toString('latin1') }]) },
    { name: 'kapot.zip', bytes: Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), random.subarray(0, 100)]) },
    { name: 'pagina.html', bytes: Buffer.from(`<!DOCTYPE html><html><head><title>Opgeslagen</title><script>window.__kvPwned=9</script></head><body><h1>Kamervraag</h1>${P}</body></html>`) },
    { name: 'gegevens.json', bytes: Buffer.from(JSON.stringify({ kamervraag: '2024Z00001', titel: P })) },
    { name: 'utf16.txt', bytes: Buffer.from(utf16.text, 'utf16le') },
  ];
  const loading = [
    ...good.map((d) => ({ name: d.name, bytes: Buffer.from(d.text) })),
    { name: 'windows-1252.txt', bytes: cp1252(latin.text.replace('Vragen over', 'Vragen over café en één')), id: latin.id },
    { name: 'regeleinden.txt', bytes: Buffer.from(mixed.text.split('\n').map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r\n')).join('').replace(/\r\n$/, '\n')), id: mixed.id },
    ...HOSTILE.map((d) => ({ name: d.name, bytes: Buffer.from(d.text), id: d.id })),
  ];
  return { good, loading, bad };
}

test('the matrix: good documents load, bad files are listed with a reason, nothing runs, exports stay inert', async () => {
  const { page, problems, context } = await openPage(browser, server.url);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.addInitScript(() => {
    window.__kvViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__kvViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  try {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
    const { loading, bad } = files();
    const all = [...loading, ...bad];
    // One drop with every file (binary-safe: base64 through the page).
    await page.evaluate((files) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name));
      }
      const target = document.querySelector('.kv-drop-zone');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
    }, all.map((f) => ({ name: f.name, data: f.bytes.toString('base64') })));

    const total = loading.length;
    await page.getByTestId('result-count').filter({ hasText: `${total} van ${total} documenten` }).waitFor({ timeout: 60000 });
    await page.getByText(/Klaar: \d+ verwerkt/).waitFor({ timeout: 30000 });
    await screenshot(page, 'matrix-loaded');

    // Each bad file is listed with a reason.
    const failures = await page.locator('.kv-file--error').evaluateAll((items) => items.map((li) => ({
      name: li.querySelector('.kv-file__name')?.textContent ?? '',
      reason: li.querySelector('.kv-file__error')?.textContent ?? '',
    })));
    for (const f of bad) {
      const listed = failures.filter((x) => x.name.includes(f.name)
        || (f.name === 'plaatjes.zip' && x.name.includes('binnenin.png')));
      assert.ok(listed.length > 0, `${f.name} not listed among ${JSON.stringify(failures.map((x) => x.name))}`);
      for (const x of listed) assert.ok(x.reason.trim().length > 3, `${f.name}: no reason`);
    }

    // The hostile documents render as text on their pages.
    for (const doc of HOSTILE) {
      await page.goto(`${server.url}#/doc/${doc.id}`);
      await page.locator('[data-testid=question]').first().waitFor({ timeout: 15000 });
      const body = await page.textContent('main, body');
      assert.ok(body.includes('<script>window.__kvPwned=1</script>'), 'payload shown as text');
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const href of hrefs) assert.match(href, /^(#|https?:\/\/|\.|\/|[a-z0-9-]+\.html)/i, `unsafe link ${href}`);
      assert.equal(await page.locator('svg[onload], img[onerror], script:not([src])').count(), 0);
      // The source tab shows the raw text as text too.
      await page.getByRole('tab', { name: 'Brontekst' }).click();
      assert.ok((await page.getByTestId('raw-text').textContent()).includes('<svg onload='));
      assert.equal(await page.locator('svg[onload], img[onerror], script:not([src])').count(), 0);
      await page.getByRole('tab', { name: 'Vragen en antwoorden' }).click();
    }

    // Exports: the payloads as inert text.
    await page.goto(server.url);
    await page.getByTestId('result-count').filter({ hasText: `${total} van ${total} documenten` }).waitFor({ timeout: 30000 });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csvText = await readFile(await csv.path(), 'utf8');
    assert.ok(csvText.includes('<script>window.__kvPwned=1</script>'), 'CSV holds the payload as text');
    assert.ok(csvText.includes('2024Z66661'));
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const parsed = JSON.parse(await readFile(await json.path(), 'utf8'));
    assert.match(JSON.stringify(parsed), /<img src=x onerror=\\"window.__kvPwned=2;alert\(2\)\\">/);

    // Nothing ran.
    assert.deepEqual(dialogs, [], 'no dialog');
    assert.equal(await page.evaluate(() => window.__kvPwned ?? null), null, 'no global set by a payload');
    assert.deepEqual(await page.evaluate(() => window.__kvViolations), [], 'no CSP violation');
    assert.deepEqual(problems.filter((p) => /foreign request|Content Security Policy|pageerror/.test(p)), []);
  } finally {
    await context.close();
  }
});
