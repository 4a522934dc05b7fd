import { nextWord, wordEnd } from './term-words.js';

/**
 * What a term set answers about a one-word phrase, remembered per word as
 * written. A word passing the first-word bits (terms.ts) cost a lower-cased
 * copy and up to six lookups in tables of thousands of terms, and the health
 * terms' folded side passes about a fifth of all words; the answer never
 * changes once the word's pending terms are expanded, as expanding a word
 * only ever adds prefixes that start with that same word.
 */
export const FIRST_TERM = 1;
/** A longer term continues the word. */
export const FIRST_PREFIX = 2;

/** The parts of a term set (terms.ts TermSets, not imported: terms.ts imports this) a first word is looked up in. */
interface Pending {
  get(word: string): string[] | undefined;
  delete(word: string): boolean;
}
export interface FirstWordSets {
  exact: Pick<Set<string>, 'has'>;
  folded: Pick<Set<string>, 'has'>;
  exactPrefixes: Set<string>;
  foldedPrefixes: Set<string>;
  exactPending: Pending;
  foldedPending: Pending;
}

const memos = new WeakMap<FirstWordSets, Map<string, number>>();
/** Words remembered per set before starting over: a long run's vocabulary stays bounded. */
const REMEMBERED = 1 << 15;

/** The answers remembered for a set (asked once per text read, not once per word). */
export function firstWordMemo(sets: FirstWordSets): Map<string, number> {
  let memo = memos.get(sets);
  if (!memo) memos.set(sets, (memo = new Map()));
  else if (memo.size >= REMEMBERED) memo.clear();
  return memo;
}

/** FIRST_TERM and FIRST_PREFIX of `word`, asking each side its first-word bits open (`exact`, `folded`). */
export function firstWordAnswer(memo: Map<string, number>, word: string, sets: FirstWordSets, exact: boolean, folded: boolean): number {
  let answer = memo.get(word);
  if (answer !== undefined) return answer;
  const lower = folded ? word.toLowerCase() : '';
  if (exact) expand(sets.exactPending, sets.exactPrefixes, word);
  if (folded) expand(sets.foldedPending, sets.foldedPrefixes, lower);
  const term = (exact && sets.exact.has(word)) || (folded && sets.folded.has(lower));
  const prefix = (exact && sets.exactPrefixes.has(word)) || (folded && sets.foldedPrefixes.has(lower));
  answer = (term ? FIRST_TERM : 0) | (prefix ? FIRST_PREFIX : 0);
  memo.set(word, answer);
  return answer;
}

/** Cuts the terms that start with `word` into their prefixes ("heart", "heart failure" of "heart failure ..."). */
function expand(pending: Pending, prefixes: Set<string>, word: string): void {
  const keys = pending.get(word);
  if (!keys) return;
  pending.delete(word);
  for (const key of keys) {
    let end = word.length;
    for (let next = nextWord(key, end); next >= 0; next = nextWord(key, end)) {
      prefixes.add(key.slice(0, end));
      end = wordEnd(key, next);
    }
  }
}
