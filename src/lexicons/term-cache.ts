import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSets, type TermSets } from '../text/terms.js';
import { restoreSets, storeSets, type StoredSets } from '../text/terms-store.js';
import { LEXICON_DIR, listFiles, loadList, PACKAGE_ROOT } from './files.js';

/**
 * Term sets of the built-in lists, built at build time (scripts/build-packs.js)
 * into one file: building the 25,000 health terms and the facility names took
 * about 40 ms of every start; restoring them takes a third of that. Each set
 * is keyed by its inputs: the list files' contents, the extra terms and the
 * case rule, so an edited list is built afresh. The code that picks terms is
 * not in the key: the build writes the file anew with the code it compiles.
 */
export const TERM_SETS_CACHE = path.join(PACKAGE_ROOT, 'dist', 'term-sets.json');

/** What a set is made from. */
export interface SetInputs {
  lists: readonly string[];
  terms: readonly string[];
  caseSensitive?: boolean;
}

export function setKey(inputs: SetInputs): string {
  const hash = createHash('sha256').update(JSON.stringify([inputs.terms, inputs.caseSensitive ?? null, inputs.lists]));
  for (const list of inputs.lists) for (const file of listFiles(list)) hash.update(readFileSync(path.join(LEXICON_DIR, file)));
  return hash.digest('hex');
}

let stored: Record<string, StoredSets> | undefined;
/** Every set made in this process, by key: what the build writes out. */
const made = new Map<string, TermSets>();

/** The terms and lists' terms as one set. */
const fromInputs = (inputs: SetInputs) => () => buildSets([...inputs.terms, ...inputs.lists.flatMap(loadList)], inputs.caseSensitive);

/** The set for these inputs: restored from the build-time file when it holds them, else built (by default from the inputs). */
export function cachedSets(inputs: SetInputs, build: () => TermSets = fromInputs(inputs)): TermSets {
  const key = setKey(inputs);
  stored ??= readStored();
  const sets = Object.hasOwn(stored, key) ? restoreSets(stored[key]) : build();
  made.set(key, sets);
  return sets;
}

function readStored(): Record<string, StoredSets> {
  try {
    return JSON.parse(readFileSync(TERM_SETS_CACHE, 'utf8')) as Record<string, StoredSets>;
  } catch {
    return {}; // Not built yet (tests before a build): every set is built.
  }
}

/** The file's content: every set made so far in this process. */
export function termSetsJson(): string {
  return JSON.stringify(Object.fromEntries([...made].map(([key, sets]) => [key, storeSets(sets)])));
}
