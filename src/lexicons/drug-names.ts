import { loadList } from './files.js';

let drugs: Set<string> | undefined;

/** Whether a word or phrase (any case) is a drug name of data/lexicons/drugs.txt; the set is built on first use. */
export function isDrugName(words: string): boolean {
  drugs ??= new Set(loadList('drugs').map((d) => d.toLowerCase()));
  return drugs.has(words.toLowerCase());
}
