#!/usr/bin/env node
// Derives data/lexicons/common-words-es.tsv: the 20,000 most frequent Spanish
// words of OpenSubtitles 2024 (OPUS, ODC-BY), as packaged in npm
// @zxcvbn-ts/language-es-es (MIT) and decompressed with
// @zxcvbn-ts/dictionary-compression. A word that is also a US first name or
// surname is kept only when it is far more a word than a name (its count from
// the rank at least 20 times the people so named: "esta", "como", "para"),
// so "Rosa", "Luz", "Mesa" and the English names of film subtitles ("Agatha",
// "Boris") stay names, US towns of 5,000 or more stay places, and "Está",
// "Centro", "Clínicas" are words.
//
//   mkdir /tmp/es && cd /tmp/es && npm pack @zxcvbn-ts/language-es-es && tar xzf *.tgz \
//     && npm i @zxcvbn-ts/dictionary-compression
//   node scripts/derive-spanish-words.js /tmp/es
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
if (!dir) throw new Error('usage: derive-spanish-words.js <folder holding package/ and node_modules/>');
const { default: ranked } = await import(pathToFileURL(path.join(dir, 'package/dist/commonWords.json.mjs')).href);

const lexicons = new URL('../data/lexicons/', import.meta.url);
const counts = (file) => new Map(readFileSync(new URL(file, lexicons), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')).map(([w, n]) => [w.toLowerCase(), Number(n)]));
const first = counts('first-names.tsv');
// us-places.tsv: name, state, population; the largest place of each name.
const places = new Map();
for (const [name, , pop] of readFileSync(new URL('us-places.tsv', lexicons), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'))) {
  const key = name.toLowerCase();
  places.set(key, Math.max(places.get(key) ?? 0, Number(pop)));
}
const sur = counts('surnames.tsv');
// The same folding as src/lexicons/stats.ts foldWord: lower case, no diacritics.
const fold = (w) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

const rows = new Map();
ranked.slice(0, 20_000).forEach((word, rank) => {
  const key = fold(word);
  if (!/^[a-z][a-z'-]*$/.test(key) || key.length < 2 || rows.has(key)) return;
  // A Zipf-like count from the rank, on the scale of common-words.tsv (the 20,000th word gets 250).
  const count = Math.round(5_000_000 / (rank + 1));
  if (count < 20 * ((first.get(key) ?? 0) + (sur.get(key) ?? 0))) return;
  // Towns of 5,000 people or more stay places ("Chicago", "Austin" are frequent in subtitles).
  if ((places.get(key) ?? 0) >= 5000) return;
  rows.set(key, count);
});
const sorted = [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(new URL('common-words-es.tsv', lexicons), ['word\tcount_rank', ...sorted.map(([w, n]) => `${w}\t${n}`)].join('\n') + '\n');
console.log(`common-words-es.tsv: ${sorted.length} words`);
