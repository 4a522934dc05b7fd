#!/usr/bin/env node
// Derives data/lexicons/facilities.txt from the CMS hospital names: every full
// name plus the short form people write ("Cedars-Sinai", "Johns Hopkins",
// "NYU Langone", "UCSF"). Short forms made only of generic words ("Community
// General") or that are place names ("San Diego") are left out. The hand list
// health-systems.txt adds the names people write for the large health systems
// that CMS lists under other names ("Mass General", "MD Anderson", "UPMC").
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../data/lexicons/', import.meta.url);
const hospitals = readFileSync(new URL('hospitals.txt', dir), 'utf8').split('\n').filter(Boolean);
const places = new Set(readFileSync(new URL('us-places.tsv', dir), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]));

const HEADS = /\s+(?:hospitals?|hsp|hosp|medical cent(?:er|re)|medical ctr|med ctr|cent(?:er|re)|ctr|health(?:care| care| system)?|hlth|clinics?|infirmary|campus|inc\.?|llc|of [a-z ]+)$/i;
const GENERIC = new Set(
  'the of and at for a community general regional memorial county medical mercy baptist methodist presbyterian lutheran adventist saint st st. good samaritan sacred heart holy cross valley north south east west central university childrens children\'s womens women\'s veterans va behavioral rehabilitation rehab specialty surgical surgery heart cancer orthopedic city area district rural critical access care new'
    .split(' '),
);

function shortForm(name) {
  let s = name.replace(/,\s*(?:the|inc\.?|llc)$/i, '').replace(/\s+-\s*$/, '').trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(HEADS, '').trim();
  }
  const words = s.split(/\s+/);
  if (words.every((w) => GENERIC.has(w.toLowerCase()))) return undefined;
  if (places.has(s)) return undefined;
  const acronym = /^[A-Z]{3,6}$/.test(s);
  return words.length >= 2 || s.includes('-') || acronym ? s : undefined;
}

const out = new Set(hospitals.map((h) => h.replace(/,\s*the$/i, '').replace(/\s+-\s*$/, '').trim()));
for (const h of hospitals) {
  const short = shortForm(h);
  if (short) out.add(short);
}
for (const h of readFileSync(new URL('health-systems.txt', dir), 'utf8').split('\n').filter(Boolean)) out.add(h);
writeFileSync(new URL('facilities.txt', dir), [...out].sort().join('\n') + '\n');
console.log(`facilities.txt: ${out.size} names`);
