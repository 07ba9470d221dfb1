// Invented Kamervraag documents in the openkamer text format for the app's end-to-end
// tests (no corpus text): a deterministic generator, a few hand-written documents,
// a minimal zip writer, and helpers shared by the app_*.test.mjs files.
import { deflateRawSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
  'september', 'oktober', 'november', 'december'];
const FIRST = ['Anna', 'Bram', 'Chantal', 'Daan', 'Eva', 'Floor', 'Gijs', 'Hanna', 'Iris', 'Jeroen', 'Karin', 'Lars'];
const LAST = ['Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters'];
const PARTIES = ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQR'];
const POSTS = [
  ['minister', 'infrastructuur en waterstaat'], ['minister', 'financiën'], ['minister', 'defensie'],
  ['staatssecretaris', 'financiën'], ['minister', 'onderwijs, cultuur en wetenschap'],
  ['minister', 'volksgezondheid, welzijn en sport'],
];
const TOPICS = ['afval', 'begroting', 'belasting', 'cultuur', 'defensie', 'economie', 'energie', 'dieren'];
const SUBJECTS = ['de sluiting van veerdiensten', 'gladde fietspaden', 'het tekort aan leraren',
  'de kosten van dijkversterking', 'lawaai van drones', 'de opvang van zwerfkatten',
  'het Café-beleid in Zürich', 'de ijsbaan in Oost-Drenthe'];

/** A small deterministic pseudo-random generator (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const dutch = (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);

/** One invented document; `index` makes the vraagnummer unique. */
export function generateDocument(r, index, { year = 2019 + (index % 6) } = {}) {
  const id = `${year}Z${String(10000 + index).padStart(5, '0')}`;
  const submitted = addDays(new Date(Date.UTC(year, 0, 2)), Math.floor(r() * 330));
  const answeredAfter = r() < 0.85 ? 5 + Math.floor(r() * 80) : null;
  const withNotice = answeredAfter !== null && answeredAfter > 21 && r() < 0.6;
  const subject = pick(r, SUBJECTS);
  const people = Array.from({ length: 1 + Math.floor(r() * 2) },
    () => `${pick(r, FIRST)} ${pick(r, LAST)} (${pick(r, PARTIES)})`);
  const [role, portfolio] = pick(r, POSTS);
  const topics = [...new Set([pick(r, TOPICS), pick(r, TOPICS)])].sort();
  const n = 2 + Math.floor(r() * 3);
  const lines = [`Kamervraag ${id}`, '', `Vragen over ${subject}`, '', `Ingediend ${dutch(submitted)}`];
  if (answeredAfter !== null) lines.push(`Beantwoord ${dutch(addDays(submitted, answeredAfter))} (na ${answeredAfter} dagen)`);
  lines.push(`${people.length > 1 ? 'Indieners' : 'Indiener'} ${people.join(', ')}`);
  if (answeredAfter !== null) lines.push(`Beantwoord door ${pick(r, FIRST)} ${pick(r, LAST)} (${role} ${portfolio}) (${pick(r, PARTIES)})`);
  lines.push(`Onderwerpen ${topics.join(' ')}`);
  lines.push(`Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-${id}.html`);
  if (answeredAfter !== null) lines.push(`Bron antwoord https://zoek.officielebekendmakingen.nl/ah-tk-${year}${year + 1}-${index}.html`);
  lines.push(`1. Het Verzonnen Dagblad, ${dutch(submitted)}, 'Bericht over ${subject}'`);
  for (let q = 1; q <= n; q++) {
    lines.push(` • Vraag ${q}`);
    lines.push(q === 1 ? `  Bent u bekend met het bericht over ${subject}?1` : `  Wat gaat u doen aan ${subject}, vraag ${q}?`);
    lines.push('');
    if (answeredAfter !== null) lines.push(q === n && n > 2 ? '  Zie antwoord vraag 2.' : `  Antwoord ${q} over ${subject}.`);
  }
  if (withNotice) {
    lines.push(` • Mededeling - ${dutch(addDays(submitted, 20))}`);
    lines.push('  De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.');
  }
  lines.push('', '', `Kamervraag document nummer: kv-tk-${id}`, `Volledige titel: Vragen over ${subject}`);
  if (answeredAfter !== null) {
    lines.push(`Kamerantwoord document nummer: ah-tk-${year}${year + 1}-${index}`, `Volledige titel: Antwoord op vragen over ${subject}`);
  }
  return { id, name: `kv-${id}.txt`, text: lines.join('\n') + '\n' };
}

/** `count` invented documents from `seed`. */
export function generate(count, seed = 1) {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => generateDocument(r, i));
}

/** A hand-written document with a postponement, footnotes and a combined answer. */
export const RICH = {
  id: '2022Z77777',
  name: 'rijk.txt',
  text: `Kamervraag 2022Z77777

Het beheer van kunstijsbanen tijdens een energiecrisis

Ingediend 3 oktober 2022
Beantwoord 30 november 2022 (na 58 dagen)
Indieners Wilma Zandstra (ABC), Otto Kwast (DEF)
Beantwoord door Sietske Haarsma (minister infrastructuur en waterstaat) (GHI)
Onderwerpen energie sport
Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-2022Z77777.html
Bron antwoord javascript:alert(1)
1. Het Verzonnen Dagblad, 1 oktober 2022, 'IJsbanen dicht door energieprijzen'
2. Verzonnen rapport over schaatsen, september 2022
 • Vraag 1
  Kent u het bericht over gesloten ijsbanen?1

  Ja.
 • Vraag 2
  Hoeveel ijsbanen gebruikten in 2021 meer dan 2 miljoen kWh?2

  Daarover zijn geen cijfers beschikbaar.
 • Vraag 3
  Wilt u met de sector in gesprek gaan?

  Zie antwoord vraag 2.
 • Vraag 4
  Kunt u deze vragen beantwoorden voor het debat?

 • Mededeling - 24 oktober 2022
  De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord omdat afstemming nodig is.


Kamervraag document nummer: kv-tk-2022Z77777
Volledige titel: Het beheer van kunstijsbanen tijdens een energiecrisis
Kamerantwoord document nummer: ah-tk-20222023-777
Volledige titel: Antwoord op vragen over kunstijsbanen
`,
};

/** The same vraagnummer as RICH, cut off (less complete). */
export const RICH_CUT = { name: 'rijk-afgebroken.txt', text: RICH.text.slice(0, 400) };

/** CRC-32 (for the zip writer). */
function crc32(bytes) {
  let c, crc = 0xffffffff;
  for (const b of bytes) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive (deflate) of `files` ({ name, text }); names may contain folders. */
export function makeZip(files) {
  const locals = [], centrals = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const raw = Buffer.from(f.text, 'utf8');
    const data = deflateRawSync(raw);
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8); local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(8, 10); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20); central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** Files for `page.setInputFiles`. */
export const asInputFiles = (docs) => docs.map((d) => ({ name: d.name, mimeType: 'text/plain', buffer: Buffer.from(d.text) }));

/** Runs axe-core on the page; fails on serious or critical violations. */
export async function checkAxe(page, assert, label) {
  const source = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  console.log(`axe ${label}: ${result.violations.length} violations, ${bad.length} serious/critical`);
  assert.deepEqual(summary, [], `axe on ${label}`);
}
