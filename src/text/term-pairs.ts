import { HASH_SEED, hashStep } from './word-codes.js';
import { nextWord, scanWord, wordEnd } from './term-words.js';

/**
 * The two-word phrases a term set's longer terms open with, as hashed bits
 * per side (exact, folded), so that findTerms stops growing a phrase after a
 * common first word ("in", "a", "our" start health terms) without making a
 * string: a side none of whose terms opens with the two words holds no longer
 * phrase either. Built after a set has been asked enough (as line-set.ts
 * builds its Set), so a one-file run never reads the 15,000 health terms.
 */
export const EXACT = 1;
export const FOLDED = 2;

const BITS = 1 << 16; // 5,217 distinct pairs in the health terms: 8% of the bits set, in 8 KB (a 32 KB table missed the cache)
const BUILD_AFTER = 4096;

/**
 * Hash of text[start, end) as findTerms compares it (terms.ts `normalize`):
 * a run of ASCII whitespace read as one space, ASCII capitals lower-cased when
 * `fold`. -1 for a phrase with a code outside ASCII: whose lower case and
 * spaces are `toLowerCase`'s and `\s`'s to say, so it is always looked up.
 */
export function phraseHash(text: string, start: number, end: number, fold: boolean): number {
  let h = HASH_SEED;
  let space = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return -1;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      if (!space) h = hashStep(h, 0x20);
      space = true;
      continue;
    }
    space = false;
    h = hashStep(h, fold && c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
  }
  return (h ^ (h >>> 16)) & (BITS - 1);
}

/** End of the second word of `key` as findTerms cuts it (scanWord, then nextWord and wordEnd), or -1 for a one-word key. */
export function secondWordEnd(key: string): number {
  const next = nextWord(key, scanWord(key, 0).end);
  return next < 0 ? -1 : wordEnd(key, next);
}

/** The sides of a term set (terms.ts TermSets: every term, as written or lower-cased). */
export interface PairSets {
  exact: Iterable<string>;
  folded: Iterable<string>;
}

export class TermPairs {
  private asked = 0;
  private exact?: Uint8Array;
  private folded?: Uint8Array;

  constructor(private readonly sets: PairSets) {}

  /**
   * Of `sides` (EXACT | FOLDED), those on which some term is, or opens with,
   * the two words text[start, end); all of them until the table is built, or
   * when the phrase leaves ASCII.
   */
  sides(text: string, start: number, end: number, sides: number): number {
    if (!this.folded) {
      if (++this.asked <= BUILD_AFTER) return sides;
      this.exact = bitsOf(this.sets.exact, false);
      this.folded = bitsOf(this.sets.folded, true);
    }
    if (sides & EXACT) {
      const h = phraseHash(text, start, end, false);
      if (h >= 0 && !(this.exact![h >> 3] & (1 << (h & 7)))) sides &= ~EXACT;
    }
    if (sides & FOLDED) {
      const h = phraseHash(text, start, end, true);
      if (h >= 0 && !(this.folded[h >> 3] & (1 << (h & 7)))) sides &= ~FOLDED;
    }
    return sides;
  }
}

/** Bits of the first two words of every term of one side that has two (a term outside ASCII is never ruled out: see phraseHash). */
function bitsOf(terms: Iterable<string>, fold: boolean): Uint8Array {
  const bits = new Uint8Array(BITS / 8);
  for (const key of terms) {
    if (nextWord(key, 0) !== 0) continue; // never matched: a phrase starts at a word
    const end = secondWordEnd(key);
    const h = end < 0 ? -1 : phraseHash(key, 0, end, fold);
    if (h >= 0) bits[h >> 3] |= 1 << (h & 7);
  }
  return bits;
}

const tables = new WeakMap<PairSets, TermPairs>();

/** The pair table of a set (asked once per text read, as term-first-words.ts's memo is). */
export function termPairs(sets: PairSets): TermPairs {
  let t = tables.get(sets);
  if (!t) tables.set(sets, (t = new TermPairs(sets)));
  return t;
}
