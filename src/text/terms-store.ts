import { BLOOM_BITS } from './term-words.js';
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
}

const lines = (text: string) => (text ? text.split('\n') : []);
/** Sorted by first word, as LineMap searches them. */
const pendingText = (pending: PendingTerms) =>
  [...pending]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, keys]) => [word, ...keys].join('\t'))
    .join('\n');

function packBits(bits: Uint8Array): string {
  const packed = new Uint8Array(bits.length / 8);
  for (let i = 0; i < bits.length; i++) if (bits[i]) packed[i >> 3] |= 1 << (i & 7);
  return Buffer.from(packed).toString('base64');
}

function unpackBits(text: string): Uint8Array {
  const packed = Buffer.from(text, 'base64');
  const bits = new Uint8Array(BLOOM_BITS);
  for (let i = 0; i < BLOOM_BITS; i++) bits[i] = (packed[i >> 3] >> (i & 7)) & 1;
  return bits;
}

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
  };
}

export function restoreSets(stored: StoredSets): TermSets {
  return {
    exact: new LineSet(lines(stored.exact)),
    folded: new LineSet(lines(stored.folded)),
    exactPrefixes: new Set(lines(stored.exactPrefixes)),
    foldedPrefixes: new Set(lines(stored.foldedPrefixes)),
    exactPending: new LineMap(lines(stored.exactPending)),
    foldedPending: new LineMap(lines(stored.foldedPending)),
    exactFirst: unpackBits(stored.exactFirst),
    foldedFirst: unpackBits(stored.foldedFirst),
  };
}
