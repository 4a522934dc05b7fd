import type { Match } from '../model/types.js';
import { hasOddSpace } from './chars.js';
import { nextTermStart, startFilter, type StartFilter } from './term-starts.js';
import { BLOOM_BITS, nextWord, scanWord, wordEnd } from './term-words.js';
import { FIRST_PREFIX, FIRST_TERM, firstWordAnswer, firstWordMemo } from './term-first-words.js';
import { EXACT, FOLDED, termPairs, type TermPairs } from './term-pairs.js';

/**
 * Term lookup for lexicons and health cues: the longest listed phrase at each
 * word, words never overlapping. By the lexicons' convention a lower-case
 * term matches any case and a term with capitals matches exactly ("MS" the
 * condition, not "ms"); `caseSensitive` overrides that for the whole list.
 */
/** What findTerms asks of a set of terms: a Set, or a prebuilt one restored lazily (line-set.ts). */
export type TermSet = Pick<Set<string>, 'has'> & Iterable<string>;
export type PendingTerms = Pick<Map<string, string[]>, 'get' | 'delete'> & Iterable<[string, string[]]>;

export interface TermSets {
  exact: TermSet;
  folded: TermSet;
  /** Every phrase that a longer term continues ("heart" of "heart failure"), as written and lower-cased. */
  exactPrefixes: Set<string>;
  foldedPrefixes: Set<string>;
  /**
   * Longer terms by first word, not yet cut into prefixes: that happens the
   * first time a text holds the word, so start-up does not pay for the
   * thousands of terms a run never meets.
   */
  exactPending: PendingTerms;
  foldedPending: PendingTerms;
  /**
   * Bits set by the hash of every term's first word (as written for exact
   * terms, lower-cased for the others): most words are ruled out without a
   * slice. Packed eight to a byte (`hasBit`), as the prebuilt data stores them.
   */
  exactFirst: Uint8Array;
  foldedFirst: Uint8Array;
}

/** Bit `i` of a table packed eight to a byte. */
const hasBit = (bits: Uint8Array, i: number) => (bits[i >> 3] >> (i & 7)) & 1;

/** Runs of whitespace read as one space, as terms are stored. */
const normalize = (raw: string) => (hasOddSpace(raw) ? raw.replace(/\s+/g, ' ') : raw);


/** The sets findTerms looks terms up in; whitespace inside a term is folded to single spaces, as in the text it is compared with. */
export function buildSets(terms: string[], caseSensitive: boolean | undefined): TermSets {
  const sets = {
    exact: new Set<string>(),
    folded: new Set<string>(),
    exactPrefixes: new Set<string>(),
    foldedPrefixes: new Set<string>(),
    exactPending: new Map<string, string[]>(),
    foldedPending: new Map<string, string[]>(),
    exactFirst: new Uint8Array(BLOOM_BITS / 8),
    foldedFirst: new Uint8Array(BLOOM_BITS / 8),
  };
  for (const raw of terms) {
    const term = /\s\s|[^\S ]|^ | $/.test(raw) ? raw.trim().replace(/\s+/g, ' ') : raw;
    if (!term) continue;
    const lower = term.toLowerCase();
    const exact = caseSensitive ?? term !== lower;
    const key = exact ? term : lower;
    (exact ? sets.exact : sets.folded).add(key);
    // A phrase always starts at a word, so a term that does not can never match.
    if (nextWord(key, 0) !== 0) continue;
    // The scanner findTerms uses, so both cut a term into the same words.
    const { end, exactHash, foldedHash } = scanWord(key, 0);
    const h = exact ? exactHash : foldedHash;
    if (h >= 0) (exact ? sets.exactFirst : sets.foldedFirst)[h >> 3] |= 1 << (h & 7);
    if (end === key.length) continue;
    const pending = exact ? sets.exactPending : sets.foldedPending;
    const first = key.slice(0, end);
    const list = pending.get(first);
    if (list) list.push(key);
    else pending.set(first, [key]);
  }
  return sets;
}

/**
 * Longest-first lookup over word tokens. A phrase grows word by word only
 * while some term continues it, so 13,000 ICD-10 titles cost one hash per
 * ordinary word and a set lookup or two where a term may start. The terms
 * are found left to right, so a call with a limit gives the first terms of
 * an unlimited one: a text asked about again goes on where it stopped.
 */
export function findTerms(text: string, sets: TermSets, limit = Infinity): Match[] {
  const reading = readingOf(text, sets);
  for (let start = reading.next; start >= 0 && reading.found.length < limit; start = reading.next) {
    const { first, best } = longestAt(text, start, sets, reading.firstWords, reading.pairs);
    if (best >= 0) reading.found.push({ start, end: best });
    reading.next = nextTermStart(text, best >= 0 ? best : first, reading.filter);
  }
  // Copies: a caller may keep or shift what it gets (a loop: slice and map made two arrays and a closure call each).
  const found = reading.found;
  const out: Match[] = new Array(Math.min(limit, found.length));
  for (let k = 0; k < out.length; k++) out[k] = { start: found[k].start, end: found[k].end };
  return out;
}

/** How far findTerms has read a text in a set: the terms found so far, and the next word to look up (-1: done). */
interface Reading {
  text: string;
  sets: TermSets;
  found: Match[];
  next: number;
  /** The set's start filter and first-word answers, found once per text rather than once per call (each a WeakMap lookup). */
  filter: StartFilter | undefined;
  firstWords: Map<string, number>;
  pairs: TermPairs;
}

/** The last texts read: the context asks about a sentence three or four times (limits 1, 4, 8, 16). */
const readings: Reading[] = [];
const READINGS = 16;
let oldest = 0;

function readingOf(text: string, sets: TermSets): Reading {
  for (const r of readings) if (r.sets === sets && r.text === text) return r;
  const filter = startFilter(sets);
  const reading = { text, sets, found: [], next: nextTermStart(text, 0, filter), filter, firstWords: firstWordMemo(sets), pairs: termPairs(sets) };
  readings[oldest] = reading;
  oldest = (oldest + 1) % READINGS;
  return reading;
}

/**
 * The end of the word at `start` (`first`) and of the longest term there (`best`, -1 for none).
 * Each side (exact, folded) is asked only when its first-word bits allow a term to start with
 * the word: every term, prefix and pending list of a side starts with a first word whose bit is
 * set. Most words open one side at most (a set's exact terms are few, or all of them).
 */
function longestAt(text: string, start: number, sets: TermSets, firstWords: Map<string, number>, pairs: TermPairs): { first: number; best: number } {
  const { end: first, exactHash, foldedHash } = scanWord(text, start);
  // A word outside ASCII has no hash: both sides are asked.
  let exact = exactHash < 0 || hasBit(sets.exactFirst, exactHash) === 1;
  let folded = exactHash < 0 || hasBit(sets.foldedFirst, foldedHash) === 1;
  if (!exact && !folded) return { first, best: -1 };
  // The first word's answer is remembered (term-first-words.ts); longer phrases are looked up as they grow.
  const answer = firstWordAnswer(firstWords, text.slice(start, first), sets, exact, folded);
  let best = answer & FIRST_TERM ? first : -1;
  if (!(answer & FIRST_PREFIX)) return { first, best };
  let end = first;
  for (let next = nextWord(text, end); next >= 0; next = nextWord(text, end)) {
    const second = end === first;
    end = wordEnd(text, next);
    // Two words no term of a side opens with rule that side out, without a string (term-pairs.ts).
    if (second) {
      const sides = pairs.sides(text, start, end, (exact ? EXACT : 0) | (folded ? FOLDED : 0));
      exact = (sides & EXACT) !== 0;
      folded = (sides & FOLDED) !== 0;
      if (!sides) break;
    }
    const phrase = normalize(text.slice(start, end));
    const lower = folded ? phrase.toLowerCase() : '';
    if ((exact && sets.exact.has(phrase)) || (folded && sets.folded.has(lower))) best = end;
    if (!(exact && sets.exactPrefixes.has(phrase)) && !(folded && sets.foldedPrefixes.has(lower))) break;
  }
  return { first, best };
}
