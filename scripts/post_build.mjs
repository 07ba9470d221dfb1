// Trunk post_build hook: moves Trunk's inline module script out of index.html into
// a file of its own, so the page runs under `script-src 'self' 'wasm-unsafe-eval'`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post_build: TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (!m) {
  console.error('post_build: no inline module script found in index.html');
  process.exit(1);
}
const code = m[1].trim() + '\n';
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const name = `start-${hash}.js`;
writeFileSync(join(dir, name), code);
const base = html.includes('href="./') || html.includes("from './") ? './' : '/';
html = html.replace(inline, `<script type="module" src="${base}${name}"></script>`);
writeFileSync(indexPath, html);
console.log(`post_build: start-up script moved to ${name}`);
