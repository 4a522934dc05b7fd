import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ByteTable } from './byte-table.js';
import { SortedRows, parseValue } from './sorted-rows.js';
import { LEXICON_DIR } from './files.js';

/** A sorted table's lookups (SortedTable on a string, ByteTable on an ASCII file's bytes). */
export interface Table {
  get(key: string, exact?: boolean): number;
  keys(): Generator<string>;
}

/**
 * Frequency tables for the name and place detectors. Each .tsv file is
 * sorted case-insensitively (a test checks it), so a lookup is a binary
 * search over the file text itself, by character offset: loading costs
 * nothing beyond reading the file (a Map of the 162,000 surnames would take
 * ten times longer to build than a whole lint of one post).
 */
export class SortedTable extends SortedRows implements Table {
  protected readonly first: number;
  protected readonly end: number;

  /** `scale` multiplies a decimal column ("0.973" with 1000 is 973); whole counts are read as they are. */
  constructor(private readonly text: string, private readonly valueCol = 1, private readonly scale = 0) {
    super();
    this.first = text.indexOf('\n') + 1;
    this.end = text.length;
  }

  protected rowStart(at: number): number {
    return Math.max(this.first, this.text.lastIndexOf('\n', at - 1) + 1);
  }

  protected nextRow(at: number): number {
    const eol = this.text.indexOf('\n', at);
    return eol < 0 ? this.text.length : eol + 1;
  }

  protected keyAt(at: number): string {
    return this.text.slice(at, this.text.indexOf('\t', at));
  }

  protected compare(at: number, want: string): number {
    const k = this.keyAt(at).toLowerCase();
    return k < want ? -1 : k === want ? 0 : 1;
  }

  protected isKey(at: number, key: string): boolean {
    return this.keyAt(at) === key;
  }

  protected valueAt(at: number): number {
    for (let c = 0; c < this.valueCol; c++) at = this.text.indexOf('\t', at) + 1;
    return parseValue(this.text.slice(at, at + 12), this.scale);
  }
}

/** Lower case, no diacritics, typographic apostrophe as ASCII ("Ramón" -> "ramon"). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return outsidePrintableAscii(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'") : lower;
}

/** Whether a character is outside printable ASCII (`/[^\x20-\x7e]/`, without a regex call: words are folded by the million). */
function outsidePrintableAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return true;
  }
  return false;
}

const tables = new Map<string, Table>();
/** An ASCII file (all but the places) is searched in its bytes, without decoding it (byte-table.ts). */
function table(file: string, valueCol = 1, scale = 0): Table {
  const key = `${file}#${valueCol}`;
  let t = tables.get(key);
  if (!t) {
    const bytes = readFileSync(path.join(LEXICON_DIR, file));
    t = isAscii(bytes) ? new ByteTable(bytes, valueCol, scale) : new SortedTable(bytes.toString('utf8'), valueCol, scale);
    tables.set(key, t);
  }
  return t;
}

/** SSA first names 1940-2023: births per name. */
export const firstNames = (): Table => table('first-names.tsv');
/** SSA first names: the share of births that were girls, in thousandths. */
const femaleShare = (): Table => table('first-names.tsv', 2, 1000);

/**
 * The sex a first name almost always has (SSA births 1940-2023: 95% or more
 * one way, among 1,000 births or more), or undefined: "Dennis" is 'm',
 * "Patricia" 'f', "Jordan" neither.
 */
export function firstNameSex(word: string): 'f' | 'm' | undefined {
  const key = foldWord(word).replace(/['-]/g, '');
  if (!/^[a-z]+$/.test(key) || firstNames().get(key) < 1000) return undefined;
  const share = femaleShare().get(key);
  return share >= 950 ? 'f' : share <= 50 ? 'm' : undefined;
}

/** Census 2010 surnames: people per name. */
export const surnames = (): Table => table('surnames.tsv');
/** SUBTLEX-US words usually written in lower case: occurrences in 51 M words of film subtitles. */
export const commonWords = (): Table => table('common-words.tsv');
/** Spanish words of film subtitles (OpenSubtitles), names left out: counts from their rank. */
export const spanishWords = (): Table => table('common-words-es.tsv');
/** US Census 2010 places (cities, towns, CDPs): approximate population; look up with `exact`. */
export const usPlaces = (): Table => table('us-places.tsv', 2);

const placeCache = new Map<string, number>();

/** 2010 population of the largest place with exactly this name (0 when none); remembered, as posts repeat names. */
export function placePopulation(name: string): number {
  let pop = placeCache.get(name);
  if (pop === undefined) {
    pop = usPlaces().get(name, true);
    if (placeCache.size > 20_000) placeCache.clear();
    placeCache.set(name, pop);
  }
  return pop;
}

/** A word counts as common (English or Spanish) when film subtitles saw it this often in lower case (per 51 M words). */
export const COMMON = 30;
export const isCommon = (s: WordStats) => s.common >= COMMON;

/** How a single word stands in the name and word tables. */
export interface WordStats {
  first: number;
  sur: number;
  common: number;
}

export function wordStats(word: string): WordStats {
  const key = foldWord(word.replace(/['’]s$/, ''));
  if (!/^[a-z][a-z'-]*$/.test(key)) return { first: 0, sur: 0, common: 0 };
  const bare = key.replace(/['-]/g, '');
  return {
    first: firstNames().get(bare),
    sur: surnames().get(bare),
    // A Spanish word is as much a word as an English one: "¿Está embarazada?", "Centro de la Mujer".
    common: Math.max(commonWords().get(key), spanishWords().get(key)),
  };
}
