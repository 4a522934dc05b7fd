import { isWordCode, wordHash } from './word-codes.js';
import { isWord, wordTable } from './word-table.js';
import { sameUnderIu } from './iu-fold.js';

/** What the context's cue scans need of a global regex: `exec` from `lastIndex`. A RegExp is one. */
export interface Matcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/**
 * A list of phrases found as `wordsRegex(phrases, 'giu')` finds them (the
 * leftmost match, at it the longest phrase with a boundary after it, the
 * next search from its end), by one lookup per word of the text instead of
 * a regex tried at every character: a phrase starts and ends with a letter
 * or digit, so a match starts at a word of the text, which is the phrase's
 * first word. The words are read once per text for every list
 * (text/word-table.ts); a word's hash picks the phrases to compare.
 * Phrases are of the BMP, with no iota (text may have any character).
 */
export class PhraseMatcher implements Matcher {
  lastIndex = 0;
  /** Hash of a folded first word -> 1 + the index in `buckets` of the phrases it may open (folded, longest first). */
  private readonly slots = new Uint16Array(1 << 16);
  private readonly buckets: string[][] = [];
  /** Phrases whose first word has a letter outside ASCII ("últimos días"): compared letter by letter, longest first. */
  private readonly nonAscii: string[] = [];

  constructor(phrases: readonly string[]) {
    for (const phrase of [...new Set(phrases.map(foldAscii))].sort((a, b) => b.length - a.length)) {
      if (!isWordCode(phrase, 0) || !isWordCode(phrase, phrase.length - 1) || UNSUPPORTED.test(phrase)) {
        throw new Error(`internal: phrase '${phrase}' does not start and end with a letter or digit, or has a character outside the BMP or an iota`);
      }
      let end = 0;
      while (end < phrase.length && isWordCode(phrase, end)) end++;
      if (/[^\x00-\x7f]/.test(phrase.slice(0, end))) this.nonAscii.push(phrase);
      else {
        const h = wordHash(phrase, 0, end);
        if (!this.slots[h]) this.slots[h] = this.buckets.push([]);
        this.buckets[this.slots[h] - 1].push(phrase);
      }
    }
  }

  exec(text: string): RegExpExecArray | null {
    const { count, words } = wordTable(text);
    let i = this.lastIndex;
    // As V8 does under the `u` flag, a search from inside a surrogate pair starts at the pair.
    if (i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
    // The first word that starts at or after `i` (a word the search starts inside cannot start a match).
    let lo = 0;
    for (let hi = count; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (words[3 * mid] < i) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < count; k++) {
      const h = words[3 * k + 2];
      const candidates = h < 0 ? this.nonAscii : this.slots[h] ? this.buckets[this.slots[h] - 1] : undefined;
      if (!candidates) continue;
      const start = words[3 * k];
      for (const phrase of candidates) {
        if (!matchesAt(text, start, phrase)) continue;
        this.lastIndex = start + phrase.length;
        return Object.assign([text.slice(start, this.lastIndex)], { index: start, input: text }) as unknown as RegExpExecArray;
      }
    }
    this.lastIndex = 0;
    return null;
  }
}

/**
 * Characters outside the BMP, and the iota and the combining mark U+0345
 * that `iu` folds into it (a mark that would match a letter): not in phrases.
 */
const UNSUPPORTED = /[\ud800-\udfff\u0345\u0399\u03b9\u1fbe]/;

/** ASCII upper case to lower: what the phrases are stored as. */
const foldAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Whether the folded phrase is written at `start` as `iu` compares, with no letter or digit after it. */
function matchesAt(text: string, start: number, phrase: string): boolean {
  const end = start + phrase.length;
  if (end > text.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const p = phrase.charCodeAt(k);
    const t = text.charCodeAt(start + k);
    if (p !== t && !(t >= 0x41 && t <= 0x5a && (t | 0x20) === p) && !((t >= 0x80 || p >= 0x80) && sameUnderIu(p, t))) return false;
  }
  return end === text.length || !isWord(text, end);
}
