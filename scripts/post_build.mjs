// Trunk post_build hook, run in Trunk's staging directory (TRUNK_STAGING_DIR):
// 1. moves Trunk's inline module script out of index.html into a file of its own, so
//    the page runs under `script-src 'self' 'wasm-unsafe-eval'`;
// 2. writes the shadow-root stylesheet of <kamervraag-viewer> (the app's CSS with
//    `:root` rules turned into `:host` rules), writes the hashed names of Trunk's
//    output (wasm-bindgen JS, wasm) and of that stylesheet into the embed loader
//    `kamervraag-viewer.js` (a stable name), and writes its TypeScript declarations
//    `kamervraag-viewer.d.ts`;
// 3. writes the service worker's precache list (every file of the build) and a cache
//    version name derived from the files' contents into `sw.js` (the worker adds the
//    scope's path to make its cache name).
// Every URL it writes is relative, so the build works under any sub-path.
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post_build: TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
const fail = (message) => {
  console.error(`post_build: ${message}`);
  process.exit(1);
};

// 1. The start-up script.
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (!m) fail('no inline module script found in index.html');
const code = m[1].trim() + '\n';
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const startName = `start-${hash}.js`;
writeFileSync(join(dir, startName), code);
const base = html.includes('href="./') || html.includes("from './") ? './' : '/';
html = html.replace(inline, `<script type="module" src="${base}${startName}"></script>`);
writeFileSync(indexPath, html);
console.log(`post_build: start-up script moved to ${startName}`);

// 2. The embed loader.
const topFiles = readdirSync(dir);
const bindingsJs = code.match(/from ['"][^'"]*?([^'"/]+\.js)['"]/)?.[1]
  ?? topFiles.find((f) => /^kamervraag-[0-9a-f]+\.js$/.test(f));
const wasm = code.match(/['"][^'"]*?([^'"/]+_bg\.wasm)['"]/)?.[1]
  ?? topFiles.find((f) => f.endsWith('_bg.wasm'));
if (!bindingsJs || !wasm) fail(`cannot find Trunk's JS and wasm (found ${topFiles.join(', ')})`);
// The stylesheets in the order index.html links them.
const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)]
  .map((s) => s[1].split('/').pop())
  .filter((name) => topFiles.includes(name));
if (styles.length === 0) fail('no stylesheet linked from index.html');

// The shadow root's stylesheet: all of the app's stylesheets in order, with the
// document-level theme selectors turned into host-level ones (inside a shadow root
// `:root` matches nothing): `:root` -> `:host`, `:root[data-theme="x"]` ->
// `:host([theme="x"])`, `:root:not([data-theme="x"])` -> `:host(:not([theme="x"]))`.
// So the --kv-* variables of app.css keep one definition, and the `theme` attribute
// of <kamervraag-viewer> plays the part of `data-theme` on <html>. Lengths in rem
// become multiples of --kv-font-size (default 16px), so the host's <html> font size
// does not resize the viewer.
const shadowCss = styles
  .map((name) => `/* ${name} */\n${readFileSync(join(dir, name), 'utf8')}`)
  .join('\n')
  .replace(/:root:not\(\[data-theme="([a-z]+)"\]\)/g, ':host(:not([theme="$1"]))')
  .replace(/:root\[data-theme="([a-z]+)"\]/g, ':host([theme="$1"])')
  .replace(/:root\b/g, ':host')
  // rem follows the host page's <html> font size; use the viewer's own base instead
  // (not in @media/@container conditions, where var() is not allowed).
  .replace(/(@(?:media|container)[^{]*)|(-?\d*\.?\d+)rem\b/g, (match, condition, number) =>
    condition ?? `calc(${number} * var(--kv-font-size, 16px))`);
const shadowName = `kamervraag-viewer-${createHash('sha256').update(shadowCss).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(dir, shadowName), shadowCss);

const loaderPath = join(dir, 'kamervraag-viewer.js');
if (existsSync(loaderPath)) {
  let loader = readFileSync(loaderPath, 'utf8');
  loader = loader
    .replace("'./__KV_BINDINGS__.js'", `'./${bindingsJs}'`)
    .replace("'./__KV_WASM__'", `'./${wasm}'`)
    .replace("['__KV_STYLES__']", `['${shadowName}']`);
  if (loader.includes('__KV_')) fail('kamervraag-viewer.js still has a placeholder');
  writeFileSync(loaderPath, loader);
  const dts = bindingsJs.replace(/\.js$/, '.d.ts');
  const declarations = [
    '// TypeScript declarations of kamervraag-viewer.js (written by scripts/post_build.mjs).',
    `import * as bindings from './${dts.replace(/\.d\.ts$/, '.js')}';`,
    `export type { StatsOptions, ViewerHandle } from './${dts.replace(/\.d\.ts$/, '.js')}';`,
    '/** Resolves to the wasm-bindgen module once the wasm is initialised. */',
    'export const ready: Promise<typeof bindings>;',
    '/** A Kamervraag text as an object of schema kamervraag/1; throws an Error with the parser\'s message. */',
    'export const parse: typeof bindings.parse;',
    '/** The statistics object of `kamervraag stats --json`. */',
    'export const stats: typeof bindings.stats;',
    '/** The viewer\'s version. */',
    'export const version: typeof bindings.version;',
    '/** The <kamervraag-viewer> element. */',
    'export class KamervraagViewer extends HTMLElement {',
    '  static readonly observedAttributes: string[];',
    '  readonly mounted: boolean;',
    '}',
    'declare global {',
    '  interface HTMLElementTagNameMap { "kamervraag-viewer": KamervraagViewer; }',
    '}',
    '',
  ].join('\n');
  if (existsSync(join(dir, dts))) {
    writeFileSync(join(dir, 'kamervraag-viewer.d.ts'), declarations);
  } else {
    console.warn(`post_build: ${dts} not found (data-typescript missing?); no kamervraag-viewer.d.ts`);
  }
  console.log(`post_build: kamervraag-viewer.js loads ${bindingsJs}, ${wasm}, ${shadowName} (from ${styles.join(', ')})`);
}

// 3. The service worker: precache every file of the build but itself, the type
//    declarations and source maps; name the cache after their contents.
const swPath = join(dir, 'sw.js');
if (existsSync(swPath)) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  const precache = files.filter((f) => f !== 'sw.js' && !f.endsWith('.d.ts') && !f.endsWith('.map'));
  const contents = createHash('sha256');
  for (const f of precache) contents.update(f).update('\0').update(readFileSync(join(dir, f)));
  const cacheName = `kamervraag-${contents.digest('hex').slice(0, 16)}`;
  let sw = readFileSync(swPath, 'utf8');
  const before = sw;
  sw = sw
    .replace(/const VERSION = '[^']*';/, `const VERSION = '${cacheName}';`)
    .replace(/const PRECACHE = \[\];/, `const PRECACHE = ${JSON.stringify(precache.map((f) => `./${f}`), null, 2)};`);
  if (sw === before || sw.includes('const PRECACHE = [];')) fail('sw.js has no VERSION/PRECACHE to fill in');
  writeFileSync(swPath, sw);
  console.log(`post_build: sw.js precaches ${precache.length} files as version ${cacheName}`);
}
