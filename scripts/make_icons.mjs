// Draws the app icons (PNG, no dependencies: node's zlib plus hand-written chunks):
//   src/web/icons/icon-192.png, icon-512.png   rounded square, transparent corners
//   src/web/icons/maskable-512.png             full bleed, drawing inside the safe zone
// The design: a white document with text lines on the Rijksoverheid-like blue, and an
// amber clock (answer delay) over its lower right corner. Run: node scripts/make_icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'web', 'icons');

const BLUE = [0x15, 0x42, 0x73];
const WHITE = [0xff, 0xff, 0xff];
const LINE = [0x9f, 0xb3, 0xc8];
const AMBER = [0xff, 0xb6, 0x12];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1); each returns true when (x, y) is inside.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};

/** The colour at (x, y) in unit coordinates, or null (transparent). `inset` shrinks
 *  the drawing towards the centre (for the maskable icon's safe zone). */
function colourAt(x, y, { fullBleed, inset }) {
  const s = (v) => 0.5 + (v - 0.5) / inset;
  const [u, v] = [s(x), s(y)];
  let colour = null;
  if (fullBleed || roundRect(0.02, 0.02, 0.98, 0.98, 0.18)(x, y)) colour = BLUE;
  if (roundRect(0.22, 0.14, 0.70, 0.80, 0.05)(u, v)) colour = WHITE;
  for (const ly of [0.28, 0.38, 0.48, 0.58]) {
    if (roundRect(0.30, ly - 0.025, ly === 0.58 ? 0.50 : 0.62, ly + 0.025, 0.025)(u, v)) colour = LINE;
  }
  if (circle(0.68, 0.70, 0.21)(u, v)) colour = BLUE;
  if (circle(0.68, 0.70, 0.175)(u, v)) colour = AMBER;
  if (segment(0.68, 0.70, 0.68, 0.585, 0.035)(u, v) || segment(0.68, 0.70, 0.765, 0.745, 0.035)(u, v)) colour = BLUE;
  return colour;
}

function draw(size, options) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, options);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return png(size, rgba);
}

mkdirSync(OUT, { recursive: true });
for (const [name, size, options] of [
  ['icon-192.png', 192, { fullBleed: false, inset: 1 }],
  ['icon-512.png', 512, { fullBleed: false, inset: 1 }],
  ['maskable-512.png', 512, { fullBleed: true, inset: 0.8 }],
]) {
  const data = draw(size, options);
  writeFileSync(join(OUT, name), data);
  console.log(`${name}: ${size}x${size}, ${data.length} bytes`);
}
