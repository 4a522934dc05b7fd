import path from 'node:path';
import { readText } from '../lib/read-text.js';
import { PACKAGE_ROOT } from '../lib/package-root.js';

export { PACKAGE_ROOT };
export const LEXICON_DIR = path.join(PACKAGE_ROOT, 'data', 'lexicons');

/** Named built-in lists and the files they come from (see data/lexicons/SOURCES.md). */
const LISTS: Record<string, string[]> = {
  'first-names': ['first-names.tsv'],
  surnames: ['surnames.tsv'],
  'us-places': ['us-places.tsv'],
  hospitals: ['hospitals.txt'],
  facilities: ['facilities.txt'],
  conditions: ['conditions-common.txt', 'conditions-icd10.txt'],
  'conditions-common': ['conditions-common.txt'],
  drugs: ['drugs.txt'],
  procedures: ['procedures-common.txt'],
  'care-terms': ['care-terms.txt'],
  'care-settings': ['care-settings.txt'],
  'restricted-zip3': ['restricted-zip3.txt'],
  'restricted-zip3-2010': ['restricted-zip3-2010.txt'],
  'common-words': ['common-words.tsv'],
};

export const LIST_NAMES = Object.keys(LISTS);

/** The files a named list reads, relative to LEXICON_DIR. */
export const listFiles = (name: string): string[] => LISTS[name] ?? [];

const cache = new Map<string, string[]>();

/** Terms of one named list: first column of .tsv files (header skipped), every line of .txt files. */
export function loadList(name: string): string[] {
  const hit = cache.get(name);
  if (hit) return hit;
  const files = LISTS[name];
  if (!files) throw new Error(`unknown word list "${name}" (known: ${LIST_NAMES.join(', ')})`);
  const terms = files.flatMap(firstColumn);
  cache.set(name, terms);
  return terms;
}

/** The first column of a lexicon file; .tsv headers are dropped. Cut by index, not split: lists run to 30,000 rows. */
function firstColumn(file: string): string[] {
  const lines = readText(path.join(LEXICON_DIR, file)).split('\n').filter(Boolean);
  const cut = (l: string) => {
    const tab = l.indexOf('\t');
    return tab < 0 ? l : l.slice(0, tab);
  };
  return (file.endsWith('.tsv') ? lines.slice(1) : lines).map(cut);
}
