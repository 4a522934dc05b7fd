import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR } from './files.js';

/**
 * Frequency tables for the name and place detectors. Each .tsv file is
 * sorted case-insensitively (a test checks it), so a lookup is a binary
 * search over the file text itself: loading costs one scan for line starts
 * (a Map of the 162,000 surnames would take ten times longer to build).
 */
export class SortedTable {
  private readonly starts: Int32Array;

  constructor(private readonly text: string, private readonly valueCol = 1) {
    const starts: number[] = [];
    for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; at = text.indexOf('\n', at) + 1) starts.push(at);
    this.starts = Int32Array.from(starts);
  }

  get size(): number {
    return this.starts.length;
  }

  /** The row's key (first column). */
  key(i: number): string {
    const at = this.starts[i];
    return this.text.slice(at, this.text.indexOf('\t', at));
  }

  private value(i: number): number {
    let at = this.starts[i];
    for (let c = 0; c < this.valueCol; c++) at = this.text.indexOf('\t', at) + 1;
    return parseInt(this.text.slice(at, at + 12), 10) || 0;
  }

  /** Largest value among rows whose key equals `key` ignoring case (or exactly, with `exact`); 0 when absent. */
  get(key: string, exact = false): number {
    const want = key.toLowerCase();
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.key(mid).toLowerCase() < want) lo = mid + 1;
      else hi = mid;
    }
    let best = 0;
    for (let i = lo; i < this.starts.length; i++) {
      const k = this.key(i);
      if (k.toLowerCase() !== want) break;
      if (!exact || k === key) best = Math.max(best, this.value(i) || 1);
    }
    return best;
  }
}

/** Lower case, no diacritics, typographic apostrophe as ASCII ("Ramón" -> "ramon"). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return /[^\x20-\x7e]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'") : lower;
}

const tables = new Map<string, SortedTable>();
function table(file: string, valueCol = 1): SortedTable {
  let t = tables.get(file);
  if (!t) tables.set(file, (t = new SortedTable(readFileSync(path.join(LEXICON_DIR, file), 'utf8'), valueCol)));
  return t;
}

/** SSA first names 1940-2023: births per name. */
export const firstNames = (): SortedTable => table('first-names.tsv');
/** Census 2010 surnames: people per name. */
export const surnames = (): SortedTable => table('surnames.tsv');
/** SUBTLEX-US words usually written in lower case: occurrences in 51 M words of film subtitles. */
export const commonWords = (): SortedTable => table('common-words.tsv');
/** US Census 2010 places (cities, towns, CDPs): approximate population; look up with `exact`. */
export const usPlaces = (): SortedTable => table('us-places.tsv', 2);

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
    common: commonWords().get(key),
  };
}
