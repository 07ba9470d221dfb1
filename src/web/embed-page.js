// The embed.html documentation page: fills the real base URL into the snippets, copies
// snippets to the clipboard and runs the JS API demo. No inline script (strict CSP).
import { ready, parse, stats, version } from './kamervraag-viewer.js';

const base = new URL('.', import.meta.url).href.replace(/\/$/, '');

for (const code of document.querySelectorAll('pre.snippet code')) {
  code.textContent = code.textContent.replaceAll('BASE', base);
}

for (const button of document.querySelectorAll('button.copy')) {
  button.addEventListener('click', async () => {
    const code = document.querySelector(`pre[data-snippet="${button.dataset.copy}"] code`);
    try {
      await navigator.clipboard.writeText(code.textContent);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy by hand';
    }
  });
}

document.getElementById('run-api')?.addEventListener('click', async () => {
  const output = document.getElementById('api-output');
  try {
    await ready;
    const text = await (await fetch('example.txt')).text();
    const doc = parse(text, 'example.txt');
    let failure = '';
    try {
      parse('not a kamervraag');
    } catch (e) {
      failure = e.message;
    }
    output.textContent = JSON.stringify({
      version: version(),
      parsed: { id: doc.id, title: doc.title, delay_days: doc.delay_days },
      stats: stats([doc], { today: '2024-06-01' }).total,
      error: failure,
    }, null, 2);
  } catch (e) {
    output.textContent = String(e?.message ?? e);
  }
});
