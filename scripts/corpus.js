// Deterministic synthetic corpus for `npm run bench`: marketing posts in
// txt/md/json, a minority with identifiers. Synthetic people only.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a tiny seeded PRNG so every run benches the same bytes. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAFE = [
  'Join us for free blood-pressure checks on Saturday, June 9, from 9 a.m. to noon at the Westside Library, 88 Birch Road.',
  'Flu shots are available at every Riverbend clinic this month; no appointment needed.',
  'One in three adults has high blood pressure, and many do not know it.',
  'Our new outpatient wing opens next spring with twelve exam rooms and a rooftop garden.',
  'Dr. Anil Mehta, our head of orthopedics, shares five tips for healthy knees.',
  'We are hiring registered nurses for our night shift: apply at careers.example.org.',
  'Visiting hours are 8 a.m. to 8 p.m. daily; call 555-0100 with questions.',
  'Congratulations to the Class of 2026 from our nursing school!',
  'Parking is free on weekends in the North garage.',
  'Walking thirty minutes a day lowers the risk of heart disease, a new study shows.',
  'Our pharmacy now offers curbside pickup from Monday to Friday.',
  'Thank you to every volunteer who helped at the spring health fair.',
];
const UNSAFE = [
  'Our patient Anna Lindqvist was admitted on July 19 with pneumonia and went home last Friday.',
  'Happy 94th birthday to Edith Kowalczyk, who celebrated in Room 412 before dialysis!',
  'Sorry your MRI ran late on Monday, Chris; we can see you were rescheduled twice.',
  'Chart note pasted by mistake: MRN 00482913, SSN 219-09-9999, call her daughter at (617) 555-0142.',
  'Oluwaseun Adeyemi rang the bell after his last round of chemo at our cancer center.',
  'The 41-year-old firefighter from Brookside is recovering from burns in our ICU.',
];

function paragraph(rand, unsafe) {
  const n = 3 + Math.floor(rand() * 6);
  const lines = [];
  for (let i = 0; i < n; i++) lines.push(SAFE[Math.floor(rand() * SAFE.length)]);
  if (unsafe) lines.splice(Math.floor(rand() * n), 0, UNSAFE[Math.floor(rand() * UNSAFE.length)]);
  return lines.join(' ');
}

function post(rand, i) {
  const unsafe = rand() < 0.15;
  const paras = Array.from({ length: 3 + Math.floor(rand() * 4) }, (_, k) => paragraph(rand, unsafe && k === 0));
  const kind = i % 3;
  if (kind === 0) return ['txt', paras.join('\n\n') + '\n'];
  if (kind === 1) {
    return ['md', `---\ntitle: Post ${i}\nchannel: blog\n---\n# Community news ${i}\n\n${paras.map((p) => `${p}\n`).join('\n')}\n![Our lobby](img/lobby-${i}.jpg)\n`];
  }
  const body = { channel: 'facebook', body: paras.join('\n\n'), image: `img/post-${i}.jpg`, replies: [{ text: SAFE[i % SAFE.length] }] };
  return ['json', JSON.stringify(body, null, 2) + '\n'];
}

/** Writes `count` posts under `dir` and returns the number of bytes written. */
export function writeCorpus(dir, count = 5000, seed = 42) {
  const rand = rng(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const [ext, text] = post(rand, i);
    const sub = path.join(dir, `batch-${Math.floor(i / 500)}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `post-${i}.${ext}`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/** One long Markdown draft of at least `words` words (every third paragraph unsafe), for the editor benchmarks. */
export function longDraft(words = 2000, seed = 7) {
  const rand = rng(seed);
  const paras = ['# Spring newsletter'];
  let count = 2;
  for (let k = 0; count < words; k++) {
    const p = paragraph(rand, k % 3 === 0);
    paras.push(p);
    count += p.split(/\s+/).length;
  }
  return { text: paras.join('\n\n') + '\n', words: count };
}
