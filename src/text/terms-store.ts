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
  /** What ends a line and what parts a pending line's fields (absent from older files: a line break and a tab). */
  lineEnd?: string;
  fieldEnd?: string;
}

/**
 * The separators stored: characters JSON writes as they are. A line break or
 * a tab is written `\n` or `\t`, and JSON.parse reads a string holding any
 * such escape on its slow path: the 1.8 MB of term sets in the prebuilt file
 * took 8.4 ms to parse with them, 4.6 ms without. DEL is in no term; a
 * term holding `|` is refused by the build.
 */
const LINE_END = '\x7f';
const FIELD_END = '|';

const lines = (text: string, end = '\n') => (text ? text.split(end) : []);

/** A term, refused when it holds a separator (no list holds one today). */
function checked(term: string): string {
  if (term.includes(LINE_END) || term.includes(FIELD_END)) throw new Error(`internal: the term '${term}' holds '${FIELD_END}' or DEL, which the stored term sets use as separators`);
  return term;
}

const joined = (terms: Iterable<string>) => [...terms].map(checked).join(LINE_END);
/** Sorted by first word, as LineMap searches them. */
const pendingText = (pending: PendingTerms) =>
  [...pending]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, keys]) => [word, ...keys].map(checked).join(FIELD_END))
    .join(LINE_END);

const packBits = (bits: Uint8Array) => Buffer.from(bits).toString('base64');
const unpackBits = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** Terms never hold a line break or a tab: buildSets folds every run of whitespace into one space. */
export function storeSets(sets: TermSets): StoredSets {
  return {
    exact: joined([...sets.exact].sort()),
    folded: joined([...sets.folded].sort()),
    exactPrefixes: joined(sets.exactPrefixes),
    foldedPrefixes: joined(sets.foldedPrefixes),
    exactPending: pendingText(sets.exactPending),
    foldedPending: pendingText(sets.foldedPending),
    exactFirst: packBits(sets.exactFirst),
    foldedFirst: packBits(sets.foldedFirst),
    sorted: true,
    lineEnd: LINE_END,
    fieldEnd: FIELD_END,
  };
}

export function restoreSets(stored: StoredSets): TermSets {
  const end = stored.lineEnd ?? '\n';
  const field = stored.fieldEnd ?? '\t';
  return {
    exact: new LineSet(lines(stored.exact, end), stored.sorted),
    folded: new LineSet(lines(stored.folded, end), stored.sorted),
    exactPrefixes: new Set(lines(stored.exactPrefixes, end)),
    foldedPrefixes: new Set(lines(stored.foldedPrefixes, end)),
    exactPending: new LineMap(lines(stored.exactPending, end), stored.sorted, field),
    foldedPending: new LineMap(lines(stored.foldedPending, end), stored.sorted, field),
    exactFirst: unpackBits(stored.exactFirst),
    foldedFirst: unpackBits(stored.foldedFirst),
  };
}
