import { LineMap, LineSet } from './line-set.js';
import type { PendingTerms, TermSets } from './terms.js';

/**
 * TermSets as plain strings and back, so the sets of the big built-in lists
 * can be built once at build time (lexicons/term-cache.ts) instead of at
 * every start: restoring is a few splits; the big sets and maps are searched
 * in their sorted lines until they are asked enough to be built (line-set.ts).
 */

/** TermSets as strings: one term per line. */
export interface StoredSets {
  exact: string;
  folded: string;
  exactPrefixes: string;
  foldedPrefixes: string;
  /** One line per first word: the word, then its terms, tab-separated. */
  exactPending: string;
  foldedPending: string;
  /** The first-word bits, packed eight to a byte, base64. */
  exactFirst: string;
  foldedFirst: string;
  /** Written by a build that sorts every list (absent from older files, whose lists are checked and sorted when not). */
  sorted?: true;
}

const lines = (text: string) => (text ? text.split('\n') : []);
/** Sorted by first word, as LineMap searches them. */
const pendingText = (pending: PendingTerms) =>
  [...pending]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, keys]) => [word, ...keys].join('\t'))
    .join('\n');

const packBits = (bits: Uint8Array) => Buffer.from(bits).toString('base64');
const unpackBits = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** Terms never hold a line break or a tab: buildSets folds every run of whitespace into one space. */
export function storeSets(sets: TermSets): StoredSets {
  return {
    exact: [...sets.exact].sort().join('\n'),
    folded: [...sets.folded].sort().join('\n'),
    exactPrefixes: [...sets.exactPrefixes].join('\n'),
    foldedPrefixes: [...sets.foldedPrefixes].join('\n'),
    exactPending: pendingText(sets.exactPending),
    foldedPending: pendingText(sets.foldedPending),
    exactFirst: packBits(sets.exactFirst),
    foldedFirst: packBits(sets.foldedFirst),
    sorted: true,
  };
}

export function restoreSets(stored: StoredSets): TermSets {
  return {
    exact: new LineSet(lines(stored.exact), stored.sorted),
    folded: new LineSet(lines(stored.folded), stored.sorted),
    exactPrefixes: new Set(lines(stored.exactPrefixes)),
    foldedPrefixes: new Set(lines(stored.foldedPrefixes)),
    exactPending: new LineMap(lines(stored.exactPending), stored.sorted),
    foldedPending: new LineMap(lines(stored.foldedPending), stored.sorted),
    exactFirst: unpackBits(stored.exactFirst),
    foldedFirst: unpackBits(stored.foldedFirst),
  };
}
