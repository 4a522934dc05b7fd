import type { Match } from '../model/types.js';

/**
 * Term lookup for lexicons and health cues: the longest listed phrase at each
 * word, words never overlapping. By the lexicons' convention a lower-case
 * term matches any case and a term with capitals matches exactly ("MS" the
 * condition, not "ms"); `caseSensitive` overrides that for the whole list.
 */
export interface TermSets {
  exact: Set<string>;
  folded: Set<string>;
  /** Every phrase that a longer term continues ("heart" of "heart failure"), as written and lower-cased. */
  exactPrefixes: Set<string>;
  foldedPrefixes: Set<string>;
  /**
   * Longer terms by first word, not yet cut into prefixes: that happens the
   * first time a text holds the word, so start-up does not pay for the
   * thousands of terms a run never meets.
   */
  exactPending: Map<string, string[]>;
  foldedPending: Map<string, string[]>;
  /** Bits set by the hash of every term's first word (as written for exact terms, lower-cased for the others): most words are ruled out without a slice. */
  exactFirst: Uint8Array;
  foldedFirst: Uint8Array;
}

/** A word (WORD) as lexicons see it: runs of letters and digits joined by single apostrophes, hyphens, dots or ampersands. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
export const BLOOM_BITS = 1 << 16;

/** ASCII letter or digit. */
const asciiWordChar = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** Width (1 or 2 code units) of the letter or digit at `i`, or 0: WORD's character class, without a regex call for ASCII. */
function wordChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return asciiWordChar(c) ? 1 : 0;
  if (c !== c) return 0; // past the end
  const cp = text.codePointAt(i)!;
  const width = cp > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + width)) ? width : 0;
}

/** Hashes of the word `scanWord` last read, as written and lower-cased; -1 when it has non-ASCII characters. */
let exactHash = 0;
let foldedHash = 0;

/** ' ’ - . & */
const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e || c === 0x26;

/**
 * End of the WORD match starting at `i` (a letter or digit): runs of letters
 * and digits joined by one joiner each. Hashes the word on the way; the
 * loop is written out (no helper closure) because every word of every post
 * passes through it.
 */
function scanWord(text: string, i: number): number {
  let exact = 0;
  let folded = 0;
  let ascii = true;
  for (;;) {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (!asciiWordChar(c)) break;
        exact = (Math.imul(exact, 31) + c) | 0;
        folded = (Math.imul(folded, 31) + (c <= 0x5a && c >= 0x41 ? c | 0x20 : c)) | 0;
        i++;
      } else {
        const w = wordChar(text, i);
        if (!w) break;
        ascii = false;
        i += w;
      }
    }
    const j = text.charCodeAt(i);
    if (!isJoiner(j) || !wordChar(text, i + 1)) break;
    if (j >= 0x80) ascii = false;
    exact = (Math.imul(exact, 31) + j) | 0;
    folded = (Math.imul(folded, 31) + j) | 0;
    i++;
  }
  exactHash = ascii ? exact & (BLOOM_BITS - 1) : -1;
  foldedHash = ascii ? folded & (BLOOM_BITS - 1) : -1;
  return i;
}

/** End of the word at `i`, without hashing (later words of a phrase). */
function wordEnd(text: string, i: number): number {
  for (let w; (w = wordChar(text, i)); ) i += w;
  while (isJoiner(text.charCodeAt(i)) && wordChar(text, i + 1)) for (let w = 1; w; w = wordChar(text, i)) i += w;
  return i;
}

/** Start of the next word at or after `i`, or -1. */
function nextWord(text: string, i: number): number {
  for (const n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? asciiWordChar(c) : wordChar(text, i)) return i;
  }
  return -1;
}

/** Runs of whitespace read as one space, as terms are stored. */
const normalize = (raw: string) => (/\s\s|[^\S ]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw);

export function buildSets(terms: string[], caseSensitive: boolean | undefined): TermSets {
  const sets: TermSets = {
    exact: new Set(),
    folded: new Set(),
    exactPrefixes: new Set(),
    foldedPrefixes: new Set(),
    exactPending: new Map(),
    foldedPending: new Map(),
    exactFirst: new Uint8Array(BLOOM_BITS),
    foldedFirst: new Uint8Array(BLOOM_BITS),
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
    const end = scanWord(key, 0);
    const h = exact ? exactHash : foldedHash;
    if (h >= 0) (exact ? sets.exactFirst : sets.foldedFirst)[h] = 1;
    if (end === key.length) continue;
    const pending = exact ? sets.exactPending : sets.foldedPending;
    const first = key.slice(0, end);
    const list = pending.get(first);
    if (list) list.push(key);
    else pending.set(first, [key]);
  }
  return sets;
}

/** Cuts the terms that start with `word` into their prefixes ("heart", "heart failure" of "heart failure ..."). */
function expand(pending: Map<string, string[]>, prefixes: Set<string>, word: string): void {
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

/**
 * Longest-first lookup over word tokens. A phrase grows word by word only
 * while some term continues it, so 13,000 ICD-10 titles cost one hash per
 * ordinary word and a set lookup or two where a term may start.
 */
export function findTerms(text: string, sets: TermSets, limit = Infinity): Match[] {
  const out: Match[] = [];
  for (let start = nextWord(text, 0); start >= 0 && out.length < limit; ) {
    const first = scanWord(text, start);
    let best = -1;
    if (exactHash < 0 || sets.exactFirst[exactHash] || sets.foldedFirst[foldedHash]) {
      for (let end = first; ; ) {
        const raw = text.slice(start, end);
        const phrase = end === first ? raw : normalize(raw); // one word has no spaces to fold
        const lower = phrase.toLowerCase();
        if (end === first) {
          expand(sets.exactPending, sets.exactPrefixes, phrase);
          expand(sets.foldedPending, sets.foldedPrefixes, lower);
        }
        if (sets.exact.has(phrase) || sets.folded.has(lower)) best = end;
        if (!sets.exactPrefixes.has(phrase) && !sets.foldedPrefixes.has(lower)) break;
        const next = nextWord(text, end);
        if (next < 0) break;
        end = wordEnd(text, next);
      }
    }
    if (best >= 0) out.push({ start, end: best });
    start = nextWord(text, best >= 0 ? best : first);
  }
  return out;
}

