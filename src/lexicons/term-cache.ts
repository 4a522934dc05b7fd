import { sha256 } from '../text/sha256.js';
import { buildSets, type TermSets } from '../text/terms.js';
import { restoreSets, storeSets, type StoredSets } from '../text/terms-store.js';
import { builtinData } from './builtin-data.js';
import { listFiles, loadList } from './files.js';

/**
 * Term sets of the built-in lists, built at build time into the `termSets`
 * section of the prebuilt file (builtin-data.ts): building the 25,000 health
 * terms and the facility names took about 40 ms of every start; restoring
 * them takes a third of that. Each set is keyed by its inputs: the lists and
 * the files they read, the extra terms and the case rule. The lists' contents
 * are in the file's own key, so an edited list makes every set be built
 * afresh. The code that picks terms is not in a key: the build writes the
 * file anew with the code it compiles.
 */

/** What a set is made from. */
export interface SetInputs {
  lists: readonly string[];
  terms: readonly string[];
  caseSensitive?: boolean;
}

export const setKey = (inputs: SetInputs): string =>
  sha256(JSON.stringify([inputs.terms, inputs.caseSensitive ?? null, inputs.lists, inputs.lists.map(listFiles)]));

/** Every set made in this process, by key: what the build writes out. */
const made = new Map<string, TermSets>();

/** The terms and lists' terms as one set. */
const fromInputs = (inputs: SetInputs) => () => buildSets([...inputs.terms, ...inputs.lists.flatMap(loadList)], inputs.caseSensitive);

/** The set for these inputs: restored from the prebuilt file when it is up to date and holds them, else built (by default from the inputs). */
export function cachedSets(inputs: SetInputs, build: () => TermSets = fromInputs(inputs)): TermSets {
  const key = setKey(inputs);
  const stored = builtinData()?.termSets;
  const sets = stored && Object.hasOwn(stored, key) ? restoreSets(stored[key]) : build();
  made.set(key, sets);
  return sets;
}

/** The `termSets` section: every set made so far in this process. */
export function termSetsSection(): Record<string, StoredSets> {
  return Object.fromEntries([...made].map(([key, sets]) => [key, storeSets(sets)]));
}
